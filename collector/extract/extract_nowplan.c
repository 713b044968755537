/*
** extract_nowplan.c: periods (issue 16, a defect a user found): a stock
** said now beside a plan. "Сейчас в парке работают 480 человек, к 2027
** году их станет 700" gave the 480 as a target for 2027: the figures of
** a sentence about the future share its plan (extract_coord.c), and the
** year of the other clause came with it. A clause that says now in so
** many words ("сейчас", "now", "today", "currently", "на сегодня", "на
** данный момент", "в настоящее время", "at present") and states no time
** and no future of its own speaks of the text's date, whatever year the
** rest of the sentence plans for. General: only the clause's own words
** decide; a clause with a time, a future verb or a modal keeps the plan.
*/
#include "../../common.h"

#include "extract_nowplan.h"
#include "extract_nowst.h"

/* Does token i say now in so many words (a time's tokens aside:
 * xt_w does not see them)? */
static bool now_said(const struct xsent *s, int i)
{
	static const char *const ws[] = { "now", "today", "currently",
		"presently", "nowadays", "сейчас", "сегодня", "ныне",
		"теперь", "пока", NULL };

	return xt_wa(s, i, ws) ||
	       (xt_w(s, i, "present") && xt_w(s, i - 1, "at")) ||
	       (xt_w(s, i, "момент") && xt_w(s, i - 1, "данный")) ||
	       (xt_w(s, i, "время") && xt_w(s, i - 1, "настоящее"));
}

/* Is token i part of a time that says now ("сейчас", "на сегодня")? */
static bool now_time(const struct xsent *s, int i)
{
	int k;

	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].t0 <= i && i < s->tm[k].t1)
			return s->tm[k].role == XR_NOW;
	return false;
}

/* A modal or "to" before a verb: the clause does not say what is. */
static bool modal(const struct xsent *s, int i)
{
	static const char *const ws[] = { "would", "could", "should",
		"must", "may", "might", "to", "will", "shall", NULL };

	return xt_wa(s, i, ws);
}

void xnowplan_level(const struct xdoc *d, int i, const struct xfig *f,
		    struct xcand *x)
{
	const struct xsent *s = &d->s[i];
	int a, b, k;
	bool now = false;

	if ((x->kind != GS_KIND_TARGET && x->kind != GS_KIND_LEVEL) ||
	    f->multiple || f->cls == XU_YEARS || d->ay == 0 ||
	    x->period.y0 < d->ay ||
	    (x->period.y0 == d->ay && x->kind == GS_KIND_LEVEL))
		return; /* a past year is no plan's */
	xnowst_clause(s, f, &a, &b);
	if (!(x->why & (XW_PERIOD_HORIZON | XW_PERIOD_ASOF)) &&
	    !xnowst_other(s, x, a, b))
		return;
	for (k = a; k < b; k++) {
		if (((s->t[k].flags & XF_TIME) && !now_time(s, k)) || xw_in(XL_FUTURE, s->t[k].w) ||
		    modal(s, k))
			return;
		now = now || now_time(s, k) || now_said(s, k);
	}
	if (!now)
		return;
	x->kind = GS_KIND_LEVEL;
	x->period = xper_year(d->ay);
	x->why &= ~(unsigned)(XW_PERIOD_HORIZON | XW_PERIOD_EARLIER);
	x->why |= XW_PERIOD_ASOF;
}
