/*
** check.c: target and claim verdicts. See check.h.
*/
#include "check.h"

#include <math.h>
#include <string.h>

static const char *const names[] = {
	"n/a", "ahead", "on track", "behind", "consistent", "inconsistent",
	"uncertain", "missed", "reached late", "no figure yet",
};

const char *verdict_name(enum verdict v)
{
	return (size_t)v < GS_ARRAY_LEN(names) ? names[v] : "?";
}

bool verdict_failed(enum verdict v)
{
	return v == V_BEHIND || v == V_INCONSISTENT || v == V_MISSED;
}

bool check_reached(const struct rp_point *p, double v)
{
	return p->p.v >= v && p->p.lo >= v;
}

const struct rp_point *check_latest(const struct rp_series *s, enum gs_kind k)
{
	size_t i;

	for (i = s->npts; i-- > 0;)
		if (s->pts[i].kind == k && !s->pts[i].implied)
			return &s->pts[i];
	return NULL;
}

/* Reported (not implied) points among n. */
static size_t reported(const struct rp_point *p, size_t n)
{
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		k += !p[i].implied;
	return k;
}

int check_projectable(const struct rp_series *s, const struct projection *pj,
		      const struct gs_period *at, struct gs_err *e)
{
	const struct rp_point *last = proj_last(pj);
	char per[48];
	int m;

	if (pj->kind != GS_KIND_FLOW || last == NULL)
		return 0;
	m = period_months(&last->period);
	period_format(&last->period, per, sizeof(per));
	/* One figure and the change against the same months a year earlier
	 * say how those months compare, not how the series trends. */
	if (m > 0 && m < 12 && reported(pj->win, pj->nwin) < 2)
		return gs_errf(e, GS_EX_DATAERR, "%s: not projected: %s is a "
			       "part-year flow (%d months) known from one "
			       "figure and the change stated against it; a "
			       "trend needs the same months reported in other "
			       "years", s->key, per, m);
	if (at != NULL && at->start != 0 && period_months(at) != m) {
		char want[48];

		period_format(at, want, sizeof(want));
		return gs_errf(e, GS_EX_DATAERR, "%s: not projected: the trend "
			       "is of %d-month flows (%s), %s is not as long",
			       s->key, m, per, want);
	}
	return 0;
}

void check_rests_on(char *buf, size_t n, size_t reported, size_t implied)
{
	if (implied == 0)
		gs_snprintf(buf, n, "trend from %zu reported point%s", reported,
			    reported == 1 ? "" : "s");
	else
		gs_snprintf(buf, n, "trend from %zu points, %zu implied",
			    reported + implied, implied);
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

/* x moved by a billionth of itself (and of one unit) towards the other
 * side: a change computed from two levels (119 / 100 - 1 is 0.18999...)
 * lands a few ulps off the value a person works out, and "within 1
 * percentage point" of 20 % must take 19 % exactly as 21 %. */
static double slack(double x, int dir)
{
	return isfinite(x) ? x + dir * (1e-9 * fabs(x) + 1e-12) : x;
}

/* The edges count as within the tolerance, up to rounding: 5.85 is
 * 10 % under 6.5 although 6.5 * (1 - 0.1) is 5.8500000000000005, and
 * exactly target + tolerance (21 against 20 at 5 %) is on track: ahead
 * is strictly above it, as README and check --help say. */
static enum verdict judge(double projected, double target, double tol)
{
	if (projected > slack(target * (1 + tol), 1))
		return V_AHEAD;
	if (projected >= slack(target * (1 - tol), -1))
		return V_ON_TRACK;
	return V_BEHIND;
}

/* The verdict once latest and projection are known. */
static enum verdict verdict_of(struct target_eval *out, double target,
			       const struct projection *pj, double tol)
{
	enum verdict lo, hi;

	if (check_reached(out->latest, target)) {
		gs_snprintf(out->note, sizeof(out->note), "already reached");
		return V_AHEAD;
	}
	if (out->reported < CHECK_MIN_REPORTED) {
		check_rests_on(out->note, sizeof(out->note), out->reported,
			       out->implied);
		return V_UNCERTAIN;
	}
	if (!out->projected.has_interval)
		return judge(out->projected.v, target, tol);
	lo = judge(out->projected.lo, target, tol);
	hi = judge(out->projected.hi, target, tol);
	if (lo == hi)
		return lo;
	if (pj->method == PROJ_CAGR)
		gs_snprintf(out->note, sizeof(out->note), "bounds of the "
			    "figures span %s to %s", verdict_name(lo),
			    verdict_name(hi));
	else
		gs_snprintf(out->note, sizeof(out->note), "%g %% prediction "
			    "interval spans %s to %s", 100 * pj->level,
			    verdict_name(lo), verdict_name(hi));
	return V_UNCERTAIN;
}

const struct rp_point *check_at(const struct rp_series *s, enum gs_kind k,
			       const struct gs_period *p)
{
	const struct rp_point *q;
	size_t i;

	for (i = s->npts; i-- > 0;) {
		q = &s->pts[i];
		if (q->kind == k && !q->implied && q->period.end == p->end &&
		    (k != GS_KIND_FLOW || q->period.start == p->start))
			return q;
	}
	return NULL;
}

/* A target whose date a reported figure covers is judged by that figure:
 * a trend read at a date already observed (backwards from a later
 * figure, or a fit's value instead of the figure) says nothing the
 * figure does not. */
static void by_figure(struct target_eval *out, const struct rp_point *at,
		      double target, double tol)
{
	enum verdict lo, hi;
	char per[48];

	period_format(&at->period, per, sizeof(per));
	out->projected = (struct gs_pred){ at->p.t, at->p.v, at->p.lo,
					   at->p.hi, at->p.lo != at->p.hi };
	out->gap = at->p.v / target - 1;
	if (check_reached(at, target)) {
		out->t_reached = at->p.t;
		gs_snprintf(out->note, sizeof(out->note), "reached: the "
			    "figure for %s", per);
		out->verdict = V_AHEAD;
		return;
	}
	lo = judge(at->p.lo, target, tol);
	hi = judge(at->p.hi, target, tol);
	out->verdict = lo == hi ? lo : V_UNCERTAIN;
	if (lo == hi)
		gs_snprintf(out->note, sizeof(out->note), "the figure for %s, "
			    "not a trend", per);
	else
		gs_snprintf(out->note, sizeof(out->note), "the bounds of the "
			    "figure for %s span %s to %s", per,
			    verdict_name(lo), verdict_name(hi));
}

/* Without a projection: reached already, or uncertain with the count
 * (and no_pj, why no trend could be drawn through two or more). */
static void no_trend(const struct rp_series *s, struct target_eval *out,
		     double target, const char *why, const char *no_pj)
{
	size_t i, n = 0;

	for (i = 0; i < s->npts; i++)
		n += s->pts[i].kind == out->latest->kind && !s->pts[i].implied;
	out->reported = n;
	if (check_reached(out->latest, target)) {
		gs_snprintf(out->note, sizeof(out->note), "already reached");
		out->verdict = V_AHEAD;
	} else if (why != NULL) {
		gs_snprintf(out->note, sizeof(out->note), "%s", why);
		out->verdict = V_NA;
	} else {
		if (n >= 2 && no_pj != NULL && no_pj[0] != '\0')
			gs_snprintf(out->note, sizeof(out->note), "no trend "
				    "from %zu figures: %s", n,
				    gs_msg_unkeyed(s->key, no_pj));
		else
			gs_snprintf(out->note, sizeof(out->note), "no trend: "
				    "%zu figure%s", n, n == 1 ? "" : "s");
		out->verdict = V_UNCERTAIN;
	}
}

/* What the trend says beside a verdict the figures gave. */
static void trend_beside(struct target_eval *out, const struct projection *pj,
			 double target)
{
	if (pj == NULL)
		return;
	out->trend = pj->rate;
	out->reported = reported(pj->win, pj->nwin);
	out->implied = pj->nwin - out->reported;
	if (isnan(out->t_reached))
		out->t_reached = reached(pj, target);
}

/* Could q state the target's period p: a reported figure of kind k, a
 * flow of the same length. */
static bool comparable(const struct rp_point *q, enum gs_kind k,
		       const struct gs_period *p)
{
	return q->kind == k && !q->implied &&
	       (k != GS_KIND_FLOW || period_months(&q->period) ==
				     period_months(p));
}

/* The date of target o has passed in the figures (one ends after it) and
 * none covers it: reached by its date (ahead), reached late, or missed.
 * false when no figure ends after the date. */
static bool passed(const struct rp_series *s, const struct gs_obs *o,
		   struct target_eval *out)
{
	const struct rp_point *by = NULL, *late = NULL, *after = NULL, *q;
	char per[48], when[48];
	size_t i;

	for (i = 0; i < s->npts; i++) {
		q = &s->pts[i];
		if (!comparable(q, out->latest->kind, &o->period))
			continue;
		if (q->period.end > o->period.end)
			after = q;
		if (!check_reached(q, o->value))
			continue;
		if (q->period.end <= o->period.end && by == NULL)
			by = q;
		else if (q->period.end > o->period.end && late == NULL)
			late = q;
	}
	if (after == NULL)
		return false;
	period_format(&o->period, per, sizeof(per));
	q = by ? by : late;
	if (q == NULL) {
		out->verdict = V_MISSED;
		gs_snprintf(out->note, sizeof(out->note), "missed: no figure "
			    "for %s, none since has reached it", per);
		return true;
	}
	period_format(&q->period, when, sizeof(when));
	out->t_reached = q->p.t;
	out->verdict = by ? V_AHEAD : V_LATE;
	gs_snprintf(out->note, sizeof(out->note), by ? "reached: the figure "
		    "for %s" : "reached late: the figure for %s, none for %s",
		    when, per);
	return true;
}

/* The date is past at `today` and no figure says how it ended: the
 * trend's verdict goes into the note. */
static void no_figure_yet(const struct gs_obs *o, struct target_eval *out)
{
	char per[48], was[160];

	period_format(&o->period, per, sizeof(per));
	gs_snprintf(was, sizeof(was), "%s", out->note);
	gs_snprintf(out->note, sizeof(out->note), "no figure for %s yet; "
		    "the trend says %s%s%s", per, verdict_name(out->verdict),
		    was[0] ? ": " : "", was);
	out->verdict = V_NO_FIGURE;
}

void target_check(const struct rp_series *s, size_t obs,
		  const struct projection *pj, const char *no_pj, double tol,
		  struct target_eval *out)
{
	target_check_at(s, obs, pj, no_pj, tol, 0, out);
}

/* By the trend (or why there is none), for a target no figure decides. */
static void by_trend(const struct rp_series *s, const struct gs_obs *o,
		     const struct projection *pj, const char *no_pj,
		     double tol, struct target_eval *out)
{
	struct gs_err e;

	if (pj == NULL) {
		no_trend(s, out, o->value, NULL, no_pj);
		return;
	}
	gs_err_clear(&e);
	if (check_projectable(s, pj, &o->period, &e) ||
	    proj_at(pj, out->t_target, &out->projected, &e)) {
		out->projected.v = out->projected.lo = out->projected.hi = NAN;
		no_trend(s, out, o->value, e.msg, NULL);
		return;
	}
	out->reported = reported(pj->win, pj->nwin);
	out->implied = pj->nwin - out->reported;
	out->trend = pj->rate;
	out->gap = out->projected.v / o->value - 1;
	out->t_reached = reached(pj, o->value);
	out->verdict = verdict_of(out, o->value, pj, tol);
}

void target_check_at(const struct rp_series *s, size_t obs,
		     const struct projection *pj, const char *no_pj,
		     double tol, int32_t today, struct target_eval *out)
{
	const struct gs_obs *o = &s->obs.v[obs];
	const struct rp_point *at;
	struct gs_err e;

	memset(out, 0, sizeof(*out));
	out->obs = obs;
	out->t_target = period_time(&o->period);
	out->gap = out->t_reached = NAN;
	out->required.v = out->required.lo = out->required.hi = NAN;
	out->trend = out->required;
	out->projected.v = out->projected.lo = out->projected.hi = NAN;
	out->latest = check_latest(s, pj ? pj->kind : rp_main_kind(s));
	if (out->latest == NULL) {
		gs_snprintf(out->note, sizeof(out->note), "no actual figure");
		return;
	}
	gs_err_clear(&e);
	proj_required_cagr(&out->latest->p, o->value, out->t_target,
			   &out->required, &e);
	at = check_at(s, out->latest->kind, &o->period);
	if (at != NULL) {
		by_figure(out, at, o->value, tol);
		trend_beside(out, pj, o->value);
		return;
	}
	if (passed(s, o, out)) {
		trend_beside(out, pj, o->value);
		return;
	}
	by_trend(s, o, pj, no_pj, tol, out);
	if (today > o->period.end && !check_reached(out->latest, o->value))
		no_figure_yet(o, out);
}

/* The figure at period p for end `to` of claim out (0 from, 1 to): an
 * actual point as it stood at the claim's vintage `when`, else a target
 * for p. */
static bool end_value(const struct rp_series *s, const struct gs_period *p,
		      int32_t when, double approx_tol, int to,
		      struct claim_eval *out)
{
	struct gs_est *v = to ? &out->to : &out->from;
	size_t *src = to ? &out->to_obs : &out->from_obs;
	const struct rp_point **pt = to ? &out->to_pt : &out->from_pt;
	const struct rp_point *q;
	size_t i;

	for (i = 0; i < s->npts; i++) {
		q = &s->pts[i];
		if (!q->implied && q->period.start == p->start &&
		    q->period.end == p->end) {
			out->vintage[to] = rp_anchor_then(s, q, when, approx_tol,
							  &out->then[to]);
			q = &out->then[to];
			*v = (struct gs_est){ q->p.v, q->p.lo, q->p.hi };
			*src = q->src[0];
			*pt = &s->pts[i];
			return true;
		}
	}
	for (i = 0; i < s->ntargets; i++) {
		const struct gs_obs *o = &s->obs.v[s->targets[i]];

		if (o->kind == GS_KIND_TARGET && o->period.start == p->start &&
		    o->period.end == p->end) {
			*v = growth_est(o->value, o->qual, approx_tol);
			*src = s->targets[i];
			*pt = NULL;
			return true;
		}
	}
	return false;
}

/* Do [a.lo - below, a.hi + above] and [b.lo, b.hi] overlap, ends
 * included (up to the rounding of the arithmetic)? */
static bool overlap(const struct gs_est *a, double below, double above,
		    const struct gs_est *b)
{
	return slack(a->hi + above, 1) >= b->lo &&
	       slack(a->lo - below, -1) <= b->hi;
}

bool claim_check(const struct rp_series *s, size_t obs,
		 const struct claim_tol *tol, struct claim_eval *out)
{
	const struct gs_obs *o = &s->obs.v[obs];
	struct gs_point a, b;
	struct gs_change c;
	struct gs_err e;

	memset(out, 0, sizeof(*out));
	out->obs = obs;
	out->pct = o->kind == GS_KIND_PERCENT;
	if (!end_value(s, &o->base, o->as_of, tol->approx, 0, out) ||
	    !end_value(s, &o->period, o->as_of, tol->approx, 1, out))
		return false;
	out->stated = growth_est(o->value, o->qual, tol->approx);
	a = (struct gs_point){ period_time(&o->base), out->from.v,
			       out->from.lo, out->from.hi };
	b = (struct gs_point){ period_time(&o->period), out->to.v,
			       out->to.lo, out->to.hi };
	gs_err_clear(&e);
	growth_change(&a, &b, &c, &e);
	out->actual = out->pct ? c.pct : c.mult;
	if (isnan(out->actual.v)) {
		out->verdict = V_NA;
		return true;
	}
	/* A percent change is judged in percentage points: 5 % of the
	 * multiple 1.057 would accept anything from +0.4 % to +11 %. */
	if (out->pct)
		out->verdict = overlap(&out->stated, tol->pp, tol->pp,
				       &out->actual) ? V_CONSISTENT :
			       V_INCONSISTENT;
	else
		out->verdict = overlap(&out->stated, out->stated.lo * tol->rel,
				       out->stated.hi * tol->rel, &out->actual) ?
			       V_CONSISTENT : V_INCONSISTENT;
	return true;
}
