/*
** extract_grid.c: a table flattened into text with its column heads on a
** line of their own and one line per row below them, the way a table
** copied from a PDF or a programme annex arrives:
**
**     Показатель | 2023 (факт) | 2024 | 2025
**     Количество резидентов, ед. | 5 | 7 | 9
**
**     Indicator | 1 Jan 2022 | 1 Jan 2023 | 1 Jan 2024
**     Residents, number | 21 | 26 | 30
**
**     ...: основные показатели на 01.01.2023 / на 01.01.2024
**     Резидентов: 41 / 44
**
** Each value of a row takes the period of its column's head and the unit
** its label names ("Label, unit"); the sentence rules would date them all
** by one year and take a unit from the next line's words. The mechanism
** knows no indicator: any label, any unit, any number of dated columns.
*/
#include "../../common.h"

#include <math.h>
#include <string.h>

#include "extract_flat.h"
#include "extract_grid.h"
#include "extract_gridpair.h"
#include "extract_semi.h"
#include "extract_pmark.h"
#include "extract_qtab.h"

/* How far below its head a row may be (rows, notes between). */
#define GRID_REACH 12
#define GRID_COLS 16

static bool is_tok(const struct xtok *t, const char *w)
{
	return t->type == XT_PUNCT && strcmp(t->w, w) == 0;
}

static int count_sep(const struct xsent *s, const char *w)
{
	int i, n = 0;

	for (i = 0; i < s->nt; i++)
		n += is_tok(&s->t[i], w);
	return n;
}

/* Is s a table line with dashes between its cells ("Показатель — 2022 —
 * 2023 — 2024", "Резиденты, ед. — 3 — 5 — 6"): two dashes or more, each
 * cell after the first at most four tokens? Prose with dashes has longer
 * parts ("— 640,0 млн рублей, в том числе: 2025 г. — 210,0"). */
static bool dash_cells(const struct xsent *s, const char *w)
{
	int i, cell = -1, seps = 0;

	for (i = 0; i < s->nt; i++) {
		if (is_tok(&s->t[i], w)) {
			if (cell > 4 || cell == 0)
				return false;
			seps++;
			cell = 0;
		} else if (cell >= 0 && !is_tok(&s->t[i], ".")) {
			cell++;
		}
	}
	return seps >= 2 && cell > 0 && cell <= 4;
}

/* The separator of a table line: "|", dashes between short cells, or
 * "/". NULL when it has none. */
static const char *line_sep(const struct xsent *s)
{
	if (count_sep(s, "|") >= 1)
		return "|";
	if (dash_cells(s, "—"))
		return "—";
	if (dash_cells(s, "–"))
		return "–";
	return count_sep(s, "/") >= 1 ? "/" : NULL;
}

/* Does a period mark ("y/y") stand in [b, e), past the cell a date read
 * there ends at: "2Q 2025 / change y/y" is read as one time. */
static bool mark_past(const struct xsent *s, int b, int e)
{
	for (; b < e; b++)
		if (xpmark_slash(s, b, NULL) > 0)
			return true;
	return false;
}

/* The period of the date in tokens [a, b), the last one there: a time
 * the sentence rules read, a half-year head, or a bare year. False when
 * none. */
static bool cell_date(const struct xsent *s, int a, int b, struct xper *p)
{
	bool got = false;
	int k;


	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].t0 >= a && s->tm[k].t0 < b &&
		    (s->tm[k].t1 <= b || mark_past(s, b, s->tm[k].t1)) &&
		    (s->tm[k].role == XR_POINT || s->tm[k].role == XR_RANGE)) {
			*p = s->tm[k].p;
			got = true;
		}
	for (k = a; k < b && !got; k++)
		if (s->t[k].type == XT_NUM && s->t[k].plain &&
		    s->t[k].ndig == 4 && s->t[k].v >= 1900 && s->t[k].v <= 2100) {
			*p = xper_year((int)s->t[k].v);
			got = true;
		}
	return got;
}

/* Column heads of s: the period of each part between separators w that
 * holds a date, the dated parts running to the line's end (the first
 * part, "Показатель", may hold none). How many (at least 2), or 0. */
/* A head of a change column in tokens [a, b): "изменение", "прирост",
 * "change", "+/-". */
static bool change_head(const struct xsent *s, int a, int b)
{
	static const char *const ws[] = { "изменение", "прирост", "change",
		"difference", "+/-", "изм", "изм.", "chg", "chg.", NULL };
	int k, j;

	for (k = a; k < b; k++)
		for (j = 0; ws[j] != NULL; j++)
			if (strcmp(s->t[k].w, ws[j]) == 0)
				return true;
	return b - a == 3 && is_tok(&s->t[a], "+") && is_tok(&s->t[a + 1], "/");
}

/* A last head comparing two dates in percent ("Q1 2025 to Q1 2024, %",
 * "I кв. 2025 к I кв. 2024, %", "2024 vs 2023, %") in tokens [a, b):
 * its values are an index, 100 for no change; the first date into p. */
static bool index_head(const struct xsent *s, int a, int b, struct xper *p)
{
	int k, dates = 0;
	bool to = false, pct = false;

	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].t0 >= a && s->tm[k].t0 < b && dates++ == 0)
			*p = s->tm[k].p;
	for (k = a; k < b; k++) {
		to = to || strcmp(s->t[k].w, "to") == 0 ||
		     strcmp(s->t[k].w, "к") == 0 || strcmp(s->t[k].w, "vs") == 0;
		pct = pct || strcmp(s->t[k].w, "%") == 0;
	}
	return dates >= 2 && to && pct;
}

/* Column heads of s: the period of each part between separators w that
 * holds a date, the dated parts running to the line's end (the first
 * part, "Показатель", may hold none) but for a last change column
 * ("| изменение"), which sets *chg. How many dated (at least 2), or 0. */
static int heads(const struct xsent *s, const char *w, struct xper *col,
		 int *chg)
{
	int a = 0, i, n = 0;
	bool gap = false;

	*chg = 0;
	for (i = 0; i <= s->nt; i++) {
		if (i < s->nt && (!is_tok(&s->t[i], w) ||
				  xpmark_slash(s, i - 1, NULL) > 0))
			continue; /* not the slash of "change y/y" */
		if (n >= GRID_COLS)
			return 0;
		if (n > 0 && i == s->nt && !gap &&
		    index_head(s, a, i, &col[n])) {
			*chg = 3; /* "Q1 2025 to Q1 2024, %": an index */
		} else if (n > 0 && i == s->nt && !gap && change_head(s, a, i)) {
			/* "change y/y": its mark is no column date;
			 * "изм., %": a change in percent (2) */
			*chg = 1 + (i >= 1 && is_tok(&s->t[i - 1], "%"));
		} else if (cell_date(s, a, i, &col[n])) {
			if (gap && n > 0)
				return 0;
			n++;
		} else if (n > 0) {
			gap = true; /* undated cells before the first dated
				     * one are labels ("Ед. изм.") */
		}
		a = i + 1;
	}
	return n >= 2 && !gap ? n : 0;
}

/* The period of a change column after the dated columns col[0..n): the
 * year of the last column when they are years, the months from the
 * one-but-last day to the last when they are first days of months
 * ("на 01.01.2024 | на 01.07.2024 | изменение": January-June 2024);
 * for a change in percent (pct) of the same months a year apart, the
 * later months ("9 мес. 2024 | 9 мес. 2025 | изм., %"). False when
 * none. */
static bool change_per(const struct xper *col, int n, bool pct,
		       struct xper *p)
{
	const struct xper *a = &col[n - 2], *b = &col[n - 1];
	int y = b->y0, m = b->m0 - 1;

	if (a->m0 == 0 && b->m0 == 0 && b->y0 == a->y0 + 1) {
		*p = xper_year(b->y0);
		return true;
	}
	if (pct && a->m0 != 0 && a->m0 == b->m0 && a->m1 == b->m1 &&
	    a->d0 == b->d0 && a->y0 == a->y1 && b->y0 == b->y1 &&
	    b->y0 == a->y0 + 1) {
		*p = *b; /* "9 мес. 2024 | 9 мес. 2025 | изм., %", "на
			  * 01.07.2023 | на 01.07.2024 | изм., %" */
		return true;
	}
	if (a->d0 != 1 || b->d0 != 1 || a->y0 != a->y1 || b->y0 != b->y1 ||
	    a->m0 != a->m1 || b->m0 != b->m1 || a->m0 == 0 || b->m0 == 0)
		return false;
	if (m == 0) {
		m = 12;
		y--;
	}
	*p = a->m0 == 1 && m == 12 && y == a->y0 ? xper_year(y) :
	     xt_per(a->y0, a->m0, 0, y, m, 0);
	return true;
}

/* "As of 1 January of each year" over the heads: a year's column is its
 * first day. */
static bool jan_first(const struct xsent *s)
{
	static const char *const ws[] = { "as of 1 january", "on 1 january",
		"на 1 января", "на начало года", "at the start of each year",
		NULL };
	char f[512];
	int k;

	xfold(s->text, (size_t)s->len, f, sizeof(f));
	for (k = 0; ws[k] != NULL; k++)
		if (strstr(f, ws[k]) != NULL)
			return true;
	return false;
}

/* The head line of the table row i belongs to: the nearest line above
 * with the same separator and dated columns, every line between a table
 * line too. Its columns into col; how many, or 0. */
static int head_above(const struct xdoc *d, int i, const char *w,
		      struct xper *col, int *chg, int *hl)
{
	int h, n, k;

	for (h = i - 1; h >= 0 && h >= i - GRID_REACH; h--) {
		const char *hw = line_sep(&d->s[h]);

		if (hw == NULL || strcmp(hw, w) != 0)
			return 0;
		if ((n = heads(&d->s[h], w, col, chg)) == 0)
			continue;
		for (k = 0; k < n && h > 0 && jan_first(&d->s[h - 1]); k++)
			if (col[k].y0 == col[k].y1 && col[k].m0 == 0)
				col[k] = xt_per(col[k].y0, 1, 1, col[k].y0, 1,
						1);
		*hl = h;
		return n;
	}
	return 0;
}

/* A sign before the number at j: "+2", "−15" in a change column. */
static int sign_at(const struct xsent *s, int j)
{
	if (j < 1)
		return 0;
	if (is_tok(&s->t[j - 1], "+"))
		return 1;
	return is_tok(&s->t[j - 1], "-") || is_tok(&s->t[j - 1], "−") ||
	       is_tok(&s->t[j - 1], "–") ? -1 : 0;
}

/* The row's values: exactly n numbers at the line's end apart by w
 * ("| 5 | 7 | 9", "41 / 44", "| 4 | 6 | +2"); the first value's token,
 * or -1. */
static int row_values(const struct xsent *s, const char *w, int end,
		      int n, double *v)
{
	int j = end - 1, k, sg;

	if (j >= 0 && is_tok(&s->t[j], w))
		j--;
	for (k = n - 1; k >= 0; k--, j -= 2) {
		while (j >= 1 && (is_tok(&s->t[j], "*") ||
				  is_tok(&s->t[j], "**")))
			j--; /* a footnote mark: "| 1 200*" */
		if (j >= 1 && w[0] == '|' && is_tok(&s->t[j - 1], w) &&
		    (is_tok(&s->t[j], "—") || is_tok(&s->t[j], "–") ||
		     is_tok(&s->t[j], "-"))) {
			v[k] = NAN; /* "| 70,0 | —": a cell left empty */
			continue;
		}
		if (j < 1 || s->t[j].type != XT_NUM ||
		    (s->t[j].flags & XF_USED))
			return -1;
		v[k] = s->t[j].v;
		if ((sg = sign_at(s, j)) != 0 && !is_tok(&s->t[j - 1], w)) {
			v[k] *= sg;
			j--;
		}
		if (k > 0 && (j < 1 || !is_tok(&s->t[j - 1], w)))
			return -1;
	}
	j++;
	/* the label ends with the separator or a colon */
	if (!is_tok(&s->t[j], w) && !is_tok(&s->t[j], ":"))
		return -1;
	return j < 1 || s->t[j - 1].type == XT_NUM ? -1 : j;
}

/* A change column's value in percent ends the row ("/ +22.1%"): the
 * row's values are read without it, and it is left to the sentence rules
 * that read "+22.1%" as a percent change. Its first token, or s->nt. */
static int pct_change_at(struct xsent *s, const char *w)
{
	int j = s->nt - 1;

	if (j < 2 || !is_tok(&s->t[j], "%") || s->t[j - 1].type != XT_NUM)
		return s->nt;
	j -= 1 + (sign_at(s, j - 1) != 0);
	return j >= 1 && is_tok(&s->t[j - 1], w) ? j - 1 : s->nt;
}

/* The unit of a row whose label ends at e: a unit column of its own
 * ("Количество резидентов | ед. |", "Инвестиции | млн руб. |"), else
 * the label's ("Label, unit"); a generic unit column ("ед.") lets the
 * label name what is counted. */
static void label_unit(const struct xsent *s, const char *w, int e,
		       struct xtrow *r)
{
	int c;

	for (c = e - 1; c > 0 && !is_tok(&s->t[c], w); c--)
		;
	if (c > 0) {
		xtable_label_unit(s, c + 1, e, r);
		if (r->cls != XU_NONE && strcmp(r->unit, "units") != 0)
			return;
	}
	xgrid_label_unit(s, 0, c > 0 ? c : e, r);
}

/* A row of "plan / fact" cells under heads that say so: two rows a
 * column, the plan first; how many, or 0. */
static int pair_rows(struct xsent *s, const char *w, int n,
		     const struct xper *col, struct xtrow *rows)
{
	double p[GRID_COLS], f[GRID_COLS];
	int e = xgridpair_values(s, w, n, p, f), k, got = 0;

	for (k = 0; e >= 0 && k < 2 * n; k++) {
		label_unit(s, w, e, &rows[got]);
		rows[got].v = k % 2 ? f[k / 2] : p[k / 2];
		rows[got].plan = k % 2 == 0;
		rows[got++].period = col[k / 2];
	}
	for (k = 0; got > 0 && k < s->nt; k++)
		s->t[k].flags |= XF_USED;
	return got;
}

int xgrid_spot(const struct xdoc *d, int i, struct xtrow *rows, int max)
{
	struct xsent *s = &d->s[i];
	struct xper col[GRID_COLS];
	double v[GRID_COLS];
	const char *w = line_sep(s);
	int n, e, k, chg, hl, pc = s->nt, got;

	if (w == NULL && (n = xqtab_spot(d, i, rows, max)) > 0)
		return n; /* "Показатель I кв. II кв. ..." apart by spaces */
	if (w == NULL && (n = xsemi_spot(d, i, rows, max)) > 0)
		return n; /* "— резидентов, ед.: 5; 7; 9; 10;" */
	if (w == NULL || (n = head_above(d, i, w, col, &chg, &hl)) == 0)
		return xflat_spot(s, rows, max); /* heads on the rows' line */
	if (!chg && 2 * n <= max && xgridpair_heads(&d->s[hl]) &&
	    (got = pair_rows(s, w, n, col, rows)) > 0)
		return got; /* "| 2022 план / факт |": "| 3 / 2 |" */
	if (chg && (pc = pct_change_at(s, w)) < s->nt)
		chg = 0; /* "... / 12.1 / +23.5%" */
	e = n + !!chg > max ? -1 : row_values(s, w, pc, n + !!chg, v);
	if (e < 0)
		return xflat_spot(s, rows, max);
	for (k = got = 0; k < n; k++) {
		if (isnan(v[k]))
			continue; /* an empty cell */
		label_unit(s, w, e, &rows[got]);
		rows[got].v = v[k];
		rows[got].period = col[k];
		if (col[k].m0 != 0 && xqtab_at_end(s, e))
			rows[got].period = xqtab_end_day(col[k]);
		got++;
	}
	if (chg == 3 && !isnan(v[n])) { /* an index: 150.0 is +50 % */
		label_unit(s, w, e, &rows[got]);
		gs_snprintf(rows[got].unit, sizeof(rows[got].unit), "%%");
		rows[got].cls = XU_PCT;
		rows[got].period = col[n].m0 != 0 && xqtab_at_end(s, e) ?
				   xqtab_end_day(col[n]) : col[n];
		rows[got++].v = round((v[n] - 100) * 1e6) / 1e6;
	} else if (chg && chg != 3 && !isnan(v[n]) &&
		   change_per(col, n, chg == 2, &rows[got].period)) {
		label_unit(s, w, e, &rows[got]);
		if (chg == 2) { /* "изм., %": in percent, whatever the row's */
			gs_snprintf(rows[got].unit, sizeof(rows[got].unit), "%%");
			rows[got].cls = XU_PCT;
		}
		rows[got++].v = v[n];
	}
	for (k = 0; k < pc; k++)
		s->t[k].flags |= XF_USED;
	return got;
}

bool xgrid_change_base(const struct xdoc *d, int i, int nrows,
		       struct xper *base)
{
	struct xper col[GRID_COLS];
	const char *w = line_sep(&d->s[i]);
	int n, chg, hl;

	if (w == NULL || (n = head_above(d, i, w, col, &chg, &hl)) == 0 ||
	    chg != 2 || nrows != n + 1)
		return false; /* not every dated cell and the change one */
	*base = col[n - 2];
	return true;
}

/* Only numbers and their separators in p[0, n) ("41 / 44", "9 870 / 10
 * 420", "118,3 / 126,9"), with at least one slash? */
static bool slash_values(const char *p, size_t n)
{
	size_t k, slash = 0;
	int sp;

	for (k = 0; k < n; k++) {
		unsigned char c = (unsigned char)p[k];

		if (c >= 0x80 && n - k < 3)
			return false; /* xspace_at reads up to three bytes */
		if ((sp = xspace_at((const unsigned char *)p + k)) > 0)
			k += (size_t)sp - 1;
		else if (c == '/')
			slash++;
		else if (!xdigit(c) && c != ',' && c != '.' && c != '\r')
			return false;
	}
	return slash > 0;
}

/* A line of a table: with "|" between its cells ("Показатель | 2024 |
 * 2025"), at least two bars, or three slashes set off by spaces
 * ("Indicator / 2Q 2024 / 1Q 2025 / 2Q 2025 / change y/y", however long),
 * or a label and its values apart by slashes ("Рабочих мест: 9 870 /
 * 10 420"). Such a line is a paragraph of its own. */
/* A line of short cells apart by " — " or " – " ("Показатель — 2022 —
 * 2023 — 2024"): three cells or more, each after the first at most 16
 * bytes. */
static bool xgrid_dash_line(const char *p, size_t n)
{
	static const char *const dashes[] = { " \xe2\x80\x94 ",
		" \xe2\x80\x93 ", NULL };
	size_t k, cell = 0, cells = 0;
	int d;

	for (d = 0; dashes[d] != NULL; d++) {
		size_t dl = strlen(dashes[d]);

		for (k = 0, cells = 0, cell = 0; k < n; k++, cell++) {
			if (k + dl > n || memcmp(p + k, dashes[d], dl) != 0)
				continue;
			if (cells > 0 && cell > 16)
				break;
			cells++;
			cell = 0;
			k += dl - 1;
		}
		if (k >= n && cells >= 2 && cell <= 16 + 1)
			return true;
	}
	return false;
}

bool xgrid_line(const char *p, size_t n)
{
	const char *colon = NULL;
	size_t k, bars = 0, slashes = 0;

	for (k = 0; k < n; k++) {
		bars += p[k] == '|';
		slashes += p[k] == '/' && k > 0 && k + 1 < n &&
			   p[k - 1] == ' ' && p[k + 1] == ' ';
		if (p[k] == ':')
			colon = p + k;
	}
	return bars >= 2 || slashes >= 3 || xgrid_dash_line(p, n) ||
	       xqtab_line(p, n) ||
	       (colon != NULL && colon > p &&
		slash_values(colon + 1, (size_t)(p + n - colon - 1)));
}
