/*
** plot_labels.c: the value labels of a chart (figures, targets, the end
** of a projection), each put at the first of a few positions around its
** point that covers no line, marker, bar or other label, and stays inside
** the plot area; when every position covers something, the least covered.
*/
#include "plot_int.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum just { J_LEFT, J_CENTER, J_RIGHT };

/* A position around the point: side -1/0/1 across and down/level/up. */
struct cand {
	int hx, vy;
};

/* Values: above first; ends of projections and targets: to the left. */
static const struct cand value_cands[] = {
	{ 0, 1 }, { 0, -1 }, { -1, 1 }, { 1, 1 }, { -1, 0 }, { 1, 0 },
	{ -1, -1 }, { 1, -1 },
};
static const struct cand end_cands[] = {
	{ -1, 0 }, { -1, 1 }, { -1, -1 }, { 0, 1 }, { 0, -1 }, { 1, 0 },
	{ 1, 1 }, { 1, -1 },
};

struct req {
	double x, y;        /* the point: decimal year, scaled value */
	double r;           /* its marker radius, pixels */
	char text[200];
	const char *color;
	bool end;
};

/* Does segment s cross box b? (Liang-Barsky clipping.) */
static bool seg_hits(const struct plot_box *s, const struct plot_box *b)
{
	double t0 = 0, t1 = 1, dx = s->x1 - s->x0, dy = s->y1 - s->y0;
	double p[4] = { -dx, dx, -dy, dy };
	double q[4] = { s->x0 - b->x0, b->x1 - s->x0, s->y0 - b->y0,
			b->y1 - s->y0 };
	int i;

	for (i = 0; i < 4; i++) {
		if (p[i] == 0) {
			if (q[i] < 0)
				return false;
		} else {
			double t = q[i] / p[i];

			if (p[i] < 0 && t > t0)
				t0 = t;
			else if (p[i] > 0 && t < t1)
				t1 = t;
			if (t0 > t1)
				return false;
		}
	}
	return true;
}

static bool box_hits(const struct plot_box *a, const struct plot_box *b)
{
	return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

/* Extra distances from the point tried in turn, in line heights: next to
 * the marker first, then further out, so that two labels of nearly the
 * same point (a target and the projection at the same date) stack. */
static const double dists[] = { 0, 0.75, 1.6, 2.6, 3.8 };

/* The box of a label w x h pixels at position k around point q, `extra`
 * pixels further out: clear of the marker (radius r) by a gap straight
 * above, below or beside it, and by 2 pixels diagonally. */
static struct plot_box cand_box(const struct plot_ctx *c,
				const struct req *q, const struct cand *k,
				double w, double h, double extra)
{
	double px = plot_px(c, q->x), py = plot_py(c, q->y);
	double gap = q->r + 0.25 * c->lh + extra, near = q->r + 2 + extra;
	struct plot_box b;

	if (k->hx == 0)
		b.x0 = px - w / 2;
	else if (k->hx < 0)
		b.x0 = px - (k->vy ? near : gap) - w;
	else
		b.x0 = px + (k->vy ? near : gap);
	if (k->vy == 0)
		b.y0 = py - h / 2;
	else if (k->vy > 0)
		b.y0 = py + (k->hx ? near : gap);
	else
		b.y0 = py - (k->hx ? near : gap) - h;
	b.x1 = b.x0 + w;
	b.y1 = b.y0 + h;
	return b;
}

/*
** What covering things a label at b costs: 8 for each marker or bar it
** covers and 3 for each line segment it crosses, at most 4 of them (a
** curve is drawn as many short segments); and what must not be (OFF or
** more): 2 * OFF for leaving the plot frame (plus the pixels outside, so
** the least cut wins where nothing fits), OFF for touching another label
** (with a margin of pad pixels).
*/
#define OFF 1000.0
static double score(const struct plot_ctx *c, const struct plot_box *b,
		    size_t first_label, double pad)
{
	struct plot_box p = { b->x0 - pad, b->y0 - pad, b->x1 + pad,
			      b->y1 + pad };
	double s = 0, out;
	size_t i, nseg = 0;

	out = fmax(0, c->L - b->x0) + fmax(0, b->x1 - c->R) +
	      fmax(0, c->B - b->y0) + fmax(0, b->y1 - c->T);
	if (out > 0)
		s += 2 * OFF + out;
	for (i = first_label; i < c->nbox; i++)
		if (box_hits(&c->box[i], &p))
			s += OFF;
	for (i = 0; i < c->nseg && nseg < 4; i++)
		nseg += seg_hits(&c->seg[i], b);
	for (i = 0; i < first_label; i++)
		s += box_hits(&c->box[i], b) ? 8 : 0;
	return s + 3.0 * (double)nseg;
}

/* The best place on a grid over the whole frame, the nearest to the point
 * among the least covering; false when every place is off limits. */
static bool grid_place(const struct plot_ctx *c, const struct req *q,
		       double w, double h, size_t first, struct plot_box *out)
{
	double px = plot_px(c, q->x), py = plot_py(c, q->y);
	double step = 0.4 * c->lh, best = INFINITY, x, y;

	for (y = c->B; y + h <= c->T; y += step)
		for (x = c->L; x + w <= c->R; x += step) {
			struct plot_box b = { x, y, x + w, y + h };
			double d = hypot(x + w / 2 - px, y + h / 2 - py);
			double s = score(c, &b, first, 0.2 * c->lh);

			if (s >= OFF || (s += 2.0 * d / c->lh) >= best)
				continue;
			best = s;
			*out = b;
		}
	return best < INFINITY;
}

static void place(struct plot_ctx *c, const struct req *q, size_t first_label)
{
	const struct cand *k = q->end ? end_cands : value_cands;
	size_t n = q->end ? GS_ARRAY_LEN(end_cands) : GS_ARRAY_LEN(value_cands);
	double w = plot_textw(c, q->text, 1), h = 0.95 * c->lh, best = INFINITY;
	double px = plot_px(c, q->x), py = plot_py(c, q->y);
	struct plot_box b, bb = { 0, 0, 0, 0 };
	size_t i, d, bi = 0;
	char num[2][40];
	enum just j;

	for (d = 0; d < GS_ARRAY_LEN(dists) && best > 0; d++)
		for (i = 0; i < n; i++) {
			/* nearer and earlier positions first */
			double sc;

			b = cand_box(c, q, &k[i], w, h, dists[d] * c->lh);
			sc = score(c, &b, first_label, 0.2 * c->lh) +
			     2.5 * (double)d + 0.1 * (double)i;
			if (sc < best) {
				best = sc;
				bi = i;
				bb = b;
			}
		}
	if (best >= 8) {
		/* Every place near the point covers something: the best
		 * free place anywhere, when it is better. */
		struct plot_box g;

		if (grid_place(c, q, w, h, first_label, &g) &&
		    score(c, &g, first_label, 0.2 * c->lh) + 2.0 *
		    hypot((g.x0 + g.x1) / 2 - px, (g.y0 + g.y1) / 2 - py) /
		    c->lh < best) {
			bb = g;
			bi = SIZE_MAX;
		}
	}
	plot_add_box(c, bb.x0, bb.y0, bb.x1, bb.y1);
	plot_num(q->x, num[0], sizeof(num[0]));
	plot_num(q->y, num[1], sizeof(num[1]));
	fprintf(c->out, "set label %d ", ++c->nlabel);
	plot_put_text(c->out, q->text, 0);
	j = bi == SIZE_MAX ? J_CENTER : k[bi].hx < 0 ? J_RIGHT :
	    k[bi].hx > 0 ? J_LEFT : J_CENTER;
	fprintf(c->out, " at first %s, first %s %s offset screen %.5f, screen "
		"%.5f front textcolor rgb '%s' font ',%d'\n", num[0], num[1],
		j == J_LEFT ? "left" : j == J_RIGHT ? "right" : "center",
		((j == J_LEFT ? bb.x0 : j == J_RIGHT ? bb.x1 :
		  (bb.x0 + bb.x1) / 2) - px) / c->W,
		((bb.y0 + bb.y1) / 2 - py) / c->H, q->color, c->fs);
}

/* The decimals of v at four significant digits, trailing zeros off (as
 * plot_value_text shows it: 136.6, 154, 16.1, 0.3535). */
static int natural_decimals(double v)
{
	double a = fabs(v);
	char buf[64];
	int d, k;

	if (!(a > 0) || a >= 1000 || !isfinite(a))
		return 0;
	d = 3 - (int)floor(log10(a));
	d = d > 6 ? 6 : d;
	gs_snprintf(buf, sizeof(buf), "%.*f", d, a);
	for (k = (int)strlen(buf); d > 0 && buf[k - 1] == '0'; k--)
		d--;
	return d;
}

/* Does figure j of series p get a value label? Every bar; every level of
 * a short series; else the first and the last (of each series when
 * several). */
static bool labelled(const struct plot_spec *s, const struct plot_series *p,
		     size_t j)
{
	return p->obs[j].flow || (s->nseries == 1 && (p->nobs <= 8 || j == 0)) ||
	       j + 1 == p->nobs;
}

/*
** One number of decimals for every figure's label, so that 0.35 is not
** "0.3535" beside "16.1": as many as the most precise figure shows at
** four significant digits, but no more than the smallest needs for two
** (at least one when any figure has a fraction): 16.10, 5.80, 0.35.
*/
static int chart_decimals(const struct plot_ctx *c)
{
	const struct plot_spec *s = c->s;
	double least = INFINITY;
	int most = 0, cap;
	size_t i, j;

	for (i = 0; i < s->nseries; i++)
		for (j = 0; j < s->series[i].nobs; j++) {
			double v = fabs(s->series[i].obs[j].v / c->sc.factor);

			if (!labelled(s, &s->series[i], j) || !(v > 0) ||
			    !isfinite(v))
				continue;
			least = fmin(least, v);
			if (natural_decimals(v) > most)
				most = natural_decimals(v);
		}
	if (!isfinite(least))
		return 0;
	cap = least >= 10 ? 0 : 1 - (int)floor(log10(least));
	cap = cap < 1 ? 1 : cap;
	return most < cap ? most : cap;
}

static void value_text(const struct plot_ctx *c, const struct plot_obs *o,
		       int d, char *buf, size_t n)
{
	char a[40], b[40];
	double f = c->sc.factor;

	gs_num_grouped(o->v / f, d, a, sizeof(a));
	if (o->bound == PLOT_RANGE && o->qual == GS_QUAL_NONE &&
	    isfinite(o->lo) && isfinite(o->hi)) {
		gs_num_grouped(o->lo / f, d, a, sizeof(a));
		gs_num_grouped(o->hi / f, d, b, sizeof(b));
		gs_snprintf(buf, n, "%s\xE2\x80\x93%s", a, b);
	} else {
		gs_snprintf(buf, n, "%s%s", plot_qual_word(o->qual), a);
	}
}

/* A projected value with the figures' decimals (at least four
 * significant digits' worth when the figures are whole), and the unit. */
static void proj_value(const struct plot_ctx *c, double v, int d, char *buf,
		       size_t n)
{
	char num[64];

	if (d == 0 && fabs(v) < 1000)
		d = natural_decimals(v) > 0 ? 1 : 0;
	gs_num_grouped(v, d, num, sizeof(num));
	if (c->s->index_base || c->yunit[0] == '\0')
		gs_snprintf(buf, n, "%s", num);
	else
		gs_snprintf(buf, n, "%s %s", num, c->yunit);
}

static size_t add(struct req **v, size_t n)
{
	GS_GROW(*v, n);
	memset(&(*v)[n], 0, sizeof(**v));
	return n;
}

void plot_labels(struct plot_ctx *c)
{
	const struct plot_spec *s = c->s;
	struct req *r = NULL;
	size_t i, j, n = 0, first = c->nbox;
	bool one = s->nseries == 1;
	int dec = chart_decimals(c);
	char val[120];

	for (i = 0; i < s->nseries; i++) {
		const struct plot_series *p = &s->series[i];
		const char *col = plot_palette[i % PLOT_MAX_SERIES];

		for (j = 0; j < p->ntargets; j++) {
			const struct plot_target *t = &p->targets[j];
			size_t k = add(&r, n++);

			plot_value_unit(c, t->v / c->sc.factor, val, sizeof(val));
			r[k].x = (t->x0 + t->x1) / 2;
			r[k].y = t->v / c->sc.factor;
			/* a plan's label goes above its bar like a value */
			r[k].r = t->plan ? 0.1 * c->lh : 0.33 * c->lh * 2.2;
			r[k].color = one ? PLOT_ACCENT : col;
			r[k].end = !t->plan;
			gs_snprintf(r[k].text, sizeof(r[k].text), "%s %s: %s%s",
				    t->when ? t->when : "", t->plan ? "plan" :
				    "target", plot_qual_word(t->qual), val);
		}
		if (p->proj && p->proj->n) {
			const struct plot_proj_pt *q = &p->proj->pts[p->proj->n - 1];
			size_t k = add(&r, n++);
			double x0 = q->x0, x1 = q->x1;

			/* the figures' precision: "0.39" beside bars of
			 * "0.35", not "0.3906" */
			proj_value(c, q->v / c->sc.factor, dec, val, sizeof(val));
			if (p->proj->flow)
				plot_flow_x(c, i, &x0, &x1);
			r[k].x = p->proj->flow ? (x0 + x1) / 2 : q->x;
			r[k].y = q->v / c->sc.factor;
			r[k].r = 0.2 * c->lh;
			r[k].color = col;
			r[k].end = true;
			gs_snprintf(r[k].text, sizeof(r[k].text), "%s "
				    "projection: %s", p->proj->when ?
				    p->proj->when : "", val);
		}
		for (j = 0; j < p->nobs; j++) {
			const struct plot_obs *o = &p->obs[j];
			double x0 = o->x0, x1 = o->x1;
			size_t k;

			if (!labelled(s, p, j))
				continue;
			if (o->flow)
				plot_flow_x(c, i, &x0, &x1);
			k = add(&r, n++);
			r[k].x = (x0 + x1) / 2;
			r[k].y = o->v / c->sc.factor;
			r[k].r = o->flow ? 0.1 * c->lh : 0.33 * c->lh * 1.5;
			r[k].color = one ? "#222222" : col;
			value_text(c, o, dec, r[k].text, sizeof(r[k].text));
		}
	}
	for (i = 0; i < n; i++)
		if (r[i].y >= c->ymin && r[i].y <= c->ymax) /* --ymin/--ymax */
			place(c, &r[i], first);
	free(r);
}
