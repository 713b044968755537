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

/* Narrow p by the statement e; false when they cannot both be true. The
 * first statement (empty) sets p; an exact one is never narrowed. */
static bool narrow(struct gs_point *p, bool empty, const struct gs_est *e)
{
	double lo, hi;

	if (empty) {
		p->v = e->v;
		p->lo = e->lo;
		p->hi = e->hi;
		return true;
	}
	lo = fmax(p->lo, e->lo);
	hi = fmin(p->hi, e->hi);
	if (lo > hi)
		return false;
	if (p->lo == p->hi)
		return true;
	p->lo = lo;
	p->hi = hi;
	p->v = isfinite(lo) && isfinite(hi) ? (lo + hi) / 2 :
	       isfinite(lo) ? lo : hi;
	return true;
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

	if (!narrow(&p->p, p->nsrc == 0, &e)) {
		add_conflict(s, p->src[0], i);
		return;
	}
	if (p->nsrc < RP_MAX_SRC)
		p->src[p->nsrc++] = i;
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

size_t rp_taken(const struct obs_list *l, size_t i, size_t j)
{
	size_t k, best = i;

	for (k = i + 1; k < j; k++)
		if (rp_rule_cmp(&l->v[k], &l->v[best]) < 0)
			best = k;
	return best;
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
	const struct gs_obs **v;
	size_t k;

	p->kind = o->kind;
	p->period = o->period;
	p->p.t = period_time(&o->period);
	/* Most periods have one figure: no order to find (an allocation
	 * and a qsort per row were a sixth of a report over every series). */
	if (j - i == 1) {
		merge(s, p, i, tol);
		return;
	}
	v = xmalloc((j - i) * sizeof(*v));
	for (k = 0; k < j - i; k++)
		v[k] = &s->obs.v[i + k];
	qsort(v, j - i, sizeof(*v), by_rule);
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

static bool same_figure_at(const struct gs_obs *h, const struct rp_point *p)
{
	return h->kind == p->kind && same_period(&h->period, &p->period);
}

/*
** The anchor cur as it stood at `when`, a relation's vintage, into *out:
** cur itself (returns 0) when its statements are that old or none of its
** figure is; else the statements of the latest vintage at or before
** `when` folded as a point's are (exact first, then source name), and
** that vintage is returned.
*/
static int32_t anchor_then(const struct rp_series *s,
			   const struct rp_point *cur, int32_t when, double tol,
			   struct rp_point *out)
{
	const struct gs_obs **v;
	int32_t best = 0;
	size_t i, n = 0;

	*out = *cur;
	if (when == 0 || s->obs.v[cur->src[0]].as_of <= when)
		return 0;
	for (i = 0; i < s->hist.n; i++)
		if (same_figure_at(&s->hist.v[i], cur) &&
		    s->hist.v[i].as_of <= when && s->hist.v[i].as_of > best)
			best = s->hist.v[i].as_of;
	if (best == 0)
		return 0;
	v = xmalloc(s->hist.n * sizeof(*v));
	for (i = 0; i < s->hist.n; i++)
		if (same_figure_at(&s->hist.v[i], cur) &&
		    s->hist.v[i].as_of == best)
			v[n++] = &s->hist.v[i];
	qsort(v, n, sizeof(*v), by_rule);
	for (i = 0; i < n; i++) {
		struct gs_est e = growth_est(v[i]->value, v[i]->qual, tol);

		(void)narrow(&out->p, i == 0, &e);
	}
	free(v);
	return best;
}

static void add_implied(struct rp_series *s, size_t rel,
			const struct rp_point *anchor, int32_t vintage,
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
	p->anchor_vintage = vintage;
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
			struct rp_point a;
			int32_t vintage;

			if (end && !find(s, kinds[k], &o->base, false)) {
				vintage = anchor_then(s, end, o->as_of, tol, &a);
				add_implied(s, s->rels[i], &a, vintage, &o->base,
					    true, tol);
				break;
			}
			if (base && !find(s, kinds[k], &o->period, false)) {
				vintage = anchor_then(s, base, o->as_of, tol, &a);
				add_implied(s, s->rels[i], &a, vintage,
					    &o->period, false, tol);
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

static bool has_relations(const struct obs_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		if (kind_is_relative(l->v[i].kind))
			return true;
	return false;
}

/* Copies of the levels and flows of every vintage not retracted at as_of
 * (only the fields anchor_then reads), for series with relations. */
static void keep_history(struct rp_series *s, int32_t as_of)
{
	size_t i;

	if (!has_relations(&s->obs))
		return;
	for (i = 0; i < s->obs.n; i++) {
		const struct gs_obs *o = &s->obs.v[i];
		struct gs_obs *h;

		if ((o->kind != GS_KIND_LEVEL && o->kind != GS_KIND_FLOW) ||
		    obs_retracted(o, as_of))
			continue;
		GS_GROW(s->hist.v, s->hist.n);
		h = &s->hist.v[s->hist.n++];
		*h = *o;
		h->series = h->unit_text = h->note = NULL;
		h->source = xstrdup(o->source ? o->source : "");
	}
}

int rp_load(struct series_db *db, const char *key, const struct rp_opts *o,
	    struct rp_series *s, struct gs_err *e)
{
	struct series_info info;
	struct obs_list obs;

	memset(s, 0, sizeof(*s));
	if (series_get(db, key, &info, e))
		return -1;
	if (series_observations(db, key, o->as_of, OBSQ_ALL_VINTAGES, &obs,
				e)) {
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
	keep_history(s, o->as_of);
	obs_list_keep_latest(&s->obs, o->as_of);
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

	if (!imp->implied || anc->implied || imp->anchor_vintage ||
	    imp->kind != anc->kind || !same_period(&imp->anchor, &anc->period))
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
	obs_list_free(&s->hist);
	free(s->pts);
	free(s->targets);
	free(s->rels);
	free(s->conflicts);
	memset(s, 0, sizeof(*s));
}

int32_t rp_anchor_then(const struct rp_series *s, const struct rp_point *cur,
		       int32_t when, double tol, struct rp_point *out)
{
	return anchor_then(s, cur, when, tol, out);
}
