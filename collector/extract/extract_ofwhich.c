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

/* The candidate of figure g, one of the sentence's before r's last:
 * the nearest before it with g's value and sentence, or NULL. */
static struct xcand *cand_of(const struct xfig *g, struct xresult *r)
{
	const struct xcand *last = &r->v[r->n - 1];
	size_t n;

	for (n = r->n - 1; n-- > 0;) {
		if (r->v[n].line != last->line ||
		    strcmp(r->v[n].note, last->note) != 0)
			return NULL;
		if (r->v[n].value == g->v)
			return &r->v[n];
	}
	return NULL;
}

/* The whole of share k: the last figure before it outside brackets
 * ("2,35 млрд (2023 г. — 1,8 млрд), из которой 6%" is of the first),
 * a level or flow; its candidate, or NULL for none. */
static struct xcand *whole_of(const struct xsent *s, const struct xfig *figs,
			      int k, struct xresult *r)
{
	struct xcand *w;
	int j;

	for (j = k - 1; j >= 0 && s->t[figs[j].tn].paren > 0; j--)
		;
	if (j < 0 || !said_of(s, &figs[j], &figs[k]) ||
	    (w = cand_of(&figs[j], r)) == NULL)
		return NULL;
	if ((w->kind != GS_KIND_LEVEL && w->kind != GS_KIND_FLOW) ||
	    is_share(w) || earlier_months(w))
		return NULL;
	return w;
}

void xofwhich_period(const struct xsent *s, const struct xfig *figs, int k,
		     struct xresult *r)
{
	struct xcand *x = &r->v[r->n - 1], *w;

	if (k < 1 || !is_share(x) || stated(x) ||
	    (w = whole_of(s, figs, k, r)) == NULL)
		return;
	x->period = w->period;
	x->why = (x->why & ~(unsigned)PERIOD_BITS) | (w->why & PERIOD_BITS);
}
