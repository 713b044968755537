/*
** extract_like.c: periods (round fifteen, issue 16): a change is
** measured like for like. "Отгружено ... на 3,84 млрд рублей, что
** составляет 112,4% к январю–июню 2024 года" under a bulletin of
** January-June 2025, "Average monthly wages stood at 51,370 roubles,
** 11.9% up on January-September 2024", "Среднемесячная заработная плата
** — 68,2 тыс. рублей, в 1,12 раза больше, чем в январе–июне 2024 года":
** extract read the base's months and gave the change the whole year of
** the text. Keys of five folders by five writers (old_holdout22,
** old_holdout16, dev10a, dev13a, dev13b) date such a change over the
** same months of the year after the base; the class the study found
** widest (a whole year where the key has the months so far, nine
** writers). General: any percent change or multiple whose base is a run
** of months within one year and whose own period is the next year
** whole; a base of a whole year, or a period of its own months, stays.
**
** The same, when the base is "the same period of last year", "y/y" or
** a table's year before (read as a whole year) and the change follows
** the quantity it measures, dated by months ("за первое полугодие
** выпустил 6,5 тыс. тонн продукции, в полтора раза больше, чем за тот
** же период прошлого года"; oh21, oh19, oh15, dev14a): the change is
** over that quantity's months, against the same months a year before.
*/
#include "../../common.h"

#include <string.h>

#include "extract_like.h"

void xlike_months(const struct xdoc *d, struct xcand *x)
{
	const struct xper *b = &x->base, *p = &x->period;

	if ((x->kind != GS_KIND_PERCENT && x->kind != GS_KIND_MULTIPLE) ||
	    b->y0 == 0 || b->y0 != b->y1 || b->m0 == 0 ||
	    (b->m0 == 1 && b->m1 == 12 && b->d0 == 0) || p->m0 != 0 ||
	    p->y0 != p->y1 || p->y0 != b->y0 + 1)
		return;
	/* months the text cannot speak of yet: "up 6% on December 2024"
	 * in August 2025 is since December, not over December 2025 */
	if (d->am > 0 && p->y0 == d->ay && b->m1 > d->am)
		return;
	x->period = xper_shift(*b, 1);
}

/* Is p a run of months within year y, not the whole year? */
static bool months_of(const struct xper *p, int y)
{
	return p->y0 == y && p->y1 == y && p->m0 >= 1 &&
	       !(p->m0 == 1 && p->m1 == 12);
}

/* Does s compare with something other than an earlier time: "than" or
 * "чем" and no time compared with ("на 12% выше, чем в среднем по
 * Ингушетии"; not "чем за тот же период прошлого года", nor a table's
 * "+23,5%" or "(рост на 15,8%)", which compare with the year before)? */
static bool compares_other(const struct xsent *s)
{
	int k;

	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].role == XR_SAME || s->tm[k].role == XR_BASE)
			return false;
	for (k = 0; k < s->nt; k++)
		if (xt_w(s, k, "than") || xt_w(s, k, "чем"))
			return true;
	return false;
}

void xlike_flow(const struct xsent *s, struct xresult *r)
{
	struct xcand *x = &r->v[r->n - 1];
	const struct xcand *a = r->n >= 2 ? &r->v[r->n - 2] : NULL;
	const struct xper *p = &x->period, *b = &x->base;

	if (a == NULL || (x->kind != GS_KIND_PERCENT &&
			  x->kind != GS_KIND_MULTIPLE) ||
	    !(x->why & (XW_PERIOD_ASOF | XW_PERIOD_EARLIER)) ||
	    p->m0 != 0 || p->y0 != p->y1 || b->m0 != 0 ||
	    b->y0 != p->y0 - 1 || b->y1 != b->y0 ||
	    (a->kind != GS_KIND_LEVEL && a->kind != GS_KIND_FLOW) ||
	    a->line != x->line || a->note == NULL || x->note == NULL ||
	    strcmp(a->note, x->note) != 0 || !months_of(&a->period, p->y0) ||
	    compares_other(s))
		return;
	x->period = a->period;
	x->base = xper_shift(a->period, -1);
}
