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
*/
#include "layout.h"
#include "headsep.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../series/parse.h"
#include "numfmt.h"

const char *const field_names[F_COUNT] = {
	"series", "period", "kind", "value", "unit", "qualifier", "base",
	"as_of", "source", "note", "name", "description",
};

#define MAX_KEY_COLS 4

struct layout {
	enum ingest_layout kind;
	char *file;
	char *fixed[F_COUNT];          /* --set values */
	char *want[F_COUNT][MAX_KEY_COLS]; /* --columns header names */
	int nwant[F_COUNT];
	int col[F_COUNT][MAX_KEY_COLS];  /* 0-based column, -1 none */
	bool have_header;
	size_t ncols;
	/* wide and transposed: the value columns */
	size_t *vcols;
	size_t nv;
	char **vhead;                   /* header text of value columns */
	struct gs_buf key;              /* joined multi-column series key */
	char ignored[512];              /* header columns no field uses */
	struct numfmt num;              /* --decimal, guessed readings */
};

static int layout_field(const char *s, size_t n)
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

/* Header text trimmed of blanks for comparison. */
static bool head_eq(const char *h, const char *name)
{
	size_t n;

	while (*h == ' ' || *h == '\t')
		h++;
	n = strlen(h);
	while (n && (h[n - 1] == ' ' || h[n - 1] == '\t'))
		n--;
	return strlen(name) == n && strncasecmp(h, name, n) == 0;
}

/* The first column from `from` on whose header is `name`, or -1. */
static int find_col_from(const struct csv_record *r, size_t from,
			 const char *name)
{
	size_t i;

	for (i = from; i < r->n; i++)
		if (head_eq(r->f[i], name))
			return (int)i;
	return -1;
}

static int find_col(const struct csv_record *r, const char *name)
{
	return find_col_from(r, 0, name);
}

/*
** Append the header text of column c to the ", "-separated list in buf
** (size n), or "..." once it is full. A column without a name is
** "(column N)".
*/
static void list_add(char *buf, size_t n, const struct csv_record *r,
		     size_t c)
{
	size_t len = strlen(buf);
	char item[160];

	if (len >= 3 && strcmp(buf + len - 3, "...") == 0)
		return;
	if (r->len[c] == 0)
		gs_snprintf(item, sizeof(item), "(column %zu)", c + 1);
	else
		gs_snprintf(item, sizeof(item), "%s", r->f[c]);
	if (len + strlen(item) + 2 + 4 < n)
		gs_snprintf(buf + len, n - len, "%s%s", len ? ", " : "", item);
	else
		gs_snprintf(buf + len, n - len, "%s...", len ? ", " : "");
}

/*
** Resolve --columns names; 1 all found, 0 some missing (*missing is the
** first such name, for field *mf).
*/
static int map_wanted(struct layout *l, const struct csv_record *r,
		      int *mf, const char **missing)
{
	int f, k;

	for (f = 0; f < F_COUNT; f++) {
		l->col[f][0] = -1;
		for (k = 0; k < l->nwant[f]; k++) {
			l->col[f][k] = find_col(r, l->want[f][k]);
			if (l->col[f][k] < 0) {
				*mf = f;
				*missing = l->want[f][k];
				return 0;
			}
		}
	}
	return 1;
}

/* A mapped name that heads two columns would be a guess: refuse it. */
static int mapped_twice(const struct layout *l, const struct csv_record *r,
			struct gs_err *e)
{
	int f, k, c;

	for (f = 0; f < F_COUNT; f++)
		for (k = 0; k < l->nwant[f]; k++)
			if ((c = find_col_from(r, (size_t)l->col[f][k] + 1,
					       l->want[f][k])) >= 0)
				return gs_errf_at(e, GS_EX_DATAERR, l->file,
						  r->line, c + 1, "column '%s' "
						  "appears twice (--columns "
						  "%s=%s)", r->f[c],
						  field_names[f], l->want[f][k]);
	return 0;
}

static int no_mapped_column(const struct layout *l,
			    const struct csv_record *r, int f,
			    const char *missing, struct gs_err *e)
{
	char have[400] = "";
	size_t i;

	for (i = 0; i < r->n; i++)
		list_add(have, sizeof(have), r, i);
	return gs_errf_at(e, GS_EX_DATAERR, l->file, r->line, 0,
			  "--columns: no column '%s' in the header (mapped "
			  "to %s; the header has %s)", missing, field_names[f],
			  have);
}

static bool taken(const struct layout *l, size_t c)
{
	int f, k;

	for (f = 0; f < F_COUNT; f++)
		for (k = 0; k < (l->nwant[f] ? l->nwant[f] : 1); k++)
			if (l->col[f][k] == (int)c)
				return true;
	return false;
}

/* The last column of a --skip-bad reject file (rejects.h), "reason", is
 * not data: a corrected reject file loads as it is. */
static bool reject_reason(const struct csv_record *r, size_t i)
{
	return i + 1 == r->n && strcmp(r->f[i], "reason") == 0;
}

static int unknown_column(const struct layout *l, const struct csv_record *r,
			  size_t i, struct gs_err *e)
{
	const char *sep = r->n == 1 ? headsep_guess(r->f[0], layout_field) : NULL;

	if (sep)
		return gs_errf_at(e, GS_EX_DATAERR, l->file, r->line, 1,
				  "unknown column '%s': the header is one "
				  "column that %s separates into known ones; "
				  "give --delimiter %s (cron-ingest.sh: -F %s)",
				  r->f[0], sep, sep, sep);
	return gs_errf_at(e, GS_EX_DATAERR, l->file, r->line, (int)i + 1,
			  "unknown column '%s' (the canonical columns are "
			  "series,period,kind,value,unit,qualifier,base,as_of,"
			  "source,note[,name,description]; map others with "
			  "--columns)", r->f[i]);
}

static int header_long(struct layout *l, const struct csv_record *r,
		       struct gs_err *e)
{
	size_t i;
	bool mapping = false;

	for (i = 0; i < F_COUNT; i++)
		mapping |= l->nwant[i] > 0;
	for (i = 0; i < r->n; i++) {
		int f;
		const char *h = r->f[i];
		size_t n;

		if (taken(l, i))
			continue;
		while (*h == ' ' || *h == '\t')
			h++;
		n = strlen(h);
		while (n && (h[n - 1] == ' ' || h[n - 1] == '\t'))
			n--;
		f = layout_field(h, n);
		if (f >= 0 && l->nwant[f] > 0) {
			continue; /* mapped to another column: ignored */
		} else if (f >= 0 && l->col[f][0] < 0) {
			l->col[f][0] = (int)i;
		} else if (f >= 0) {
			return gs_errf_at(e, GS_EX_DATAERR, l->file, r->line,
					  (int)i + 1, "column '%s' appears twice",
					  r->f[i]);
		} else if (reject_reason(r, i)) {
			continue;
		} else if (!mapping && r->len[i] > 0) {
			return unknown_column(l, r, i, e);
		}
	}
	return 0;
}

static void add_vcol(struct layout *l, size_t c, const char *head)
{
	/* A header may have 10,000 columns: grown by doubling. */
	GS_GROW(l->vcols, l->nv);
	GS_GROW(l->vhead, l->nv);
	l->vcols[l->nv] = c;
	l->vhead[l->nv] = xstrdup(head);
	l->nv++;
}

static bool is_period(const char *s)
{
	struct gs_period p;
	const char *why;

	return *s && period_parse(s, &p, &why) == 0 && p.start != 0;
}

static int header_wide(struct layout *l, const struct csv_record *r,
		       struct gs_err *e)
{
	size_t i;

	if (l->col[F_PERIOD][0] < 0)
		l->col[F_PERIOD][0] = 0;
	for (i = 0; i < r->n; i++) {
		if (taken(l, i) || r->len[i] == 0 || reject_reason(r, i))
			continue;
		add_vcol(l, i, r->f[i]);
	}
	if (l->nv == 0)
		return gs_errf_at(e, GS_EX_DATAERR, l->file, r->line, 0,
				  "wide layout: no series columns in the header");
	return 0;
}

static int header_transposed(struct layout *l, const struct csv_record *r)
{
	size_t i;

	for (i = 0; i < r->n; i++)
		if (!taken(l, i) && is_period(r->f[i]))
			add_vcol(l, i, r->f[i]);
	return l->nv > 0 ? 1 : 0;
}

/* World Bank downloads need no --columns. */
static void transposed_defaults(struct layout *l, const struct csv_record *r)
{
	if (l->nwant[F_SERIES] == 0 && find_col(r, "Indicator Code") >= 0 &&
	    find_col(r, "Country Code") >= 0) {
		l->want[F_SERIES][0] = xstrdup("Country Code");
		l->want[F_SERIES][1] = xstrdup("Indicator Code");
		l->nwant[F_SERIES] = 2;
		if (l->nwant[F_NAME] == 0 && find_col(r, "Indicator Name") >= 0) {
			l->want[F_NAME][0] = xstrdup("Indicator Name");
			l->nwant[F_NAME] = 1;
		}
	}
}

/* Every column of the header that no field and no cell uses. */
static void note_ignored(struct layout *l, const struct csv_record *r)
{
	size_t i, v = 0;

	for (i = 0; i < r->n; i++) {
		while (v < l->nv && l->vcols[v] < i)
			v++;
		if (!taken(l, i) && !(v < l->nv && l->vcols[v] == i))
			list_add(l->ignored, sizeof(l->ignored), r, i);
	}
}

const char *layout_ignored(const struct layout *l)
{
	return l->ignored;
}

int layout_header(struct layout *l, const struct csv_record *r,
		  struct gs_err *e)
{
	const char *missing = NULL;
	int mf = 0;

	if (l->kind == LAYOUT_TRANSPOSED)
		transposed_defaults(l, r);
	if (!map_wanted(l, r, &mf, &missing)) {
		if (l->kind == LAYOUT_TRANSPOSED)
			return 0; /* not the header yet */
		return no_mapped_column(l, r, mf, missing, e);
	}
	if (mapped_twice(l, r, e))
		return -1;
	l->ncols = r->n;
	if (l->kind == LAYOUT_LONG) {
		if (header_long(l, r, e))
			return -1;
	} else if (l->kind == LAYOUT_WIDE) {
		if (header_wide(l, r, e))
			return -1;
	} else if (l->col[F_SERIES][0] < 0 || header_transposed(l, r) == 0) {
		return 0;
	}
	if (l->kind != LAYOUT_WIDE && l->col[F_SERIES][0] < 0 &&
	    !l->fixed[F_SERIES])
		return gs_errf_at(e, GS_EX_DATAERR, l->file, r->line, 0,
				  "no 'series' column (give one, or map it "
				  "with --columns series=HEADER)");
	if (l->kind == LAYOUT_LONG && l->col[F_VALUE][0] < 0)
		return gs_errf_at(e, GS_EX_DATAERR, l->file, r->line, 0,
				  "no 'value' column");
	if (l->kind != LAYOUT_TRANSPOSED && l->col[F_PERIOD][0] < 0 &&
	    !l->fixed[F_PERIOD])
		return gs_errf_at(e, GS_EX_DATAERR, l->file, r->line, 0,
				  "no 'period' column");
	l->have_header = true;
	note_ignored(l, r);
	return 1;
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
