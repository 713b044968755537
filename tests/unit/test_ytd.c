/*
** test_ytd.c: unit tests of reports/ytd.c: single-period flows from
** year-to-date figures and same-period-last-year comparisons.
**
** The figures are made up; every expected number is computed by hand in
** the comments (differences of two cumulative figures, one ratio).
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>

#include "../../reports/ytd.h"

#define P(s, e, pr) { s, e, GS_PREC_##pr }

/* ids are 1-based observation numbers, as the reports show them */
static const struct ytd_fig figs[] = {
	{ P(20240101, 20240731, MONTH), 12.6, 1, false, 0, 0 },  /* Jan-Jul 2024 */
	{ P(20240101, 20240831, MONTH), 14.1, 2, false, 0, 0 },  /* Jan-Aug 2024 */
	{ P(20230101, 20230831, MONTH), 11.75, 3, false, 0, 0 }, /* Jan-Aug 2023 */
	{ P(20230101, 20230331, QUARTER), 4.0, 4, false, 0, 0 }, /* Q1 2023 */
	{ P(20230101, 20230630, MONTH), 8.5, 5, false, 0, 0 },   /* Jan-Jun 2023 */
	{ P(20220701, 20220831, MONTH), 3.0, 6, false, 0, 0 },   /* not from January */
	{ P(20230101, 20241231, YEAR), 30.0, 7, false, 0, 0 },   /* two years: not ytd */
};

static void close_to(double got, double want)
{
	assert_true(fabs(got - want) <= 1e-12 * fabs(want));
}

static void test_cumulative(void **state)
{
	(void)state;
	assert_true(ytd_is_cumulative(&figs[0].period));
	assert_true(ytd_is_cumulative(&figs[3].period));
	assert_false(ytd_is_cumulative(&figs[5].period));
	assert_false(ytd_is_cumulative(&figs[6].period));
}

static void test_flows(void **state)
{
	struct ytd_flow *f;
	size_t n = ytd_flows(figs, GS_ARRAY_LEN(figs), &f);

	(void)state;
	/* 2023: Q1 as stated (#4); Q2 = 8.5 - 4.0 = 4.5 (#5 - #4);
	 * Jul-Aug = 11.75 - 8.5 = 3.25 (#3 - #5). 2024: Jan-Jul alone gives
	 * nothing; August = 14.1 - 12.6 = 1.5 (#2 - #1). */
	assert_int_equal(n, 4);
	assert_int_equal(f[0].period.start, 20230101);
	assert_int_equal(f[0].period.end, 20230331);
	assert_false(f[0].derived);
	close_to(f[0].value, 4.0);
	assert_int_equal(f[0].from[0], 4);
	assert_int_equal(f[0].from[1], 0);

	assert_int_equal(f[1].period.start, 20230401);
	assert_int_equal(f[1].period.end, 20230630);
	assert_int_equal(f[1].period.prec, GS_PREC_QUARTER);
	assert_true(f[1].derived);
	close_to(f[1].value, 4.5);
	assert_int_equal(f[1].from[0], 5);
	assert_int_equal(f[1].from[1], 4);

	assert_int_equal(f[2].period.start, 20230701);
	assert_int_equal(f[2].period.end, 20230831);
	close_to(f[2].value, 3.25);
	assert_int_equal(f[2].from[0], 3);
	assert_int_equal(f[2].from[1], 5);

	assert_int_equal(f[3].period.start, 20240801);
	assert_int_equal(f[3].period.end, 20240831);
	assert_int_equal(f[3].period.prec, GS_PREC_MONTH);
	close_to(f[3].value, 1.5);
	assert_int_equal(f[3].from[0], 2);
	assert_int_equal(f[3].from[1], 1);
	free(f);
}

static void test_yoy(void **state)
{
	struct ytd_yoy *y;
	size_t n = ytd_yoy(figs, GS_ARRAY_LEN(figs), &y);

	(void)state;
	/* only Jan-Aug has its months a year earlier: 14.1 / 11.75 = 1.2,
	 * +20 % */
	assert_int_equal(n, 1);
	assert_int_equal(y[0].period.end, 20240831);
	close_to(y[0].value, 14.1);
	close_to(y[0].prev, 11.75);
	close_to(y[0].mult, 1.2);
	close_to(y[0].pct, 20.0);
	assert_int_equal(y[0].from[0], 2);
	assert_int_equal(y[0].from[1], 3);
	free(y);
}

/* Bounded figures: "about 14.1" (13.395 to 14.805) Jan-Aug 2024, exact
 * 12.6 Jan-Jul 2024, "over 11.75" Jan-Aug 2023 (hand-computed). */
static const struct ytd_fig bfigs[] = {
	{ P(20240101, 20240731, MONTH), 12.6, 1, false, 0, 0 },
	{ P(20240101, 20240831, MONTH), 14.1, 2, true, 13.395, 14.805 },
	{ P(20230101, 20230831, MONTH), 11.75, 3, true, 11.75, INFINITY },
};

static void test_bounds(void **state)
{
	struct ytd_flow *f;
	struct ytd_yoy *y;

	(void)state;
	assert_int_equal(ytd_flows(bfigs, GS_ARRAY_LEN(bfigs), &f), 1);
	close_to(f[0].value, 1.5);
	close_to(f[0].lo, 13.395 - 12.6);
	close_to(f[0].hi, 14.805 - 12.6);
	assert_int_equal(ytd_yoy(bfigs, GS_ARRAY_LEN(bfigs), &y), 1);
	close_to(y[0].mult, 1.2);
	close_to(y[0].lo, 13.395);
	close_to(y[0].hi, 14.805);
	assert_true(y[0].mult_lo == 0);
	close_to(y[0].mult_hi, 14.805 / 11.75);
	free(f);
	free(y);
	/* exact figures: the bounds are the value */
	assert_int_equal(ytd_yoy(figs, GS_ARRAY_LEN(figs), &y), 1);
	assert_true(y[0].mult_lo == y[0].mult && y[0].mult_hi == y[0].mult);
	free(y);
}

static void test_empty(void **state)
{
	struct ytd_flow *f;
	struct ytd_yoy *y;

	(void)state;
	assert_int_equal(ytd_flows(figs + 5, 2, &f), 0);
	assert_null(f);
	assert_int_equal(ytd_yoy(figs, 1, &y), 0);
	assert_null(y);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cumulative),
		cmocka_unit_test(test_flows),
		cmocka_unit_test(test_yoy),
		cmocka_unit_test(test_bounds),
		cmocka_unit_test(test_empty),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
