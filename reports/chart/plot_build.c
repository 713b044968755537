/*
** plot_build.c: a series' points, targets and projection as chart layers
** (see plot_build.h).
*/
#include "plot_build.h"

#include "../check.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Samples a year along a projected curve. */
#define PB_STEPS_PER_YEAR 12
#define PB_MAX_STEPS 2400

double pb_day_start(int32_t ymd)
{
	return cal_time_start(ymd);
}

void pb_period_text(const struct gs_period *p, char *buf, size_t n)
{
	static const char *const mon[12] = { "Jan", "Feb", "Mar", "Apr",
		"May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	int sy = cal_year(p->start), sm = cal_month(p->start);
	int ey = cal_year(p->end), em = cal_month(p->end);
	char a[16], z[16];

	if (!cal_valid(p->start) || !cal_valid(p->end)) {
		gs_snprintf(buf, n, "%s", "");
		return;
	}
	if (cal_day(p->start) != 1 || !cal_is_month_end(p->end)) {
		date_format(p->start, a, sizeof(a));
		date_format(p->end, z, sizeof(z));
		if (p->start == p->end)
			gs_snprintf(buf, n, "%s", a);
		else
			gs_snprintf(buf, n, "%s\xE2\x80\x93%s", a, z);
	} else if (sm == 1 && em == 12) {
		if (sy == ey)
			gs_snprintf(buf, n, "%d", sy);
		else
			gs_snprintf(buf, n, "%d\xE2\x80\x93%d", sy, ey);
	} else if (sy == ey && sm == em) {
		gs_snprintf(buf, n, "%s %d", mon[sm - 1], sy);
	} else if (sy == ey) {
		gs_snprintf(buf, n, "%s\xE2\x80\x93%s %d", mon[sm - 1],
			    mon[em - 1], sy);
	} else {
		gs_snprintf(buf, n, "%s %d\xE2\x80\x93%s %d", mon[sm - 1], sy,
			    mon[em - 1], ey);
	}
}

static const char *keep(struct pb_series *b, const char *s)
{
	GS_GROW(b->strs, b->nstrs);
	return b->strs[b->nstrs++] = xstrdup(s);
}

static void use(struct pb_series *b, size_t i)
{
	size_t k;

	for (k = 0; k < b->nused; k++)
		if (b->used[k] == i)
			return;
	GS_GROW(b->used, b->nused);
	b->used[b->nused++] = i;
}

/* A point --frequency aggregated lists no figure behind it (nsrc 0):
 * the figures of its kind inside its period are what it rests on, and
 * the footnote names their sources as for any other point. */
static void use_within(struct pb_series *b, const struct rp_series *s,
		       const struct rp_point *p)
{
	size_t i;

	for (i = 0; i < s->obs.n; i++) {
		const struct gs_obs *ob = &s->obs.v[i];

		if (ob->kind == p->kind && ob->period.start >= p->period.start &&
		    ob->period.end <= p->period.end)
			use(b, i);
	}
}

static bool in_range(const struct pb_opts *o, const struct gs_period *p)
{
	return (o->from.start == 0 || p->end >= o->from.start) &&
	       (o->to.end == 0 || p->end <= o->to.end);
}

static enum plot_bound qual_bound(enum gs_qual q)
{
	switch (q) {
	case GS_QUAL_OVER:
	case GS_QUAL_AT_LEAST: return PLOT_LOWER;
	case GS_QUAL_UP_TO:
	case GS_QUAL_UNDER: return PLOT_UPPER;
	case GS_QUAL_ABOUT:
	case GS_QUAL_ALMOST: return PLOT_RANGE;
	default: return PLOT_EXACT;
	}
}

/* The bound a point stands for: its one qualifier, or (merged or implied
 * figures) what its interval says. */
static void point_bound(const struct rp_series *s, const struct rp_point *p,
			struct plot_obs *o)
{
	o->qual = GS_QUAL_NONE;
	o->lo = p->p.lo;
	o->hi = p->p.hi;
	if (p->p.lo == p->p.hi) {
		o->bound = PLOT_EXACT;
	} else if (!p->implied && p->nsrc == 1) {
		o->qual = s->obs.v[p->src[0]].qual;
		o->bound = qual_bound(o->qual);
	} else if (!isfinite(p->p.hi)) {
		o->bound = PLOT_LOWER;
	} else if (!isfinite(p->p.lo)) {
		o->bound = PLOT_UPPER;
	} else {
		o->bound = PLOT_RANGE;
	}
}

static void points(const struct rp_series *s, const struct pb_opts *o,
		   struct pb_series *b)
{
	size_t i, k;

	b->obs = xcalloc(s->npts ? s->npts : 1, sizeof(*b->obs));
	for (i = 0; i < s->npts; i++) {
		const struct rp_point *p = &s->pts[i];
		struct plot_obs *q = &b->obs[b->ps.nobs];

		if (!in_range(o, &p->period))
			continue;
		q->x0 = pb_day_start(p->period.start);
		q->x1 = date_time(p->period.end);
		q->v = p->p.v;
		q->flow = p->kind == GS_KIND_FLOW;
		q->implied = p->implied;
		point_bound(s, p, q);
		if (!isfinite(q->x0) || !isfinite(q->x1) || !isfinite(q->v))
			continue;
		for (k = 0; k < p->nsrc; k++)
			use(b, p->src[k]);
		if (p->nsrc == 0 && !p->implied)
			use_within(b, s, p);
		b->ps.nobs++;
	}
}

static bool same_target(const struct plot_target *t, const struct gs_obs *o,
			double x0, double x1)
{
	return t->x0 == x0 && t->x1 == x1 && t->v == o->value &&
	       t->qual == o->qual && t->plan == (o->kind == GS_KIND_PLAN);
}

/*
** The path required to reach target t: from the latest level drawn that
** ends before the target begins, at the CAGR that gets there,
** (target / latest)^(1 / years) - 1 with years between the ends of the two
** periods (growth.h's time rule): (230 / 154)^(1/6) - 1 = 6.914 % from 2024
** to 2030. None for plans, flows, or values that are not positive.
*/
static void target_path(const struct pb_series *b, struct plot_target *t)
{
	const struct plot_obs *last = NULL;
	size_t i;

	t->path = false;
	for (i = 0; i < b->ps.nobs; i++)
		if (!b->obs[i].flow && b->obs[i].x1 <= t->x0 &&
		    (last == NULL || b->obs[i].x1 >= last->x1))
			last = &b->obs[i];
	if (t->plan || last == NULL || !(last->v > 0) || !(t->v > 0) ||
	    !(t->x1 > last->x1))
		return;
	t->path = true;
	t->path_x = (last->x0 + last->x1) / 2;
	t->path_v = last->v;
	t->path_rate = pow(t->v / last->v, 1 / (t->x1 - last->x1)) - 1;
}

static void targets(const struct rp_series *s, const struct pb_opts *o,
		    struct pb_series *b)
{
	int32_t last = o->to.end;
	size_t i, k;
	char when[64];

	if (last && o->project && o->proj_to.end > last)
		last = o->proj_to.end;
	b->targets = xcalloc(s->ntargets ? s->ntargets : 1, sizeof(*b->targets));
	for (i = 0; i < s->ntargets; i++) {
		const struct gs_obs *ob = &s->obs.v[s->targets[i]];
		struct plot_target *t = &b->targets[b->ps.ntargets];
		double x0 = pb_day_start(ob->period.start);
		double x1 = date_time(ob->period.end);

		if ((o->from.start && ob->period.end < o->from.start) ||
		    (last && ob->period.end > last) || !isfinite(x0) ||
		    !isfinite(x1) || !isfinite(ob->value))
			continue;
		use(b, s->targets[i]);
		for (k = 0; k < b->ps.ntargets; k++)
			if (same_target(&b->targets[k], ob, x0, x1))
				break;
		if (k < b->ps.ntargets)
			continue;
		t->x0 = x0;
		t->x1 = x1;
		t->v = ob->value;
		t->qual = ob->qual;
		t->bound = qual_bound(ob->qual);
		t->plan = ob->kind == GS_KIND_PLAN;
		pb_period_text(&ob->period, when, sizeof(when));
		t->when = keep(b, when);
		target_path(b, t);
		b->ps.ntargets++;
	}
}

/* "projection: CAGR 2020–2024, +29.4 % a year" */
static void describe(const struct rp_series *s, const struct projection *p,
		     struct pb_series *b)
{
	char a[64], z[64], rate[96], text[256];
	const char *sep = "\xE2\x80\x93";
	const char *sym = s->info.sym ? s->info.sym : "";

	pb_period_text(&p->win[0].period, a, sizeof(a));
	pb_period_text(&proj_last(p)->period, z, sizeof(z));
	if (strstr(a, sep) || strstr(z, sep))
		sep = " to ";
	if (p->method == PROJ_LINEAR) {
		struct gs_scale sc = gs_scale_for(fabs(p->fit.b), true);

		double slope = p->fit.b / sc.factor, m = fabs(slope);

		gs_snprintf(rate, sizeof(rate), "%.*f", m >= 100 ? 0 : m >= 10 ?
			    1 : m >= 1 ? 2 : 3, slope);
		gs_snprintf(text, sizeof(text), "projection: linear trend "
			    "%s%s%s, %s%s%s%s%s%s a year", a, sep, z,
			    p->fit.b >= 0 ? "+" : "", rate, *sc.word ? " " : "",
			    sc.word, sym[0] ? " " : "", sym);
	} else {
		gs_snprintf(text, sizeof(text), "projection: %s %s%s%s, "
			    "%+.1f %% a year", p->method == PROJ_CAGR ? "CAGR" :
			    "log-linear trend", a, sep, z, p->rate.v * 100);
	}
	b->proj.what = keep(b, text);
}

/* check's trend-sufficiency rule (check.h): a trend from fewer than
 * CHECK_MIN_REPORTED reported figures is uncertain, and the key and the
 * footnote say what it rests on, as check's note does. */
static void mark_uncertain(const struct projection *p, struct pb_series *b)
{
	char rests[96], text[400];
	size_t w, rep = 0;

	for (w = 0; w < p->nwin; w++)
		rep += !p->win[w].implied;
	if (rep >= CHECK_MIN_REPORTED)
		return;
	check_rests_on(rests, sizeof(rests), rep, p->nwin - rep);
	gs_snprintf(text, sizeof(text), "%s (%s: uncertain)", b->proj.what,
		    rests);
	b->proj.what = keep(b, text);
	b->proj.uncertain = true;
}

static int sample(struct pb_series *b, const struct projection *p,
		  double t, const struct gs_period *per, double shift,
		  struct gs_err *e)
{
	struct plot_proj_pt *q;
	struct gs_pred r;

	if (proj_at(p, t, &r, e))
		return -1;
	GS_GROW(b->ppts, b->proj.n);
	q = &b->ppts[b->proj.n++];
	q->x = t - shift;
	q->x0 = per ? pb_day_start(per->start) : q->x;
	q->x1 = per ? date_time(per->end) : q->x;
	q->v = r.v;
	q->lo = r.has_interval ? r.lo : NAN;
	q->hi = r.has_interval ? r.hi : NAN;
	return 0;
}

static int project(const struct rp_series *s, const struct pb_opts *o,
		   struct pb_series *b, struct gs_err *e)
{
	struct proj_opts po = { o->method, o->from, o->to, o->level };
	struct projection p;
	const struct rp_point *last;
	double t0, t1, shift;
	char when[64];
	size_t w, j;
	int rc = -1, k;

	if (proj_build(s, &po, &p, e))
		return -1;
	last = proj_last(&p);
	t1 = period_time(&o->proj_to);
	pb_period_text(&o->proj_to, when, sizeof(when));
	if (!(t1 > last->p.t)) {
		char lp[64];

		pb_period_text(&last->period, lp, sizeof(lp));
		gs_errf(e, GS_EX_USAGE, "--project-to %s is not after the last "
			"figure of %s (%s)", when, s->key, lp);
		goto cleanup;
	}
	describe(s, &p, b);
	mark_uncertain(&p, b);
	b->proj.when = keep(b, when);
	b->proj.level = p.level;
	b->proj.flow = p.kind == GS_KIND_FLOW;
	if (b->proj.flow) {
		int step = proj_step(&p);

		for (k = 1; k <= 2400; k++) {
			struct gs_period q =
				period_shift_months(&last->period, k * step);

			if (q.end > o->proj_to.end)
				break;
			if (sample(b, &p, period_time(&q), &q, 0, e))
				goto cleanup;
			pb_period_text(&q, when, sizeof(when));
			b->ppts[b->proj.n - 1].x = (b->ppts[b->proj.n - 1].x0 +
						    b->ppts[b->proj.n - 1].x1) / 2;
		}
		if (b->proj.n == 0) {
			gs_errf(e, GS_EX_USAGE, "--project-to %s: no whole "
				"period like the last one (%s) ends by then",
				when, s->key);
			goto cleanup;
		}
		b->proj.when = keep(b, when); /* the last period projected */
	} else {
		int i, n;

		t0 = p.method == PROJ_CAGR ? last->p.t : p.win[0].p.t;
		shift = (last->p.t - pb_day_start(last->period.start)) / 2;
		n = (int)ceil((t1 - t0) * PB_STEPS_PER_YEAR);
		n = n < 2 ? 2 : n > PB_MAX_STEPS ? PB_MAX_STEPS : n;
		for (i = 0; i <= n; i++)
			if (sample(b, &p, t0 + (t1 - t0) * i / n, NULL, shift, e))
				goto cleanup;
	}
	for (w = 0; w < p.nwin; w++)
		for (j = 0; j < p.win[w].nsrc; j++)
			use(b, p.win[w].src[j]);
	b->proj.pts = b->ppts;
	b->ps.proj = &b->proj;
	rc = 0;
cleanup:
	proj_free(&p);
	return rc;
}

/* The figure to index on: of period base exactly (levels first), else the
 * latest whose period lies within base (Jan-Aug 2024 for 2024). */
static const struct rp_point *index_point(const struct rp_series *s,
					  const struct gs_period *base)
{
	const struct rp_point *p = rp_find(s, rp_main_kind(s), base);
	size_t i;

	if (p == NULL)
		p = rp_find(s, rp_main_kind(s) == GS_KIND_LEVEL ? GS_KIND_FLOW :
			    GS_KIND_LEVEL, base);
	for (i = s->npts; p == NULL && i-- > 0;)
		if (s->pts[i].period.start >= base->start &&
		    s->pts[i].period.end <= base->end)
			p = &s->pts[i];
	return p;
}

static int index_to(const struct rp_series *s, const struct pb_opts *o,
		    struct pb_series *b, struct gs_err *e)
{
	const struct rp_point *p = index_point(s, &o->index_base);
	char when[64];
	double f;
	size_t i;

	pb_period_text(&o->index_base, when, sizeof(when));
	if (p == NULL)
		return gs_errf(e, GS_EX_DATAERR, "%s: no figure for %s to index "
			       "on (--index)", s->key, when);
	if (!(p->p.v > 0))
		return gs_errf(e, GS_EX_DATAERR, "%s: the %s figure is not "
			       "positive; cannot index on it", s->key, when);
	f = 100 / p->p.v;
	for (i = 0; i < p->nsrc; i++)
		use(b, p->src[i]);
	for (i = 0; i < b->ps.nobs; i++) {
		b->obs[i].v *= f;
		b->obs[i].lo *= f;
		b->obs[i].hi *= f;
	}
	for (i = 0; i < b->ps.ntargets; i++) {
		b->targets[i].v *= f;
		b->targets[i].path_v *= f;
	}
	for (i = 0; i < b->proj.n; i++) {
		b->ppts[i].v *= f;
		b->ppts[i].lo *= f;
		b->ppts[i].hi *= f;
	}
	return 0;
}

int pb_build(const struct rp_series *s, const struct pb_opts *o,
	     struct pb_series *out, struct gs_err *e)
{
	memset(out, 0, sizeof(*out));
	out->ps.title = s->info.name && *s->info.name ? s->info.name : s->key;
	points(s, o, out);
	targets(s, o, out);
	out->ps.obs = out->obs;
	out->ps.targets = out->targets;
	if (o->project) {
		struct gs_err pe;

		gs_err_clear(&pe);
		if (project(s, o, out, &pe)) {
			free(out->ppts);
			out->ppts = NULL;
			memset(&out->proj, 0, sizeof(out->proj));
			out->ps.proj = NULL;
			if (!o->project_optional) {
				*e = pe;
				pb_free(out);
				return -1;
			}
			out->proj_note = xstrdup(pe.msg);
		}
	}
	if (o->index && index_to(s, o, out, e)) {
		pb_free(out);
		return -1;
	}
	return 0;
}

void pb_free(struct pb_series *b)
{
	size_t i;

	free(b->obs);
	free(b->targets);
	free(b->ppts);
	free(b->used);
	free(b->proj_note);
	for (i = 0; i < b->nstrs; i++)
		free(b->strs[i]);
	free(b->strs);
	memset(b, 0, sizeof(*b));
}
