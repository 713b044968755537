/*
** xfseries.c: a FRED transform of a whole series (xfseries.h).
*/
#include "xfseries.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* v[i] / scale into a new array. */
static double *scaled(const double *v, size_t len, double scale)
{
	double *y = xmalloc((len ? len : 1) * sizeof(*y));
	size_t i;

	for (i = 0; i < len; i++)
		y[i] = v[i] / scale;
	return y;
}

/* y = f of x, level transforms on x in the published unit; the bounds of
 * y from the bounds lo, hi of x. */
static int apply(struct xf_series *xs, const struct span_unit *u,
		 const double *lo, const double *hi, struct gs_err *e)
{
	double scale = span_level_xform(xs->f) ? u->factor : 1;
	double *l = scaled(lo, xs->len, scale), *h = scaled(hi, xs->len, scale);
	int k = 12 / xs->step, rc;

	xs->y = scaled(xs->x, xs->len, scale);
	xs->ylo = xmalloc((xs->len ? xs->len : 1) * sizeof(*xs->ylo));
	xs->yhi = xmalloc((xs->len ? xs->len : 1) * sizeof(*xs->yhi));
	rc = growth_xform_bounds(xs->f, xs->y, l, h, xs->len, k, xs->ylo,
				 xs->yhi, e);
	if (rc == 0)
		rc = growth_xform(xs->f, xs->y, xs->len, k, xs->y, e);
	if (rc == 0)
		span_xform_unit(xs->f, u, xs->unit, sizeof(xs->unit));
	free(l);
	free(h);
	return rc;
}

int xf_series(const struct rp_series *s, enum gs_xform f,
	      const struct gs_period *from, const struct gs_period *to,
	      struct xf_series *out, struct gs_err *e)
{
	struct rp_point *pts = NULL;
	struct span_unit u;
	double *lo = NULL, *hi = NULL;
	size_t n;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	out->f = f;
	n = rp_select(s, rp_main_kind(s), from, to, &pts);
	if (n == 0)
		rc = XF_EMPTY;
	else if (span_grid(s, pts, n, &out->x, &out->len, &out->step, e))
		rc = -1;
	if (rc == 0) {
		out->first = pts[0].period;
		span_published(s, &pts[n - 1], &u);
		span_grid_bounds(pts, n, out->len, out->step, &lo, &hi);
		rc = apply(out, &u, lo, hi, e) ? -1 : 0;
	}
	free(lo);
	free(hi);
	free(pts);
	if (rc != 0)
		xf_series_free(out);
	return rc;
}

void xf_series_free(struct xf_series *xs)
{
	free(xs->x);
	free(xs->y);
	free(xs->ylo);
	free(xs->yhi);
	memset(xs, 0, sizeof(*xs));
}
