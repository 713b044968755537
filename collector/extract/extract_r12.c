/*
** extract_r12.c: round twelve's rules on a decided candidate (issue 16).
** A stock counted in a span of months stands on the span's last day:
** "Residents (end of period) | 8 | 6 | 9" under "2024 | Q1 2024 | Q1
** 2025" (dev12b petushki), "Residents, units | 7 | 9 | 10" under "1H
** 2024" (oh15 gubkin), "2 new residents had signed agreements in the
** period, bringing the total to 12" under "Results of the first half of
** 2025" (oh16 bogdanovich): three writers key the count at 30 June or
** 31 March, where extract gave the months as its period. General: any
** count of what stands (companies, parks, people, area; jobs when
** counted to a day: "end of period", "cumulative", "нарастающим
** итогом") whose period is two months or more, over by the text's date;
** not an average over the months, nor the new ones added in them.
*/
#include "../../common.h"

#include <string.h>

#include "extract_aspan.h"
#include "extract_qtab.h"
#include "extract_r12.h"
#include "extract_r13.h"
#include "extract_r14.h"
#include "../../series/cal.h"

/* Does s count jobs to a day ("Jobs (end of period)", "Jobs created
 * (cumulative)", "нарастающим итогом", "на конец периода")? */
static bool to_a_day(const struct xsent *s)
{
	static const char *const ws[] = { "cumulative", "нарастающим",
		NULL };
	int i;

	for (i = 0; i < s->nt; i++)
		if (xt_wa(s, i, ws))
			return true;
	return xqtab_at_end(s, s->nt);
}

/* A unit of what stands: companies, residents; jobs and people when s
 * counts them to a day ("Численность работников" of nine months is an
 * average, oh15). Not area: "188 million square metres" of board made
 * in a year is output. */
static bool stock_unit(const struct xsent *s, const char *unit)
{
	static const char *const ws[] = { "compan", "resident", "компан",
		"резидент", NULL };
	static const char *const day[] = { "job", "рабоч", "people",
		"person", "человек", NULL };
	int k;

	for (k = 0; ws[k] != NULL; k++)
		if (strstr(unit, ws[k]) != NULL)
			return true;
	for (k = 0; day[k] != NULL; k++)
		if (strstr(unit, day[k]) != NULL)
			return to_a_day(s);
	return false;
}

/* "bringing the total to 12", "общее их число достигло 19": a stock
 * said with a verb of change. */
static bool total(const struct xsent *s, const struct xfig *f)
{
	static const char *const ws[] = { "total", "всего", "общее",
		"число", NULL };
	int i;

	for (i = f->t0 - 1; i >= 0 && i >= f->t0 - 4; i--)
		if (xt_wa(s, i, ws))
			return true;
	return false;
}

/* A span of two months or more, over by the text's date? */
static bool months_over(const struct xdoc *d, const struct xper *p)
{
	return p->m0 > 0 && p->m1 > 0 && p->d0 == 0 && p->y1 > 0 &&
	       (p->y0 != p->y1 || p->m0 != p->m1) &&
	       cal_ymd(p->y1, p->m1, 28) <= d->as_of;
}

/* "95 new jobs", "ещё 40 рабочих мест": jobs added. */
static bool new_jobs(const struct xsent *s, const struct xfig *f)
{
	return xcue_new_ones(s, f) && (strstr(f->unit, "job") != NULL ||
				       strstr(f->unit, "рабоч") != NULL);
}

/* A heading's months so far ("Итоги полугодия", "The first half of 2025
 * in one post", "Key indicators for January-September") date the money
 * the text then says was made or spent (a past verb) and the new jobs,
 * without a date of their own, given the text's whole year for want of
 * one; not counts of companies (new ones "in the period" or waiting in
 * line are keyed either way), "Jobs created: 1.1k" (cumulative), rents,
 * capacities. Round twelve: dev12a
 * tatarsk, dev12b venev (posts), as the bulletins of oh15 and oh16. */
static void heading_flow(const struct xdoc *d, const struct xsent *s,
			 const struct xfig *f, struct xcand *x)
{
	const struct xtime *t = xreport_topic(d);

	if (t == NULL || t->role != XR_RANGE || t->p.m0 == 0 ||
	    t->p.y1 != d->ay || !(x->why & XW_PERIOD_ASOF) ||
	    x->period.y0 != d->ay || x->period.y1 != d->ay ||
	    x->period.m0 != 0 || f->pct || f->multiple || xcue_future(s) ||
	    (x->why & XW_RANGE) || !(xcue_past(s) || xcue_new_ones(s, f)) ||
	    xtopic_standing(f) || !(f->cls == XU_CUR || new_jobs(s, f)) ||
	    (x->kind != GS_KIND_LEVEL && x->kind != GS_KIND_FLOW))
		return;
	x->period = t->p;
	x->kind = GS_KIND_FLOW;
	x->why &= ~(unsigned)XW_PERIOD_ASOF;
	x->why |= XW_PERIOD_EARLIER;
}

/* Does s tell what a court decided ("суд снизил неустойку ... и взыскал
 * её", "Суд взыскал с ответчика", "the court awarded"; "Суд решил
 * взыскать с ответчика", round fourteen: oh19 karabash)? */
static bool decided(const struct xsent *s)
{
	static const char *const court[] = { "суд", "court", NULL };
	static const char *const verbs[] = { "взыскал", "снизил", "присудил",
		"взыскать", "ordered", "awarded", "reduced", NULL };
	int i, c = 0;

	for (i = 0; i < s->nt; i++)
		c |= xt_wa(s, i, court);
	for (i = 0; c && i < s->nt; i++)
		if (xt_wa(s, i, verbs))
			return true;
	return false;
}

/* What a court decided, with no date of its own, is at the text's date
 * (the decision's), not the date of the facts told before it: oh15
 * pitkyaranta, dev11b kandalaksha, dev12a partizansk. What an audit
 * "found" is left: two keys date it at the text's date (oh14, oh16), two
 * over the audit's years (oh13, oh15). */
static void decided_now(const struct xdoc *d, const struct xsent *s,
			struct xcand *x)
{
	if (!(x->why & XW_PERIOD_EARLIER) || d->ay == 0 || !decided(s) ||
	    (x->kind != GS_KIND_LEVEL && x->kind != GS_KIND_FLOW))
		return;
	x->period = xper_year(d->ay);
	x->kind = GS_KIND_LEVEL;
	x->why &= ~(unsigned)XW_PERIOD_EARLIER;
	x->why |= XW_PERIOD_ASOF;
}

void xr12_cand(const struct xdoc *d, int i, const struct xfig *f,
	       struct xcand *x)
{
	const struct xsent *s = &d->s[i];

	heading_flow(d, s, f, x);
	xr13_cand(d, i, f, x); /* a list's heading dates its items */
	xr14_cand(d, i, f, x); /* a minutes item's title dates the item */
	decided_now(d, s, x);
	if ((x->kind != GS_KIND_LEVEL &&
	     !(x->kind == GS_KIND_FLOW && total(s, f))) ||
	    !months_over(d, &x->period) || f->pct || f->multiple ||
	    xtopic_average(s, f) || xcue_new_ones(s, f) ||
	    !stock_unit(s, f->unit))
		return;
	x->kind = GS_KIND_LEVEL;
	x->period = xqtab_end_day(x->period);
}

void xr12_row(const struct xdoc *d, const struct xsent *s,
	      const struct xtrow *rows, int n, struct xcand *x)
{
	int k;

	for (k = 0; k < n; k++)
		if (rows[k].period.d0 > 0)
			return; /* "на 01.01.2024 | на 01.07.2024 | +2" */
	if (x->kind == GS_KIND_LEVEL && months_over(d, &x->period) &&
	    stock_unit(s, x->unit))
		x->period = xqtab_end_day(x->period);
}
