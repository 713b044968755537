/*
** test_resample.c: unit tests of reports/resample.c: sums, averages and
** end-of-period values by quarter and year, incomplete periods, refusals.
**
** The figures are the month numbers 1..12 (2023) and 1..8 (2024), so
** every expected value is small arithmetic done in the comments.
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../../reports/resample.h"

static struct rs_in in[20];
static size_t nin;

/* Months of 2023 (values 1..12) and 2024-01..2024-08 (1..8), in reverse
 * order to show the order does not matter. */
static int setup(void **state)
{
	int y, m;

	(void)state;
	nin = 0;
	for (y = 2024; y >= 2023; y--)
		for (m = y == 2024 ? 8 : 12; m >= 1; m--) {
			struct rs_in *r = &in[nin++];

			r->period.start = cal_ymd(y, m, 1);
			r->period.end = cal_month_end(r->period.start);
			r->period.prec = GS_PREC_MONTH;
			r->p.v = r->p.lo = r->p.hi = m;
		}
	return 0;
}

static void test_annual_sum(void **state)
{
	struct rs_out *o;
	struct gs_err e;
	size_t n;

	(void)state;
	gs_err_clear(&e);
	assert_int_equal(rs_resample("k", GS_KIND_FLOW, in, nin, RS_ANNUAL,
				     RS_AGG_DEFAULT, &o, &n, &e), 0);
	assert_int_equal(n, 2);
	/* 1 + ... + 12 = 78 */
	assert_int_equal(o[0].period.start, 20230101);
	assert_int_equal(o[0].period.end, 20231231);
	assert_true(o[0].p.v == 78);
	assert_int_equal(o[0].have, 12);
	assert_int_equal(o[0].need, 12);
	/* 2024 has 8 of 12 months: incomplete, not summed */
	assert_int_equal(o[1].have, 8);
	assert_true(isnan(o[1].p.v));
	free(o);
}

static void test_quarterly(void **state)
{
	static const enum rs_agg aggs[] = { RS_SUM, RS_AVG, RS_EOP };
	/* Q1: 1+2+3 = 6, avg 2, end 3; Q4: 10+11+12 = 33, avg 11, end 12;
	 * Q3 2024: only July and August */
	static const double q1[] = { 6, 2, 3 }, q4[] = { 33, 11, 12 };
	struct rs_out *o;
	struct gs_err e;
	size_t i, n;

	(void)state;
	for (i = 0; i < 3; i++) {
		gs_err_clear(&e);
		assert_int_equal(rs_resample("k", GS_KIND_FLOW, in, nin,
					     RS_QUARTERLY, aggs[i], &o, &n,
					     &e), 0);
		assert_int_equal(n, 7);
		assert_int_equal(o[0].period.prec, GS_PREC_QUARTER);
		assert_true(o[0].p.v == q1[i]);
		assert_true(o[3].p.v == q4[i]);
		assert_int_equal(o[6].period.start, 20240701);
		assert_int_equal(o[6].have, 2);
		assert_int_equal(o[6].need, 3);
		assert_true(isnan(o[6].p.v));
		free(o);
	}
}

static void test_refusals(void **state)
{
	struct rs_out *o;
	struct gs_err e;
	size_t n;

	(void)state;
	gs_err_clear(&e);
	assert_int_equal(rs_resample("k", GS_KIND_LEVEL, in, nin, RS_ANNUAL,
				     RS_SUM, &o, &n, &e), -1);
	assert_int_equal(e.code, GS_EX_DATAERR);
	assert_non_null(strstr(e.msg, "levels are not summed"));
	/* a quarter among months */
	in[0].period.start = 20240701;
	in[0].period.end = 20240930;
	gs_err_clear(&e);
	assert_int_equal(rs_resample("k", GS_KIND_FLOW, in, nin, RS_ANNUAL,
				     RS_SUM, &o, &n, &e), -1);
	assert_non_null(strstr(e.msg, "2024-07..2024-09 is not a month"));
	setup(state);
	/* annual figures are not made monthly */
	gs_err_clear(&e);
	in[0].period.start = 20200101;
	in[0].period.end = 20201231;
	assert_int_equal(rs_resample("k", GS_KIND_FLOW, in, 1, RS_MONTHLY,
				     RS_SUM, &o, &n, &e), -1);
	assert_non_null(strstr(e.msg, "does not interpolate"));
}

static void test_names(void **state)
{
	enum rs_freq f;
	enum rs_agg a;

	(void)state;
	assert_int_equal(rs_freq_parse("quarterly", &f), 0);
	assert_int_equal(f, RS_QUARTERLY);
	assert_int_equal(rs_freq_parse("weekly", &f), -1);
	assert_int_equal(rs_agg_parse("eop", &a), 0);
	assert_int_equal(a, RS_EOP);
	assert_int_equal(rs_agg_parse("max", &a), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_annual_sum, setup),
		cmocka_unit_test_setup(test_quarterly, setup),
		cmocka_unit_test_setup(test_refusals, setup),
		cmocka_unit_test(test_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
