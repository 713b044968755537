/*
** plot_labels.c: the value labels of a chart (figures, targets, the end
** of a projection), each put at the first of a few positions around its
** point that covers no line, marker, bar or other label, and stays inside
** the plot area; when every position covers something, the least covered.
*/
#include "plot_int.h"

#include <math.h>
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

/* The box of a label w x h pixels at position k around point q: clear of
 * the marker (radius r) by a gap straight above, below or beside it, and
 * by 2 pixels diagonally. */
static struct plot_box cand_box(const struct plot_ctx *c,
				const struct req *q, const struct cand *k,
				double w, double h)
{
	double px = plot_px(c, q->x), py = plot_py(c, q->y);
	double gap = q->r + 0.25 * c->lh, near = q->r + 2;
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

static double score(const struct plot_ctx *c, const struct plot_box *b,
		    size_t first_label)
{
	double s = 0;
	size_t i;

	if (b->x0 < c->L - 2 || b->x1 > c->R + 2 || b->y0 < c->B - 2 ||
	    b->y1 > c->T + 2)
		s += 100;
	for (i = 0; i < c->nseg; i++)
		if (seg_hits(&c->seg[i], b))
			s += 4;
	for (i = 0; i < c->nbox; i++)
		if (box_hits(&c->box[i], b))
			s += i >= first_label ? 20 : 4;
	return s;
}

static void place(struct plot_ctx *c, const struct req *q, size_t first_label)
{
	const struct cand *k = q->end ? end_cands : value_cands;
	size_t n = q->end ? GS_ARRAY_LEN(end_cands) : GS_ARRAY_LEN(value_cands);
	double w = plot_textw(c, q->text, 1), h = 0.95 * c->lh, best = INFINITY;
	double px = plot_px(c, q->x), py = plot_py(c, q->y);
	struct plot_box b, bb = { 0, 0, 0, 0 };
	size_t i, bi = 0;
	char num[2][40];
	enum just j;

	for (i = 0; i < n; i++) {
		double sc;

		b = cand_box(c, q, &k[i], w, h);
		sc = score(c, &b, first_label);
		if (sc < best) {
			best = sc;
			bi = i;
			bb = b;
		}
		if (sc == 0)
			break;
	}
	plot_add_box(c, bb.x0, bb.y0, bb.x1, bb.y1);
	plot_num(q->x, num[0], sizeof(num[0]));
	plot_num(q->y, num[1], sizeof(num[1]));
	fprintf(c->out, "set label %d ", ++c->nlabel);
	plot_put_text(c->out, q->text, 0);
	j = k[bi].hx < 0 ? J_RIGHT : k[bi].hx > 0 ? J_LEFT : J_CENTER;
	fprintf(c->out, " at first %s, first %s %s offset screen %.5f, screen "
		"%.5f front textcolor rgb '%s' font ',%d'\n", num[0], num[1],
		j == J_LEFT ? "left" : j == J_RIGHT ? "right" : "center",
		((j == J_LEFT ? bb.x0 : j == J_RIGHT ? bb.x1 :
		  (bb.x0 + bb.x1) / 2) - px) / c->W,
		((bb.y0 + bb.y1) / 2 - py) / c->H, q->color, c->fs);
}

static void value_text(const struct plot_ctx *c, const struct plot_obs *o,
		       char *buf, size_t n)
{
	char a[40], b[40];
	double f = c->sc.factor;

	plot_value_text(o->v / f, a, sizeof(a));
	if (o->bound == PLOT_RANGE && o->qual == GS_QUAL_NONE &&
	    isfinite(o->lo) && isfinite(o->hi)) {
		plot_value_text(o->lo / f, a, sizeof(a));
		plot_value_text(o->hi / f, b, sizeof(b));
		gs_snprintf(buf, n, "%s\xE2\x80\x93%s", a, b);
	} else {
		gs_snprintf(buf, n, "%s%s", plot_qual_word(o->qual), a);
	}
}

static size_t add(struct req **v, size_t n)
{
	*v = xrealloc(*v, (n + 1) * sizeof(**v));
	memset(&(*v)[n], 0, sizeof(**v));
	return n;
}

void plot_labels(struct plot_ctx *c)
{
	const struct plot_spec *s = c->s;
	struct req *r = NULL;
	size_t i, j, n = 0, first = c->nbox;
	bool one = s->nseries == 1;
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
			r[k].r = 0.33 * c->lh * 2.2;
			r[k].color = one ? PLOT_ACCENT : col;
			r[k].end = true;
			gs_snprintf(r[k].text, sizeof(r[k].text), "%s %s: %s%s",
				    t->when ? t->when : "", t->plan ? "plan" :
				    "target", plot_qual_word(t->qual), val);
		}
		if (p->proj && p->proj->n) {
			const struct plot_proj_pt *q = &p->proj->pts[p->proj->n - 1];
			size_t k = add(&r, n++);
			double x0 = q->x0, x1 = q->x1;

			plot_value_unit(c, q->v / c->sc.factor, val, sizeof(val));
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

			/* Every figure of a short series; else the first and
			 * the last (of each series when several). */
			if (!(one && (p->nobs <= 8 || j == 0)) && j + 1 != p->nobs)
				continue;
			if (o->flow)
				plot_flow_x(c, i, &x0, &x1);
			k = add(&r, n++);
			r[k].x = (x0 + x1) / 2;
			r[k].y = o->v / c->sc.factor;
			r[k].r = o->flow ? 0.1 * c->lh : 0.33 * c->lh * 1.5;
			r[k].color = one ? "#222222" : col;
			value_text(c, o, r[k].text, sizeof(r[k].text));
		}
	}
	for (i = 0; i < n; i++)
		place(c, &r[i], first);
	free(r);
}
