/*
** plot_layers.c: the layers of a chart: one datablock per layer and
** series (numbers only) and the plot command that draws them (the key
** is plot_key.c's).
**
**   reported levels   solid line through every level, filled dots
**   flows             bars over their period from the axis base
**   implied figures   open squares (light bars for flows)
**   bounds            lower: open triangle up with an arrow up; upper:
**                     triangle down, arrow down; ranges: open circle with
**                     an error bar over [lo, hi]
**   projection        dashed line (dashed empty bars for flows) over its
**                     prediction interval: a light fill between dotted
**                     bounds in the series' colour (lighter with several
**                     series, so bands that overlap do not blend to mud)
**   targets           large diamonds, with the path required to reach
**                     them from the latest figure (a dotted curve at the
**                     required CAGR); plans light bars with a dashed
**                     border over their period
*/
#include "plot_layer.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MARKER "EOD" /* no number text begins with E */

static const char *const layer_name[L_COUNT] = {
	"band", "pband", "bar", "ibar", "obar", "pbar", "proj", "line",
	"err", "arrow", "pt", "imp", "lower", "upper", "range", "target",
	"otarget", "tarrow", "plan", "path",
};

void plot_scan(const struct plot_series *p, bool *h)
{
	size_t i, nlev = 0;

	memset(h, 0, L_COUNT * sizeof(*h));
	for (i = 0; i < p->nobs; i++) {
		const struct plot_obs *o = &p->obs[i];

		if (o->flow) {
			h[o->implied ? L_IBAR : o->bound ? L_OBAR : L_BAR] = true;
		} else {
			nlev++;
			h[o->implied ? L_IMP : o->bound == PLOT_LOWER ? L_LOWER :
			  o->bound == PLOT_UPPER ? L_UPPER :
			  o->bound == PLOT_RANGE ? L_RANGE : L_PT] = true;
		}
		if (o->bound == PLOT_RANGE)
			h[L_ERR] = true;
		else if (o->bound)
			h[L_ARROW] = true;
	}
	h[L_LINE] = nlev >= 2;
	for (i = 0; i < p->ntargets; i++) {
		const struct plot_target *t = &p->targets[i];

		h[t->plan ? L_PLAN : t->bound ? L_OTARGET : L_TARGET] = true;
		if (t->path && !t->plan)
			h[L_PATH] = true;
		if (t->bound == PLOT_LOWER || t->bound == PLOT_UPPER)
			h[L_TARROW] = true;
	}
	for (i = 0; p->proj && i < p->proj->n; i++) {
		h[p->proj->flow ? L_PBAR : L_PROJ] = true;
		if (isfinite(p->proj->pts[i].lo) && isfinite(p->proj->pts[i].hi))
			h[p->proj->flow ? L_PBAND : L_BAND] = true;
	}
}

const char *plot_color(const struct plot_ctx *c, size_t i)
{
	(void)c;
	return plot_palette[i % PLOT_MAX_SERIES];
}

const char *plot_target_color(const struct plot_ctx *c, size_t i)
{
	return c->s->nseries == 1 ? PLOT_ACCENT : plot_color(c, i);
}

/* ---- datablocks ---- */

struct block {
	struct plot_ctx *c;
	size_t series;
	enum layer layer;
	bool open;
	int bad;
};

static void row(struct block *b, size_t n, const double *v)
{
	char line[512], num[40];
	size_t i, len = 0;

	if (!b->open) {
		fprintf(b->c->out, "$s%zu_%s << " MARKER "\n", b->series + 1,
			layer_name[b->layer]);
		b->open = true;
	}
	line[0] = '\0';
	for (i = 0; i < n; i++) {
		plot_num(v[i], num, sizeof(num));
		len += (size_t)gs_snprintf(line + len, sizeof(line) - len,
					   "%s%s", i ? " " : "", num);
	}
	/* The proof that no row ends the block early. */
	if (strncmp(line, MARKER, strlen(MARKER)) == 0)
		b->bad = 1;
	fprintf(b->c->out, "%s\n", line);
}

static void end(struct block *b)
{
	if (b->open)
		fputs(MARKER "\n", b->c->out);
	b->open = false;
}

static double base(const struct plot_ctx *c)
{
	return c->s->log ? c->ymin : fmax(0, c->ymin);
}

/* Marker radius in pixels at point size ps. */
static double rad(const struct plot_ctx *c, double ps)
{
	return 0.33 * c->lh * ps;
}

static void mark(struct plot_ctx *c, double x, double y, double ps)
{
	double px = plot_px(c, x), py = plot_py(c, y), r = rad(c, ps);

	plot_add_mark(c, px - r, py - r, px + r, py + r);
}

/* The layer a level's marker goes in. */
static enum layer marker_layer(const struct plot_obs *o)
{
	if (o->implied)
		return L_IMP;
	switch (o->bound) {
	case PLOT_LOWER: return L_LOWER;
	case PLOT_UPPER: return L_UPPER;
	case PLOT_RANGE: return L_RANGE;
	default: return L_PT;
	}
}

/* The path to target t: from the latest figure at the required growth,
 * v0 * (v / v0)^(share of the way), 12 samples a year; a blank line
 * after it, so that the curves of two targets are not joined. */
static void path_rows(struct block *b, const struct plot_target *t)
{
	struct plot_ctx *c = b->c;
	double x1 = (t->x0 + t->x1) / 2, f = c->sc.factor, v[2];
	double y0 = t->path_v / f, y1 = t->v / f, px = NAN, py = NAN;
	int i, n = (int)ceil((x1 - t->path_x) * 12);

	if (!(x1 > t->path_x) || !(y0 > 0) || !(y1 > 0))
		return;
	n = n < 2 ? 2 : n > 2400 ? 2400 : n;
	for (i = 0; i <= n; i++) {
		double a = (double)i / n;

		v[0] = t->path_x + a * (x1 - t->path_x);
		v[1] = y0 * pow(y1 / y0, a);
		row(b, 2, v);
		plot_add_seg(c, plot_px(c, px), plot_py(c, py),
			     plot_px(c, v[0]), plot_py(c, v[1]));
		px = v[0], py = v[1];
	}
	fputs("\n", c->out);
}

/* One layer of series si: its rows, and the shapes they draw. */
/* A bound's arrow from (x, y): up for "over", down for "up to". */
static void arrow_row(struct block *b, double x, double y, int bound)
{
	struct plot_ctx *c = b->c;
	double tip = plot_ystep(c, y, bound == PLOT_LOWER ? 0.07 : -0.07);
	double v[3] = { x, y, tip - y };

	row(b, 3, v);
	plot_add_seg(c, plot_px(c, x), plot_py(c, y), plot_px(c, x),
		     plot_py(c, tip));
}

/* The figures' rows of layer b->layer: bars, the line, markers, error
 * bars and arrows. */
static void obs_rows(struct block *b, const struct plot_series *p)
{
	struct plot_ctx *c = b->c;
	double f = c->sc.factor, v[6], prev[2] = { NAN, NAN };
	size_t i;

	for (i = 0; i < p->nobs; i++) {
		const struct plot_obs *o = &p->obs[i];
		double fx0 = o->x0, fx1 = o->x1, x, y = o->v / f;
		enum layer bar = o->implied ? L_IBAR : o->bound ? L_OBAR : L_BAR;

		if (o->flow) {
			plot_nest_x(p, i, &fx0, &fx1);
			plot_flow_x(c, b->series, &fx0, &fx1);
		}
		x = (fx0 + fx1) / 2;

		if (o->flow && b->layer == bar) {
			double w[6] = { 0, y, o->x0, o->x1, base(c), y };

			plot_nest_x(p, i, &w[2], &w[3]);
			plot_flow_x(c, b->series, &w[2], &w[3]);
			w[0] = (w[2] + w[3]) / 2;
			row(b, 6, w);
			plot_add_box(c, plot_px(c, w[2]), plot_py(c, base(c)),
				     plot_px(c, w[3]), plot_py(c, y));
		} else if (!o->flow && b->layer == L_LINE) {
			v[0] = x, v[1] = y;
			row(b, 2, v);
			plot_add_seg(c, plot_px(c, prev[0]), plot_py(c, prev[1]),
				     plot_px(c, x), plot_py(c, y));
			prev[0] = x, prev[1] = y;
		} else if (!o->flow && b->layer == marker_layer(o)) {
			v[0] = x, v[1] = y;
			row(b, 2, v);
			mark(c, x, y, 1.5);
		} else if (o->bound == PLOT_RANGE && b->layer == L_ERR) {
			v[0] = x, v[1] = y, v[2] = o->lo / f, v[3] = o->hi / f;
			row(b, 4, v);
			plot_add_seg(c, plot_px(c, x), plot_py(c, v[2]),
				     plot_px(c, x), plot_py(c, v[3]));
		} else if ((o->bound == PLOT_LOWER || o->bound == PLOT_UPPER) &&
			   b->layer == L_ARROW) {
			arrow_row(b, x, y, o->bound);
		}
	}
}

/* The targets' and plans' rows: diamonds, plan bars, required paths,
 * arrows of bounded targets. */
static void target_rows(struct block *b, const struct plot_series *p)
{
	struct plot_ctx *c = b->c;
	double f = c->sc.factor, v[2];
	size_t i;

	for (i = 0; i < p->ntargets; i++) {
		const struct plot_target *t = &p->targets[i];
		double x = (t->x0 + t->x1) / 2, y = t->v / f;
		enum layer l = t->plan ? L_PLAN : t->bound ? L_OTARGET : L_TARGET;

		if (b->layer == l && t->plan) {
			double w[6] = { x, y, t->x0, t->x1, base(c), y };

			row(b, 6, w);
			plot_add_box(c, plot_px(c, t->x0), plot_py(c, base(c)),
				     plot_px(c, t->x1), plot_py(c, y));
		} else if (b->layer == l) {
			v[0] = x, v[1] = y;
			row(b, 2, v);
			mark(c, x, y, 2.2);
		} else if (b->layer == L_PATH && t->path && !t->plan) {
			path_rows(b, t);
		} else if (b->layer == L_TARROW && !t->plan &&
			   (t->bound == PLOT_LOWER || t->bound == PLOT_UPPER)) {
			arrow_row(b, x, y, t->bound);
		}
	}
}

/* The projection's rows: its line, band, bars and bar intervals. */
static void proj_rows(struct block *b, const struct plot_series *p)
{
	struct plot_ctx *c = b->c;
	double f = c->sc.factor, v[3], prev[3] = { NAN, NAN, NAN };
	size_t i;

	for (i = 0; p->proj && i < p->proj->n; i++) {
		const struct plot_proj_pt *q = &p->proj->pts[i];
		double y = q->v / f, lo = q->lo / f, hi = q->hi / f;
		bool band = isfinite(lo) && isfinite(hi);

		if (c->s->log && band)
			lo = fmax(lo, c->ymin);
		if (b->layer == L_PROJ) {
			v[0] = q->x, v[1] = y;
			row(b, 2, v);
			plot_add_seg(c, plot_px(c, prev[0]), plot_py(c, prev[1]),
				     plot_px(c, q->x), plot_py(c, y));
			prev[0] = q->x, prev[1] = y;
		} else if (b->layer == L_BAND && band) {
			v[0] = q->x, v[1] = lo, v[2] = hi;
			row(b, 3, v);
			/* the dotted bounds: lines a label must not cross */
			plot_add_seg(c, plot_px(c, prev[0]), plot_py(c, prev[1]),
				     plot_px(c, q->x), plot_py(c, lo));
			plot_add_seg(c, plot_px(c, prev[0]), plot_py(c, prev[2]),
				     plot_px(c, q->x), plot_py(c, hi));
			prev[0] = q->x, prev[1] = lo, prev[2] = hi;
		} else if (b->layer == L_PBAR || (b->layer == L_PBAND && band)) {
			double w[6] = { 0, y, q->x0, q->x1,
					b->layer == L_PBAR ? base(c) : lo,
					b->layer == L_PBAR ? y : hi };

			plot_flow_x(c, b->series, &w[2], &w[3]);
			w[0] = (w[2] + w[3]) / 2;
			row(b, 6, w);
			if (b->layer == L_PBAR)
				plot_add_box(c, plot_px(c, w[2]),
					     plot_py(c, base(c)),
					     plot_px(c, w[3]), plot_py(c, y));
		}
	}
}

static void layer_rows(struct block *b, const struct plot_series *p)
{
	obs_rows(b, p);
	target_rows(b, p);
	proj_rows(b, p);
}

int plot_layers_data(struct plot_ctx *c, struct gs_err *e)
{
	size_t i;
	int k;

	for (i = 0; i < c->s->nseries; i++) {
		bool h[L_COUNT];

		plot_scan(&c->s->series[i], h);
		for (k = 0; k < L_COUNT; k++) {
			struct block b = { c, i, (enum layer)k, false, 0 };

			if (!h[k] || (k == L_LINE && c->s->series[i].nobs == 0))
				continue;
			layer_rows(&b, &c->s->series[i]);
			end(&b);
			if (b.bad)
				return gs_errf(e, GS_EX_SOFTWARE, "a data row "
					       "begins with the end marker");
		}
	}
	return 0;
}

/* ---- the plot command ---- */

/* The style of each layer; %s is the colour. */
static const char *const layer_style[L_COUNT] = {
	/* bands: see band_style() */
	[L_BAR] = "using 1:2:3:4:5:6 with boxxyerror lc rgb '%s' lw 1.5 fs "
		  "transparent solid 0.45 border lc rgb '%s'",
	[L_IBAR] = "using 1:2:3:4:5:6 with boxxyerror lc rgb '%s' lw 1.5 fs "
		   "transparent solid 0.12 border lc rgb '%s'",
	[L_OBAR] = "using 1:2:3:4:5:6 with boxxyerror lc rgb '%s' lw 2 fs "
		   "empty border lc rgb '%s'",
	[L_PBAR] = "using 1:2:3:4:5:6 with boxxyerror lc rgb '%s' lw 2 "
		   DASH " fs empty border lc rgb '%s'",
	[L_PROJ] = "using 1:2 with lines " DASH " lw 2.5 lc rgb '%s'",
	[L_LINE] = "using 1:2 with lines lw 2.5 lc rgb '%s'",
	[L_ERR] = "using 1:2:3:4 with yerrorbars ps 0 lw 2 lc rgb '%s'",
	[L_ARROW] = "using 1:2:(0):3 with vectors head filled size "
		    "screen 0.009,25 lw 2 lc rgb '%s'",
	[L_PT] = "using 1:2 with points pt 7 ps 1.3 lc rgb '%s'",
	[L_IMP] = "using 1:2 with points pt 4 ps 1.4 lw 2 lc rgb '%s'",
	[L_LOWER] = "using 1:2 with points pt 8 ps 1.5 lw 2 lc rgb '%s'",
	[L_UPPER] = "using 1:2 with points pt 10 ps 1.5 lw 2 lc rgb '%s'",
	[L_RANGE] = "using 1:2 with points pt 6 ps 1.5 lw 2 lc rgb '%s'",
	[L_TARGET] = "using 1:2 with points pt 13 ps 2.2 lc rgb '%s'",
	[L_OTARGET] = "using 1:2 with points pt 12 ps 2.2 lw 2 lc rgb '%s'",
	[L_TARROW] = "using 1:2:(0):3 with vectors head filled size "
		     "screen 0.009,25 lw 2 lc rgb '%s'",
	[L_PLAN] = "using 1:2:3:4:5:6 with boxxyerror lc rgb '%s' lw 2 "
		   PLANDASH " fs transparent solid 0.12 border lc rgb '%s'",
	[L_PATH] = "using 1:2 with lines " PATHDASH " lw 2.5 lc rgb '%s'",
};

/* A projection from too few reported figures (plot.h's `uncertain`):
 * the same dashes, thinner. */
static const char *const thin_style[L_COUNT] = {
	[L_PBAR] = "using 1:2:3:4:5:6 with boxxyerror lc rgb '%s' lw 1 "
		   DASH " fs empty border lc rgb '%s'",
	[L_PROJ] = "using 1:2 with lines " DASH " lw " THIN " lc rgb '%s'",
};

static const char *style_of(const struct plot_ctx *c, size_t i, int l)
{
	const struct plot_proj *p = c->s->series[i].proj;

	return thin_style[l] && p && p->uncertain ? thin_style[l] :
	       layer_style[l];
}

/* The filled white marker under an open one, so lines do not show
 * through it. */
static const char *const under[L_COUNT] = {
	[L_IMP] = "using 1:2 with points pt 5 ps 1.2 lc rgb '#ffffff'",
	[L_LOWER] = "using 1:2 with points pt 9 ps 1.2 lc rgb '#ffffff'",
	[L_UPPER] = "using 1:2 with points pt 11 ps 1.2 lc rgb '#ffffff'",
	[L_RANGE] = "using 1:2 with points pt 7 ps 1.3 lc rgb '#ffffff'",
	[L_OTARGET] = "using 1:2 with points pt 13 ps 1.9 lc rgb '#ffffff'",
};

/*
** A prediction interval: a light fill in the series' colour (lighter when
** several series share the chart, so that overlapping bands stay apart)
** and its bounds dotted in that colour: bars with a dotted border for
** flows, two dotted lines for levels.
*/
static void band_style(struct plot_ctx *c, size_t i, bool bars,
		       const char *col, const char *sep)
{
	const char *fill = c->s->nseries > 1 ? "0.07" : "0.15";

	if (bars) {
		fprintf(c->out, "%s$s%zu_pband using 1:2:3:4:5:6 with boxxyerror "
			"lc rgb '%s' lw 1.2 " BOUND " fs transparent solid %s "
			"border lc rgb '%s' notitle", sep, i + 1, col, fill, col);
		return;
	}
	fprintf(c->out, "%s$s%zu_band using 1:2:3 with filledcurves fs "
		"transparent solid %s noborder lc rgb '%s' notitle, \\\n     "
		"$s%zu_band using 1:2 with lines " BOUND " lw 1.2 lc rgb '%s' "
		"notitle, \\\n     $s%zu_band using 1:3 with lines " BOUND " lw "
		"1.2 lc rgb '%s' notitle", sep, i + 1, fill, col, i + 1, col,
		i + 1, col);
}

void plot_layers_plot(struct plot_ctx *c)
{
	const char *sep = "plot ";
	size_t i, k;
	int l;

	for (l = 0; l < L_COUNT; l++) {
		for (i = 0; i < c->s->nseries; i++) {
			bool h[L_COUNT];
			bool tgt = l == L_TARGET || l == L_OTARGET ||
				   l == L_TARROW || l == L_PLAN || l == L_PATH;
			const char *col = tgt ? plot_target_color(c, i) : plot_color(c, i);

			plot_scan(&c->s->series[i], h);
			if (!h[l])
				continue;
			if (under[l]) {
				fprintf(c->out, "%s$s%zu_%s %s notitle", sep, i + 1,
					layer_name[l], under[l]);
				sep = ", \\\n     ";
			}
			if (l == L_BAND || l == L_PBAND) {
				band_style(c, i, l == L_PBAND, col, sep);
				sep = ", \\\n     ";
				continue;
			}
			fprintf(c->out, "%s$s%zu_%s ", sep, i + 1, layer_name[l]);
			fprintf(c->out, style_of(c, i, l), col, col);
			fputs(" notitle", c->out);
			sep = ", \\\n     ";
			if (l == L_PROJ)
				fprintf(c->out, "%s$s%zu_proj using 1:(gs_plain ? "
					"$2 : NaN) every 6 with points pt 6 ps 1.6 "
					"lw 1.5 lc rgb '%s' notitle", sep, i + 1, col);
		}
	}
	for (k = 0; k < c->nkey; k++) {
		fprintf(c->out, "%skeyentry %s title ", sep, c->key[k].style);
		plot_put_text(c->out, c->key[k].text, plot_key_chars(c));
	}
	fputs("\n", c->out);
}
