/*
** extract_r13.c: periods, thirteenth round (issue 16): the heading of a
** list dates its items. Slide notes and posts put the period once, on
** the line above a list, and the items say only their figures:
**
**   Slide 5. 10M25 vs 10M24
**   - Shipments 3.2 mln t, -6%
**
**   Слайд 4. Планы 2025–2027
**   • Инвестиции: 3–4 млрд ₽
**
**   📊 Январь–сентябрь: коротко о главном
**   6 октября, 10:15
**   ✅ Отгрузили в Казахстан и Китай 9,4 тыс. тонн продукции
**
** An item with no date of its own (a base, "чем за девять месяцев
** прошлого года", is not one) takes the period of the nearest line above
** the list that is not an item, short and without a full stop, skipping
** one line that is only a day (the post's date line). Writers: oh17
** karachev, dev13a mikhaylov and cherlak, dev13b ipatovo (slides and
** posts of three writers). A stock in a span of months then stands on
** its last day (extract_r12.c). And months so far end where the months
** of last year they are compared with end (ytd_to_base); what was done
** "с момента создания" runs from the founding year an earlier sentence
** gave (since_earlier).
*/
#include "../../common.h"

#include <string.h>

#include "extract_letters.h"
#include "extract_r13.h"

/* Does s date itself (a point, a range or a "since" with its year), not
 * only name a base? */
bool xr13_own_date(const struct xsent *s)
{
	int k;

	for (k = 0; k < s->ntm; k++)
		if ((s->tm[k].role == XR_POINT || s->tm[k].role == XR_RANGE ||
		     s->tm[k].role == XR_SINCE) && s->tm[k].p.y0 > 0)
			return true;
	return false;
}

/* A heading line: short, not ending in a full stop. */
static bool head_line(const struct xsent *s)
{
	return xsent_short_open(s, 80);
}

/* The one time of a heading s that dates (a point or a range with its
 * year, not a day), with no other number but a slide's or an item's
 * ("Slide 5. 10M25 vs 10M24"), or NULL. */
static const struct xtime *head_time(const struct xsent *s)
{
	const struct xtime *got = NULL;
	int k;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->role != XR_POINT && m->role != XR_RANGE)
			continue;
		if (m->p.y0 == 0 || m->p.d0 > 0 || got != NULL)
			return NULL;
		got = m;
	}
	for (k = 2; got != NULL && k < s->nt; k++)
		if (s->t[k].type == XT_NUM && !(s->t[k].flags & XF_TIME))
			return NULL;
	return got;
}

/* A line that is only a day ("6 октября, 10:15"): a date line. */
static bool day_line(const struct xsent *s)
{
	return s->ntm >= 1 && s->tm[0].p.d0 > 0 && xsent_letters(s) < 40;
}

/* What a heading's period dates: money, tonnes and other quantities
 * made or spent, changes, plans and new ones ("+180 jobs", "4–5 новых
 * резидентов"); not a count or an area that stands (residents, staff,
 * a share of space let), which most keys date at the text's date
 * (old_holdout4, dev10a, dev11b: "Резидентов — 12" under "Итоги 2024
 * года" in January). */
bool xr13_dated_kind(const struct xsent *s, const struct xfig *f,
		     const struct xcand *x)
{
	if (x->kind == GS_KIND_PLAN || x->kind == GS_KIND_TARGET ||
	    f->multiple || xcue_new_ones(s, f))
		return true;
	return f->cls == XU_CUR || f->cls == XU_OTHER;
}

/* "С начала года резиденты отгрузили ... на 3,1 млрд рублей, что на 12%
 * больше, чем за девять месяцев прошлого года" (dev12a kulebaki, 16
 * October), "Since January: 97 thousand tonnes, 1.2x Jan-May last year"
 * (oh18 korenovsk, 3 June): the months so far end where the months they
 * are compared with end, the last month reported, not the text's own
 * month (two writers). */
static void ytd_to_base(const struct xdoc *d, const struct xsent *s,
			struct xcand *x)
{
	const struct xper *p = &x->period;
	int k;

	if (p->y0 != d->ay || p->y1 != d->ay || p->m0 != 1 ||
	    p->m1 != d->am || p->d0 != 0 || p->d1 != 0)
		return;
	for (k = 0; k < s->ntm; k++) {
		const struct xper *b = &s->tm[k].p;

		if ((s->tm[k].role != XR_BASE && s->tm[k].role != XR_SAME) ||
		    b->m0 != 1 || b->y0 != d->ay - 1 || b->y1 != d->ay - 1 ||
		    b->m1 < 1 || b->m1 >= d->am)
			continue;
		x->period.m1 = b->m1;
		return;
	}
}

/* "с момента создания", "с момента открытия", "since its creation",
 * "since the park opened": a "since" whose year an earlier sentence
 * gave. */
static bool since_founding(const struct xsent *s)
{
	static const char *const ru[] = { "создания", "открытия", "запуска",
		"основания", NULL };
	static const char *const en[] = { "creation", "opening", "launch",
		"founding", NULL };
	int k;

	for (k = 0; k + 2 < s->nt; k++) {
		if (xt_w(s, k, "с") && xt_w(s, k + 1, "момента") &&
		    xt_wa(s, k + 2, ru))
			return true;
		if (xt_w(s, k, "since") && (xt_w(s, k + 1, "its") ||
					    xt_w(s, k + 1, "the")) &&
		    xt_wa(s, k + 2, en))
			return true;
	}
	return false;
}

/* The year a sentence before i (two at most) names as a past point
 * ("The Kama zone, created in 2018, has 40 residents."), or 0. */
static int year_before(const struct xdoc *d, int i)
{
	int j, k;

	for (j = i - 1; j >= 0 && j >= i - 2; j--)
		for (k = 0; k < d->s[j].ntm; k++) {
			const struct xtime *m = &d->s[j].tm[k];

			if (m->role == XR_POINT && m->p.m0 == 0 &&
			    m->p.y0 == m->p.y1 && m->p.y0 > 0 &&
			    m->p.y0 < d->ay)
				return m->p.y0;
		}
	return 0;
}

/* "...ТОР «Полярные Зори», созданной в 2020 году, зарегистрированы 12
 * резидентов. С момента создания территории они вложили ... более 14
 * млрд рублей" (dev13a zori): what was done since the founding runs
 * from the year an earlier sentence gave to the text's year, not in
 * that year alone, nor at the text's date. */
static void since_earlier(const struct xdoc *d, int i, struct xcand *x)
{
	const struct xsent *s = &d->s[i];
	const struct xper *p = &x->period;
	int y = 0;

	if (xr13_own_date(s) || p->m0 != 0 || p->y0 != p->y1 ||
	    (x->kind != GS_KIND_LEVEL && x->kind != GS_KIND_FLOW) ||
	    !since_founding(s))
		return;
	if (!(x->why & (XW_PERIOD_EARLIER | XW_PERIOD_ASOF)))
		return;
	if (p->y0 > 0 && p->y0 < d->ay)
		y = p->y0;
	else if (p->y0 == d->ay)
		y = year_before(d, i);
	if (y == 0)
		return;
	x->period = xt_per(y, 0, 0, d->ay, 0, 0);
	x->kind = GS_KIND_FLOW;
}

void xr13_cand(const struct xdoc *d, int i, const struct xfig *f,
	       struct xcand *x)
{
	const struct xsent *s = &d->s[i];
	const struct xtime *m;
	int j = i - 1;

	ytd_to_base(d, s, x);
	since_earlier(d, i, x);

	if (!s->item || xr13_own_date(s) || (x->why & XW_TABLE) ||
	    !xr13_dated_kind(s, f, x) ||
	    !(x->why & (XW_PERIOD_ASOF | XW_PERIOD_EARLIER)))
		return;
	/* back over the items to a line with a date of its own: the
	 * heading, maybe an item itself ("📊 Январь–сентябрь: ...") */
	while (j >= 0 && d->s[j].item && !xr13_own_date(&d->s[j]))
		j--;
	if (j >= 1 && day_line(&d->s[j]))
		j--;
	if (j < 0 || !head_line(&d->s[j]) || (m = head_time(&d->s[j])) == NULL)
		return;
	x->period = m->p;
	x->why &= ~(unsigned)XW_PERIOD_ASOF;
	x->why |= XW_PERIOD_EARLIER;
}
