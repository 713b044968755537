/*
** plot_labels.c: the value labels of a chart (figures, targets, the end
** of a projection): their texts, one precision for all, and where
** plot_place.c puts them (a leader line to a label away from its point).
*/
#include "plot_place.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

enum just { J_LEFT, J_CENTER, J_RIGHT };

/* The label of q at spot sp, and its leader line (thin, in the label's
 * colour) when it is away from its point. */
static void put_label(struct plot_ctx *c, const struct plot_req *q,
		      const struct plot_spot *sp)
{
	double px = plot_px(c, q->x), py = plot_py(c, q->y);
	const struct plot_box *bb = &sp->box;
	const struct plot_cand *k = sp->how;
	char num[2][40];
	enum just j;

	plot_num(q->x, num[0], sizeof(num[0]));
	plot_num(q->y, num[1], sizeof(num[1]));
	fprintf(c->out, "set label %d ", ++c->nlabel);
	plot_put_text(c->out, q->text, 0);
	j = !k ? J_CENTER : k->hx < 0 ? J_RIGHT : k->hx > 0 ? J_LEFT : J_CENTER;
	fprintf(c->out, " at first %s, first %s %s offset screen %.5f, screen "
		"%.5f front textcolor rgb '%s' font ',%d'\n", num[0], num[1],
		j == J_LEFT ? "left" : j == J_RIGHT ? "right" : "center",
		((j == J_LEFT ? bb->x0 : j == J_RIGHT ? bb->x1 :
		  (bb->x0 + bb->x1) / 2) - px) / c->W,
		((bb->y0 + bb->y1) / 2 - py) / c->H, q->color, c->fs);
	if (sp->lead)
		fprintf(c->out, "set arrow %d from screen %.5f, screen %.5f to "
			"screen %.5f, screen %.5f nohead front lw 1 dt solid "
			"lc rgb '%s'\n", ++c->narrow, sp->line.x0 / c->W,
			sp->line.y0 / c->H, sp->line.x1 / c->W,
			sp->line.y1 / c->H, q->color);
}

/* Place the labels r (those within the y axis: --ymin/--ymax may cut
 * some off) and write them. */
static void put_labels(struct plot_ctx *c, struct plot_req *r, size_t n)
{
	struct plot_spot *sp;
	size_t i, m = 0;

	for (i = 0; i < n; i++)
		if (r[i].y >= c->ymin && r[i].y <= c->ymax)
			r[m++] = r[i];
	sp = xcalloc(m ? m : 1, sizeof(*sp));
	plot_place_all(c, r, m, sp);
	for (i = 0; i < m; i++)
		put_label(c, &r[i], &sp[i]);
	free(sp);
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

/* Counts on an unscaled axis are labelled in whole units, as every
 * table shows them (celltext.h): an implied or projected count that is
 * not whole (441 * 1.05^2 = 486.2 companies) reads "about 486". */
static bool whole_units(const struct plot_ctx *c)
{
	return c->s->count && c->sc.factor == 1 && !c->s->index_base;
}

/* "about " when whole_units rounds v (up to the arithmetic's rounding:
 * 16.1e6 / 2.3 is 7000000.000000001 and is whole), else "". */
static const char *about(const struct plot_ctx *c, double v)
{
	return whole_units(c) && fabs(v - nearbyint(v)) > 1e-9 *
	       fmax(1, fabs(v)) ? "about " : "";
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
	if (!isfinite(least) || whole_units(c))
		return 0;
	cap = least >= 10 ? 0 : 1 - (int)floor(log10(least));
	cap = cap < 1 ? 1 : cap;
	return most < cap ? most : cap;
}

static void value_text_only(const struct plot_ctx *c,
			    const struct plot_obs *o, int d, char *buf,
			    size_t n)
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
		gs_snprintf(buf, n, "%s%s", o->qual ? plot_qual_word(o->qual) :
			    about(c, o->v / f), a);
	}
}

/* A figure's label: "over 6.5", "100–150"; a bar over part of a year
 * says its months ("2025 Jan–Sep: 520") unless the key does. */
static void value_text(const struct plot_ctx *c, const struct plot_obs *o,
		       int d, char *buf, size_t n)
{
	char m[32];

	if (!c->same_months && plot_part_year(o, true, m, sizeof(m))) {
		size_t k = (size_t)gs_snprintf(buf, n, "%s: ", m);

		if (k < n)
			value_text_only(c, o, d, buf + k, n - k);
		return;
	}
	value_text_only(c, o, d, buf, n);
}

/* A projected value with the figures' decimals (at least four
 * significant digits' worth when the figures are whole), and the unit. */
static void proj_value(const struct plot_ctx *c, double v, int d, char *buf,
		       size_t n)
{
	char num[64];

	if (d == 0 && fabs(v) < 1000 && !whole_units(c))
		d = natural_decimals(v) > 0 ? 1 : 0;
	gs_num_grouped(v, d, num, sizeof(num));
	if (c->s->index_base || c->yunit[0] == '\0')
		gs_snprintf(buf, n, "%s%s", about(c, v), num);
	else
		gs_snprintf(buf, n, "%s%s %s", about(c, v), num, c->yunit);
}

static size_t add(struct plot_req **v, size_t n)
{
	GS_GROW(*v, n);
	memset(&(*v)[n], 0, sizeof(**v));
	return n;
}

void plot_labels(struct plot_ctx *c)
{
	const struct plot_spec *s = c->s;
	struct plot_req *r = NULL;
	size_t i, j, n = 0;
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
				    "projection: %s%s", p->proj->when ?
				    p->proj->when : "", val, p->proj->uncertain ?
				    " (uncertain)" : "");
		}
		for (j = 0; j < p->nobs; j++) {
			const struct plot_obs *o = &p->obs[j];
			double x0 = o->x0, x1 = o->x1;
			size_t k;

			if (!labelled(s, p, j))
				continue;
			if (o->flow) {
				plot_nest_x(p, j, &x0, &x1);
				plot_flow_x(c, i, &x0, &x1);
			}
			k = add(&r, n++);
			r[k].x = (x0 + x1) / 2;
			r[k].y = o->v / c->sc.factor;
			r[k].r = o->flow ? 0.1 * c->lh : 0.33 * c->lh * 1.5;
			r[k].color = one ? "#222222" : col;
			value_text(c, o, dec, r[k].text, sizeof(r[k].text));
		}
	}
	put_labels(c, r, n);
	free(r);
}
