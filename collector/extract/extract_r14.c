/*
** extract_r14.c: periods, fourteenth round (issue 16): board minutes
** number their items, and an item's title names the period the item is
** about, once, before sentences that state only their figures:
**
**   3. Investment programme for 2026. Approved at RUB 96 million,
**   including RUB 60 million for the second warehouse block of 8,000
**   sq m.                                        (dev14a navlya)
**
**   Item 3. Investment programme 2025-2027. The Board approved the
**   construction of a boiler house ... 12 MW, at a cost not exceeding
**   RUB 540 million ...                          (oh19 nyandoma)
**
** Those figures took the text's year, or the period of an earlier item
** ("Item 1. Results for the first quarter."). A figure of the item with
** no date of its own, of the kinds a heading dates (money, quantities,
** plans, new ones: extract_r13.c), takes the title's period: a title
** that opens the item's paragraph with "Item N." or "N.", short, naming
** one period (a year or a span of years), with no other number. Three
** writers have such minutes (oh19, oh20 karabulak "Item 3. Plan for
** 2025.", dev14a); general to numbered items in both languages ("3.
** Инвестиционная программа на 2026 год.").
*/
#include "../../common.h"

#include "extract_letters.h"
#include "extract_r13.h"
#include "extract_r14.h"
#include "extract_near.h"

/* Does s open a numbered item: "Item 3.", "3.", "Пункт 3.", "Вопрос 3."? */
static bool numbered(const struct xsent *s)
{
	static const char *const ws[] = { "item", "пункт", "вопрос", NULL };
	int k = xt_wa(s, 0, ws) ? 1 : 0;

	return s->nt > k + 1 && s->t[k].type == XT_NUM && s->t[k].plain &&
	       s->t[k].v < 100 && xt_w(s, k + 1, ".");
}

/* The one period a title s names (a year or a span of years, no months),
 * with no number but the item's, or NULL. */
static const struct xtime *title_time(const struct xsent *s)
{
	const struct xtime *got = NULL;
	int k;

	if (xsent_letters(s) > 60)
		return NULL;
	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->role != XR_POINT && m->role != XR_RANGE &&
		    m->role != XR_BY)
			continue;
		if (got != NULL || m->p.y0 == 0 || m->p.m0 != 0 || m->noyear)
			return NULL;
		got = m;
	}
	for (k = 2; got != NULL && k < s->nt; k++)
		if (s->t[k].type == XT_NUM && !(s->t[k].flags & XF_TIME) &&
		    (k < got->t0 || k >= got->t1))
			return NULL;
	return got;
}

void xr14_cand(const struct xdoc *d, int i, const struct xfig *f,
	       struct xcand *x)
{
	const struct xsent *s = &d->s[i];
	const struct xtime *m;
	int j = i - 1;

	if (s->para_first || xr13_own_date(s) || (x->why & XW_TABLE) ||
	    !xr13_dated_kind(s, f, x) ||
	    !(x->why & (XW_PERIOD_ASOF | XW_PERIOD_EARLIER)))
		return;
	while (j >= 0 && j > i - XNEAR && d->s[j].para == s->para &&
	       !d->s[j].para_first)
		j--;
	if (j < 0 || d->s[j].para != s->para || !d->s[j].para_first ||
	    !numbered(&d->s[j]))
		return;
	if (d->s[j].nt <= 3)
		j++; /* "3." or "Item 3." a sentence of its own */
	if (j >= i || (m = title_time(&d->s[j])) == NULL)
		return;
	x->period = m->role == XR_BY ? xper_year(m->p.y1) : m->p;
	x->why &= ~(unsigned)XW_PERIOD_ASOF;
	x->why |= XW_PERIOD_EARLIER;
}
