/*
** test_plot_place.c: a property test of where chart labels go
** (reports/chart/plot_place.c): on 200 random charts of 1 to 4 series
** (levels, some stated as bounds or ranges, targets with the path they
** require, projections with and without a prediction interval), no value
** label leaves the plot frame, touches another label, covers a marker or
** is crossed by a drawn line or a leader line.
**
** The labels' boxes and leaders are the program's (plot_write_ctx keeps
** its layout); what they must stay clear of is computed here from the
** data alone: the pixel of a value by the linear map of the axis ranges
** onto the plot area, the lines joining the levels, the projection, its
** interval's bounds, the required path v0 * (v1 / v0)^a sampled four
** times as finely as the chart draws it, the arrows of bounds (7 % of the
** axis), the error bars of ranges, and square markers 0.33 line heights
** per point of size. The crossing test is written here too (a segment
** against a box: an end inside, or a crossing of one of its sides).
** Label boxes are taken 1.5 px smaller for the lines: the chart's path
** is drawn with fewer samples, and a leader ends on its label's side.
**
** Leaving the frame and touching another label never happen (README's
** promise). Hiding a line, a marker or a leader can, where every free
** place is walled in by the labels and leaders already placed even after
** trying other orders: the least covering place is taken then. That is
** allowed for at most 1 label in 200 (2 of 1,301 labels in these 200
** charts, 7 of about 6,500 in 1,000; the chart: GS_PLACE_DUMP).
** GS_PLACE_CHARTS=N runs N charts (default 200); GS_PLACE_DUMP=DIR keeps
** the script of each failing chart there (DIR/N.gp, for gnuplot).
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../reports/chart/plot_int.h"

#define MAXOBS 8
#define MAXPTS 400

struct rseries {
	struct plot_obs obs[MAXOBS];
	struct plot_target tgt;
	struct plot_proj_pt pts[MAXPTS];
	struct plot_proj proj;
	char title[32];
};

static unsigned long long rng = 0x9E3779B97F4A7C15ULL;

static double unif(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (double)(rng >> 11) / 9007199254740992.0;
}

static int pick(int n)
{
	return (int)(unif() * n);
}

/* Levels of 2 to 8 years, a random walk from 10 to 1,000 bn; some
 * stated as bounds or ranges. */
static double fill_obs(struct rseries *r, struct plot_series *p)
{
	int sy = 2012 + pick(9), n = 2 + pick(MAXOBS - 1), i;
	double v = pow(10, 1 + 2 * unif()) * 1e9;

	for (i = 0; i < n; i++) {
		struct plot_obs *o = &r->obs[i];
		double u = unif();

		o->x0 = sy + i;
		o->x1 = sy + i + 1;
		o->v = v;
		o->lo = o->hi = NAN;
		o->bound = u < 0.12 ? PLOT_LOWER : u < 0.2 ? PLOT_UPPER :
			   u < 0.28 ? PLOT_RANGE : PLOT_EXACT;
		o->qual = o->bound == PLOT_LOWER ? GS_QUAL_OVER :
			  o->bound == PLOT_UPPER ? GS_QUAL_UP_TO :
			  o->bound == PLOT_RANGE ? GS_QUAL_ABOUT : GS_QUAL_NONE;
		if (o->bound == PLOT_RANGE)
			o->lo = 0.9 * v, o->hi = 1.1 * v;
		v *= 1 + (unif() - 0.35) * 0.4;
	}
	p->obs = r->obs;
	p->nobs = (size_t)n;
	return sy + n - 0.5;
}

/* A 2030 target with its path from the latest level. */
static void fill_target(struct rseries *r, struct plot_series *p, double lx)
{
	const struct plot_obs *last = &r->obs[p->nobs - 1];
	struct plot_target *t = &r->tgt;

	memset(t, 0, sizeof(*t));
	t->x0 = 2030;
	t->x1 = 2031;
	t->v = last->v * (0.6 + 1.6 * unif());
	t->when = "2030";
	t->path = true;
	t->path_x = lx;
	t->path_v = last->v;
	t->path_rate = pow(t->v / t->path_v, 1 / (2030.5 - lx)) - 1;
	p->targets = t;
	p->ntargets = 1;
}

/* A projection to 2030 at -20 % to +30 % a year, 12 points a year, with
 * a widening interval half the time. */
static void fill_proj(struct rseries *r, struct plot_series *p, double lx)
{
	double v0 = r->obs[p->nobs - 1].v, g = unif() * 0.5 - 0.2;
	bool band = unif() < 0.5;
	int n = (int)ceil((2030.5 - lx) * 12), i;

	for (i = 0; i <= n && i < MAXPTS; i++) {
		struct plot_proj_pt *q = &r->pts[i];
		double a = (2030.5 - lx) * i / n;

		q->x = q->x0 = q->x1 = lx + a;
		q->v = v0 * pow(1 + g, a);
		q->lo = band ? q->v * (1 - 0.06 * a) : NAN;
		q->hi = band ? q->v * (1 + 0.06 * a) : NAN;
	}
	r->proj.pts = r->pts;
	r->proj.n = (size_t)i;
	r->proj.what = "projection";
	r->proj.when = "2030";
	r->proj.level = 0.95;
	p->proj = &r->proj;
}

static void random_spec(struct plot_spec *sp, struct plot_series *ps,
			struct rseries *rs)
{
	static const int sizes[][2] = { { 1280, 720 }, { 1120, 560 },
					{ 960, 540 }, { 1600, 900 } };
	size_t i, n = 1 + (size_t)pick(4);
	int k = pick(4);

	memset(sp, 0, sizeof(*sp));
	for (i = 0; i < n; i++) {
		double lx;

		memset(&ps[i], 0, sizeof(ps[i]));
		memset(&rs[i], 0, sizeof(rs[i]));
		gs_snprintf(rs[i].title, sizeof(rs[i].title), "series %zu", i);
		ps[i].title = rs[i].title;
		lx = fill_obs(&rs[i], &ps[i]);
		if (unif() < 0.5)
			fill_target(&rs[i], &ps[i], lx);
		if (unif() < 0.7)
			fill_proj(&rs[i], &ps[i], lx);
	}
	sp->output = "c.png";
	sp->width = sizes[k][0];
	sp->height = sizes[k][1];
	sp->title = "random";
	sp->unit = "RUB";
	sp->series = ps;
	sp->nseries = n;
}

/* ---- the geometry, independently ---- */

struct geo {
	double L, R, B, T, xmin, xmax, ymin, ymax, f, lh;
	struct plot_box *seg, *mark;
	size_t nseg, nmark;
};

static double gx(const struct geo *g, double x)
{
	return g->L + (x - g->xmin) * (g->R - g->L) / (g->xmax - g->xmin);
}

static double gy(const struct geo *g, double v)
{
	return g->B + (v / g->f - g->ymin) * (g->T - g->B) /
		      (g->ymax - g->ymin);
}

static void seg(struct geo *g, double x0, double v0, double x1, double v1)
{
	GS_GROW(g->seg, g->nseg);
	g->seg[g->nseg++] = (struct plot_box){ gx(g, x0), gy(g, v0), gx(g, x1),
					       gy(g, v1) };
}

static void vseg(struct geo *g, double x, double y0, double y1)
{
	GS_GROW(g->seg, g->nseg);
	g->seg[g->nseg++] = (struct plot_box){ gx(g, x), y0, gx(g, x), y1 };
}

static void marker(struct geo *g, double x, double v, double ps)
{
	double r = 0.33 * g->lh * ps, px = gx(g, x), py = gy(g, v);

	GS_GROW(g->mark, g->nmark);
	g->mark[g->nmark++] = (struct plot_box){ px - r, py - r, px + r,
						 py + r };
}

static void obs_geo(struct geo *g, const struct plot_series *p)
{
	double step = 0.07 * (g->T - g->B);
	size_t j;

	for (j = 0; j < p->nobs; j++) {
		const struct plot_obs *o = &p->obs[j];
		double x = (o->x0 + o->x1) / 2, py = gy(g, o->v);

		if (j > 0)
			seg(g, (p->obs[j - 1].x0 + p->obs[j - 1].x1) / 2,
			    p->obs[j - 1].v, x, o->v);
		marker(g, x, o->v, 1.5);
		if (o->bound == PLOT_LOWER)
			vseg(g, x, py, py + step);
		else if (o->bound == PLOT_UPPER)
			vseg(g, x, py, py - step);
		else if (o->bound == PLOT_RANGE)
			vseg(g, x, gy(g, o->lo), gy(g, o->hi));
	}
}

static void target_geo(struct geo *g, const struct plot_series *p)
{
	size_t j;
	int i, n;

	for (j = 0; j < p->ntargets; j++) {
		const struct plot_target *t = &p->targets[j];
		double x1 = (t->x0 + t->x1) / 2, px = t->path_x, pv = t->path_v;

		marker(g, x1, t->v, 2.2);
		n = (int)ceil((x1 - t->path_x) * 48);
		for (i = 1; i <= n; i++) {
			double a = (double)i / n;
			double x = t->path_x + a * (x1 - t->path_x);
			double v = t->path_v * pow(t->v / t->path_v, a);

			seg(g, px, pv, x, v);
			px = x, pv = v;
		}
	}
}

static void proj_geo(struct geo *g, const struct plot_series *p)
{
	size_t j;

	for (j = 1; p->proj && j < p->proj->n; j++) {
		const struct plot_proj_pt *a = &p->proj->pts[j - 1];
		const struct plot_proj_pt *b = &p->proj->pts[j];

		seg(g, a->x, a->v, b->x, b->v);
		if (isfinite(a->lo)) {
			seg(g, a->x, a->lo, b->x, b->lo);
			seg(g, a->x, a->hi, b->x, b->hi);
		}
	}
}

/* Which side of the line a-b is (x, y) on? */
static double side(double ax, double ay, double bx, double by, double x,
		   double y)
{
	return (bx - ax) * (y - ay) - (by - ay) * (x - ax);
}

static bool cross(const struct plot_box *s, double ax, double ay, double bx,
		  double by)
{
	double d1 = side(s->x0, s->y0, s->x1, s->y1, ax, ay);
	double d2 = side(s->x0, s->y0, s->x1, s->y1, bx, by);
	double d3 = side(ax, ay, bx, by, s->x0, s->y0);
	double d4 = side(ax, ay, bx, by, s->x1, s->y1);

	return d1 * d2 <= 0 && d3 * d4 <= 0;
}

static bool in_box(const struct plot_box *b, double x, double y)
{
	return x >= b->x0 && x <= b->x1 && y >= b->y0 && y <= b->y1;
}

static bool seg_box(const struct plot_box *s, const struct plot_box *b)
{
	return in_box(b, s->x0, s->y0) || in_box(b, s->x1, s->y1) ||
	       cross(s, b->x0, b->y0, b->x1, b->y0) ||
	       cross(s, b->x1, b->y0, b->x1, b->y1) ||
	       cross(s, b->x1, b->y1, b->x0, b->y1) ||
	       cross(s, b->x0, b->y1, b->x0, b->y0);
}

static bool boxes_meet(const struct plot_box *a, const struct plot_box *b)
{
	return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

/* ---- the property ---- */

/* The labels of one chart that break the promises (leave the frame,
 * touch another label: *hard) or hide a line, a marker or a leader
 * (*soft); each printed. */
static void check_chart(const struct plot_ctx *c, const struct geo *g,
			size_t chart, int *hard, int *soft)
{
	size_t i, j;

	for (i = 0; i < c->nlab; i++) {
		const struct plot_box *b = &c->lab[i];
		struct plot_box in = { b->x0 + 1.5, b->y0 + 1.5, b->x1 - 1.5,
				       b->y1 - 1.5 };
		const char *why = NULL;

		if (b->x0 < g->L || b->x1 > g->R || b->y0 < g->B || b->y1 > g->T)
			why = "leaves the frame";
		for (j = 0; j < c->nlab && !why; j++)
			if (j != i && boxes_meet(b, &c->lab[j]))
				why = "touches another label";
		*hard += why != NULL;
		for (j = 0; j < g->nmark && !why; j++)
			if (boxes_meet(&in, &g->mark[j]))
				why = "covers a marker";
		for (j = 0; j < g->nseg && !why; j++)
			if (seg_box(&g->seg[j], &in))
				why = "is crossed by a line";
		for (j = 0; j < c->nlead && !why; j++)
			if (seg_box(&c->lead[j], &in))
				why = "is crossed by a leader";
		if (why)
			print_message("chart %zu: label %zu [%.0f,%.0f]-[%.0f,"
				      "%.0f] %s\n", chart, i, b->x0, b->y0,
				      b->x1, b->y1, why);
		*soft += why != NULL;
	}
	*soft -= *hard;
}

/* GS_PLACE_DUMP=DIR: the script of each failing chart as DIR/N.gp. */
static void dump(size_t chart, const char *text)
{
	const char *dir = getenv("GS_PLACE_DUMP");
	char path[4096];
	FILE *f;

	if (!dir)
		return;
	gs_snprintf(path, sizeof(path), "%s/%zu.gp", dir, chart);
	f = fopen(path, "w");
	if (f) {
		fputs(text, f);
		fclose(f);
	}
}

static int one_chart(size_t chart, size_t *nlab, size_t *nlead, int *hard,
		     int *soft)
{
	struct plot_series ps[4];
	struct rseries rs[4];
	struct plot_spec sp;
	struct plot_ctx c;
	struct geo g;
	struct gs_err e;
	char *text = NULL;
	size_t i, len = 0;
	FILE *f = open_memstream(&text, &len);
	int h = 0, w = 0;

	assert_non_null(f);
	random_spec(&sp, ps, rs);
	gs_err_clear(&e);
	assert_int_equal(plot_write_ctx(f, &sp, &c, &e), 0);
	fclose(f);
	memset(&g, 0, sizeof(g));
	g = (struct geo){ c.L, c.R, c.B, c.T, c.xmin, c.xmax, c.ymin, c.ymax,
			  c.sc.factor, c.lh, NULL, NULL, 0, 0 };
	for (i = 0; i < sp.nseries; i++) {
		obs_geo(&g, &ps[i]);
		target_geo(&g, &ps[i]);
		proj_geo(&g, &ps[i]);
	}
	check_chart(&c, &g, chart, &h, &w);
	if (h || w)
		dump(chart, text);
	*hard += h;
	*soft += w;
	free(text);
	*nlab += c.nlab;
	*nlead += c.nlead;
	free(g.seg);
	free(g.mark);
	plot_ctx_free(&c);
	return h + w;
}

static void test_random_charts(void **state)
{
	const char *env = getenv("GS_PLACE_CHARTS");
	size_t n = env ? (size_t)strtoul(env, NULL, 10) : 200, i;
	size_t nlab = 0, nlead = 0;
	int hard = 0, soft = 0;

	(void)state;
	for (i = 0; i < n; i++)
		one_chart(i, &nlab, &nlead, &hard, &soft);
	print_message("%zu charts, %zu labels, %zu with a leader; %d leave the "
		      "frame or touch a label, %d hide a line, marker or "
		      "leader\n", n, nlab, nlead, hard, soft);
	assert_true(nlab > n);
	assert_int_equal(hard, 0);
	/* walled in: see the head comment */
	assert_true((size_t)soft * 200 <= nlab);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_random_charts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
