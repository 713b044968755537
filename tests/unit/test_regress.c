/*
** test_regress.c: unit tests of reports/regress.c: least-squares trends and
** their prediction intervals, Student's t quantiles, and projections.
**
** Expected values are computed independently of the code under test: by
** hand (the arithmetic is in the comments) or by tests/unit/gen_expected.py
** (numpy.polyfit, scipy.stats.t), whose output is pasted below between the
** BEGIN/END markers. Comparisons are at relative 1e-9.
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "../../reports/regress.h"

/* BEGIN gen_expected.py regress */
/* ge_tq[2 i + j]: dof [1, 2, 3, 5, 10, 30, 100], p [0.9, 0.975] */
static const double ge_tq[14] = {
	3.077683537175254, 12.706204736174692, 1.8856180831641267,
	4.302652729749461, 1.6377443536962097, 3.1824463052837078,
	1.4758840488244802, 2.570581835636314, 1.3721836411103356,
	2.228138851986274, 1.3104150253913958, 2.042272456301238,
	1.2900747613465162, 1.9839715185235516,
};
static const double ge_tq_1e5_0975 = 1.9599877075346093;
static const double ge_tq_5000_0975 = 1.9604385517065073;
static const double ge_tq_1e7_0975 = 1.959964221767205;
static const double ge_tq_3_1em10 = -2225.7692846830937;
static const double ge_norm_0975 = 1.959963984540054;
static const double ge_norm_1em10 = -6.361340902404056;
static const double ge_tcdf_3_15 = 0.8847080673775886;
static const double ge_tcdf_10_m2 = 0.036694017385370196;
static const double ge_betai = 0.3521975859067672;
/* a, b, s, r2, yhat(2031), lo80, hi80, lo95, hi95 */
static const double ge_lin[9] = {
	-3982.563967003994, 1.981327334083176, 0.7527452569244594,
	0.987177664388901, 41.511848518936404, 39.908795078102685,
	43.11490195977012, 38.86536559615567, 44.15833144171714,
};
static const double ge_loglin[9] = {
	-195.71608663699502, 0.0983437866856026, 0.05090773013956098,
	0.9764541858990756, 55.70913413021898, 49.985378685360665,
	62.088308764732076, 46.579661564929296, 66.62795566285129,
};
static const double ge_exact_log_a = -188.0167031985526;
static const double ge_proj_2030 = 721535606882.9867;
static const double ge_req_cagr = 0.06913985470354866;
static const double ge_req_about_lo = 0.06048118905398581;
static const double ge_req_about_hi = 0.07831898533907222;
static const double ge_years_double_10 = 7.272540897341713;
/* END gen_expected.py regress */

#include "check_rel.h"

/* The noisy series of gen_expected.py (NOISY_T, NOISY_V). */
static const double noisy_t[10] = { 2016, 2017, 2018, 2019, 2020, 2021, 2022,
				    2023, 2024, 2025.0 + 8.0 / 12.0 };
static const double noisy_v[10] = { 12.1, 13.9, 15.2, 18.0, 18.7, 21.9, 24.4,
				    25.1, 28.9, 30.2 };

static struct gs_point pt(double t, double v)
{
	struct gs_point p = { t, v, v, v };

	return p;
}

static void test_t_quantile_table(void **state)
{
	static const double dofs[7] = { 1, 2, 3, 5, 10, 30, 100 };
	static const double probs[2] = { 0.9, 0.975 };
	size_t i, j;

	(void)state;
	for (i = 0; i < 7; i++) {
		for (j = 0; j < 2; j++) {
			double q = stat_t_quantile(probs[j], dofs[i]);

			ASSERT_REL(q, ge_tq[2 * i + j]);
			/* The same to 1e-12, as promised. */
			assert_true(fabs(q / ge_tq[2 * i + j] - 1) < 1e-12);
			/* Symmetry: the lower quantile is its negative. */
			ASSERT_REL(stat_t_quantile(1 - probs[j], dofs[i]),
				   -ge_tq[2 * i + j]);
		}
	}
}

static void test_t_by_hand(void **state)
{
	(void)state;
	/* dof 1 is Cauchy: t = tan(pi (p - 1/2)); tan(pi/4) = 1. */
	ASSERT_REL(stat_t_quantile(0.75, 1), 1.0);
	ASSERT_REL(stat_t_cdf(1.0, 1), 0.75);
	ASSERT_REL(stat_t_cdf(-1.0, 1), 0.25);
	/* dof 2: t = (2p - 1) / sqrt(2 p (1 - p)) = 0.95 / sqrt(0.04875). */
	ASSERT_REL(stat_t_quantile(0.975, 2), 4.3026527297494640);
	/* dof 2: F(t) = 1/2 + t / (2 sqrt(2 + t^2)); F(1) = 1/2 + 1/sqrt(12) */
	ASSERT_REL(stat_t_cdf(1.0, 2), 0.78867513459481288);
	assert_true(stat_t_quantile(0.5, 7) == 0.0);
	assert_true(stat_t_cdf(0.0, 7) == 0.5);
	/* I_x(a, 1) = x^a: 0.3^2.5 = 0.04929503017546495. */
	ASSERT_REL(stat_betai(2.5, 1, 0.3), 0.049295030175464950);
	assert_true(stat_betai(2, 3, 0) == 0.0 && stat_betai(2, 3, 1) == 1.0);
}

static void test_t_vs_scipy(void **state)
{
	(void)state;
	ASSERT_REL(stat_t_cdf(1.5, 3), ge_tcdf_3_15);
	ASSERT_REL(stat_t_cdf(-2.0, 10), ge_tcdf_10_m2);
	ASSERT_REL(stat_betai(2.5, 4.0, 0.3), ge_betai);
	/* Large dof (Cornish-Fisher) and the normal limit. */
	ASSERT_REL(stat_t_quantile(0.975, 1e5), ge_tq_1e5_0975);
	ASSERT_REL(stat_t_quantile(0.975, INFINITY), ge_norm_0975);
	ASSERT_REL(stat_t_quantile(1e-10, INFINITY), ge_norm_1em10);
	/* Quantile and CDF are inverse; near the median too. */
	ASSERT_REL(stat_t_cdf(stat_t_quantile(0.6, 4.5), 4.5), 0.6);
	ASSERT_REL(stat_t_cdf(stat_t_quantile(0.5000001, 3), 3), 0.5000001);
	ASSERT_REL(stat_t_cdf(stat_t_quantile(1e-12, 3), 3), 1e-12);
}

/* |got / want - 1| < 1e-13: the accuracy the implementation claims. */
static void check_tight(double got, double want, int line)
{
	if (fabs(got / want - 1) < 1e-13)
		return;
	print_error("%.17g, want %.17g\n", got, want);
	_fail(__FILE__, line);
}

static void test_t_precision(void **state)
{
	double p = 0.5000001, c = p - 0.5; /* c is exact */

	(void)state;
	/* Near the median, closed forms: tan(pi c) and 2c / sqrt(2p(1-p)). */
	check_tight(stat_t_quantile(p, 1), tan(M_PI * c), __LINE__);
	check_tight(stat_t_quantile(p, 2), 2 * c / sqrt(2 * p * (1 - p)),
		    __LINE__);
	check_tight(stat_t_quantile(1 - p, 2), -2 * c / sqrt(2 * p * (1 - p)),
		    __LINE__);
	/* Far tail, large dof (beta function), very large dof (expansion). */
	check_tight(stat_t_quantile(1e-10, 3), ge_tq_3_1em10, __LINE__);
	check_tight(stat_t_quantile(0.975, 5000), ge_tq_5000_0975, __LINE__);
	check_tight(stat_t_quantile(0.975, 1e5), ge_tq_1e5_0975, __LINE__);
	check_tight(stat_t_quantile(0.975, 1e7), ge_tq_1e7_0975, __LINE__);
}

static void test_t_bad_args(void **state)
{
	(void)state;
	assert_true(isnan(stat_t_quantile(0, 5)));
	assert_true(isnan(stat_t_quantile(1, 5)));
	assert_true(isnan(stat_t_quantile(NAN, 5)));
	assert_true(isnan(stat_t_quantile(0.9, 0)));
	assert_true(isnan(stat_t_quantile(0.9, -1)));
	assert_true(isnan(stat_t_quantile(0.9, NAN)));
	assert_true(isnan(stat_t_cdf(NAN, 5)));
	assert_true(isnan(stat_t_cdf(1, 0)));
	assert_true(isnan(stat_betai(0, 1, 0.5)));
	assert_true(isnan(stat_betai(1, 1, 1.5)));
}

static void test_fit_exact_linear(void **state)
{
	struct gs_point p[5];
	struct gs_fit f;
	struct gs_pred pr;
	struct gs_err e;
	int i;

	(void)state;
	gs_err_clear(&e);
	/* v = 3 + 2 t at t = 2021..2025: every sum is exact in binary. */
	for (i = 0; i < 5; i++)
		p[i] = pt(2021 + i, 3 + 2 * (2021 + i));
	assert_int_equal(regress_fit(p, 5, GS_FIT_LINEAR, &f, &e), 0);
	assert_true(f.b == 2.0 && f.a == 3.0 && f.s == 0.0);
	assert_true(f.r2 == 1.0 && f.n == 5 && f.has_interval);
	assert_true(f.tbar == 2023.0 && f.sxx == 10.0);
	/* s = 0: the interval is the point, 3 + 2 * 2031 = 4065. */
	assert_int_equal(regress_predict(&f, 2031.0, 0.95, &pr, &e), 0);
	assert_true(pr.v == 4065.0 && pr.lo == 4065.0 && pr.hi == 4065.0);
	assert_true(pr.has_interval && pr.t == 2031.0);
}

static void test_fit_exact_loglinear(void **state)
{
	struct gs_point p[5];
	struct gs_fit f;
	struct gs_pred pr;
	struct gs_err e;
	int i;

	(void)state;
	gs_err_clear(&e);
	/* v = 100 * 1.1^(t - 2021): slope ln 1.1 = 0.09531017980432486. */
	for (i = 0; i < 5; i++)
		p[i] = pt(2021 + i, 100 * pow(1.1, i));
	assert_int_equal(regress_fit(p, 5, GS_FIT_LOGLINEAR, &f, &e), 0);
	ASSERT_REL(f.b, 0.095310179804324860);
	ASSERT_REL(f.a, ge_exact_log_a);
	assert_true(f.s < 1e-14);
	ASSERT_REL(f.r2, 1.0);
	/* 100 * 1.1^10 = 259.37424601 in 2031. */
	assert_int_equal(regress_predict(&f, 2031.0, 0.8, &pr, &e), 0);
	ASSERT_REL(pr.v, 259.37424601);
	ASSERT_REL(pr.lo, 259.37424601);
	ASSERT_REL(pr.hi, 259.37424601);
}

static void check_noisy(enum gs_fit_kind kind, const double *want)
{
	struct gs_point p[10];
	struct gs_fit f;
	struct gs_pred pr;
	struct gs_err e;
	size_t i;

	gs_err_clear(&e);
	for (i = 0; i < 10; i++)
		p[i] = pt(noisy_t[i], noisy_v[i]);
	assert_int_equal(regress_fit(p, 10, kind, &f, &e), 0);
	ASSERT_REL(f.a, want[0]);
	ASSERT_REL(f.b, want[1]);
	ASSERT_REL(f.s, want[2]);
	ASSERT_REL(f.r2, want[3]);
	assert_int_equal(regress_predict(&f, 2031.0, 0.8, &pr, &e), 0);
	ASSERT_REL(pr.v, want[4]);
	ASSERT_REL(pr.lo, want[5]);
	ASSERT_REL(pr.hi, want[6]);
	assert_int_equal(regress_predict(&f, 2031.0, 0.95, &pr, &e), 0);
	ASSERT_REL(pr.v, want[4]);
	ASSERT_REL(pr.lo, want[7]);
	ASSERT_REL(pr.hi, want[8]);
}

static void test_fit_noisy(void **state)
{
	(void)state;
	check_noisy(GS_FIT_LINEAR, ge_lin);
	check_noisy(GS_FIT_LOGLINEAR, ge_loglin);
}

static void test_fit_two_points(void **state)
{
	struct gs_point p[2] = { pt(2021, 10), pt(2025, 30) };
	struct gs_fit f;
	struct gs_pred pr;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	/* Through both: slope 20/4 = 5, intercept 10 - 5 * 2021 = -10095. */
	assert_int_equal(regress_fit(p, 2, GS_FIT_LINEAR, &f, &e), 0);
	ASSERT_REL(f.b, 5.0);
	ASSERT_REL(f.a, -10095.0);
	assert_true(isnan(f.s));
	assert_false(f.has_interval);
	assert_int_equal(regress_predict(&f, 2029.0, 0.95, &pr, &e), 0);
	ASSERT_REL(pr.v, 50.0);
	assert_false(pr.has_interval);
	assert_true(isnan(pr.lo) && isnan(pr.hi));
	/* Log-linear: 10 -> 30 in 4 years, 3^(1/4) a year; 2029: 90. */
	assert_int_equal(regress_fit(p, 2, GS_FIT_LOGLINEAR, &f, &e), 0);
	ASSERT_REL(f.b, log(3.0) / 4.0);
	assert_int_equal(regress_predict(&f, 2029.0, 0.95, &pr, &e), 0);
	ASSERT_REL(pr.v, 90.0);
}

static void expect_fit_error(const struct gs_point *p, size_t n,
			     enum gs_fit_kind kind, const char *text)
{
	struct gs_fit f;
	struct gs_err e;

	gs_err_clear(&e);
	assert_int_equal(regress_fit(p, n, kind, &f, &e), -1);
	ASSERT_ERR(&e, GS_EX_DATAERR, text);
}

static void test_fit_errors(void **state)
{
	struct gs_point p[3] = { pt(2021, 10), pt(2022, 0), pt(2023, -4) };
	struct gs_point same[3] = { pt(2021, 10), pt(2021, 12), pt(2021, 9) };
	struct gs_point bad[2] = { pt(2021, 10), pt(NAN, 12) };
	struct gs_fit f;
	struct gs_pred pr;
	struct gs_err e;

	(void)state;
	expect_fit_error(p, 0, GS_FIT_LINEAR, "too few points for a trend: 0");
	expect_fit_error(p, 1, GS_FIT_LINEAR,
			 "too few points for a trend: 1 (need at least 2)");
	expect_fit_error(p, 2, GS_FIT_LOGLINEAR,
			 "log-linear trend undefined: value 0 at 2022.0000 "
			 "is not positive");
	expect_fit_error(p + 2, 1, GS_FIT_LOGLINEAR, "too few points");
	expect_fit_error(p + 1, 2, GS_FIT_LOGLINEAR, "value 0 at");
	expect_fit_error(same, 3, GS_FIT_LINEAR,
			 "all 3 points are at the same time");
	expect_fit_error(bad, 2, GS_FIT_LINEAR, "point 2 is not a finite");
	/* Negative values are fine on a linear trend. */
	gs_err_clear(&e);
	assert_int_equal(regress_fit(p, 3, GS_FIT_LINEAR, &f, &e), 0);
	ASSERT_REL(f.b, -7.0);
	assert_int_equal(regress_predict(&f, 2024, 1.0, &pr, &e), -1);
	ASSERT_ERR(&e, GS_EX_USAGE, "bad confidence level 1");
	gs_err_clear(&e);
	assert_int_equal(regress_predict(&f, 2024, 0, &pr, &e), -1);
	ASSERT_ERR(&e, GS_EX_USAGE, "bad confidence level 0");
}

static void test_proj_cagr(void **state)
{
	struct gs_point last = pt(2025.0, 154e9); /* year 2024 */
	struct gs_est cagr;
	struct gs_point out;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	/* 2.8-fold over 2020 -> 2024, on to 2030: 154e9 * 2.8^(6/4). */
	assert_int_equal(growth_cagr(55e9, 154e9, 4.0, &cagr.v, &e), 0);
	cagr.lo = cagr.hi = cagr.v;
	assert_int_equal(proj_cagr(&last, &cagr, 2031.0, &out, &e), 0);
	ASSERT_REL(out.v, ge_proj_2030);
	ASSERT_REL(out.v, 721.5356068829867e9);
	ASSERT_REL(out.lo, ge_proj_2030);
	ASSERT_REL(out.hi, ge_proj_2030);
	assert_true(out.t == 2031.0);
	/* Backwards to 2020: 55e9. */
	assert_int_equal(proj_cagr(&last, &cagr, 2021.0, &out, &e), 0);
	ASSERT_REL(out.v, 55e9);
	/* Over 154e9, CAGR in [0 %, 10 %], 2 years: [154e9, inf). */
	last = growth_point(2025.0, 154e9, GS_QUAL_OVER, TOL);
	cagr.v = 0.05;
	cagr.lo = 0.0;
	cagr.hi = 0.1;
	assert_int_equal(proj_cagr(&last, &cagr, 2027.0, &out, &e), 0);
	ASSERT_REL(out.v, 154e9 * 1.1025);
	ASSERT_REL(out.lo, 154e9);
	assert_true(out.hi == INFINITY);
	/* Backwards the rate bounds swap: 100 / [1.21, 1] = [82.64..., 100]. */
	last = pt(2025.0, 100);
	assert_int_equal(proj_cagr(&last, &cagr, 2023.0, &out, &e), 0);
	ASSERT_REL(out.lo, 100 / 1.21);
	ASSERT_REL(out.hi, 100);
}

static void test_proj_cagr_errors(void **state)
{
	struct gs_point last = pt(2025.0, 154e9);
	struct gs_est cagr = { -1.0, -1.0, -1.0 };
	struct gs_point out;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	assert_int_equal(proj_cagr(&last, &cagr, 2031.0, &out, &e), -1);
	ASSERT_ERR(&e, GS_EX_DATAERR, "growth rate -100 % is not above -100 %");
	assert_true(isnan(out.v));
	gs_err_clear(&e);
	last = pt(2025.0, -1);
	cagr.v = cagr.lo = cagr.hi = 0.1;
	assert_int_equal(proj_cagr(&last, &cagr, 2031.0, &out, &e), -1);
	ASSERT_ERR(&e, GS_EX_DATAERR, "level -1 is not a non-negative number");
}

static void test_required_cagr(void **state)
{
	struct gs_point last = pt(2025.0, 154);
	struct gs_est out;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	/* 154 in 2024, 230 by 2030: (230/154)^(1/6) - 1 = 6.914 %. */
	assert_int_equal(proj_required_cagr(&last, 230, 2031.0, &out, &e), 0);
	ASSERT_REL(out.v, ge_req_cagr);
	ASSERT_REL(out.v, 0.06913985470354866);
	ASSERT_REL(out.lo, ge_req_cagr);
	ASSERT_REL(out.hi, ge_req_cagr);
	/* Over 154: the required rate is at most 6.914 %. */
	last = growth_point(2025.0, 154, GS_QUAL_OVER, TOL);
	assert_int_equal(proj_required_cagr(&last, 230, 2031.0, &out, &e), 0);
	ASSERT_REL(out.hi, ge_req_cagr);
	ASSERT_REL(out.lo, -1.0);
	/* About 154: [146.3, 161.7]. */
	last = growth_point(2025.0, 154, GS_QUAL_ABOUT, TOL);
	assert_int_equal(proj_required_cagr(&last, 230, 2031.0, &out, &e), 0);
	ASSERT_REL(out.lo, ge_req_about_lo);
	ASSERT_REL(out.hi, ge_req_about_hi);
	/* Up to 154: [0, 154], no upper bound. */
	last = growth_point(2025.0, 154, GS_QUAL_UP_TO, TOL);
	assert_int_equal(proj_required_cagr(&last, 230, 2031.0, &out, &e), 0);
	ASSERT_REL(out.lo, ge_req_cagr);
	assert_true(out.hi == INFINITY);
	/* Errors as growth_cagr. */
	assert_int_equal(proj_required_cagr(&last, 230, 2025.0, &out, &e), -1);
	ASSERT_ERR(&e, GS_EX_DATAERR, "end period is not after start period");
	gs_err_clear(&e);
	last = pt(2025.0, 0);
	assert_int_equal(proj_required_cagr(&last, 230, 2031.0, &out, &e), -1);
	ASSERT_ERR(&e, GS_EX_DATAERR, "CAGR undefined: start value is zero");
}

static void test_years_to_target(void **state)
{
	struct gs_err e;
	double y;

	(void)state;
	gs_err_clear(&e);
	/* Doubling at 10 %: ln 2 / ln 1.1 = 7.2725408973... */
	assert_int_equal(proj_years_to_target(100, 200, 0.1, &y, &e), 0);
	ASSERT_REL(y, ge_years_double_10);
	/* Round trip with the required CAGR: 154 -> 230 in 6 years. */
	assert_int_equal(proj_years_to_target(154, 230, ge_req_cagr, &y, &e),
			 0);
	ASSERT_REL(y, 6.0);
	/* Halving at -50 %: 1 year. Already there: 0. */
	assert_int_equal(proj_years_to_target(100, 50, -0.5, &y, &e), 0);
	ASSERT_REL(y, 1.0);
	assert_int_equal(proj_years_to_target(100, 100, 0.3, &y, &e), 0);
	assert_true(y == 0.0);
}

static void expect_years_error(double from, double target, double rate,
			       const char *text)
{
	struct gs_err e;
	double y = 0;

	gs_err_clear(&e);
	assert_int_equal(proj_years_to_target(from, target, rate, &y, &e), -1);
	ASSERT_ERR(&e, GS_EX_DATAERR, text);
	assert_true(isnan(y));
}

static void test_years_to_target_errors(void **state)
{
	(void)state;
	expect_years_error(100, 200, 0, "target 200 is never reached from 100 "
			   "at 0 % a year");
	expect_years_error(100, 200, -0.1, "never reached");
	expect_years_error(100, 50, 0.1, "never reached");
	expect_years_error(0, 50, 0.1, "values must be positive (0 and 50)");
	expect_years_error(100, -5, 0.1, "values must be positive");
	expect_years_error(100, 50, -1, "growth rate -100 % is not above");
}

/* The quantile kept from the last call is given only for the same p and
 * dof: calls that change one of them in turn get the hand values above
 * (dof 1: 1.0; dof 2: 4.3026527297494640) and dof 2 at p 0.75 is
 * 0.5 / sqrt(0.375) = 0.81649658092772603. */
static void test_t_quantile_kept_per_arguments(void **state)
{
	int i;

	(void)state;
	for (i = 0; i < 3; i++) {
		ASSERT_REL(stat_t_quantile(0.75, 1), 1.0);
		ASSERT_REL(stat_t_quantile(0.75, 1), 1.0);
		ASSERT_REL(stat_t_quantile(0.75, 2), 0.81649658092772603);
		ASSERT_REL(stat_t_quantile(0.975, 2), 4.3026527297494640);
		ASSERT_REL(stat_t_quantile(0.975, 2), 4.3026527297494640);
		assert_true(isnan(stat_t_quantile(0.975, NAN)));
		assert_true(isnan(stat_t_quantile(NAN, 2)));
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_t_quantile_table),
		cmocka_unit_test(test_t_by_hand),
		cmocka_unit_test(test_t_vs_scipy),
		cmocka_unit_test(test_t_precision),
		cmocka_unit_test(test_t_bad_args),
		cmocka_unit_test(test_fit_exact_linear),
		cmocka_unit_test(test_fit_exact_loglinear),
		cmocka_unit_test(test_fit_noisy),
		cmocka_unit_test(test_fit_two_points),
		cmocka_unit_test(test_fit_errors),
		cmocka_unit_test(test_proj_cagr),
		cmocka_unit_test(test_proj_cagr_errors),
		cmocka_unit_test(test_required_cagr),
		cmocka_unit_test(test_years_to_target),
		cmocka_unit_test(test_years_to_target_errors),
		cmocka_unit_test(test_t_quantile_kept_per_arguments),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
