/*
** extract_rpast.c: periods (round eleven, issue 16): a report on a year
** that is over, published the next year (an annual report approved in
** June, an FY2024 results release in February, a ministry's "итоги
** 2024 года" in January). Writers of old_holdout13 and old_holdout14 key
** what it states without a date ("В отчётном году завод выпустил ...",
** "Загрузка мощностей — 83%", "- Film output: 41.3 thousand tonnes")
** in the report's year; extract gave the text's year, from its date
** ("в отчётном году" read as the year just ended only in a text dated
** by April). General: any report topic that ended before the text's
** year, a calendar or a fiscal year; not what is said to stand now.
*/
#include "../../common.h"

#include "extract_rpast.h"
#include "extract_fiscal.h"

/* Does s say now ("сейчас", "today", "currently") or write the text's
 * year itself ("в 2025 году")? Then the text's year is meant. */
static bool said_now(const struct xdoc *d, const struct xsent *s)
{
	static const char *const ws[] = { "теперь", "ныне", "нынче", NULL };
	int k, i;

	for (i = 0; i < s->nt; i++)
		if (xt_wa(s, i, ws))
			return true;
	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->role == XR_NOW)
			return true;
		for (i = m->t0; i < m->t1; i++)
			if (s->t[i].type == XT_NUM && (int)s->t[i].v == d->ay)
				return true;
	}
	return false;
}

/* Is the report's period one year, the calendar's or a fiscal one (an
 * audit's "в 2022–2024 годах" dates its findings otherwise)? */
static bool one_year(const struct xtime *m)
{
	return (m->p.m0 == 0 && m->p.y0 == m->p.y1) || xfiscal_year(&m->p);
}

/* Is f told as done (a past verb in s) or as a label's value without a
 * verb ("- Film output: 41.3", "Загрузка мощностей — 83%")? What "is",
 * "has grown to", "offer" stands now. */
static bool told_done(const struct xsent *s, const struct xfig *f)
{
	static const char *const now[] = { "is", "are", "has", "have",
		"offer", "offers", "remains", "remain", "employ", "employs",
		"составляет", "составляют", "насчитывает", "работают",
		"работает", NULL };
	int i;

	for (i = 0; i < s->nt; i++)
		if (xt_wa(s, i, now))
			return false;
	return xcue_past(s) || xt_dash(s, f->t0 - 1) ||
	       xt_w(s, f->t0 - 1, ":");
}

/* Is p over before the text's month (a fiscal year to March 2025 in a
 * text of May 2025), or its year before the text's? */
static bool over(const struct xdoc *d, const struct xper *p)
{
	return p->y1 < d->ay || (p->m1 > 0 && p->y1 == d->ay && p->m1 < d->am);
}

void xrpast_take(const struct xdoc *d, const struct xsent *s,
		 const struct xfig *f, const struct xtime *report,
		 struct xcand *x)
{
	struct xper now = xper_year(d->ay);

	if (report == NULL || !over(d, &report->p) || report->p.y0 == 0 ||
	    (report->role != XR_POINT && report->role != XR_RANGE) ||
	    !one_year(report) || !told_done(s, f) ||
	    (x->kind != GS_KIND_LEVEL && x->kind != GS_KIND_FLOW &&
	     x->kind != GS_KIND_PERCENT) ||
	    x->period.y0 != now.y0 || x->period.y1 != now.y1 ||
	    x->period.m0 != 0 || x->period.m1 != 0 || xcue_future(s) ||
	    said_now(d, s))
		return;
	x->period = report->p;
}
