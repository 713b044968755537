/*
** growth.c: the time rule, qualifier bounds, change measures with interval
** arithmetic, implied levels and FRED transformations (see growth.h).
*/
#include "../common.h"

#include "growth.h"

#include "../series/cal.h"

#include <math.h>
#include <strings.h>

static const char *const xform_names[] = {
	[GS_XF_LIN] = "lin", [GS_XF_CHG] = "chg", [GS_XF_CH1] = "ch1",
	[GS_XF_PCH] = "pch", [GS_XF_PC1] = "pc1", [GS_XF_PCA] = "pca",
	[GS_XF_CCH] = "cch", [GS_XF_CCA] = "cca", [GS_XF_LOG] = "log",
};

double date_time(int32_t ymd)
{
	return cal_time_end(ymd);
}

double period_time(const struct gs_period *p)
{
	if (p == NULL || p->end == 0)
		return NAN;
	return date_time(p->end);
}

void qual_bounds(enum gs_qual q, double v, double approx_tol, double *lo,
		 double *hi)
{
	double d = fabs(v) * approx_tol;

	/* A negative figure's qualifier bounds its size, as the words do:
	 * "fell by more than 10 %" is -10 % over, a change of -10 % or
	 * less; "a fall of up to 35 %" is between -35 % and 0. */
	if (v < 0) {
		qual_bounds(q, -v, approx_tol, hi, lo);
		*lo = -*lo;
		*hi = -*hi;
		return;
	}
	*lo = v;
	*hi = v;
	switch (q) {
	case GS_QUAL_OVER:
	case GS_QUAL_AT_LEAST:
		*hi = INFINITY;
		break;
	case GS_QUAL_UP_TO:
	case GS_QUAL_UNDER:
		*lo = 0.0;
		break;
	case GS_QUAL_ABOUT:
		*lo = v - d;
		*hi = v + d;
		break;
	case GS_QUAL_ALMOST:
		*lo = v - d;
		break;
	case GS_QUAL_NONE:
	default:
		break;
	}
}

struct gs_est growth_est(double v, enum gs_qual q, double approx_tol)
{
	struct gs_est r = { .v = v };

	qual_bounds(q, v, approx_tol, &r.lo, &r.hi);
	return r;
}

struct gs_point growth_point(double t, double v, enum gs_qual q,
			     double approx_tol)
{
	struct gs_point p = { .t = t, .v = v };

	qual_bounds(q, v, approx_tol, &p.lo, &p.hi);
	return p;
}

static struct gs_est est_nan(void)
{
	struct gs_est r = { NAN, NAN, NAN };

	return r;
}

/* A lower bound clipped at 0: ratio measures assume non-negative values. */
static double clip0(double x)
{
	return x > 0 ? x : 0.0;
}

/* x * y with 0 * inf = 0: a bound that is zero stays zero. */
static double mul0(double x, double y)
{
	return x == 0 || y == 0 ? 0.0 : x * y;
}

/* The lowest and highest of an interval operation's four corners. */
static void hull4(const double c[4], double *lo, double *hi)
{
	int i;

	*lo = *hi = c[0];
	for (i = 1; i < 4; i++) {
		*lo = fmin(*lo, c[i]);
		*hi = fmax(*hi, c[i]);
	}
}

/* Bounds of x*y over two intervals (any signs), by their corners. */
static void mul_any(double xlo, double xhi, double ylo, double yhi,
		    double *lo, double *hi)
{
	double c[4] = { mul0(xlo, ylo), mul0(xlo, yhi), mul0(xhi, ylo),
			mul0(xhi, yhi) };

	hull4(c, lo, hi);
}

/* a / b, where r is 1/b over b's interval less 0 (0 where b is
 * infinite, +-inf where b reaches 0): divided exactly where b is a
 * finite bound other than 0, so an exact ratio keeps its last digit. */
static double over(double a, double r, double b)
{
	if (a == 0 || r == 0)
		return 0.0;
	return isfinite(r) && isfinite(b) && b != 0 ? a / b : a * r;
}

void growth_div_bounds(double alo, double ahi, double blo, double bhi,
		       double *lo, double *hi)
{
	double rlo = -INFINITY, rhi = INFINITY, c[4];
	double bl = 0, bh = 0; /* the bounds of b that rlo and rhi invert */

	if (blo == 0 && bhi == 0) {
		*lo = *hi = NAN;
		return;
	}
	/* 1/b over b's interval less 0: [1/bhi, 1/blo], unbounded on the
	 * side where b reaches 0, everything when b takes both signs */
	if (!(blo < 0 && bhi > 0)) {
		if (bhi != 0) {
			rlo = 1 / bhi;
			bl = bhi;
		}
		if (blo != 0) {
			rhi = 1 / blo;
			bh = blo;
		}
	}
	c[0] = over(alo, rlo, bl);
	c[1] = over(alo, rhi, bh);
	c[2] = over(ahi, rlo, bl);
	c[3] = over(ahi, rhi, bh);
	hull4(c, lo, hi);
}

/*
** Bounds of x/m where x is a level and m a multiple: both are positive
** by what they are (a level with a positive value, a multiple > 0), so
** their bounds are clipped at 0 ("up to -50 %" is a multiple in (0, 0.5]).
*/
static void div_bounds(double xlo, double xhi, double mlo, double mhi,
		       double *lo, double *hi)
{
	growth_div_bounds(clip0(xlo), clip0(xhi), clip0(mlo), clip0(mhi), lo,
			  hi);
}

/* Bounds of x*m for non-negative intervals, with 0 * inf = 0. */
static void mul_bounds(double xlo, double xhi, double mlo, double mhi,
		       double *lo, double *hi)
{
	xlo = clip0(xlo);
	xhi = clip0(xhi);
	mlo = clip0(mlo);
	mhi = clip0(mhi);
	*lo = (xlo == 0 || mlo == 0) ? 0.0 : xlo * mlo;
	*hi = (xhi == 0 || mhi == 0) ? 0.0 : xhi * mhi;
}

/* The CAGR of a multiple m over years > 0: increasing in m. */
static double cagr_of(double m, double years)
{
	return pow(m, 1.0 / years) - 1.0;
}

static struct gs_est cagr_est(const struct gs_est *m, double years)
{
	struct gs_est r;

	if (!(years > 0) || !(m->v > 0))
		return est_nan();
	r.v = cagr_of(m->v, years);
	r.lo = cagr_of(clip0(m->lo), years);
	r.hi = cagr_of(clip0(m->hi), years);
	return r;
}

int growth_cagr(double a, double b, double years, double *cagr,
		struct gs_err *e)
{
	*cagr = NAN;
	if (isnan(a) || isnan(b) || isnan(years))
		return gs_errf(e, GS_EX_DATAERR,
			       "CAGR undefined: missing value");
	if (a == 0)
		return gs_errf(e, GS_EX_DATAERR,
			       "CAGR undefined: start value is zero");
	if (b == 0)
		return gs_errf(e, GS_EX_DATAERR,
			       "CAGR undefined: end value is zero");
	if ((a < 0) != (b < 0))
		return gs_errf(e, GS_EX_DATAERR,
			       "CAGR undefined: values of opposite sign "
			       "(%g and %g)", a, b);
	if (a < 0)
		return gs_errf(e, GS_EX_DATAERR,
			       "CAGR undefined: values are negative "
			       "(%g and %g)", a, b);
	if (!(years > 0))
		return gs_errf(e, GS_EX_DATAERR,
			       "CAGR undefined: end period is not after start "
			       "period (%g years)", years);
	*cagr = cagr_of(b / a, years);
	return 0;
}

/* The measures that follow from the multiple m = b/a. */
static void from_mult(const struct gs_est *m, struct gs_change *c)
{
	c->mult = *m;
	c->pct.v = 100.0 * (m->v - 1.0);
	c->pct.lo = 100.0 * (m->lo - 1.0);
	c->pct.hi = 100.0 * (m->hi - 1.0);
	c->logd.v = log(m->v);
	c->logd.lo = log(m->lo);
	c->logd.hi = log(m->hi);
	c->cagr = cagr_est(m, c->years);
}

/*
** A ratio of two finite values past a double's range (1e300 / 1e-300)
** is infinite or 0, but its logarithm and CAGR are not: from the logs of
** the two values instead (their bounds too, when both are exact).
*/
static void logs_past_range(const struct gs_point *a,
			    const struct gs_point *b, struct gs_change *c)
{
	double l = log(b->v) - log(a->v);
	bool exact = a->lo == a->hi && b->lo == b->hi;

	c->logd.v = l;
	if (c->years > 0)
		c->cagr.v = expm1(l / c->years);
	if (exact) {
		c->logd.lo = c->logd.hi = c->logd.v;
		c->cagr.lo = c->cagr.hi = c->cagr.v;
	}
}

/* Ratio measures of b over a, both positive. */
static void ratio_measures(const struct gs_point *a, const struct gs_point *b,
			   struct gs_change *c)
{
	struct gs_est m;

	m.v = b->v / a->v;
	div_bounds(b->lo, b->hi, a->lo, a->hi, &m.lo, &m.hi);
	from_mult(&m, c);
	if (m.v == 0 || isinf(m.v))
		logs_past_range(a, b, c);
}

int growth_change(const struct gs_point *a, const struct gs_point *b,
		  struct gs_change *c, struct gs_err *e)
{
	double cagr;

	c->years = b->t - a->t;
	c->abs.v = b->v - a->v;
	c->abs.lo = b->lo - a->hi;
	c->abs.hi = b->hi - a->lo;
	c->mult = est_nan();
	c->pct = est_nan();
	c->logd = est_nan();
	c->cagr = est_nan();
	if (a->v > 0 && b->v > 0)
		ratio_measures(a, b, c);
	return growth_cagr(a->v, b->v, c->years, &cagr, e);
}

int growth_change_dep(const struct gs_point *a, const struct gs_point *b,
		      const struct gs_est *r, bool anchor_is_a,
		      struct gs_change *c, struct gs_err *e)
{
	const struct gs_point *x = anchor_is_a ? a : b;
	struct gs_est m = { b->v / a->v, clip0(r->lo), clip0(r->hi) };
	double flo, fhi;
	int rc = growth_change(a, b, c, e);

	if (!(a->v > 0 && b->v > 0))
		return rc;
	from_mult(&m, c);
	/* b - a is a (r - 1) from the start, b (1 - 1/r) from the end. */
	if (anchor_is_a) {
		flo = m.lo - 1;
		fhi = m.hi - 1;
	} else {
		flo = m.lo > 0 ? 1 - 1 / m.lo : -INFINITY;
		fhi = isinf(m.hi) ? 1 : 1 - 1 / m.hi;
	}
	mul_any(clip0(x->lo), clip0(x->hi), flo, fhi, &c->abs.lo, &c->abs.hi);
	return rc;
}

struct gs_est growth_pct_to_mult(const struct gs_est *pct)
{
	struct gs_est m;

	m.v = 1.0 + pct->v / 100.0;
	m.lo = 1.0 + pct->lo / 100.0;
	m.hi = 1.0 + pct->hi / 100.0;
	return m;
}

static int check_implied(const struct gs_point *level,
			 const struct gs_est *mult, struct gs_err *e)
{
	if (!(mult->v > 0) || isinf(mult->v))
		return gs_errf(e, GS_EX_DATAERR,
			       "implied level undefined: growth multiple is "
			       "not a positive number (%g)", mult->v);
	if (!(level->v >= 0) || isinf(level->v))
		return gs_errf(e, GS_EX_DATAERR,
			       "implied level undefined: level is not a "
			       "non-negative number (%g)", level->v);
	return 0;
}

int growth_implied_base(const struct gs_point *end, const struct gs_est *mult,
			double t_base, struct gs_implied *out,
			struct gs_err *e)
{
	struct gs_point *l = &out->level;

	out->cagr = est_nan();
	l->t = t_base;
	l->v = l->lo = l->hi = NAN;
	if (check_implied(end, mult, e) < 0)
		return -1;
	l->v = end->v / mult->v;
	div_bounds(end->lo, end->hi, mult->lo, mult->hi, &l->lo, &l->hi);
	out->cagr = cagr_est(mult, end->t - t_base);
	return 0;
}

int growth_implied_end(const struct gs_point *base, const struct gs_est *mult,
		       double t_end, struct gs_implied *out,
		       struct gs_err *e)
{
	struct gs_point *l = &out->level;

	out->cagr = est_nan();
	l->t = t_end;
	l->v = l->lo = l->hi = NAN;
	if (check_implied(base, mult, e) < 0)
		return -1;
	l->v = base->v * mult->v;
	mul_bounds(base->lo, base->hi, mult->lo, mult->hi, &l->lo, &l->hi);
	out->cagr = cagr_est(mult, t_end - base->t);
	return 0;
}

const char *xform_name(enum gs_xform f)
{
	if ((unsigned)f >= GS_ARRAY_LEN(xform_names))
		return NULL;
	return xform_names[f];
}

int xform_from_name(const char *s, enum gs_xform *f, struct gs_err *e)
{
	size_t i;

	for (i = 0; i < GS_ARRAY_LEN(xform_names); i++) {
		if (strcasecmp(s, xform_names[i]) == 0) {
			*f = (enum gs_xform)i;
			return 0;
		}
	}
	return gs_errf(e, GS_EX_USAGE,
		       "unknown transformation \"%s\" (expected lin, chg, ch1, "
		       "pch, pc1, pca, cch, cca or log)", s);
}

/* 100 (x/p - 1), or NAN when p is zero. */
static double pct_of(double x, double p)
{
	return p == 0 ? NAN : 100.0 * (x / p - 1.0);
}

/* 100 (ln x - ln p), or NAN unless both are positive. */
static double cch_of(double x, double p)
{
	return (x > 0 && p > 0) ? 100.0 * (log(x) - log(p)) : NAN;
}

/* 100 ((x/p)^k - 1), or NAN unless the ratio is positive. */
static double pca_of(double x, double p, int k)
{
	double r = p == 0 ? NAN : x / p;

	return r > 0 ? 100.0 * (pow(r, k) - 1.0) : NAN;
}

/* Transform f at index i, given the observations 1 and k back (or NAN). */
static double xform_at(enum gs_xform f, double x, double p1, double pk, int k)
{
	switch (f) {
	case GS_XF_LIN:
		return x;
	case GS_XF_CHG:
		return x - p1;
	case GS_XF_CH1:
		return x - pk;
	case GS_XF_PCH:
		return pct_of(x, p1);
	case GS_XF_PC1:
		return pct_of(x, pk);
	case GS_XF_PCA:
		return pca_of(x, p1, k);
	case GS_XF_CCH:
		return cch_of(x, p1);
	case GS_XF_CCA:
		return k * cch_of(x, p1);
	case GS_XF_LOG:
		return x > 0 ? log(x) : NAN;
	default:
		return NAN;
	}
}

int growth_xform(enum gs_xform f, const double *x, size_t n, int k, double *y,
		 struct gs_err *e)
{
	size_t i;

	if (k < 1)
		return gs_errf(e, GS_EX_USAGE,
			       "bad frequency: %d observations a year", k);
	if (xform_name(f) == NULL)
		return gs_errf(e, GS_EX_USAGE, "unknown transformation %d",
			       (int)f);
	/* Backwards, so that y may be x: y[i] reads only x[j], j <= i. */
	for (i = n; i-- > 0;) {
		double p1 = i >= 1 ? x[i - 1] : NAN;
		double pk = i >= (size_t)k ? x[i - (size_t)k] : NAN;

		y[i] = xform_at(f, x[i], p1, pk, k);
	}
	return 0;
}

/* The lowest value of f when a bound leaves it undefined: a percent
 * change of a non-negative figure is -100 at least (the ratio 0 against
 * an unbounded base); the others have no floor. */
static double pct_floor(enum gs_xform f)
{
	return f == GS_XF_PCH || f == GS_XF_PC1 || f == GS_XF_PCA ?
	       -100.0 : -INFINITY;
}

/* The observation j back from i, or NAN. */
static double back(const double *v, size_t i, size_t j)
{
	return i >= j ? v[i - j] : NAN;
}

int growth_xform_bounds(enum gs_xform f, const double *x, const double *lo,
			const double *hi, size_t n, int k, double *ylo,
			double *yhi, struct gs_err *e)
{
	size_t i, kk = (size_t)k;

	if (growth_xform(f, x, n, k, ylo, e))
		return -1;
	for (i = 0; i < n; i++) {
		double y = ylo[i];

		if (isnan(y)) {
			yhi[i] = NAN;
			continue;
		}
		ylo[i] = xform_at(f, lo[i], back(hi, i, 1), back(hi, i, kk), k);
		yhi[i] = xform_at(f, hi[i], back(lo, i, 1), back(lo, i, kk), k);
		if (isnan(ylo[i]))
			ylo[i] = pct_floor(f);
		if (isnan(yhi[i]))
			yhi[i] = INFINITY;
	}
	return 0;
}
