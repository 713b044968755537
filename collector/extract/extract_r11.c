/*
** extract_r11.c: round eleven's rules on a decided candidate (issue 16),
** called once from extract.c. Also the one rule too small for a file of
** its own: a count's change on the prior quarter ("Резиденты ...: 12 (+1
** кв/кв)", "Residents: 12 at end-3Q24 (+1 q/q, +4 YTD)"), which the keys
** of old_holdout13 date as a flow over the last quarter ended before the
** text's date; extract made it a level at the text's year.
*/
#include "../../common.h"

#include <string.h>

#include "extract_aspan.h"
#include "extract_nowcl.h"
#include "extract_pmark.h"
#include "extract_r11.h"
#include "extract_r12.h"
#include "extract_rpast.h"
#include "extract_tense.h"

/* "q/q", "кв/кв" at token i (words of a time already: xt_w and
 * xpw_on_prior do not read them again)? */
static bool on_prior_quarter(const struct xsent *s, int i)
{
	int months;

	return xpmark_slash(s, i, &months) > 0 && months == 3 &&
	       !s->t[i + 2].sp;
}

/* "+1 кв/кв", "+2 q/q" right after a count: a flow over the quarter
 * before the text's, when the figure states no date of its own. */
static void qq_change(const struct xdoc *d, const struct xsent *s,
		      const struct xfig *f, struct xcand *x)
{
	int q;

	if (f->pct || f->multiple || d->ay == 0 || d->am == 0 ||
	    f->cls == XU_CUR || !on_prior_quarter(s, f->t1) ||
	    x->kind != GS_KIND_LEVEL || x->period.y0 != d->ay ||
	    x->period.m0 != 0)
		return;
	q = (d->am - 1) / 3; /* the quarter before the text's, 1-4 */
	x->kind = GS_KIND_FLOW;
	x->period = q == 0 ? xt_per(d->ay - 1, 10, 0, d->ay - 1, 12, 0) :
			     xt_per(d->ay, q * 3 - 2, 0, d->ay, q * 3, 0);
}

/* Does a word of a plan stand just before f ("при плане 450 млн", "при
 * плановых 1,5 млрд", "against a plan of")? */
static bool plan_before(const struct xsent *s, const struct xfig *f)
{
	static const char *const ws[] = { "плане", "плановых", "плановые",
		"плану", "план", "plan", "planned", NULL };
	int i;

	for (i = f->t0 - 1; i >= 0 && i >= f->t0 - 3; i--)
		if (xt_wa(s, i, ws))
			return true;
	return false;
}

/* An audit of several years ("Проверка ... в 2023–2024 годах") whose
 * sentence on money states no date: the money of those years, spent
 * (a flow) or planned (the keys: 114 flows and 129 plans of money over
 * years, 5 targets), not the day the sentence before set a deadline for
 * ("на конец 2024 г.", "к 31 декабря 2024 года"). */
static void audit_money(const struct xsent *s, const struct xfig *f,
			const struct xtime *report, struct xcand *x)
{
	if (report == NULL || report->role != XR_RANGE ||
	    report->p.m0 != 0 || report->p.y1 <= report->p.y0 ||
	    f->cls != XU_CUR || f->pct || f->multiple ||
	    !(x->why & XW_PERIOD_EARLIER) || x->period.y0 != report->p.y1 ||
	    x->period.y1 != report->p.y1 ||
	    (x->kind != GS_KIND_LEVEL && x->kind != GS_KIND_FLOW &&
	     x->kind != GS_KIND_TARGET))
		return;
	x->period = report->p;
	x->kind = plan_before(s, f) ? GS_KIND_PLAN : GS_KIND_FLOW;
}

void xr11_cand(const struct xdoc *d, int i, const struct xfig *f,
	       const struct xtime *report, struct xcand *x)
{
	const struct xsent *s = &d->s[i];

	xcue_plan_then(s, f, x);
	xnowcl_level(d, s, f, x);
	xrpast_take(d, s, f, report, x);
	qq_change(d, s, f, x);
	audit_money(s, f, report, x);
	xaspan_take(d, i, f, x);
	xr12_cand(d, i, f, x);
}
