/*
** regress.h: trends and projections over dated points.
**
** Ordinary least squares y = a + b t (linear on the values, or log-linear
** on their logarithms), prediction intervals from Student's t, the t
** distribution itself, and projections at a constant growth rate. Times
** follow the time rule of growth.h. Pure functions: they return 0 or -1
** and fill a struct gs_err (GS_EX_DATAERR for data that cannot be fitted
** or projected, GS_EX_USAGE for a bad parameter); never print or exit.
*/
#ifndef GS_REGRESS_H
#define GS_REGRESS_H

#include "growth.h"

enum gs_fit_kind {
	GS_FIT_LINEAR = 0, /* y = v */
	GS_FIT_LOGLINEAR,  /* y = ln v; needs v > 0; exp(b) - 1 is the rate */
};

/* A fitted line y = a + b t. */
struct gs_fit {
	enum gs_fit_kind kind;
	size_t n;          /* number of points */
	double a;          /* intercept (y at t = 0) */
	double b;          /* slope, per year */
	double s;          /* residual std. error, n - 2 dof; NAN if n == 2 */
	double r2;         /* R^2; NAN when every y is equal */
	double tbar;       /* mean of t */
	double ybar;       /* mean of y */
	double sxx;        /* sum of (t - tbar)^2 */
	bool has_interval; /* n >= 3: prediction intervals are available */
};

/*
** Fit the n points p[] (their t and v; lo and hi are ignored). Fails
** (GS_EX_DATAERR) for fewer than 2 points, a NAN or infinite t or v, all
** points at one time, and for a log-linear fit with a value <= 0. With
** exactly 2 points the line goes through both, s is NAN and has_interval
** is false. On failure a, b, s and r2 are NAN (so is a prediction).
*/
int regress_fit(const struct gs_point *p, size_t n, enum gs_fit_kind kind,
		struct gs_fit *f, struct gs_err *e);

/* A predicted value with its prediction interval. */
struct gs_pred {
	double t;
	double v;          /* a + b t, or exp(a + b t) for a log-linear fit */
	double lo;         /* interval bounds; NAN when !has_interval */
	double hi;
	bool has_interval;
};

/*
** Predict at t0 with a prediction interval of confidence level (0.8, 0.95;
** any 0 < level < 1, else GS_EX_USAGE):
**   yhat +- q s sqrt(1 + 1/n + (t0 - tbar)^2 / Sxx),
**   q = the (1 + level)/2 quantile of Student's t with n - 2 dof.
** For a log-linear fit the interval is computed in logs and exponentiated
** (v is then the median, not the mean, of the predicted value). A fit of 2
** points gives the value with has_interval false.
*/
int regress_predict(const struct gs_fit *f, double t0, double level,
		    struct gs_pred *out, struct gs_err *e);

/*
** Student's t distribution with dof > 0 degrees of freedom (need not be an
** integer; INFINITY is the normal distribution), via the regularized
** incomplete beta function
**   P(T > t) = I_x(dof/2, 1/2) / 2,  x = dof / (dof + t^2),  t >= 0,
** evaluated by the continued fraction of Numerical Recipes' betacf with the
** modified Lentz method, lgamma() from libm (Stirling's series for the
** difference lgamma(a + 1/2) - lgamma(a) at large a), and the small one of
** P(T > t) and P(0 < T < t) taken directly, never as 1 minus the other.
**
** The quantile solves P(T > t) = q (or, near the median, P(0 < T < t) =
** |p - 1/2|) by Newton's method on the density, safeguarded by a
** bisection bracket. For dof >= 1e4 it is instead the Cornish-Fisher
** expansion about the normal quantile (A&S 26.7.5, four terms), where
** x rounds too close to 1. Relative accuracy against 60-digit arithmetic
** (mpmath) over dof 0.5 to 1e15 and p 1e-15 to 1 - 1e-8: about 2e-15,
** never worse than 1.2e-13 (dof in the thousands).
**
** The CDF's smaller tail has a relative error near 1e-15 up to dof 1e3
** (1e-14 in tails below 1e-30; 0 once they underflow), about dof * 1e-16
** beyond. Both return NAN for bad arguments (p outside (0, 1), dof <= 0,
** NAN).
*/
double stat_t_cdf(double t, double dof);
double stat_t_quantile(double p, double dof);

/* The regularized incomplete beta I_x(a, b), a, b > 0, 0 <= x <= 1. */
double stat_betai(double a, double b, double x);

/*
** Project the last point at a constant growth rate (a fraction, e.g. the
** CAGR of the window): v(t0) = v_last (1 + cagr)^(t0 - t_last). The bounds
** combine those of the last point and of the rate. 154e9 at 2.8-fold over
** 2020->2024 gives 154e9 * 2.8^(6/4) = 721.5e9 for 2030. Fails
** (GS_EX_DATAERR) for a negative level or a rate <= -100 %.
*/
int proj_cagr(const struct gs_point *last, const struct gs_est *cagr,
	      double t0, struct gs_point *out, struct gs_err *e);

/*
** Years for a value to go from `from` to `target` at a growth rate:
** ln(target/from) / ln(1 + rate). Fails (GS_EX_DATAERR) for non-positive
** values, a rate <= -100 %, and a target the rate never reaches (zero
** growth, or growth away from it).
*/
int proj_years_to_target(double from, double target, double rate,
			 double *years, struct gs_err *e);

/*
** The CAGR needed to go from the last point to target by time t_target:
** (target/v_last)^(1/years) - 1, years = t_target - t_last, with bounds
** from those of the last point ("over 154" makes it an upper bound).
** (230/154)^(1/6) - 1 = 6.914 %. Fails as growth_cagr().
*/
int proj_required_cagr(const struct gs_point *last, double target,
		       double t_target, struct gs_est *out, struct gs_err *e);

#endif
