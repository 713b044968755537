/*
** check.c: target and claim verdicts. See check.h.
*/
#include "check.h"

#include <math.h>
#include <string.h>

static const char *const names[] = {
	"n/a", "ahead", "on track", "behind", "consistent", "inconsistent",
};

const char *verdict_name(enum verdict v)
{
	return (size_t)v < GS_ARRAY_LEN(names) ? names[v] : "?";
}

bool verdict_failed(enum verdict v)
{
	return v == V_BEHIND || v == V_INCONSISTENT;
}

/* The latest actual (not implied) point of the projection's kind. */
static const struct rp_point *latest_actual(const struct rp_series *s,
					    enum gs_kind k)
{
	size_t i;

	for (i = s->npts; i-- > 0;)
		if (s->pts[i].kind == k && !s->pts[i].implied)
			return &s->pts[i];
	return NULL;
}

/* When the projection reaches value v; NAN when it never does. */
static double reached(const struct projection *pj, double v)
{
	const struct rp_point *last = proj_last(pj);
	struct gs_err e;
	double years, t;

	gs_err_clear(&e);
	if (pj->method == PROJ_CAGR) {
		if (last->p.v >= v)
			return last->p.t;
		if (proj_years_to_target(last->p.v, v, pj->rate.v, &years, &e))
			return NAN;
		return last->p.t + years;
	}
	if (!(pj->fit.b > 0))
		return NAN;
	if (pj->method == PROJ_LINEAR)
		t = (v - pj->fit.a) / pj->fit.b;
	else if (v > 0)
		t = (log(v) - pj->fit.a) / pj->fit.b;
	else
		return NAN;
	return t < last->p.t ? last->p.t : t;
}

static enum verdict judge(double latest, double projected, double target,
			  double tol)
{
	if (latest >= target || projected >= target * (1 + tol))
		return V_AHEAD;
	if (projected >= target * (1 - tol))
		return V_ON_TRACK;
	return V_BEHIND;
}

void target_check(const struct rp_series *s, size_t obs,
		  const struct projection *pj, double tol,
		  struct target_eval *out)
{
	const struct gs_obs *o = &s->obs.v[obs];
	struct gs_err e;

	memset(out, 0, sizeof(*out));
	out->obs = obs;
	out->t_target = period_time(&o->period);
	out->gap = out->t_reached = NAN;
	out->required.v = out->required.lo = out->required.hi = NAN;
	out->trend = out->required;
	if (pj == NULL) {
		gs_snprintf(out->why, sizeof(out->why), "no trend");
		return;
	}
	out->latest = latest_actual(s, pj->kind);
	if (out->latest == NULL) {
		gs_snprintf(out->why, sizeof(out->why), "no actual figure");
		return;
	}
	gs_err_clear(&e);
	out->trend = pj->rate;
	proj_required_cagr(&out->latest->p, o->value, out->t_target,
			   &out->required, &e);
	if (proj_at(pj, out->t_target, &out->projected, &e)) {
		gs_snprintf(out->why, sizeof(out->why), "%s", e.msg);
		return;
	}
	out->gap = out->projected.v / o->value - 1;
	out->t_reached = reached(pj, o->value);
	out->verdict = judge(out->latest->p.v, out->projected.v, o->value, tol);
}

/* The figure at period p: an actual point, else a target for p. */
static bool end_value(const struct rp_series *s, const struct gs_period *p,
		      double approx_tol, struct gs_est *v, size_t *src)
{
	const struct rp_point *q;
	size_t i;

	for (i = 0; i < s->npts; i++) {
		q = &s->pts[i];
		if (!q->implied && q->period.start == p->start &&
		    q->period.end == p->end) {
			v->v = q->p.v;
			v->lo = q->p.lo;
			v->hi = q->p.hi;
			*src = q->src[0];
			return true;
		}
	}
	for (i = 0; i < s->ntargets; i++) {
		const struct gs_obs *o = &s->obs.v[s->targets[i]];

		if (o->kind == GS_KIND_TARGET && o->period.start == p->start &&
		    o->period.end == p->end) {
			*v = growth_est(o->value, o->qual, approx_tol);
			*src = s->targets[i];
			return true;
		}
	}
	return false;
}

bool claim_check(const struct rp_series *s, size_t obs, double tol,
		 double approx_tol, struct claim_eval *out)
{
	const struct gs_obs *o = &s->obs.v[obs];
	struct gs_point a, b;
	struct gs_change c;
	struct gs_err e;

	memset(out, 0, sizeof(*out));
	out->obs = obs;
	if (!end_value(s, &o->base, approx_tol, &out->from, &out->from_obs) ||
	    !end_value(s, &o->period, approx_tol, &out->to, &out->to_obs))
		return false;
	out->stated = growth_est(o->value, o->qual, approx_tol);
	if (o->kind == GS_KIND_PERCENT)
		out->stated = growth_pct_to_mult(&out->stated);
	a = (struct gs_point){ period_time(&o->base), out->from.v,
			       out->from.lo, out->from.hi };
	b = (struct gs_point){ period_time(&o->period), out->to.v,
			       out->to.lo, out->to.hi };
	gs_err_clear(&e);
	growth_change(&a, &b, &c, &e);
	out->actual = c.mult;
	if (isnan(out->actual.v)) {
		out->verdict = V_NA;
		return true;
	}
	out->verdict = out->stated.hi * (1 + tol) >= out->actual.lo &&
		       out->stated.lo * (1 - tol) <= out->actual.hi ?
		       V_CONSISTENT : V_INCONSISTENT;
	return true;
}
