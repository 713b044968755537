/*
** points_query.c: questions asked of a series' points once they are made
** (points.h): a selection by kind and span, the main kind, display
** symbols, the point a relation implied, a relation's CAGR and where a
** projection goes. Split from points.c, which makes the points.
*/
#include "points.h"

#include <math.h>
#include <stdlib.h>

size_t rp_select(const struct rp_series *s, enum gs_kind k,
		 const struct gs_period *from, const struct gs_period *to,
		 struct rp_point **out)
{
	size_t i, n = 0;

	*out = xcalloc(s->npts ? s->npts : 1, sizeof(**out));
	for (i = 0; i < s->npts; i++) {
		const struct rp_point *p = &s->pts[i];

		if (p->kind != k)
			continue;
		if (from && from->start && p->period.end < from->start)
			continue;
		if (to && to->end && p->period.end > to->end)
			continue;
		(*out)[n++] = *p;
	}
	return n;
}

enum gs_kind rp_main_kind(const struct rp_series *s)
{
	size_t i;

	for (i = 0; i < s->npts; i++)
		if (s->pts[i].kind == GS_KIND_LEVEL)
			return GS_KIND_LEVEL;
	return s->npts ? GS_KIND_FLOW : GS_KIND_LEVEL;
}

const char *rp_symbol(const struct rp_series *s, const struct gs_obs *o)
{
	return report_symbol(o, s->info.sym);
}

const char *report_symbol(const struct gs_obs *o, const char *sym)
{
	if (o->kind == GS_KIND_MULTIPLE)
		return "×";
	if (o->kind == GS_KIND_PERCENT)
		return "%";
	return sym;
}

const struct rp_point *rp_implied_by(const struct rp_series *s, size_t rel)
{
	size_t i;

	for (i = 0; i < s->npts; i++)
		if (s->pts[i].implied && s->pts[i].src[0] == rel)
			return &s->pts[i];
	return NULL;
}

/* The CAGR a relation states, whatever its ends: m^(1/years) - 1. */
struct gs_est rp_rel_cagr(const struct gs_obs *o, double tol)
{
	struct gs_est m = growth_est(o->value, o->qual, tol), r;
	struct gs_point a, b;
	struct gs_change c;
	struct gs_err e;

	if (o->kind == GS_KIND_PERCENT)
		m = growth_pct_to_mult(&m);
	a = (struct gs_point){ period_time(&o->base), 1, 1, 1 };
	b = (struct gs_point){ period_time(&o->period), m.v, m.lo, m.hi };
	gs_err_clear(&e);
	growth_change(&a, &b, &c, &e);
	r = c.cagr;
	return r;
}

bool rp_projection_target(const struct rp_series *s, struct gs_period *to)
{
	double last = s->npts ? s->pts[s->npts - 1].p.t : INFINITY;
	bool found = false;
	size_t i;

	for (i = 0; i < s->ntargets; i++) {
		const struct gs_obs *ob = &s->obs.v[s->targets[i]];

		if (ob->kind == GS_KIND_TARGET && period_time(&ob->period) >
		    last && (!found || ob->period.end > to->end)) {
			*to = ob->period;
			found = true;
		}
	}
	return found;
}
