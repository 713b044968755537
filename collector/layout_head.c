/*
** layout_head.c: a layout's header (layout.h, layout_header): the
** column each field comes from (the --columns mapping first, then the
** canonical names), the value columns of the wide and transposed
** layouts, the World Bank defaults, and what is refused as a guess (a
** mapped name heading two columns, a field named twice, an unknown
** column); the columns no field uses are kept for layout_ignored.
*/
#include "layout_int.h"
#include "headsep.h"

#include <string.h>
#include <strings.h>

#include "../series/parse.h"

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
