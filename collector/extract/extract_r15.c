/*
** extract_r15.c: the periods' second thoughts on a decided candidate
** (issue 16), called from extract.c for each candidate: each rule lives
** in a file of its own; this one calls them in order (moved out of
** extract.c, which was near its size limit, in round fifteen). The last
** word (xr15_last) comes after the value rules of rounds eleven and
** twelve, which date some plans again.
*/
#include "../../common.h"

#include "extract_colon.h"
#include "extract_coord.h"
#include "extract_declared.h"
#include "extract_due.h"
#include "extract_fact.h"
#include "extract_front.h"
#include "extract_incby.h"
#include "extract_like.h"
#include "extract_nowplan.h"
#include "extract_nowst.h"
#include "extract_ofwhich.h"
#include "extract_plan.h"
#include "extract_ptitle.h"
#include "extract_r15.h"
#include "extract_since.h"
#include "extract_stock.h"
#include "extract_tender.h"
#include "extract_yplan.h"

void xr15_redate(const struct xdoc *d, int i, int due,
		 const struct xfig *figs, int k, struct xresult *r)
{
	const struct xfig *f = &figs[k];
	struct xcand *x = &r->v[r->n - 1];

	xplan_building(d, &d->s[i], f, x);
	xdue_next(d, i, f, x);
	xdue_pledge(d, i, f, x);
	xtender_scope(d, due, i, f, x);
	xsince_through(d, i, x);
	xstock_now(d, i, f, x);
	xcoord_share(d, i, figs, k, r->n > 1 ? x - 1 : NULL, x);
	xfact_at(d, i, x);
	xyear_plan(&d->s[i], f, x);
	xcolon_head(d, &d->s[i], f, x);
	xdeclared_now(d, &d->s[i], f, x);
	xnowst_level(d, i, f, x);
}

void xr15_last(const struct xdoc *d, int i, const struct xfig *figs, int k,
	       struct xresult *r)
{
	const struct xfig *f = &figs[k];
	struct xcand *x = &r->v[r->n - 1];

	xfront_date(&d->s[i], f, d->ay, x);
	xnowst_power(d, i, f, x);
	xptitle_span(d, i, f, x);
	xlike_months(d, x);
	xlike_flow(&d->s[i], r);
	xptitle_sibling(&d->s[i], f, r);
	xcoord_back(&d->s[i], figs, k, r->n > 1 ? x - 1 : NULL, x);
	xnowplan_level(d, i, f, x);
	xincby_plan(d, &d->s[i], f, x);
	xofwhich_period(&d->s[i], figs, k, r);
	if (k >= 1 && r->n > 1 && x[-1].line == x->line &&
	    x[-1].value == figs[k - 1].v) /* the plan may reach back */
		xnowplan_level(d, i, &figs[k - 1], x - 1);
}
