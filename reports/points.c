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
static void push_idx(size_t **v, size_t *n, size_t i)
{
	GS_GROW(*v, *n);
	(*v)[(*n)++] = i;
}

static struct rp_point *push_point(struct rp_series *s)
{
	GS_GROW(s->pts, s->npts);
	memset(&s->pts[s->npts], 0, sizeof(*s->pts));
	return &s->pts[s->npts++];
}

static void add_conflict(struct rp_series *s, size_t used, size_t other)
{
	GS_GROW(s->conflicts, s->nconflicts);
	s->conflicts[s->nconflicts].used = used;
	s->conflicts[s->nconflicts++].other = other;
}

/*
** Fold observation i into point p (same kind and period). Statements come
** exact ones first, then by source name (see order_group), so the first
** exact one wins; qualified ones intersect their bounds. A statement that
** cannot be true together with what p holds is set aside as a conflict.
*/
static void merge(struct rp_series *s, struct rp_point *p, size_t i,
		  double tol)
{
	const struct gs_obs *o = &s->obs.v[i];
	struct gs_est e = growth_est(o->value, o->qual, tol);
	double lo, hi;

	if (p->nsrc == 0) {
		p->p.v = e.v;
		p->p.lo = e.lo;
		p->p.hi = e.hi;
		p->src[p->nsrc++] = i;
		return;
	}
	lo = fmax(p->p.lo, e.lo);
	hi = fmin(p->p.hi, e.hi);
	if (lo > hi) {
		add_conflict(s, p->src[0], i);
		return;
	}
	if (p->nsrc < RP_MAX_SRC)
		p->src[p->nsrc++] = i;
	if (p->p.lo == p->p.hi)
		return;
	p->p.lo = lo;
	p->p.hi = hi;
	p->p.v = isfinite(lo) && isfinite(hi) ? (lo + hi) / 2 :
		 isfinite(lo) ? lo : hi;
}

int rp_rule_cmp(const struct gs_obs *x, const struct gs_obs *y)
{
	int c;

	if ((x->qual == GS_QUAL_NONE) != (y->qual == GS_QUAL_NONE))
		return x->qual == GS_QUAL_NONE ? -1 : 1;
	if ((c = strcmp(x->source ? x->source : "",
			y->source ? y->source : "")) != 0)
		return c;
	return (int)x->qual - (int)y->qual;
}

static int by_rule(const void *a, const void *b)
{
	return rp_rule_cmp(*(const struct gs_obs *const *)a,
			   *(const struct gs_obs *const *)b);
}

/* The observations from i on that state the same level or flow. */
size_t rp_group_end(const struct obs_list *l, size_t i)
{
	size_t j = i + 1;

	while (j < l->n && l->v[j].kind == l->v[i].kind &&
	       same_period(&l->v[j].period, &l->v[i].period))
		j++;
	return j;
}

static void add_group(struct rp_series *s, size_t i, size_t j, double tol)
{
	const struct gs_obs *o = &s->obs.v[i];
	struct rp_point *p = push_point(s);
	const struct gs_obs **v = xmalloc((j - i) * sizeof(*v));
	size_t k;

	for (k = 0; k < j - i; k++)
		v[k] = &s->obs.v[i + k];
	qsort(v, j - i, sizeof(*v), by_rule);
	p->kind = o->kind;
	p->period = o->period;
	p->p.t = period_time(&o->period);
	for (k = 0; k < j - i; k++)
		merge(s, p, (size_t)(v[k] - s->obs.v), tol);
	free(v);
}

static void collect(struct rp_series *s, double tol)
{
	size_t i = 0;

	while (i < s->obs.n) {
		const struct gs_obs *o = &s->obs.v[i];
		size_t j = i + 1;

		switch (o->kind) {
		case GS_KIND_LEVEL:
		case GS_KIND_FLOW:
			j = rp_group_end(&s->obs, i);
			add_group(s, i, j, tol);
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
		i = j;
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
	p->mult = m;
	p->anchor = a.period;
	p->at_base = at_base;
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
	rp_warn_conflicts(s, stderr);
}

void rp_warn_conflicts(const struct rp_series *s, FILE *out)
{
	size_t i;

	for (i = 0; i < s->nconflicts; i++) {
		const struct gs_obs *u = &s->obs.v[s->conflicts[i].used];
		const struct gs_obs *x = &s->obs.v[s->conflicts[i].other];
		char per[48], asof[16], raw[1024], shown[4096];

		period_format(&u->period, per, sizeof(per));
		date_format(u->as_of, asof, sizeof(asof));
		gs_snprintf(raw, sizeof(raw), "%s %s %s: %s%s%.15g %s (#%zu, "
			    "source %s) and %s%s%.15g %s (#%zu, source %s) "
			    "disagree at vintage %s; using #%zu (exact over "
			    "qualified, then the source name that sorts first)",
			    s->key, per, kind_name(u->kind), qual_name(u->qual),
			    *qual_name(u->qual) ? " " : "", u->value,
			    s->info.sym, s->conflicts[i].used + 1, u->source,
			    qual_name(x->qual), *qual_name(x->qual) ? " " : "",
			    x->value, s->info.sym, s->conflicts[i].other + 1,
			    x->source, asof, s->conflicts[i].used + 1);
		gs_escape(shown, sizeof(shown), raw);
		fprintf(out, "growthstat: warning: %s\n", shown);
	}
}

/* b/a = r: the inverse interval 1/r. */
static struct gs_est inverse(const struct gs_est *r)
{
	struct gs_est q = { 1 / r->v, r->hi > 0 ? 1 / r->hi : INFINITY,
			    r->lo > 0 ? 1 / r->lo : INFINITY };

	if (isinf(r->hi))
		q.lo = 0;
	return q;
}

bool rp_dependent(const struct rp_point *a, const struct rp_point *b,
		  struct gs_est *mult)
{
	const struct rp_point *imp = b->implied ? b : a;
	const struct rp_point *anc = imp == b ? a : b;

	if (!imp->implied || anc->implied || imp->kind != anc->kind ||
	    !same_period(&imp->anchor, &anc->period))
		return false;
	/* at_base: imp = anc / m, so anc / imp = m. Else imp / anc = m. */
	if ((imp == a) == imp->at_base)
		*mult = imp->mult;
	else
		*mult = inverse(&imp->mult);
	return true;
}

void rp_free(struct rp_series *s)
{
	free(s->key);
	series_info_free(&s->info);
	obs_list_free(&s->obs);
	free(s->pts);
	free(s->targets);
	free(s->rels);
	free(s->conflicts);
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
