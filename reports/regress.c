/*
** regress.c: least-squares trends, Student's t distribution (incomplete
** beta by Lentz's continued fraction, quantile by safeguarded Newton) and
** constant-rate projections (see regress.h).
*/
#include "../common.h"

#include "regress.h"

#include <float.h>
#include <math.h>

#define CF_MAXIT 100000    /* continued-fraction terms; ~sqrt(a) needed */
#define CF_EPS DBL_EPSILON /* stop when the last factor is 1 to this */
#define CF_TINY (DBL_MIN / DBL_EPSILON)
#define QT_MAXIT 400       /* Newton/bisection steps of the quantile */
#define QT_CF_DOF 1e4      /* dof from which the quantile is Cornish-Fisher */

/* One Lentz update of (c, d) with the partial numerator aa; the factor. */
static double lentz_step(double aa, double *c, double *d)
{
	*d = 1.0 + aa * *d;
	if (fabs(*d) < CF_TINY)
		*d = CF_TINY;
	*c = 1.0 + aa / *c;
	if (fabs(*c) < CF_TINY)
		*c = CF_TINY;
	*d = 1.0 / *d;
	return *c * *d;
}

/* The continued fraction of I_x(a, b) (Numerical Recipes' betacf). */
static double betacf(double a, double b, double x)
{
	double qab = a + b, qap = a + 1.0, qam = a - 1.0;
	double c = 1.0, d = 1.0 - qab * x / qap, h, del;
	int m;

	if (fabs(d) < CF_TINY)
		d = CF_TINY;
	d = 1.0 / d;
	h = d;
	for (m = 1; m <= CF_MAXIT; m++) {
		double m2 = 2.0 * m;

		h *= lentz_step(m * (b - m) * x / ((qam + m2) * (a + m2)),
				&c, &d);
		del = lentz_step(-(a + m) * (qab + m) * x /
					 ((a + m2) * (qap + m2)),
				 &c, &d);
		h *= del;
		if (fabs(del - 1.0) < CF_EPS)
			break;
	}
	return h;
}

/* lgamma(x) - ((x - 1/2) ln x - x + ln(2 pi)/2): Stirling's series. */
static double stirling_corr(double x)
{
	double r = 1.0 / x, r2 = r * r;

	return r * (1.0 / 12 - r2 * (1.0 / 360 - r2 * (1.0 / 1260 -
		    r2 * (1.0 / 1680 - r2 * (1.0 / 1188 -
		    r2 * 691.0 / 360360)))));
}

/*
** lgamma(a + b) - lgamma(a), b > 0. For a >= 10 from Stirling's series so
** that the two large logarithms do not cancel (lgamma(5e4) is 5e5: its
** last bit alone would cost 1e-10 of the result).
*/
static double lgamma_diff(double a, double b)
{
	if (a < 10)
		return lgamma(a + b) - lgamma(a);
	return (a - 0.5) * log1p(b / a) + b * log(a + b) - b +
	       stirling_corr(a + b) - stirling_corr(a);
}

/* ln B(a, b)^-1 = lgamma(a + b) - lgamma(a) - lgamma(b), accurately. */
static double lbeta_inv(double a, double b)
{
	return a >= b ? lgamma_diff(a, b) - lgamma(b)
		      : lgamma_diff(b, a) - lgamma(a);
}

/*
** The arguments of I_x(a, b): x, y = 1 - x, lx = ln x and ly = ln y, each
** supplied by the caller as exactly as it can.
*/
struct beta_arg {
	double x, y, lx, ly;
};

/*
** I_x(a, b) and its complement 1 - I_x(a, b), each taken from the
** continued fraction that converges rather than by subtraction when it is
** the small one.
*/
static void ibeta(double a, double b, const struct beta_arg *z, double *ix,
		  double *iy)
{
	double f;

	if (z->x <= 0 || z->y <= 0) {
		*ix = z->x <= 0 ? 0.0 : 1.0;
		*iy = 1.0 - *ix;
		return;
	}
	f = exp(lbeta_inv(a, b) + a * z->lx + b * z->ly);
	if (z->x < (a + 1.0) / (a + b + 2.0)) {
		*ix = f * betacf(a, b, z->x) / a;
		*iy = 1.0 - *ix;
	} else {
		*iy = f * betacf(b, a, z->y) / b;
		*ix = 1.0 - *iy;
	}
}

double stat_betai(double a, double b, double x)
{
	struct beta_arg z = { x, 1.0 - x, log(x), log1p(-x) };
	double ix, iy;

	if (!(a > 0) || !(b > 0) || !(x >= 0 && x <= 1))
		return NAN;
	ibeta(a, b, &z, &ix, &iy);
	return ix;
}

/* P(T > t) and P(0 < T < t) for t >= 0, each without cancellation. */
static void t_probs(double t, double dof, double *tail, double *mid)
{
	double t2 = t * t, ix, iy;
	struct beta_arg z;

	if (isinf(t)) {
		*tail = 0.0;
		*mid = 0.5;
		return;
	}
	if (isinf(dof)) { /* the normal distribution */
		*tail = erfc(t / M_SQRT2) / 2.0;
		*mid = erf(t / M_SQRT2) / 2.0;
		return;
	}
	z.x = dof / (dof + t2);
	z.y = t2 / (dof + t2);
	z.lx = -log1p(t2 / dof);
	z.ly = log(z.y);
	ibeta(dof / 2.0, 0.5, &z, &ix, &iy);
	*tail = ix / 2.0;
	*mid = iy / 2.0;
}

static double t_pdf(double t, double dof)
{
	double lc;

	if (isinf(dof))
		return exp(-t * t / 2.0) / sqrt(2.0 * M_PI);
	lc = lgamma_diff(dof / 2.0, 0.5) - 0.5 * log(dof * M_PI);
	return exp(lc - (dof + 1.0) / 2.0 * log1p(t * t / dof));
}

double stat_t_cdf(double t, double dof)
{
	double tail, mid;

	if (isnan(t) || !(dof > 0))
		return NAN;
	t_probs(fabs(t), dof, &tail, &mid);
	if (t >= 0)
		return tail < 0.25 ? 1.0 - tail : 0.5 + mid;
	return tail;
}

/*
** The quantile is solved for whichever probability is small and so known
** to full relative precision: the tail q = P(T > t) (far from the centre)
** or the middle c = P(0 < T < t) (near it).
*/
struct t_goal {
	double dof;
	double prob;  /* q or c */
	bool central; /* prob is c */
};

/* Positive when t is below the quantile; decreasing in t. */
static double t_excess(const struct t_goal *g, double t)
{
	double tail, mid;

	t_probs(t, g->dof, &tail, &mid);
	return g->central ? g->prob - mid : tail - g->prob;
}

/* Grow hi until the quantile is below it; lo keeps the last point above. */
static void t_bracket(const struct t_goal *g, double *lo, double *hi)
{
	*lo = 0.0;
	*hi = 1.0;
	while (t_excess(g, *hi) > 0 && *hi < DBL_MAX / 4) {
		*lo = *hi;
		*hi *= 4.0;
	}
}

/* Newton on the density, falling back to bisection outside the bracket. */
static double t_solve(const struct t_goal *g)
{
	double lo, hi, t, f, next;
	int i;

	t_bracket(g, &lo, &hi);
	t = (lo + hi) / 2.0;
	for (i = 0; i < QT_MAXIT; i++) {
		f = t_excess(g, t);
		if (f == 0)
			return t;
		if (f > 0)
			lo = t;
		else
			hi = t;
		next = t + f / t_pdf(t, g->dof);
		if (!(next > lo && next < hi))
			next = lo > 0 && hi > 4 * lo ? sqrt(lo * hi)
						     : (lo + hi) / 2.0;
		if (fabs(next - t) <= 4 * DBL_EPSILON * t)
			return next;
		t = next;
	}
	return t;
}

/*
** The Cornish-Fisher expansion of the t quantile about the normal one z
** (Abramowitz & Stegun 26.7.5), used for dof >= QT_CF_DOF: there it is
** exact to ~4e-15 for tails down to 1e-20, while x = dof / (dof + t^2)
** rounds too close to 1 for the beta function to keep 1e-14.
*/
static double cornish_fisher(double z, double dof)
{
	double z2 = z * z, r = 1.0 / dof;
	double g1 = z * (z2 + 1) / 4;
	double g2 = z * ((5 * z2 + 16) * z2 + 3) / 96;
	double g3 = z * (((3 * z2 + 19) * z2 + 17) * z2 - 15) / 384;
	double g4 = z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 -
			 945) / 92160;

	return z + r * (g1 + r * (g2 + r * (g3 + r * g4)));
}

static double t_quantile(double p, double dof)
{
	struct t_goal g = { .dof = dof };
	double c, q, t;

	if (dof >= QT_CF_DOF && !isinf(dof))
		return cornish_fisher(t_quantile(p, INFINITY), dof);
	if (!(p > 0 && p < 1) || !(dof > 0))
		return NAN;
	if (p == 0.5)
		return 0.0;
	/* By symmetry: c = |p - 1/2| and the tail q; exact where used. */
	c = p > 0.5 ? p - 0.5 : 0.5 - p;
	q = p > 0.5 ? 1.0 - p : p;
	g.central = c < 0.25;
	g.prob = g.central ? c : q;
	t = t_solve(&g);
	return p > 0.5 ? t : -t;
}

/*
** A report over many series asks for the same quantile again and again
** (one level, series of one length): solving it was a tenth of the
** computing thread's work in project --all over 10,000 series. The last
** answer is kept per thread, so the result is the solver's, bit for bit.
*/
double stat_t_quantile(double p, double dof)
{
	static _Thread_local double last_p = NAN, last_dof = NAN, last_q;

	if (p == last_p && dof == last_dof)
		return last_q;
	last_q = t_quantile(p, dof);
	last_p = p;
	last_dof = dof;
	return last_q;
}

static int check_points(const struct gs_point *p, size_t n,
			enum gs_fit_kind kind, struct gs_err *e)
{
	size_t i;

	if (n < 2)
		return gs_errf(e, GS_EX_DATAERR,
			       "too few points for a trend: %zu (need at "
			       "least 2)", n);
	for (i = 0; i < n; i++) {
		if (!isfinite(p[i].t) || !isfinite(p[i].v))
			return gs_errf(e, GS_EX_DATAERR,
				       "cannot fit a trend: point %zu is not "
				       "a finite number", i + 1);
		if (kind == GS_FIT_LOGLINEAR && !(p[i].v > 0))
			return gs_errf(e, GS_EX_DATAERR,
				       "log-linear trend undefined: value %g "
				       "at %.4f is not positive", p[i].v,
				       p[i].t);
	}
	return 0;
}

static double fit_y(const struct gs_point *p, enum gs_fit_kind kind)
{
	return kind == GS_FIT_LOGLINEAR ? log(p->v) : p->v;
}

/* Means, Sxx, Sxy and Syy of the points, centred for accuracy. */
static void fit_moments(const struct gs_point *p, size_t n,
			struct gs_fit *f, double *sxy, double *syy)
{
	double st = 0, sy = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		st += p[i].t;
		sy += fit_y(&p[i], f->kind);
	}
	f->tbar = st / n;
	f->ybar = sy / n;
	f->sxx = *sxy = *syy = 0;
	for (i = 0; i < n; i++) {
		double dt = p[i].t - f->tbar;
		double dy = fit_y(&p[i], f->kind) - f->ybar;

		f->sxx += dt * dt;
		*sxy += dt * dy;
		*syy += dy * dy;
	}
}

/* Sum of squared residuals of the fitted line. */
static double fit_sse(const struct gs_point *p, size_t n,
		      const struct gs_fit *f)
{
	double sse = 0;
	size_t i;

	for (i = 0; i < n; i++) {
		double r = (fit_y(&p[i], f->kind) - f->ybar) -
			   f->b * (p[i].t - f->tbar);

		sse += r * r;
	}
	return sse;
}

int regress_fit(const struct gs_point *p, size_t n, enum gs_fit_kind kind,
		struct gs_fit *f, struct gs_err *e)
{
	double sxy, syy, sse;

	f->kind = kind;
	f->n = n;
	f->a = f->b = f->s = f->r2 = NAN;
	f->tbar = f->ybar = f->sxx = NAN;
	f->has_interval = false;
	if (check_points(p, n, kind, e) < 0)
		return -1;
	fit_moments(p, n, f, &sxy, &syy);
	if (!(f->sxx > 0))
		return gs_errf(e, GS_EX_DATAERR,
			       "cannot fit a trend: all %zu points are at the "
			       "same time", n);
	f->b = sxy / f->sxx;
	f->a = f->ybar - f->b * f->tbar;
	sse = fit_sse(p, n, f);
	f->r2 = syy > 0 ? 1.0 - sse / syy : NAN;
	if (n > 2) {
		f->s = sqrt(sse / (double)(n - 2));
		f->has_interval = true;
	}
	return 0;
}

int regress_predict(const struct gs_fit *f, double t0, double level,
		    struct gs_pred *out, struct gs_err *e)
{
	double y, h;

	out->t = t0;
	out->v = out->lo = out->hi = NAN;
	out->has_interval = false;
	if (!(level > 0 && level < 1))
		return gs_errf(e, GS_EX_USAGE,
			       "bad confidence level %g (must be between 0 and "
			       "1, e.g. 0.95)", level);
	y = f->ybar + f->b * (t0 - f->tbar);
	out->v = f->kind == GS_FIT_LOGLINEAR ? exp(y) : y;
	if (!f->has_interval)
		return 0;
	h = stat_t_quantile((1.0 + level) / 2.0, (double)(f->n - 2)) * f->s *
	    sqrt(1.0 + 1.0 / f->n + (t0 - f->tbar) * (t0 - f->tbar) / f->sxx);
	out->lo = y - h;
	out->hi = y + h;
	if (f->kind == GS_FIT_LOGLINEAR) {
		out->lo = exp(out->lo);
		out->hi = exp(out->hi);
	}
	out->has_interval = true;
	return 0;
}

/* (1 + r)^dt with 1 + r clipped at 0, in extended reals. */
static double growth_factor(double r, double dt)
{
	double g = 1.0 + r;

	return pow(g > 0 ? g : 0.0, dt);
}

/* x * m for x, m >= 0 with 0 * inf = 0. */
static double mul0(double x, double m)
{
	return (x <= 0 || m <= 0) ? 0.0 : x * m;
}

int proj_cagr(const struct gs_point *last, const struct gs_est *cagr,
	      double t0, struct gs_point *out, struct gs_err *e)
{
	double dt = t0 - last->t, flo, fhi;

	out->t = t0;
	out->v = out->lo = out->hi = NAN;
	if (!(cagr->v > -1.0) || isinf(cagr->v))
		return gs_errf(e, GS_EX_DATAERR,
			       "projection undefined: growth rate %g %% is not "
			       "above -100 %%", 100.0 * cagr->v);
	if (!(last->v >= 0) || isinf(last->v) || isnan(dt))
		return gs_errf(e, GS_EX_DATAERR,
			       "projection undefined: level %g is not a "
			       "non-negative number", last->v);
	out->v = last->v * pow(1.0 + cagr->v, dt);
	flo = growth_factor(dt >= 0 ? cagr->lo : cagr->hi, dt);
	fhi = growth_factor(dt >= 0 ? cagr->hi : cagr->lo, dt);
	out->lo = mul0(last->lo, flo);
	out->hi = mul0(last->hi, fhi);
	return 0;
}

int proj_years_to_target(double from, double target, double rate,
			 double *years, struct gs_err *e)
{
	double y;

	*years = NAN;
	if (!(from > 0) || !(target > 0) || isinf(from) || isinf(target))
		return gs_errf(e, GS_EX_DATAERR,
			       "years to target undefined: values must be "
			       "positive (%g and %g)", from, target);
	if (!(rate > -1.0) || isinf(rate))
		return gs_errf(e, GS_EX_DATAERR,
			       "years to target undefined: growth rate %g %% "
			       "is not above -100 %%", 100.0 * rate);
	if (target == from) {
		*years = 0.0;
		return 0;
	}
	y = rate == 0 ? NAN : log(target / from) / log1p(rate);
	if (!(y > 0))
		return gs_errf(e, GS_EX_DATAERR,
			       "target %g is never reached from %g at %g %% a "
			       "year", target, from, 100.0 * rate);
	*years = y;
	return 0;
}

/* The CAGR from `from` to target over years > 0, `from` >= 0 extended. */
static double cagr_from(double from, double target, double years)
{
	if (from <= 0)
		return INFINITY;
	return pow(target / from, 1.0 / years) - 1.0;
}

int proj_required_cagr(const struct gs_point *last, double target,
		       double t_target, struct gs_est *out, struct gs_err *e)
{
	double years = t_target - last->t;

	out->lo = out->hi = NAN;
	if (growth_cagr(last->v, target, years, &out->v, e) < 0)
		return -1;
	out->lo = cagr_from(last->hi, target, years);
	out->hi = cagr_from(last->lo, target, years);
	return 0;
}
