/*
** plot_chart.c: a whole chart from series built by pb_build(): the title,
** the footnote (sources, keys, projections), the plot spec, plot_write().
*/
#include "plot_build.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void pb_addf(char **s, size_t *len, const char *fmt, ...)
{
	va_list ap;
	int k;

	va_start(ap, fmt);
	k = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (k <= 0)
		return;
	*s = xrealloc(*s, *len + (size_t)k + 1);
	va_start(ap, fmt);
	vsnprintf(*s + *len, (size_t)k + 1, fmt, ap);
	va_end(ap);
	*len += (size_t)k;
}

size_t pb_notes(const struct rp_series *rs, const struct pb_series *pb,
		size_t nser, int32_t as_of, char **v)
{
	const char *seen[8];
	char day[16];
	size_t i, j, k, n = 0, len = 0, shown = 0, nsrc = 0;

	v[0] = v[1] = v[2] = NULL;
	for (i = 0; i < nser; i++)
		for (j = 0; j < pb[i].nused; j++) {
			const struct gs_obs *ob =
				&rs[i].obs.v[pb[i].used[j]];

			for (k = 0; k < shown && strcmp(seen[k], ob->source); k++)
				;
			if (k < shown)
				continue;
			if (nsrc++ >= GS_ARRAY_LEN(seen))
				continue;
			seen[shown++] = ob->source;
			date_format(ob->as_of, day, sizeof(day));
			pb_addf(&v[0], &len, "%s%s%s%s%s", shown == 1 ? "" : "; ",
			     ob->source, *day ? " (" : "", day, *day ? ")" : "");
		}
	if (nsrc > shown)
		pb_addf(&v[0], &len, "; %zu more", nsrc - shown);
	if (nsrc) {
		char *t = v[0];

		len = 0;
		v[0] = NULL;
		pb_addf(&v[0], &len, "Source%s: %s.", nsrc > 1 ? "s" : "", t);
		free(t);
		n++;
	}
	len = 0;
	pb_addf(&v[n], &len, "Series %s", rs[0].key);
	for (i = 1; i < nser; i++)
		pb_addf(&v[n], &len, ", %s", rs[i].key);
	if (as_of) {
		date_format(as_of, day, sizeof(day));
		pb_addf(&v[n], &len, ", as known on %s", day);
	}
	pb_addf(&v[n++], &len, ".");
	len = 0;
	for (i = 0; nser > 1 && i < nser; i++)
		if (pb[i].ps.proj)
			pb_addf(&v[n], &len, "%s%s: %s", len ? "; " : "",
			     rs[i].key, pb[i].proj.what);
	if (len)
		n++;
	return n;
}

int pb_write_chart(FILE *out, const struct rp_series *rs,
		   const struct pb_series *pb, size_t n,
		   const struct pb_chart *o, struct gs_err *e)
{
	struct plot_series ps[PLOT_MAX_SERIES];
	struct plot_spec sp;
	char *nv[3], *title = NULL;
	size_t i, nn, tl = 0;
	int rc;

	if (n < 1 || n > PLOT_MAX_SERIES)
		return gs_errf(e, GS_EX_USAGE, "a chart holds 1 to %d series, "
			       "not %zu", PLOT_MAX_SERIES, n);
	memset(&sp, 0, sizeof(sp));
	for (i = 0; i < n; i++) {
		ps[i] = pb[i].ps;
		pb_addf(&title, &tl, "%s%s", i ? "; " : "", ps[i].title);
	}
	sp.output = o->output;
	sp.term = o->svg ? PLOT_SVG : PLOT_PNG;
	sp.width = o->width;
	sp.height = o->height;
	sp.title = o->title ? o->title : title;
	sp.unit = rs[0].info.sym;
	sp.index_base = o->index_base;
	sp.log = o->log;
	sp.series = ps;
	sp.nseries = n;
	nn = pb_notes(rs, pb, n, o->as_of, nv);
	sp.notes = (const char *const *)nv;
	sp.nnotes = nn;
	rc = plot_write(out, &sp, e);
	for (i = 0; i < nn; i++)
		free(nv[i]);
	free(title);
	return rc;
}
