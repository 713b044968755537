/*
** layout.c: the three CSV layouts growthstat reads, mapped onto figures.
**
**   long        series,period,kind,value,unit,... one figure a row; other
**               headers are mapped with --columns field=Header
**   wide        Period,moscow.output,spb.output,... a period column (the
**               first, or --columns period=Header) and a series a column
**   transposed  Country Code,Indicator Code,...,1960,1961,... a series a
**               row and a period a column, as in World Bank downloads;
**               leading lines before the header are skipped
**
** --set field=value gives fixed values for fields no column holds.
** An explicit --columns mapping wins over the canonical names: a header
** column named like a field the mapping gives another column ("value"
** beside value=invest) is ignored, as every column no field uses; the
** ignored columns are listed (layout_ignored) for -v.
**
** This file: the options, and each data record's fields; the header is
** read in layout_head.c (struct layout in layout_int.h).
*/
#include "layout_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *const field_names[F_COUNT] = {
	"series", "period", "kind", "value", "unit", "qualifier", "base",
	"as_of", "source", "note", "name", "description",
};

int layout_field(const char *s, size_t n)
{
	int i;

	for (i = 0; i < F_COUNT; i++)
		if (strlen(field_names[i]) == n &&
		    strncasecmp(field_names[i], s, n) == 0)
			return i;
	if (n == 5 && strncasecmp(s, "asof", 5) == 0)
		return F_ASOF;
	return -1;
}

/* Parse "a=x,b=y" calling fn for each pair; values may hold '+' (join). */
static int parse_pairs(struct layout *l, const char *spec, bool set,
		       struct gs_err *e)
{
	const char *p = spec;
	const char *opt = set ? "--set" : "--columns";

	while (*p) {
		const char *eq = strchr(p, '='), *end = strchr(p, ',');
		int f;

		if (end == NULL)
			end = p + strlen(p);
		if (eq == NULL || eq > end)
			return gs_errf(e, GS_EX_USAGE, "%s: expected FIELD=VALUE "
				       "in '%.*s'", opt, (int)(end - p), p);
		if ((f = layout_field(p, (size_t)(eq - p))) < 0)
			return gs_errf(e, GS_EX_USAGE, "%s: unknown field '%.*s'"
				       " (fields: series, period, kind, value, "
				       "unit, qualifier, base, as_of, source, "
				       "note, name, description)", opt,
				       (int)(eq - p), p);
		if (set) {
			free(l->fixed[f]);
			l->fixed[f] = xstrndup(eq + 1, (size_t)(end - eq - 1));
		} else {
			const char *a = eq + 1;

			l->nwant[f] = 0;
			while (a < end && l->nwant[f] < MAX_KEY_COLS) {
				const char *plus = memchr(a, '+', (size_t)(end - a));
				const char *b = plus ? plus : end;

				l->want[f][l->nwant[f]++] =
					xstrndup(a, (size_t)(b - a));
				a = plus ? plus + 1 : end;
			}
		}
		p = *end ? end + 1 : end;
	}
	return 0;
}

struct layout *layout_new(const struct ingest_opts *o, const char *file,
			  struct gs_err *e)
{
	struct layout *l = xcalloc(1, sizeof(*l));

	l->kind = o->layout;
	l->file = xstrdup(file);
	numfmt_init(&l->num, o, l->file);
	if ((o->columns && parse_pairs(l, o->columns, false, e)) ||
	    (o->set && parse_pairs(l, o->set, true, e))) {
		layout_free(l);
		return NULL;
	}
	return l;
}

void layout_free(struct layout *l)
{
	size_t i;
	int f, k;

	if (l == NULL)
		return;
	for (f = 0; f < F_COUNT; f++) {
		free(l->fixed[f]);
		for (k = 0; k < l->nwant[f]; k++)
			free(l->want[f][k]);
	}
	for (i = 0; i < l->nv; i++)
		free(l->vhead[i]);
	free(l->vhead);
	free(l->vcols);
	gs_buf_free(&l->key);
	free(l->file);
	free(l);
}

size_t layout_count(const struct layout *l, const struct csv_record *r)
{
	(void)r;
	return l->kind == LAYOUT_LONG ? 1 : l->nv;
}

static const char *cell(const struct csv_record *r, int c)
{
	return c >= 0 && (size_t)c < r->n ? r->f[c] : "";
}

static const char *join_key(struct layout *l, const struct csv_record *r)
{
	int k;

	l->key.len = 0;
	for (k = 0; k < l->nwant[F_SERIES]; k++) {
		if (k)
			gs_buf_add(&l->key, ".");
		gs_buf_add(&l->key, cell(r, l->col[F_SERIES][k]));
	}
	return gs_buf_str(&l->key);
}

static int fields_of(struct layout *l, const struct csv_record *r, size_t i,
		     struct fields *f, struct gs_err *e)
{
	int k;

	/* Every layout: a short row would take defaults (as_of today, the
	 * file's name as source) for fields it has lost, a long one has
	 * cells no column names. The column is the first one past the
	 * shorter of the two. */
	if (r->n != l->ncols)
		return gs_errf_at(e, GS_EX_DATAERR, l->file, r->line,
				  (int)(r->n < l->ncols ? r->n : l->ncols) + 1,
				  "%zu fields, the header has %zu", r->n,
				  l->ncols);
	for (k = 0; k < F_COUNT; k++) {
		int c = l->col[k][0];

		f->v[k] = c >= 0 ? cell(r, c) : l->fixed[k] ? l->fixed[k] : "";
		f->col[k] = c >= 0 ? c + 1 : 0;
	}
	if (l->nwant[F_SERIES] > 1)
		f->v[F_SERIES] = join_key(l, r);
	if (l->kind == LAYOUT_LONG)
		return 1;
	if (i >= l->nv)
		return 0;
	f->v[F_VALUE] = cell(r, (int)l->vcols[i]);
	f->col[F_VALUE] = (int)l->vcols[i] + 1;
	if (f->v[F_VALUE][0] == '\0')
		return 0;
	if (l->kind == LAYOUT_WIDE) {
		f->v[F_SERIES] = l->vhead[i];
		f->col[F_SERIES] = f->col[F_VALUE];
	} else {
		f->v[F_PERIOD] = l->vhead[i];
		f->col[F_PERIOD] = f->col[F_VALUE];
	}
	return 1;
}

int layout_figure(struct layout *l, const struct csv_record *r, size_t i,
		  struct fields *f, struct gs_err *e)
{
	int k = fields_of(l, r, i, f, e);

	if (k == 1 && numfmt_value(&l->num, f, r->line, e))
		return -1;
	return k;
}
