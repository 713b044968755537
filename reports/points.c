/*
** points.c: from stored observations to the points reports compute with.
** See points.h for what a point, an implied point and a relation are.
*/
#include "points.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static bool same_period(const struct gs_period *a, const struct gs_period *b)
{
	return a->start == b->start && a->end == b->end;
}

/* Arrays grow to the next power of two: they hold n, so no capacity
 * needs keeping. */
static bool full(size_t n)
{
	return (n & (n - 1)) == 0;
}

static void push_idx(size_t **v, size_t *n, size_t i)
{
	if (full(*n))
		*v = xrealloc(*v, (*n ? 2 * *n : 1) * sizeof(**v));
	(*v)[(*n)++] = i;
}

static struct rp_point *push_point(struct rp_series *s)
{
	if (full(s->npts))
		s->pts = xrealloc(s->pts, (s->npts ? 2 * s->npts : 1) *
				  sizeof(*s->pts));
	memset(&s->pts[s->npts], 0, sizeof(*s->pts));
	return &s->pts[s->npts++];
}

/*
** Fold observation i into point p (same kind and period). An exact value
** wins over qualified ones; qualified ones intersect their bounds.
*/
static void merge(struct rp_point *p, const struct gs_obs *o, size_t i,
		  double tol)
{
	struct gs_est e = growth_est(o->value, o->qual, tol);
	bool p_exact = p->nsrc && p->p.lo == p->p.hi;

	if (p->nsrc < RP_MAX_SRC)
		p->src[p->nsrc] = i;
	if (p->nsrc == 0 || (o->qual == GS_QUAL_NONE && !p_exact)) {
		p->p.v = e.v;
		p->p.lo = e.lo;
		p->p.hi = e.hi;
	} else if (!p_exact) {
		double lo = fmax(p->p.lo, e.lo), hi = fmin(p->p.hi, e.hi);

		if (lo <= hi) {
			p->p.lo = lo;
			p->p.hi = hi;
			p->p.v = isfinite(lo) && isfinite(hi) ? (lo + hi) / 2 :
				 isfinite(lo) ? lo : hi;
		}
	}
	p->nsrc = p->nsrc < RP_MAX_SRC ? p->nsrc + 1 : p->nsrc;
}

static void collect(struct rp_series *s, double tol)
{
	size_t i;

	for (i = 0; i < s->obs.n; i++) {
		const struct gs_obs *o = &s->obs.v[i];
		struct rp_point *last = s->npts ? &s->pts[s->npts - 1] : NULL;

		switch (o->kind) {
		case GS_KIND_LEVEL:
		case GS_KIND_FLOW:
			if (!last || last->kind != o->kind ||
			    !same_period(&last->period, &o->period)) {
				last = push_point(s);
				last->kind = o->kind;
				last->period = o->period;
				last->p.t = period_time(&o->period);
			}
			merge(last, o, i, tol);
			break;
		case GS_KIND_TARGET:
		case GS_KIND_PLAN:
			push_idx(&s->targets, &s->ntargets, i);
			break;
		case GS_KIND_MULTIPLE:
		case GS_KIND_PERCENT:
			push_idx(&s->rels, &s->nrels, i);
			break;
		default:
			break;
		}
	}
}

static const struct rp_point *find(const struct rp_series *s, enum gs_kind k,
				   const struct gs_period *p, bool actual_only)
{
	size_t i;

	for (i = 0; i < s->npts; i++)
		if (s->pts[i].kind == k && same_period(&s->pts[i].period, p) &&
		    !(actual_only && s->pts[i].implied))
			return &s->pts[i];
	return NULL;
}

const struct rp_point *rp_find(const struct rp_series *s, enum gs_kind k,
			       const struct gs_period *p)
{
	return find(s, k, p, false);
}

/* The relation's multiple (a percent change converted). */
static struct gs_est rel_mult(const struct gs_obs *o, double tol)
{
	struct gs_est e = growth_est(o->value, o->qual, tol);

	return o->kind == GS_KIND_PERCENT ? growth_pct_to_mult(&e) : e;
}

static void add_implied(struct rp_series *s, size_t rel,
			const struct rp_point *anchor,
			const struct gs_period *at, bool at_base, double tol)
{
	const struct gs_obs *o = &s->obs.v[rel];
	struct gs_est m = rel_mult(o, tol);
	struct gs_implied imp;
	struct gs_err e;
	struct rp_point a = *anchor, *p;
	int rc;

	gs_err_clear(&e);
	rc = at_base ? growth_implied_base(&a.p, &m, period_time(at), &imp, &e)
		     : growth_implied_end(&a.p, &m, period_time(at), &imp, &e);
	if (rc)
		return;
	p = push_point(s);
	p->period = *at;
	p->kind = a.kind;
	p->implied = true;
	p->p = imp.level;
	p->src[0] = rel;
	p->src[1] = a.src[0];
	p->nsrc = 2;
}

/* Relations that end by the date they were reported imply the level at
 * whichever end is not known. */
static void imply(struct rp_series *s, double tol)
{
	size_t i, n = s->nrels;

	for (i = 0; i < n; i++) {
		const struct gs_obs *o = &s->obs.v[s->rels[i]];
		const enum gs_kind kinds[2] = { GS_KIND_LEVEL, GS_KIND_FLOW };
		size_t k;

		if (o->as_of && o->period.end > o->as_of)
			continue;
		for (k = 0; k < 2; k++) {
			const struct rp_point *end = find(s, kinds[k], &o->period, true);
			const struct rp_point *base = find(s, kinds[k], &o->base, true);

			if (end && !find(s, kinds[k], &o->base, false)) {
				struct rp_point copy = *end;

				add_implied(s, s->rels[i], &copy, &o->base, true, tol);
				break;
			}
			if (base && !find(s, kinds[k], &o->period, false)) {
				struct rp_point copy = *base;

				add_implied(s, s->rels[i], &copy, &o->period, false, tol);
				break;
			}
		}
	}
}

static int by_time(const void *a, const void *b)
{
	const struct rp_point *x = a, *y = b;

	if (x->p.t != y->p.t)
		return x->p.t < y->p.t ? -1 : 1;
	if (x->period.start != y->period.start)
		return x->period.start < y->period.start ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}

int rp_load(struct series_db *db, const char *key, const struct rp_opts *o,
	    struct rp_series *s, struct gs_err *e)
{
	struct series_info info;
	struct obs_list obs;

	memset(s, 0, sizeof(*s));
	if (series_get(db, key, &info, e))
		return -1;
	if (series_observations(db, key, o->as_of, OBSQ_LATEST, &obs, e)) {
		series_info_free(&info);
		return -1;
	}
	rp_take(&info, &obs, o, s);
	return 0;
}

void rp_take(struct series_info *info, struct obs_list *obs,
	     const struct rp_opts *o, struct rp_series *s)
{
	size_t i;

	memset(s, 0, sizeof(*s));
	s->info = *info;
	s->obs = *obs;
	memset(info, 0, sizeof(*info));
	memset(obs, 0, sizeof(*obs));
	s->key = xstrdup(s->info.key);
	collect(s, o->approx_tol);
	imply(s, o->approx_tol);
	/* Points mostly come in time order already. */
	for (i = 1; i < s->npts; i++)
		if (by_time(&s->pts[i - 1], &s->pts[i]) > 0)
			break;
	if (i < s->npts)
		qsort(s->pts, s->npts, sizeof(*s->pts), by_time);
}

void rp_free(struct rp_series *s)
{
	free(s->key);
	series_info_free(&s->info);
	obs_list_free(&s->obs);
	free(s->pts);
	free(s->targets);
	free(s->rels);
	memset(s, 0, sizeof(*s));
}

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
	if (o->kind == GS_KIND_MULTIPLE)
		return "×";
	if (o->kind == GS_KIND_PERCENT)
		return "%";
	return s->info.sym;
}
