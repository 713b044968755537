/*
** plot_axis.c: the extent of what a chart draws, the y range from it (or
** from --ymin/--ymax) and the y ticks, on a linear or logarithmic axis.
*/
#include "plot_int.h"

#include <math.h>
#include <string.h>


static void take(struct plot_extent *x, double v)
{
	if (!isfinite(v))
		return;
	x->y0 = fmin(x->y0, v);
	x->y1 = fmax(x->y1, v);
	x->maxabs = fmax(x->maxabs, fabs(v));
}

static void take_x(struct plot_extent *x, double a, double b)
{
	if (isfinite(a) && isfinite(b)) {
		x->x0 = fmin(x->x0, a);
		x->x1 = fmax(x->x1, b);
	}
}

/* Prediction intervals widen the range by at most half of what the
 * figures and projections span, so that a log-linear interval growing
 * to 16,000 does not flatten figures of 150 (the band is cut at the
 * axis); nor take a linear axis below zero when no value is negative. */
static void take_bands(const struct plot_spec *s, struct plot_extent *x)
{
	double lo = x->y0, hi = x->y1, span = x->y1 - x->y0;
	size_t i, j;

	for (i = 0; i < s->nseries; i++)
		for (j = 0; s->series[i].proj && j < s->series[i].proj->n; j++) {
			const struct plot_proj_pt *q = &s->series[i].proj->pts[j];

			if (isfinite(q->lo))
				lo = fmin(lo, q->lo);
			if (isfinite(q->hi))
				hi = fmax(hi, q->hi);
		}
	if (x->y0 >= 0 && !s->log)
		lo = fmax(lo, 0);
	take(x, fmax(lo, x->y0 - 0.5 * fmax(span, fabs(x->y0))));
	take(x, fmin(hi, x->y1 + 0.5 * fmax(span, fabs(x->y1))));
}

void plot_extents(const struct plot_spec *s, struct plot_extent *x)
{
	size_t i, j;

	x->x0 = x->y0 = INFINITY;
	x->x1 = x->y1 = -INFINITY;
	x->maxabs = x->stated = 0;
	for (i = 0; i < s->nseries; i++) {
		const struct plot_series *p = &s->series[i];

		for (j = 0; j < p->nobs; j++) {
			take_x(x, p->obs[j].x0, p->obs[j].x1);
			take(x, p->obs[j].v);
			if (isfinite(p->obs[j].v))
				x->stated = fmax(x->stated, fabs(p->obs[j].v));
			if (p->obs[j].bound == PLOT_RANGE) {
				take(x, p->obs[j].lo);
				take(x, p->obs[j].hi);
			}
		}
		for (j = 0; j < p->ntargets; j++) {
			take_x(x, p->targets[j].x0, p->targets[j].x1);
			take(x, p->targets[j].v);
			if (isfinite(p->targets[j].v))
				x->stated = fmax(x->stated,
						 fabs(p->targets[j].v));
		}
		for (j = 0; p->proj && j < p->proj->n; j++) {
			const struct plot_proj_pt *q = &p->proj->pts[j];

			take_x(x, p->proj->flow ? q->x0 : q->x, p->proj->flow ?
			       q->x1 : q->x);
			take(x, q->v);
		}
	}
	take_bands(s, x);
}

static double nice_step(double range)
{
	static const double m[] = { 1, 2, 2.5, 5, 10 };
	double raw = range / 5, mag = pow(10, floor(log10(raw)));
	size_t i;

	for (i = 0; i < GS_ARRAY_LEN(m); i++)
		if (m[i] * mag >= raw * (1 - 1e-9))
			return m[i] * mag;
	return 10 * mag;
}

/* Decimals that show every multiple of step exactly (up to 6). */
static int step_decimals(double step)
{
	int d;

	for (d = 0; d < 6; d++)
		if (fabs(step * pow(10, d) - round(step * pow(10, d))) < 1e-6)
			return d;
	return 6;
}

/* The value d * 10^k (d = 1..9) at or below (up: at or above) v > 0. */
static double snap_log(double v, bool up)
{
	double mag = pow(10, floor(log10(v))), d = v / mag;

	d = up ? ceil(d - 1e-9) : floor(d + 1e-9);
	return (d < 1 ? 1 : d) * mag;
}

/* The range from the data: a log axis from d * 10^k below to above (whole
 * decades over wide ranges); a linear one from 0 (or below the lowest
 * negative value) to 12 % above the highest, at whole tick steps. */
static int auto_range(struct plot_ctx *c, const struct plot_extent *x,
		      struct gs_err *e)
{
	double lo = x->y0 / c->sc.factor, hi = x->y1 / c->sc.factor, span;

	if (c->s->log) {
		if (!(lo > 0))
			return gs_errf(e, GS_EX_DATAERR, "--log: a value is "
				       "zero or negative; a log axis cannot "
				       "show it");
		c->ymin = snap_log(lo * 0.85, false);
		c->ymax = snap_log(hi * 1.3, true);
		if (log10(c->ymax / c->ymin) > 2.5) {
			c->ymin = pow(10, floor(log10(c->ymin) + 1e-9));
			c->ymax = pow(10, ceil(log10(c->ymax) - 1e-9));
		}
		return 0;
	}
	lo = fmin(lo, 0);
	hi = fmax(hi, 0);
	if (hi - lo <= 0)
		hi = lo + 1;
	span = hi - lo;
	hi += 0.12 * span;
	if (lo < 0)
		lo -= 0.06 * span;
	span = nice_step(hi - lo);
	c->ymax = ceil(hi / span - 1e-9) * span;
	c->ymin = floor(lo / span + 1e-9) * span;
	return 0;
}

int plot_y_range(struct plot_ctx *c, const struct plot_extent *x,
		 struct gs_err *e)
{
	const struct plot_spec *s = c->s;

	if ((s->has_ymin && !isfinite(s->ymin)) ||
	    (s->has_ymax && !isfinite(s->ymax)))
		return gs_errf(e, GS_EX_USAGE, "--ymin/--ymax: not a number");
	if (s->log && ((s->has_ymin && !(s->ymin > 0)) ||
		       (s->has_ymax && !(s->ymax > 0))))
		return gs_errf(e, GS_EX_USAGE, "--ymin/--ymax: a log axis "
			       "needs limits above 0");
	if (!(s->log && s->has_ymin && s->has_ymax) && auto_range(c, x, e))
		return -1;
	if (s->has_ymin)
		c->ymin = s->ymin;
	if (s->has_ymax)
		c->ymax = s->ymax;
	if (!(c->ymin < c->ymax))
		return gs_errf(e, GS_EX_USAGE, "--ymin/--ymax: the axis would "
			       "run from %g to %g; the bottom must be below the "
			       "top (values are in the axis' units, %s)",
			       c->ymin, c->ymax, *c->yunit ? c->yunit :
			       "as shown");
	return 0;
}

/* Log ticks: the sparsest of these sets of mantissas that gives four
 * ticks or more within the range (as dense as a linear axis over
 * a narrow range, one a decade over a wide one). */
static size_t log_ticks(const struct plot_ctx *c, double *v, char (*t)[32],
			size_t max)
{
	static const double tiers[][12] = {
		{ 1 }, { 1, 2, 5 }, { 1, 1.5, 2, 3, 5, 7 },
		{ 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 9 },
	};
	size_t k, i, n = 0;

	for (k = 0; k < GS_ARRAY_LEN(tiers); k++) {
		double mag;

		n = 0;
		for (mag = pow(10, floor(log10(c->ymin))); mag <= c->ymax &&
		     n < max; mag *= 10)
			for (i = 0; i < 12 && tiers[k][i] > 0 && n < max; i++) {
				double y = tiers[k][i] * mag;

				if (y < c->ymin * (1 - 1e-9) ||
				    y > c->ymax * (1 + 1e-9))
					continue;
				v[n] = y;
				plot_value_text(y, t[n++], 32);
			}
		if (n >= 4)
			break;
	}
	return n;
}

size_t plot_y_ticks(const struct plot_ctx *c, double *v, char (*t)[32],
		    size_t max)
{
	double step = nice_step(c->ymax - c->ymin), first;
	int d = step_decimals(step);
	size_t n = 0;

	if (c->s->log)
		return log_ticks(c, v, t, max);
	/* every multiple of the step within the range (limits from
	 * --ymin/--ymax need not be one) */
	first = ceil(c->ymin / step - 1e-9);
	for (; n < max && (first + (double)n) * step <= c->ymax + 1e-9 * step;
	     n++) {
		v[n] = (first + (double)n) * step;
		gs_num_grouped(v[n], d, t[n], 32);
	}
	return n;
}
