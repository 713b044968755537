/*
** extract_semi.c: a programme annex lists its targets as rows of values
** apart by semicolons, the years said once on the line above (oh20):
**
**     Показатели по годам (2024 — факт, 2025–2027 — план):
**     — количество резидентов, ед.: 5; 7; 9; 10;
**     — внебюджетные инвестиции, млн руб.: 615; 900; 1 250; 1 100.
**
** The line above ends with a colon and names years and spans of years
** in order; spread into single years they are the columns, and a row
** with as many values gives one figure a year, its unit from the label
** ("Label, unit", as extract_grid.c reads it). A column whose years the
** head calls a plan ("— план", "plan", "прогноз") gives plans. The
** mechanism knows no indicator and no number of columns.
*/
#include "../../common.h"

#include <string.h>

#include "extract_tw.h"
#include "extract_grid.h"
#include "extract_semi.h"

#define SEMI_COLS 12
#define SEMI_REACH 10

/* The values after the colon of s apart by ";" to the line's end: into
 * v (at most max); the colon's token into *c; how many (2 or more), or
 * 0. Values another rule took count only when used. */
static int row_values(const struct xsent *s, double *v, int max, int *c,
		      bool used)
{
	int j, n = 0;

	for (*c = 0; *c < s->nt && !xtw_is(s, *c, ":"); (*c)++)
		;
	if (*c == 0 || *c >= s->nt)
		return 0;
	for (j = *c + 1; j < s->nt; j += 2) {
		if (s->t[j].type != XT_NUM ||
		    (!used && (s->t[j].flags & XF_USED)) || n >= max)
			return 0;
		v[n++] = s->t[j].v;
		if (j + 1 < s->nt && !xtw_is(s, j + 1, ";") &&
		    !(j + 2 == s->nt && xtw_is(s, j + 1, ".")))
			return 0;
	}
	return n >= 2 ? n : 0;
}

/* Is a plan word right after token e ("— план", "plan")? */
static bool plan_after(const struct xsent *s, int e)
{
	static const char *const ws[] = { "план", "plan", "прогноз",
		"forecast", "target", "targets", NULL };

	if (xtw_is(s, e, "—") || xtw_is(s, e, "–") || xtw_is(s, e, "-") ||
	    xtw_is(s, e, ","))
		e++;
	return xtw_isa(s, e, ws);
}

/* The years the lead line h names, in order, spread into single years:
 * into y and plan (at most max); how many. */
static int head_years(const struct xsent *h, int *y, bool *plan, int max)
{
	int k, a, n = 0;

	if (h->nt < 2 || !xtw_is(h, h->nt - 1, ":"))
		return 0;
	for (k = 0; k < h->ntm; k++) {
		const struct xtime *t = &h->tm[k];

		if ((t->role != XR_POINT && t->role != XR_RANGE) ||
		    t->p.m0 != 0 || t->p.y0 == 0)
			return 0; /* a month or a quarter: not this table */
		for (a = t->p.y0; a <= (t->p.y1 ? t->p.y1 : t->p.y0); a++) {
			if (n >= max)
				return 0;
			plan[n] = plan_after(h, t->t1);
			y[n++] = a;
		}
	}
	return n;
}

/* The head above row i: the nearest line before it that is no such row
 * itself; its columns into y and plan, how many, or 0. */
static int head_of(const struct xdoc *d, int i, int *y, bool *plan)
{
	double v[SEMI_COLS];
	int h, c;

	for (h = i - 1; h >= 0 && h >= i - SEMI_REACH; h--)
		if (row_values(&d->s[h], v, SEMI_COLS, &c, true) == 0)
			return head_years(&d->s[h], y, plan, SEMI_COLS);
	return 0;
}

int xsemi_spot(const struct xdoc *d, int i, struct xtrow *rows, int max)
{
	struct xsent *s = &d->s[i];
	double v[SEMI_COLS];
	bool plan[SEMI_COLS];
	int y[SEMI_COLS], n, c, k;

	if ((n = row_values(s, v, SEMI_COLS, &c, false)) == 0 || n > max ||
	    head_of(d, i, y, plan) != n)
		return 0;
	for (k = 0; k < n; k++) {
		memset(&rows[k], 0, sizeof(rows[k]));
		xgrid_label_unit(s, 0, c, &rows[k]);
		rows[k].v = v[k];
		rows[k].period = xper_year(y[k]);
		rows[k].plan = plan[k];
	}
	for (k = 0; k < s->nt; k++)
		s->t[k].flags |= XF_USED;
	return n;
}
