/*
** xfeat.c: the feature dump of the learned period chooser (issue 16,
** round sixteen). Runs the extractor on a text as `growthstat extract`
** does and prints, for every candidate (in the order extract writes its
** rows), every period the text offers it, one CSV row each:
**
**     cand,alt,period,src,f0,...,fN
**
** cand is the candidate's row index, alt 0 the rules' own choice, src the
** enum xasrc bits, f0.. the features of collector/extract/xlearn.h in
** their order. tests/extract/train_period.py reads it. Not part of the
** growthstat binary: `make build/rel/xfeat` (linked against libgs.a).
**
**     xfeat TEXT [YYYYMMDD]     (the date as --as-of would give it)
*/
#include "common.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "series/cal.h"
#include "collector/extract/xlearn.h"

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n;

	if (f == NULL)
		return NULL;
	*len = 0;
	do {
		if (*len == cap)
			buf = xrealloc(buf, cap = cap ? cap * 2 : 65536);
		n = fread(buf + *len, 1, cap - *len, f);
		*len += n;
	} while (n > 0);
	fclose(f);
	return buf;
}

static void dump(const struct xdoc *d, const struct xresult *r,
		 const struct xopts *o)
{
	static struct xalt alts[XALT_MAX];
	char per[64];
	size_t i;
	int n, k, j;

	printf("cand,alt,period,src");
	for (j = 0; j < XF_N; j++)
		printf(",f%d", j);
	printf("\n");
	for (i = 0; i < r->n; i++) {
		n = xlearn_alts(d, &r->v[i], alts, XALT_MAX);
		if (!xlearn_applies(r, o->today))
			n = 1; /* the periods stay as the rules left them */
		for (k = 0; k < n; k++) {
			xper_format(&alts[k].p, per, sizeof(per));
			printf("%zu,%d,%s,%u", i, k, per, alts[k].src);
			for (j = 0; j < XF_N; j++)
				printf(",%g", alts[k].f[j]);
			printf("\n");
		}
	}
}

int main(int argc, char **argv)
{
	struct xopts o = { 0, 0 };
	struct xresult r;
	struct xdoc d;
	struct gs_err e;
	size_t len;
	char *buf;

	if (argc < 2 || (buf = slurp(argv[1], &len)) == NULL) {
		fprintf(stderr, "usage: xfeat TEXT [YYYYMMDD]\n");
		return 2;
	}
	o.as_of = argc > 2 ? atoi(argv[2]) : 0;
	o.today = cal_today();
	gs_err_clear(&e);
	if (extract_check(buf, len, argv[1], &e) ||
	    extract_run(buf, len, &o, &r, &e)) {
		fprintf(stderr, "%s\n", e.msg);
		free(buf);
		return 1;
	}
	xresult_no_future(&r, o.today);
	xlearn_doc(&d, buf, len, &o);
	dump(&d, &r, &o);
	xdoc_free(&d);
	xresult_free(&r);
	free(buf);
	return 0;
}
