/*
** growth.h: the arithmetic of growth between dated figures.
**
** Pure functions on plain values: no database, no I/O. Functions that can
** fail return 0 or -1 and fill a struct gs_err (code GS_EX_DATAERR for data
** that makes a figure undefined, GS_EX_USAGE for a bad parameter); they
** never print and never exit.
**
** THE TIME RULE (the project's one rule for "when" a figure is):
**   a period's time is the decimal year at the instant just after its END,
**   counting months as twelfths and days as fractions of their month:
**
**     t = year + ((month - 1) + day / days_in_month) / 12
**
**   computed for the period's last day. So
**     year 2024                -> 2025.0
**     Jan-Aug 2025             -> 2025 + 8/12
**     2025-Q3                  -> 2025 + 9/12
**     day 2025-08-15           -> 2025 + 7/12 + 15/(31*12)
**   and the years between two periods are t2 - t1: 2020 -> 2024 is exactly
**   4, Jan-Aug 2024 -> Jan-Aug 2025 is exactly 1, year 2024 -> Jan-Aug 2025
**   is 8/12.
**
** BOUNDS. A figure is a value with an interval [lo, hi] it is known to lie
** in: lo == hi == v when exact, lo = -INFINITY or hi = INFINITY when a side
** is open ("over 3000" is [3000, +inf)). Results carry intervals obtained by
** interval arithmetic, so a multiple whose start is a lower bound comes out
** as an upper bound.
**
** Ratio measures (multiple, percent change, log difference, CAGR) assume
** the quantity is non-negative: their bounds are taken with each interval
** clipped at 0 from below.
*/
#ifndef GS_GROWTH_H
#define GS_GROWTH_H

#include "../series/obs.h"

/*
** Default relative tolerance of "about" and "almost": 5 %. "about 100" is
** [95, 105], "almost 100" is [95, 100]. The command layer may override it
** (GROWTHSTAT_APPROX_TOLERANCE) and passes the value to qual_bounds().
*/
#define GS_APPROX_TOL_DEFAULT 0.05

/* A value with the interval it is known to lie in. */
struct gs_est {
	double v;
	double lo;
	double hi;
};

/* A value at a time t (see the time rule), with its interval. */
struct gs_point {
	double t;
	double v;
	double lo;
	double hi;
};

/*
** Time of a day: the decimal year just after the end of day yyyymmdd.
** NAN for an invalid date.
*/
double date_time(int32_t ymd);

/* Time of a period (the time of its last day); NAN for a zero period. */
double period_time(const struct gs_period *p);

/*
** The interval a qualified value stands for, with tol the relative
** tolerance of "about"/"almost" (GS_APPROX_TOL_DEFAULT):
**   none              [v, v]
**   over, at least    [v, +inf)
**   up to, under      [0, v]
**   about             [v - v tol, v + v tol]
**   almost            [v - v tol, v]
** for v >= 0; a negative v's qualifier bounds its size, as the words do
** ("fell by more than 10 %", "a loss of up to 5 bn"): the interval of -v
** mirrored, so over -10 is (-inf, -10], up to -35 is [-35, 0], almost
** -20 is [-20, -19].
** Open and closed ends are not told apart ("over" and "at least" agree).
*/
void qual_bounds(enum gs_qual q, double v, double approx_tol, double *lo,
		 double *hi);

/* A value or a point with the bounds of its qualifier. */
struct gs_est growth_est(double v, enum gs_qual q, double approx_tol);
/*
** Bounds of a/b over a in [alo, ahi] and b in [blo, bhi], any signs, in
** extended reals (0 * inf = 0): the hull of the quotients. Where b reaches
** 0 the ratio is unbounded on that side; b taking both signs leaves it
** (-inf, inf) (unless a is 0); b = [0, 0] gives NAN (no ratio).
*/
void growth_div_bounds(double alo, double ahi, double blo, double bhi,
		       double *lo, double *hi);
struct gs_point growth_point(double t, double v, enum gs_qual q,
			     double approx_tol);

/*
** CAGR, as a fraction (0.29 = 29 % a year), of a move from a to b over
** years: (b/a)^(1/years) - 1. Fails (GS_EX_DATAERR) when a or b is not
** positive or years is not positive, with a message saying which:
** "CAGR undefined: start value is zero", "...: values of opposite sign
** (-5 and 10)", "...: end period is not after start period".
*/
int growth_cagr(double a, double b, double years, double *cagr,
		struct gs_err *e);

/* Every measure of the change from point a to point b. */
struct gs_change {
	double years;       /* b.t - a.t */
	struct gs_est abs;  /* b - a */
	struct gs_est mult; /* b / a */
	struct gs_est pct;  /* 100 (b/a - 1) */
	struct gs_est logd; /* ln(b/a) */
	struct gs_est cagr; /* (b/a)^(1/years) - 1, a fraction */
};

/*
** Fill *c with the change from a to b. Always writes every field; those
** that are undefined are NAN (v, lo and hi). Returns 0 when all are
** defined, and -1 with e filled as by growth_cagr() when the CAGR is not:
** then abs and years are still valid, and mult/pct/logd are too when a > 0
** and b > 0 (only years <= 0 was wrong).
*/
int growth_change(const struct gs_point *a, const struct gs_point *b,
		  struct gs_change *c, struct gs_err *e);

/*
** The change from a to b when one is implied from the other by a stated
** multiple: b/a = r is then known to lie in [r.lo, r.hi], whatever the
** bounds of a and b alone. The anchor (a when anchor_is_a, else b) is the
** stated level the other was derived from: the absolute change takes its
** bounds and r's. Values (v) are those of a and b; fails as
** growth_change().
*/
int growth_change_dep(const struct gs_point *a, const struct gs_point *b,
		      const struct gs_est *r, bool anchor_is_a,
		      struct gs_change *c, struct gs_err *e);

/* A percent change as a multiple, bounds included: m = 1 + p/100. */
struct gs_est growth_pct_to_mult(const struct gs_est *pct);

/* A level implied by another level and a multiple between the two. */
struct gs_implied {
	struct gs_point level; /* the implied level, at the given time */
	struct gs_est cagr;    /* implied CAGR; NAN when the years are <= 0 */
};

/*
** From the level at the end and the multiple end/base, the level at the
** base time t_base: end / mult (154e9 at 2.8-fold -> 55e9), and the CAGR
** over end.t - t_base years. For a percent change convert it first with
** growth_pct_to_mult(). Fails (GS_EX_DATAERR) when the multiple is not
** positive or the level is negative. A multiple stated as a lower bound
** ("over 2-fold") gives an upper bound. The CAGR is NAN when t_base is
** NAN or not before end.t. On failure out holds NANs.
*/
int growth_implied_base(const struct gs_point *end, const struct gs_est *mult,
			double t_base, struct gs_implied *out,
			struct gs_err *e);

/* The reverse: from the base level and the multiple, the level at t_end. */
int growth_implied_end(const struct gs_point *base, const struct gs_est *mult,
		       double t_end, struct gs_implied *out,
		       struct gs_err *e);

/*
** FRED's transformations of a regular series with k observations a year
** (1 annual, 4 quarterly, 12 monthly):
**   lin  x_t                       chg  x_t - x_{t-1}
**   ch1  x_t - x_{t-k}             pch  100 (x_t/x_{t-1} - 1)
**   pc1  100 (x_t/x_{t-k} - 1)     pca  100 ((x_t/x_{t-1})^k - 1)
**   cch  100 (ln x_t - ln x_{t-1}) cca  k cch
**   log  ln x_t
*/
enum gs_xform {
	GS_XF_LIN = 0,
	GS_XF_CHG,
	GS_XF_CH1,
	GS_XF_PCH,
	GS_XF_PC1,
	GS_XF_PCA,
	GS_XF_CCH,
	GS_XF_CCA,
	GS_XF_LOG,
};

/* "lin", "chg", ...; NULL for a value out of range. */
const char *xform_name(enum gs_xform f);

/* Parse a name, in any case ("pc1", "PC1"); GS_EX_USAGE if unknown. */
int xform_from_name(const char *s, enum gs_xform *f, struct gs_err *e);

/*
** y[i] = transform f of x at i, for i in 0..n-1, NAN where undefined: at
** the first 1 (or k) observations, for a ratio whose denominator is zero,
** for pca with a non-positive ratio, for cch/cca/log of non-positive
** values; NAN in x gives NAN. y may be the same array as x. Fails
** (GS_EX_USAGE) for k < 1 or an unknown f.
*/
int growth_xform(enum gs_xform f, const double *x, size_t n, int k, double *y,
		 struct gs_err *e);

/*
** The bounds of transform f of x when each x[i] lies in [lo[i], hi[i]]
** (qualified figures): every transform rises with the observation and
** falls with the one it is compared with, so ylo[i] takes lo[i] against
** the earlier hi, yhi[i] hi[i] against the earlier lo. Where f of x is
** defined but a bound is not (against an unbounded base, or a bound of
** 0 under a log), the low bound is -100 for pch, pc1 and pca, else -inf,
** and the high bound +inf; NAN where f of x is NAN. Fails as
** growth_xform does.
*/
int growth_xform_bounds(enum gs_xform f, const double *x, const double *lo,
			const double *hi, size_t n, int k, double *ylo,
			double *yhi, struct gs_err *e);

#endif
