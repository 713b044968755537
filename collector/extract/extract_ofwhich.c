/*
** extract_ofwhich.c: a share said of a figure takes that figure's period
** (issue 16, round eighteen). "Cheese output, 2024: 7,400 t, of which
** hard cheeses 55%", "Парк занимает 48 гектаров, из которых застроено
** чуть больше половины", "They employ 1,450 people, nearly half of them
** former staff": the share is part of the whole it names, so it is of
** the whole's date, not of an earlier sentence's year or the text's
** date. Measured on the corpus (main 22fee22, every folder but the two
** kept for validation): the keys date such shares as their whole in 9
** cases of 8 writers where the rules did not, against 4 of 4 writers
** where the share's other period was right. A share whose own clause
** states a date keeps it: a stated period is right 9 times in 10.
*/
#include "../../common.h"

#include <string.h>

#include "extract_ofwhich.h"

#define XOFW_MAX 64 /* figures of one sentence looked at */

/* Where a period came from: the share takes its whole's. */
#define PERIOD_BITS (XW_PERIOD_ASOF | XW_PERIOD_TODAY | XW_PERIOD_EARLIER | \
		     XW_PERIOD_HORIZON | XW_PERIOD_NAMED | XW_PERIOD_EMPTY)

/* "of which", "of them", "of it", "of whom"; "из них", "из которых". */
static bool marker_at(const struct xsent *s, int i)
{
	static const char *const en[] = { "which", "them", "it", "whom",
					   NULL };
	static const char *const ru[] = { "них", "которых", "которой",
					   "которого", "него", "неё", "нее",
					   NULL };

	return (xt_w(s, i, "of") && xt_wa(s, i + 1, en)) ||
	       (xt_w(s, i, "из") && xt_wa(s, i + 1, ru));
}

/* Is a marker between the end of whole w and a few words past share g
 * ("nearly half of them", "9% of it")? */
static bool said_of(const struct xsent *s, const struct xfig *w,
		    const struct xfig *g)
{
	int i;

	for (i = w->t1 + 1; i <= g->t1 + 2 && i < s->nt; i++)
		if (marker_at(s, i))
			return true;
	return false;
}

static bool is_share(const struct xcand *x)
{
	return x->kind == GS_KIND_LEVEL && strcmp(x->unit, "%") == 0;
}

/* Stated in its own sentence: no reason names another source. */
static bool stated(const struct xcand *x)
{
	return (x->why & PERIOD_BITS) == 0;
}

/* Months so far an earlier sentence gave ("за январь–сентябрь"): they
 * date that sentence's flows; a share of a stock here is not theirs
 * (two of the three shares the rule made wrong in the corpus). */
static bool earlier_months(const struct xcand *x)
{
	const struct xper *p = &x->period;

	return (x->why & XW_PERIOD_EARLIER) && p->y0 == p->y1 &&
	       p->m0 == 1 && p->m1 > 1 && p->m1 < 12;
}

/* The whole of share k: the last figure before it outside brackets
 * ("2,35 млрд (2023 г. — 1,8 млрд), из которой 6%" is of the first),
 * a level or flow; -1 for none. */
static int whole_of(const struct xsent *s, const struct xfig *figs, int k,
		    struct xcand *const *c)
{
	int j;

	for (j = k - 1; j >= 0; j--) {
		if (c[j] == NULL || s->t[figs[j].tn].paren > 0)
			continue;
		if (c[j]->kind != GS_KIND_LEVEL && c[j]->kind != GS_KIND_FLOW)
			return -1;
		return is_share(c[j]) ? -1 : j;
	}
	return -1;
}

void xofwhich_period(const struct xsent *s, const struct xfig *figs,
		     int nf, size_t first, struct xresult *r)
{
	struct xcand *c[XOFW_MAX];
	size_t n = first;
	int k, w;

	for (k = 0; k < nf && k < XOFW_MAX; k++) { /* figure k's candidate */
		while (n < r->n && r->v[n].value != figs[k].v)
			n++;
		c[k] = n < r->n ? &r->v[n++] : NULL;
	}
	for (k = 1; k < nf && k < XOFW_MAX; k++) {
		if (c[k] == NULL || !is_share(c[k]) || stated(c[k]))
			continue;
		w = whole_of(s, figs, k, c);
		if (w < 0 || earlier_months(c[w]) ||
		    !said_of(s, &figs[w], &figs[k]))
			continue;
		c[k]->period = c[w]->period;
		c[k]->why = (c[k]->why & ~(unsigned)PERIOD_BITS) |
			    (c[w]->why & PERIOD_BITS);
	}
}
