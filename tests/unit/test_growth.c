/*
** test_growth.c: unit tests of reports/growth.c: the time rule, qualifier
** bounds, change measures and CAGR, implied levels (the FRED
** transformations: test_growth_xform.c).
**
** Expected values are computed independently of the code under test: by
** hand (the arithmetic is in the comments) or by tests/unit/gen_expected.py
** (numpy), whose output is pasted into growth_expected.h.
** Comparisons are at relative 1e-9.
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "../../reports/growth.h"

#include "growth_expected.h"

static struct gs_period period(int32_t start, int32_t end)
{
	struct gs_period p = { start, end, GS_PREC_NONE };

	return p;
}

/* Time of a whole year: the instant its 31 December ends. */
static double year_t(int y)
{
	struct gs_period p = period(y * 10000 + 101, y * 10000 + 1231);

	return period_time(&p);
}

static void test_time_rule(void **state)
{
	struct gs_period jan_aug = period(20250101, 20250831);
	struct gs_period q3 = period(20250701, 20250930);
	struct gs_period day = period(20250815, 20250815);
	struct gs_period feb_leap = period(20240201, 20240229);
	struct gs_period feb = period(20230201, 20230228);
	struct gs_period none = period(0, 0);

	(void)state;
	/* Year 2024 ends at 2024 + (11 + 31/31)/12 = 2025 exactly. */
	assert_true(year_t(2024) == 2025.0);
	ASSERT_REL(period_time(&jan_aug), 2025.0 + 8.0 / 12.0);
	ASSERT_REL(period_time(&q3), 2025.75);
	/* 2025-08-15: 2025 + 7/12 + 15/(31*12) = 2025.623655913978... */
	ASSERT_REL(period_time(&day), 2025.0 + 7.0 / 12.0 + 15.0 / 372.0);
	ASSERT_REL(period_time(&day), 2025.6236559139785);
	/* The last of February ends the month, leap year or not. */
	ASSERT_REL(period_time(&feb_leap), 2024.0 + 2.0 / 12.0);
	ASSERT_REL(period_time(&feb), 2023.0 + 2.0 / 12.0);
	ASSERT_REL(date_time(20240228), 2024.0 + (1.0 + 28.0 / 29.0) / 12.0);
	assert_true(isnan(period_time(&none)));
	assert_true(isnan(period_time(NULL)));
	assert_true(isnan(date_time(20230229)));
	assert_true(isnan(date_time(20251301)));
	assert_true(isnan(date_time(20250800)));
}

static void test_years_between(void **state)
{
	struct gs_period a = period(20240101, 20240831);
	struct gs_period b = period(20250101, 20250831);

	(void)state;
	/* Exactly 4 and exactly 1, not merely close. */
	assert_true(year_t(2024) - year_t(2020) == 4.0);
	assert_true(period_time(&b) - period_time(&a) == 1.0);
	/* Year 2024 -> Jan-Aug 2025: 8/12. */
	ASSERT_REL(period_time(&b) - year_t(2024), 8.0 / 12.0);
	ASSERT_REL(date_time(20250815) - date_time(20250315), 5.0 / 12.0);
}

static void test_qual_bounds(void **state)
{
	double lo, hi;

	(void)state;
	qual_bounds(GS_QUAL_NONE, 3000, TOL, &lo, &hi);
	assert_true(lo == 3000 && hi == 3000);
	qual_bounds(GS_QUAL_OVER, 3000, TOL, &lo, &hi);
	assert_true(lo == 3000 && hi == INFINITY);
	qual_bounds(GS_QUAL_AT_LEAST, 3000, TOL, &lo, &hi);
	assert_true(lo == 3000 && hi == INFINITY);
	qual_bounds(GS_QUAL_UP_TO, 3000, TOL, &lo, &hi);
	assert_true(lo == 0 && hi == 3000);
	qual_bounds(GS_QUAL_UNDER, 3000, TOL, &lo, &hi);
	assert_true(lo == 0 && hi == 3000);
	/* A negative figure's qualifier bounds its size: "a fall of under
	 * 5 %" is (-5, 0], "more than 10 %" (-inf, -10], "almost 20 %"
	 * [-20, -19] (README, Qualifiers are bounds). */
	qual_bounds(GS_QUAL_UNDER, -5, TOL, &lo, &hi);
	assert_true(lo == -5 && hi == 0);
	qual_bounds(GS_QUAL_OVER, -10, TOL, &lo, &hi);
	assert_true(lo == -INFINITY && hi == -10);
	qual_bounds(GS_QUAL_ALMOST, -20, TOL, &lo, &hi);
	assert_true(lo == -20);
	ASSERT_REL(hi, -19);
	/* about 3000 at 5 %: 3000 -+ 150. */
	qual_bounds(GS_QUAL_ABOUT, 3000, TOL, &lo, &hi);
	ASSERT_REL(lo, 2850);
	ASSERT_REL(hi, 3150);
	qual_bounds(GS_QUAL_ABOUT, 200, 0.1, &lo, &hi);
	ASSERT_REL(lo, 180);
	ASSERT_REL(hi, 220);
	qual_bounds(GS_QUAL_ALMOST, 3000, TOL, &lo, &hi);
	ASSERT_REL(lo, 2850);
	assert_true(hi == 3000);
	/* Negative values keep lo <= v <= hi. */
	qual_bounds(GS_QUAL_ABOUT, -100, TOL, &lo, &hi);
	ASSERT_REL(lo, -105);
	ASSERT_REL(hi, -95);
	assert_true(GS_APPROX_TOL_DEFAULT == 0.05);
}

static void test_cagr_worked(void **state)
{
	struct gs_err e;
	double cagr;

	(void)state;
	gs_err_clear(&e);
	/* 2.8-fold over 2020 -> 2024: 2.8^(1/4) - 1 = 0.2935687276... */
	assert_int_equal(growth_cagr(55e9, 154e9, year_t(2024) - year_t(2020),
				     &cagr, &e), 0);
	ASSERT_REL(cagr, ge_cagr_28_4);
	ASSERT_REL(cagr, 0.2935687276168);
	/* Doubling in 1 year is 100 %, in 2 years sqrt(2) - 1. */
	assert_int_equal(growth_cagr(10, 20, 1, &cagr, &e), 0);
	ASSERT_REL(cagr, 1.0);
	assert_int_equal(growth_cagr(10, 20, 2, &cagr, &e), 0);
	ASSERT_REL(cagr, 0.41421356237309505); /* sqrt(2) - 1 */
	/* Halving in 1 year: -50 %. */
	assert_int_equal(growth_cagr(10, 5, 1, &cagr, &e), 0);
	ASSERT_REL(cagr, -0.5);
}

static void expect_cagr_error(double a, double b, double years,
			      const char *text)
{
	struct gs_err e;
	double cagr = 0;

	gs_err_clear(&e);
	assert_int_equal(growth_cagr(a, b, years, &cagr, &e), -1);
	assert_true(isnan(cagr));
	ASSERT_ERR(&e, GS_EX_DATAERR, text);
	ASSERT_ERR(&e, GS_EX_DATAERR, "CAGR undefined");
}

static void test_cagr_errors(void **state)
{
	(void)state;
	expect_cagr_error(0, 10, 4, "start value is zero");
	expect_cagr_error(10, 0, 4, "end value is zero");
	expect_cagr_error(-5, 10, 4, "values of opposite sign (-5 and 10)");
	expect_cagr_error(5, -10, 4, "opposite sign");
	expect_cagr_error(-5, -10, 4, "negative");
	expect_cagr_error(5, 10, 0, "end period is not after start period");
	expect_cagr_error(5, 10, -1, "not after");
	expect_cagr_error(NAN, 10, 1, "missing value");
}

static struct gs_point exact(double t, double v)
{
	return growth_point(t, v, GS_QUAL_NONE, TOL);
}

static void test_change_exact(void **state)
{
	struct gs_point a = exact(year_t(2020), 55e9);
	struct gs_point b = exact(year_t(2024), 154e9);
	struct gs_change c;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	assert_int_equal(growth_change(&a, &b, &c, &e), 0);
	assert_true(c.years == 4.0);
	/* 154e9 - 55e9 = 99e9; 154/55 = 2.8; +180 %; ln 2.8. */
	ASSERT_REL(c.abs.v, 99e9);
	ASSERT_REL(c.mult.v, 2.8);
	ASSERT_REL(c.pct.v, 180.0);
	ASSERT_REL(c.logd.v, ge_ln_28);
	ASSERT_REL(c.cagr.v, ge_cagr_28_4);
	/* Exact inputs give degenerate intervals. */
	ASSERT_REL(c.mult.lo, 2.8);
	ASSERT_REL(c.mult.hi, 2.8);
	ASSERT_REL(c.cagr.lo, ge_cagr_28_4);
	ASSERT_REL(c.cagr.hi, ge_cagr_28_4);
	ASSERT_REL(c.abs.lo, 99e9);
	ASSERT_REL(c.abs.hi, 99e9);
}

static void test_change_partial_periods(void **state)
{
	struct gs_period ja24 = period(20240101, 20240831);
	struct gs_period ja25 = period(20250101, 20250831);
	struct gs_point a, b;
	struct gs_change c;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	/* Jan-Aug 2024 -> Jan-Aug 2025, +10.5 %: exactly 1 year. */
	a = exact(period_time(&ja24), 320e3);
	b = exact(period_time(&ja25), 353.6e3);
	assert_int_equal(growth_change(&a, &b, &c, &e), 0);
	assert_true(c.years == 1.0);
	ASSERT_REL(c.pct.v, 10.5);
	ASSERT_REL(c.cagr.v, 0.105);
	/* Year 2024 -> Jan-Aug 2025: 8/12 year, 1.3^(12/8) - 1 = 48.2 %. */
	a = exact(year_t(2024), 100);
	b = exact(period_time(&ja25), 130);
	assert_int_equal(growth_change(&a, &b, &c, &e), 0);
	ASSERT_REL(c.years, 8.0 / 12.0);
	ASSERT_REL(c.cagr.v, ge_cagr_8m);
	ASSERT_REL(c.pct.v, 30.0);
}

static void test_change_day_periods(void **state)
{
	struct gs_point a, b;
	struct gs_change c;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	/* 2025-03-15 -> 2025-08-15: (7 + 15/31)/12 - (2 + 15/31)/12 = 5/12. */
	a = exact(date_time(20250315), 100);
	b = exact(date_time(20250815), 110);
	assert_int_equal(growth_change(&a, &b, &c, &e), 0);
	ASSERT_REL(c.years, 5.0 / 12.0);
	/* 1.1^(12/5) - 1 = 0.25711162... */
	ASSERT_REL(c.cagr.v, pow(1.1, 2.4) - 1.0);
	/* 2024-02-29 -> 2025-08-15, 120 -> 150: see gen_expected.py. */
	a = exact(date_time(20240229), 120);
	b = exact(date_time(20250815), 150);
	assert_int_equal(growth_change(&a, &b, &c, &e), 0);
	ASSERT_REL(c.years, ge_days_years);
	ASSERT_REL(c.cagr.v, ge_days_cagr);
}

static void test_bounds_over_start(void **state)
{
	/* "over 3000" in 2021, 6000 in 2024: the multiple is at most 2. */
	struct gs_point a = growth_point(year_t(2021), 3000, GS_QUAL_OVER, TOL);
	struct gs_point b = exact(year_t(2024), 6000);
	struct gs_change c;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	assert_int_equal(growth_change(&a, &b, &c, &e), 0);
	ASSERT_REL(c.mult.v, 2.0);
	ASSERT_REL(c.mult.hi, 2.0);
	assert_true(c.mult.lo == 0.0);
	ASSERT_REL(c.pct.hi, 100.0);
	ASSERT_REL(c.pct.lo, -100.0);
	/* 2^(1/3) - 1 = 0.2599210498... is an upper bound. */
	ASSERT_REL(c.cagr.hi, ge_over_cagr_hi);
	ASSERT_REL(c.cagr.lo, -1.0);
	assert_true(c.logd.lo == -INFINITY);
	ASSERT_REL(c.logd.hi, log(2.0));
	/* 6000 - [3000, inf) = (-inf, 3000]. */
	assert_true(c.abs.lo == -INFINITY);
	ASSERT_REL(c.abs.hi, 3000);
}

static void test_bounds_over_end_up_to_start(void **state)
{
	struct gs_point a = growth_point(year_t(2021), 100, GS_QUAL_UP_TO, TOL);
	struct gs_point b = growth_point(year_t(2024), 200, GS_QUAL_OVER, TOL);
	struct gs_change c;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	/* [200, inf) / [0, 100]: the multiple 2 is a lower bound. */
	assert_int_equal(growth_change(&a, &b, &c, &e), 0);
	ASSERT_REL(c.mult.lo, 2.0);
	assert_true(c.mult.hi == INFINITY);
	ASSERT_REL(c.cagr.lo, ge_over_cagr_hi);
	assert_true(c.cagr.hi == INFINITY);
	ASSERT_REL(c.abs.lo, 100);
	assert_true(c.abs.hi == INFINITY);
}

static void test_bounds_about(void **state)
{
	/* about 100 (+-5 %) -> 121 over 2 years: [121/105, 121/95]. */
	struct gs_point a = growth_point(2022.0, 100, GS_QUAL_ABOUT, TOL);
	struct gs_point b = exact(2024.0, 121);
	struct gs_change c;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	assert_int_equal(growth_change(&a, &b, &c, &e), 0);
	/* 1.21^(1/2) - 1 = 0.1 */
	ASSERT_REL(c.cagr.v, 0.1);
	ASSERT_REL(c.mult.lo, ge_about_mult_lo);
	ASSERT_REL(c.mult.hi, ge_about_mult_hi);
	ASSERT_REL(c.cagr.lo, ge_about_cagr_lo);
	ASSERT_REL(c.cagr.hi, ge_about_cagr_hi);
	/* 121 - [95, 105] = [16, 26] */
	ASSERT_REL(c.abs.lo, 16);
	ASSERT_REL(c.abs.hi, 26);
}

/*
** An implied point against its own anchor: b/a is the stated multiple,
** whatever a's and b's own bounds. About 154 (146.3..161.7) at exactly
** 2.8x: the multiple is [2.8, 2.8] (as independent points it would be
** 146.3/57.75 .. 161.7/52.25); b - a = b (1 - 1/2.8) = b * 1.8/2.8.
*/
static void test_change_dependent(void **state)
{
	struct gs_point a = { year_t(2020), 55, 52.25, 57.75 };
	struct gs_point b = growth_point(year_t(2024), 154, GS_QUAL_ABOUT, TOL);
	struct gs_est r = { 2.8, 2.8, 2.8 };
	struct gs_change c;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	assert_int_equal(growth_change_dep(&a, &b, &r, false, &c, &e), 0);
	ASSERT_REL(c.mult.lo, 2.8);
	ASSERT_REL(c.mult.hi, 2.8);
	ASSERT_REL(c.pct.lo, 180);
	ASSERT_REL(c.cagr.lo, pow(2.8, 0.25) - 1);
	ASSERT_REL(c.cagr.hi, pow(2.8, 0.25) - 1);
	ASSERT_REL(c.abs.lo, 146.3 * 1.8 / 2.8);
	ASSERT_REL(c.abs.hi, 161.7 * 1.8 / 2.8);
	ASSERT_REL(c.abs.v, 99);
}

/* About 50 then exactly 2x: b - a = a (2 - 1) in [47.5, 52.5]. Over 154
 * at about 2.8x: the multiple is [2.66, 2.94], the change
 * [154 (1 - 1/2.66), inf). */
static void test_change_dependent_bounds(void **state)
{
	struct gs_point a = growth_point(year_t(2020), 50, GS_QUAL_ABOUT, TOL);
	struct gs_point b = { year_t(2024), 100, 95, 105 };
	struct gs_point o = growth_point(year_t(2024), 154, GS_QUAL_OVER, TOL);
	struct gs_point i = { year_t(2020), 55, 154 / 2.94, INFINITY };
	struct gs_est two = { 2, 2, 2 }, m = { 2.8, 2.66, 2.94 };
	struct gs_change c;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	assert_int_equal(growth_change_dep(&a, &b, &two, true, &c, &e), 0);
	ASSERT_REL(c.abs.lo, 47.5);
	ASSERT_REL(c.abs.hi, 52.5);
	ASSERT_REL(c.mult.lo, 2);
	assert_int_equal(growth_change_dep(&i, &o, &m, false, &c, &e), 0);
	ASSERT_REL(c.mult.lo, 2.66);
	ASSERT_REL(c.mult.hi, 2.94);
	ASSERT_REL(c.logd.lo, log(2.66));
	ASSERT_REL(c.abs.lo, 154 * (1 - 1 / 2.66));
	assert_true(c.abs.hi == INFINITY);
}

static void test_change_errors(void **state)
{
	struct gs_point a = exact(2021.0, -5);
	struct gs_point b = exact(2024.0, 10);
	struct gs_change c;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	/* Opposite signs: absolute change only. */
	assert_int_equal(growth_change(&a, &b, &c, &e), -1);
	ASSERT_ERR(&e, GS_EX_DATAERR,
		   "CAGR undefined: values of opposite sign");
	ASSERT_REL(c.abs.v, 15);
	assert_true(c.years == 3.0);
	assert_true(isnan(c.mult.v) && isnan(c.cagr.v) && isnan(c.pct.v));
	assert_true(isnan(c.logd.v) && isnan(c.cagr.lo) && isnan(c.cagr.hi));
	/* Zero start. */
	gs_err_clear(&e);
	a = exact(2021.0, 0);
	assert_int_equal(growth_change(&a, &b, &c, &e), -1);
	ASSERT_ERR(&e, GS_EX_DATAERR, "CAGR undefined: start value is zero");
	ASSERT_REL(c.abs.v, 10);
	/* Same time: the ratios stand, the CAGR does not. */
	gs_err_clear(&e);
	a = exact(2024.0, 5);
	assert_int_equal(growth_change(&a, &b, &c, &e), -1);
	ASSERT_ERR(&e, GS_EX_DATAERR, "end period is not after start period");
	ASSERT_REL(c.mult.v, 2.0);
	ASSERT_REL(c.pct.v, 100.0);
	assert_true(isnan(c.cagr.v));
}

static void test_implied_base_multiple(void **state)
{
	struct gs_point end = exact(year_t(2024), 154e9);
	struct gs_est mult = growth_est(2.8, GS_QUAL_NONE, TOL);
	struct gs_implied im;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	/* 154e9 in 2024, 2.8-fold since 2020: 55e9 in 2020. */
	assert_int_equal(growth_implied_base(&end, &mult, year_t(2020), &im,
					     &e), 0);
	ASSERT_REL(im.level.v, ge_base_154_28);
	ASSERT_REL(im.level.v, 55e9);
	ASSERT_REL(im.level.lo, 55e9);
	ASSERT_REL(im.level.hi, 55e9);
	assert_true(im.level.t == year_t(2020));
	ASSERT_REL(im.cagr.v, ge_cagr_28_4);
	/* 16.1e6 at 2.3-fold: 7.0e6. */
	end = exact(year_t(2024), 16.1e6);
	mult = growth_est(2.3, GS_QUAL_NONE, TOL);
	assert_int_equal(growth_implied_base(&end, &mult, year_t(2019), &im,
					     &e), 0);
	ASSERT_REL(im.level.v, ge_base_161_23);
	ASSERT_REL(im.level.v, 7.0e6);
	/* 2.3^(1/5) - 1 = 0.18114... */
	ASSERT_REL(im.cagr.v, pow(2.3, 0.2) - 1.0);
}

static void test_implied_base_percent(void **state)
{
	struct gs_period ja24 = period(20240101, 20240831);
	struct gs_period ja25 = period(20250101, 20250831);
	struct gs_point end = exact(period_time(&ja25), 353.5e3);
	struct gs_est pct = growth_est(10.5, GS_QUAL_NONE, TOL);
	struct gs_est mult = growth_pct_to_mult(&pct);
	struct gs_implied im;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	ASSERT_REL(mult.v, 1.105);
	/* 353.5e3 / 1.105 = 319,909.502262443... */
	assert_int_equal(growth_implied_base(&end, &mult, period_time(&ja24),
					     &im, &e), 0);
	ASSERT_REL(im.level.v, ge_base_3535_105);
	ASSERT_REL(im.level.v, 319909.50226244344);
	/* One year apart: the CAGR is the change itself. */
	ASSERT_REL(im.cagr.v, 0.105);
	/* No base time: no CAGR, still the level. */
	assert_int_equal(growth_implied_base(&end, &mult, NAN, &im, &e), 0);
	ASSERT_REL(im.level.v, ge_base_3535_105);
	assert_true(isnan(im.cagr.v));
}

static void test_implied_bounds(void **state)
{
	struct gs_point end = exact(year_t(2024), 154e9);
	struct gs_est mult = growth_est(2.8, GS_QUAL_OVER, TOL);
	struct gs_implied im;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	/* "over 2.8-fold": the base is at most 55e9, the CAGR at least. */
	assert_int_equal(growth_implied_base(&end, &mult, year_t(2020), &im,
					     &e), 0);
	ASSERT_REL(im.level.hi, 55e9);
	assert_true(im.level.lo == 0.0);
	ASSERT_REL(im.cagr.lo, ge_cagr_28_4);
	assert_true(im.cagr.hi == INFINITY);
	/* "about 154e9" (+-5 %) at 2.8-fold: [146.3e9, 161.7e9] / 2.8. */
	end = growth_point(year_t(2024), 154e9, GS_QUAL_ABOUT, TOL);
	mult = growth_est(2.8, GS_QUAL_NONE, TOL);
	assert_int_equal(growth_implied_base(&end, &mult, year_t(2020), &im,
					     &e), 0);
	ASSERT_REL(im.level.lo, 52.25e9);
	ASSERT_REL(im.level.hi, 57.75e9);
	/* Up to +10 %: [0 %, 10 %] -> base in [100/1.1, 100]. */
	end = exact(2025.0, 100);
	mult = growth_est(10, GS_QUAL_UP_TO, TOL);
	mult = growth_pct_to_mult(&mult);
	assert_int_equal(growth_implied_base(&end, &mult, 2024.0, &im, &e), 0);
	ASSERT_REL(im.level.lo, 100 / 1.1);
	ASSERT_REL(im.level.hi, 100);
}

static void test_implied_end(void **state)
{
	struct gs_point base = exact(year_t(2020), 55e9);
	struct gs_est mult = growth_est(2.8, GS_QUAL_NONE, TOL);
	struct gs_implied im;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	assert_int_equal(growth_implied_end(&base, &mult, year_t(2024), &im,
					    &e), 0);
	ASSERT_REL(im.level.v, 154e9);
	ASSERT_REL(im.cagr.v, ge_cagr_28_4);
	/* over 55e9 at about 2.8 (+-5 %): [2.66, inf) * 55e9. */
	base = growth_point(year_t(2020), 55e9, GS_QUAL_OVER, TOL);
	mult = growth_est(2.8, GS_QUAL_ABOUT, TOL);
	assert_int_equal(growth_implied_end(&base, &mult, year_t(2024), &im,
					    &e), 0);
	ASSERT_REL(im.level.lo, 146.3e9);
	assert_true(im.level.hi == INFINITY);
}

static void test_implied_errors(void **state)
{
	struct gs_point end = exact(2025.0, 100);
	struct gs_est mult = growth_est(0, GS_QUAL_NONE, TOL);
	struct gs_implied im;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	assert_int_equal(growth_implied_base(&end, &mult, 2024.0, &im, &e), -1);
	ASSERT_ERR(&e, GS_EX_DATAERR, "multiple is not a positive number (0)");
	assert_true(isnan(im.level.v));
	/* -100 % is a multiple of 0. */
	gs_err_clear(&e);
	mult = growth_est(-100, GS_QUAL_NONE, TOL);
	mult = growth_pct_to_mult(&mult);
	assert_int_equal(growth_implied_end(&end, &mult, 2026.0, &im, &e), -1);
	ASSERT_ERR(&e, GS_EX_DATAERR, "implied level undefined");
	gs_err_clear(&e);
	end = exact(2025.0, -3);
	mult = growth_est(2, GS_QUAL_NONE, TOL);
	assert_int_equal(growth_implied_base(&end, &mult, 2024.0, &im, &e), -1);
	ASSERT_ERR(&e, GS_EX_DATAERR,
		   "level is not a non-negative number (-3)");
}

/* Interval division by hand, every sign of the divisor: the hull of
 * a/b over a in [a1, a2], b in [b1, b2] less b = 0. */
static void test_div_bounds_signs(void **state)
{
	static const struct {
		double a1, a2, b1, b2, lo, hi;
	} c[] = {
		{ 1, 2, 4, 8, 0.125, 0.5 },
		{ -5.25, -4.75, 10, 10, -0.525, -0.475 },   /* a loss now */
		{ 5, 5, -10.5, -9.5, 5 / -9.5, 5 / -10.5 }, /* a loss then */
		{ -4, -2, -2, -1, 1, 4 },                   /* both negative */
		{ 2, 3, -1, 1, -INFINITY, INFINITY },       /* b both signs */
		{ 0, 0, -1, 1, 0, 0 },
		{ 0, 10, 0, 4, 0, INFINITY },               /* up to / up to */
		{ -1, 5, 0, 2, -INFINITY, INFINITY },
		{ 2, 4, -2, 0, -INFINITY, -1 },
		{ 1, 5, 2, INFINITY, 0, 2.5 },              /* b over 2 */
	};
	double lo, hi;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(c) / sizeof(c[0]); i++) {
		growth_div_bounds(c[i].a1, c[i].a2, c[i].b1, c[i].b2, &lo, &hi);
		assert_true(lo == c[i].lo || fabs(lo - c[i].lo) < 1e-12);
		assert_true(hi == c[i].hi || fabs(hi - c[i].hi) < 1e-12);
	}
	growth_div_bounds(1, 2, 0, 0, &lo, &hi);
	assert_true(isnan(lo) && isnan(hi));
	/* exact figures give the exact quotient, to the last digit */
	growth_div_bounds(114.02, 114.02, 104.327, 104.327, &lo, &hi);
	assert_true(lo == 114.02 / 104.327 && hi == 114.02 / 104.327);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_time_rule),
		cmocka_unit_test(test_years_between),
		cmocka_unit_test(test_qual_bounds),
		cmocka_unit_test(test_cagr_worked),
		cmocka_unit_test(test_cagr_errors),
		cmocka_unit_test(test_change_exact),
		cmocka_unit_test(test_change_partial_periods),
		cmocka_unit_test(test_change_day_periods),
		cmocka_unit_test(test_bounds_over_start),
		cmocka_unit_test(test_bounds_over_end_up_to_start),
		cmocka_unit_test(test_bounds_about),
		cmocka_unit_test(test_change_dependent),
		cmocka_unit_test(test_change_dependent_bounds),
		cmocka_unit_test(test_change_errors),
		cmocka_unit_test(test_implied_base_multiple),
		cmocka_unit_test(test_implied_base_percent),
		cmocka_unit_test(test_implied_bounds),
		cmocka_unit_test(test_implied_end),
		cmocka_unit_test(test_implied_errors),
		cmocka_unit_test(test_div_bounds_signs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
