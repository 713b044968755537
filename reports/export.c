/*
** export.c: the canonical CSV and SDMX-CSV of the stored figures
** (export.h).
*/
#include <stdlib.h>
#include <string.h>

#include "export.h"
#include "points.h"

/* One RFC 4180 field: quoted when it holds a comma, quote, CR or LF, or
 * starts or ends with a space (which a reader might trim). */
static void cell(FILE *out, const char *s, bool last)
{
	size_t n = s ? strlen(s) : 0;

	if (s && (strpbrk(s, ",\"\r\n") || (n && (s[0] == ' ' ||
						  s[n - 1] == ' ')))) {
		fputc('"', out);
		for (; *s; s++) {
			if (*s == '"')
				fputc('"', out);
			fputc(*s, out);
		}
		fputc('"', out);
	} else if (s) {
		fputs(s, out);
	}
	fputc(last ? '\n' : ',', out);
}

static void cells(FILE *out, const char *const *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		cell(out, v[i], i + 1 == n);
}

static const char *const canon_head[] = { "series", "period", "kind",
	"value", "unit", "qualifier", "base", "as_of", "source", "note",
	"name", "description" };
static const char *const sdmx_head[] = { "DATAFLOW", "SERIES", "MEASURE",
	"TIME_PERIOD", "OBS_VALUE", "UNIT_MEASURE", "OBS_STATUS" };

static void canon_row(FILE *out, const struct series_info *s,
		      const struct gs_obs *o)
{
	char per[48], base[48], v[64], asof[16];
	bool in_base;
	const char *row[12] = { s->key, per, kind_name(o->kind), v,
		o->unit_text, qual_name(o->qual), base, asof, o->source,
		o->note, s->name, s->description };

	period_format(&o->period, per, sizeof(per));
	period_format(&o->base, base, sizeof(base));
	date_format(o->as_of, asof, sizeof(asof));
	export_value(o, v, sizeof(v), &in_base);
	if (in_base)
		row[4] = s->sym;
	cells(out, row, GS_ARRAY_LEN(canon_head));
}

static const char *status(const struct gs_obs *o)
{
	if (o->kind == GS_KIND_TARGET || o->kind == GS_KIND_PLAN)
		return "F";
	return o->qual == GS_QUAL_NONE ? "A" : "E";
}

/* false for the kinds SDMX-CSV has no place for. */
static bool sdmx_row(FILE *out, const struct series_info *s,
		     const struct gs_obs *o)
{
	char per[48], v[64], measure[16];
	const char *row[7] = { EXPORT_DATAFLOW, s->key, measure, per, v,
		s->sym, status(o) };
	size_t i;

	if (kind_is_relative(o->kind))
		return false;
	gs_snprintf(measure, sizeof(measure), "%s", kind_name(o->kind));
	for (i = 0; measure[i]; i++)
		if (measure[i] >= 'a' && measure[i] <= 'z')
			measure[i] = (char)(measure[i] - 'a' + 'A');
	export_sdmx_period(&o->period, per, sizeof(per));
	export_num(o->value, v, sizeof(v));
	cells(out, row, GS_ARRAY_LEN(sdmx_head));
	return true;
}

struct exporter {
	FILE *out;
	enum export_format f;
	int32_t as_of;
	struct export_counts c;
	char **done;     /* keys written, to write each series once */
	size_t ndone;
};

static bool done(const struct exporter *x, const char *key)
{
	size_t i;

	for (i = 0; i < x->ndone; i++)
		if (strcmp(x->done[i], key) == 0)
			return true;
	return false;
}

static int one_series(struct series_db *db, struct exporter *x,
		      const struct series_info *s, struct gs_err *e)
{
	struct obs_list l;
	size_t i, j;

	if (series_observations(db, s->key, x->as_of, x->f == EXPORT_SDMX ?
				OBSQ_LATEST : OBSQ_ALL_VINTAGES, &l, e))
		return -1;
	x->c.retracted += (long)l.n;
	obs_list_drop_retracted(&l, x->as_of);
	x->c.retracted -= (long)l.n;
	for (i = 0; x->f == EXPORT_SDMX && i < l.n; i = j) {
		j = rp_group_end(&l, i);
		x->c.rows += sdmx_row(x->out, s, &l.v[rp_taken(&l, i, j)]);
	}
	for (i = 0; x->f != EXPORT_SDMX && i < l.n; i++) {
		canon_row(x->out, s, &l.v[i]);
		x->c.rows++;
	}
	obs_list_free(&l);
	x->done = xrealloc(x->done, (x->ndone + 1) * sizeof(*x->done));
	x->done[x->ndone++] = xstrdup(s->key);
	return 0;
}

static int one_glob(struct series_db *db, struct exporter *x,
		    const struct series_list *l, struct gs_err *e)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (!done(x, l->v[i].key) && one_series(db, x, &l->v[i], e))
			return -1;
	return 0;
}

/* Every glob's series, each glob checked before anything is written. */
static int lists(struct series_db *db, char *const *globs, size_t n,
		 struct series_list *ls, struct gs_err *e)
{
	size_t i;

	for (i = 0; i < (n ? n : 1); i++) {
		if (series_list(db, n ? globs[i] : NULL, &ls[i], e))
			return -1;
		if (n && ls[i].n == 0)
			return gs_errf(e, GS_EX_DATAERR, "no series matches "
				       "'%s'", globs[i]);
	}
	return 0;
}

int export_write(struct series_db *db, char *const *globs, size_t n,
		 int32_t as_of, enum export_format f, FILE *out,
		 struct export_counts *c,
		 struct gs_err *e)
{
	struct exporter x = { out, f, as_of, { 0, 0 }, NULL, 0 };
	struct series_list *ls = xcalloc(n ? n : 1, sizeof(*ls));
	size_t i;
	int rc = lists(db, globs, n, ls, e);

	if (rc == 0) {
		if (f == EXPORT_SDMX)
			cells(out, sdmx_head, GS_ARRAY_LEN(sdmx_head));
		else
			cells(out, canon_head, GS_ARRAY_LEN(canon_head));
	}
	for (i = 0; rc == 0 && i < (n ? n : 1); i++)
		rc = one_glob(db, &x, &ls[i], e);
	for (i = 0; i < (n ? n : 1); i++)
		series_list_free(&ls[i]);
	for (i = 0; i < x.ndone; i++)
		free(x.done[i]);
	free(x.done);
	free(ls);
	if (c)
		*c = x.c;
	return rc;
}
