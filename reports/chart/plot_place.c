/*
** plot_place.c: where a value label goes. A label's box is scored against
** what the chart draws (plot_int.h's recorded shapes): leaving the plot
** frame, touching another label or crossing a drawn segment (a line, a
** projection, an interval's bound, a required path, an arrow, a leader)
** or a marker is off limits, and so is a leader through another label; covering a bar only costs. The first free
** place of a few around the point wins; when there is none, the nearest
** free place anywhere in the frame, joined to its point by a leader line
** when it is away from it (so is a near place that is further out).
*/
#include "plot_place.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Values: above first; ends of projections and targets: to the left. */
static const struct plot_cand value_cands[] = {
	{ 0, 1 }, { 0, -1 }, { -1, 1 }, { 1, 1 }, { -1, 0 }, { 1, 0 },
	{ -1, -1 }, { 1, -1 },
};
static const struct plot_cand end_cands[] = {
	{ -1, 0 }, { -1, 1 }, { -1, -1 }, { 0, 1 }, { 0, -1 }, { 1, 0 },
	{ 1, 1 }, { 1, -1 },
};

/* Does segment s cross box b? (Liang-Barsky clipping.) */
bool plot_seg_hits(const struct plot_box *s, const struct plot_box *b)
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

bool plot_box_hits(const struct plot_box *a, const struct plot_box *b)
{
	return a->x0 < b->x1 && b->x0 < a->x1 && a->y0 < b->y1 && b->y0 < a->y1;
}

/* Extra distances from the point tried in turn, in line heights: next to
 * the marker first, then further out, so that two labels of nearly the
 * same point (a target and the projection at the same date) stack. */
static const double dists[] = { 0, 0.75, 1.6, 2.6, 3.8 };

/* Beyond this (in line heights, from the marker's edge to the box) a
 * label is joined to its point by a leader line. */
#define LEAD_FROM 1.2

/* The box of a label w x h pixels at position k around point q, `extra`
 * pixels further out: clear of the marker (radius r) by a gap straight
 * above, below or beside it, and by 2 pixels diagonally. */
static struct plot_box cand_box(const struct plot_ctx *c,
				const struct plot_req *q,
				const struct plot_cand *k, double w, double h,
				double extra)
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
** What a label at b costs: OFF or more when it must not be there (2 * OFF
** plus the pixels outside for leaving the plot frame, so the least cut
** wins where nothing fits; OFF for each other label it touches, with a
** margin of pad pixels); HARD for each drawn segment or leader it
** crosses (counting at most 4) and each marker it covers, so that where
** no place is free (a small chart) one that hides lines is still better
** than one on another label; 8 for each bar it covers.
*/
#define OFF 1000.0
#define HARD 100.0
static double score(const struct plot_ctx *c, const struct plot_box *b,
		    double pad)
{
	struct plot_box p = { b->x0 - pad, b->y0 - pad, b->x1 + pad,
			      b->y1 + pad };
	double s = 0, out;
	size_t i, nseg = 0;

	out = fmax(0, c->L - b->x0) + fmax(0, b->x1 - c->R) +
	      fmax(0, c->B - b->y0) + fmax(0, b->y1 - c->T);
	if (out > 0)
		s += 2 * OFF + out;
	for (i = 0; i < c->nlab; i++)
		s += plot_box_hits(&c->lab[i], &p) ? OFF : 0;
	for (i = 0; i < c->nmark; i++)
		s += plot_box_hits(&c->mark[i], b) ? HARD : 0;
	for (i = 0; i < c->nlead && nseg < 4; i++)
		nseg += plot_seg_hits(&c->lead[i], b);
	for (i = 0; i < c->nseg && nseg < 4; i++)
		nseg += plot_seg_hits(&c->seg[i], b);
	s += HARD * (double)nseg;
	for (i = 0; i < c->nbox; i++)
		s += plot_box_hits(&c->box[i], b) ? 8 : 0;
	return s;
}

/* The leader from the edge of q's marker to the nearest point of box b;
 * false when b is near enough to need none. */
static bool leader(const struct plot_ctx *c, const struct plot_req *q,
		   const struct plot_box *b, struct plot_box *out)
{
	double px = plot_px(c, q->x), py = plot_py(c, q->y);
	double nx = fmin(fmax(px, b->x0), b->x1);
	double ny = fmin(fmax(py, b->y0), b->y1);
	double d = hypot(nx - px, ny - py);

	if (d <= q->r + LEAD_FROM * c->lh)
		return false;
	out->x0 = px + (nx - px) * q->r / d;
	out->y0 = py + (ny - py) * q->r / d;
	out->x1 = nx;
	out->y1 = ny;
	return true;
}

/* HARD for each label already placed that the leader from q to b would
 * cross. */
static double leader_cost(const struct plot_ctx *c, const struct plot_req *q,
			  const struct plot_box *b)
{
	struct plot_box l;
	double s = 0;
	size_t i;

	if (!leader(c, q, b, &l))
		return 0;
	for (i = 0; i < c->nlab; i++)
		s += plot_seg_hits(&l, &c->lab[i]) ? HARD : 0;
	return s;
}

/* The nearest place on a grid over the whole frame that costs less than
 * limit (covering a bar costs as much as 4 line heights further); false
 * when there is none. */
static bool grid_place(const struct plot_ctx *c, const struct plot_req *q,
		       double w, double h, double limit, struct plot_box *out)
{
	double px = plot_px(c, q->x), py = plot_py(c, q->y);
	double step = 0.4 * c->lh, best = INFINITY, x, y;

	for (y = c->B + 1; y + h <= c->T - 1; y += step)
		for (x = c->L + 1; x + w <= c->R - 1; x += step) {
			struct plot_box b = { x, y, x + w, y + h };
			double d = 2.0 * hypot(x + w / 2 - px, y + h / 2 - py) /
				   c->lh, s;

			if (d >= best)
				continue;
			s = score(c, &b, 0.2 * c->lh);
			if (s >= limit || s + d >= best ||
			    (s += leader_cost(c, q, &b)) >= limit ||
			    s + d >= best)
				continue;
			best = s + d;
			*out = b;
		}
	return best < INFINITY;
}

/* The best of the places around the point; *how its candidate. */
static double near_place(const struct plot_ctx *c, const struct plot_req *q,
			 double w, double h, struct plot_box *out,
			 const struct plot_cand **how)
{
	const struct plot_cand *k = q->end ? end_cands : value_cands;
	size_t n = q->end ? GS_ARRAY_LEN(end_cands) : GS_ARRAY_LEN(value_cands);
	double best = INFINITY;
	size_t i, d;

	for (d = 0; d < GS_ARRAY_LEN(dists) && best > 0; d++)
		for (i = 0; i < n; i++) {
			/* nearer and earlier positions first */
			struct plot_box b = cand_box(c, q, &k[i], w, h,
						     dists[d] * c->lh);
			double sc = score(c, &b, 0.2 * c->lh) +
				    leader_cost(c, q, &b) + 2.5 * (double)d +
				    0.1 * (double)i;

			if (sc < best) {
				best = sc;
				*out = b;
				*how = &k[i];
			}
		}
	return best;
}

/* q's spot, recorded in c->lab (and its leader in c->lead); returns its
 * cost: under HARD when it is free. */
static double place_one(struct plot_ctx *c, const struct plot_req *q,
			struct plot_spot *sp)
{
	double w = plot_textw(c, q->text, 1), h = 0.95 * c->lh;
	double best = near_place(c, q, w, h, &sp->box, &sp->how);
	struct plot_box g;

	/* nothing near is free: the nearest free place; else the nearest
	 * that hides no label, when nothing near does either */
	if ((best >= HARD && grid_place(c, q, w, h, HARD, &g)) ||
	    (best >= OFF && grid_place(c, q, w, h, OFF, &g))) {
		best = score(c, &g, 0.2 * c->lh) + leader_cost(c, q, &g);
		sp->box = g;
		sp->how = NULL;
	}
	GS_GROW(c->lab, c->nlab);
	c->lab[c->nlab++] = sp->box;
	sp->lead = leader(c, q, &sp->box, &sp->line);
	if (sp->lead) {
		GS_GROW(c->lead, c->nlead);
		c->lead[c->nlead++] = sp->line;
	}
	return best;
}

/* Place the labels in the given order; the number not free, and the
 * position in order of the first. */
static size_t place_in(struct plot_ctx *c, const struct plot_req *r,
		       const size_t *order, size_t n, struct plot_spot *sp,
		       size_t *first)
{
	size_t i, bad = 0;

	c->nlab = c->nlead = 0;
	*first = SIZE_MAX;
	for (i = 0; i < n; i++)
		if (place_one(c, &r[order[i]], &sp[order[i]]) >= HARD &&
		    bad++ == 0)
			*first = i;
	return bad;
}

/* Up to this many orders are tried (each moves the first label that
 * found no free place to the front). */
#define ORDERS 8

void plot_place_all(struct plot_ctx *c, const struct plot_req *r, size_t n,
		    struct plot_spot *sp)
{
	size_t *order = xcalloc(n ? n : 1, sizeof(*order));
	size_t *best = xcalloc(n ? n : 1, sizeof(*best));
	size_t i, t, first, bad, least = SIZE_MAX;

	for (i = 0; i < n; i++)
		order[i] = i;
	for (t = 0; t < ORDERS; t++) {
		bad = place_in(c, r, order, n, sp, &first);
		if (bad < least) {
			least = bad;
			memcpy(best, order, n * sizeof(*order));
		}
		if (bad == 0 || first == 0)
			break;
		/* the one that was boxed in goes first */
		i = order[first];
		memmove(order + 1, order, first * sizeof(*order));
		order[0] = i;
	}
	if (bad > least)
		place_in(c, r, best, n, sp, &first);
	free(order);
	free(best);
}
