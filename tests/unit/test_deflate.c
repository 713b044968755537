/*
** test_deflate.c: unit tests of reports/deflate.c against a hand
** computation.
**
** Output 55 bn RUB in 2020 and 154 bn in 2024 (2.8x). The index is 100 in
** 2020 (an annual figure) and monthly in 2024: 134.5, 135.5, ..., 145.5,
** whose average is (134.5 + 145.5) / 2 = 140. In 2020 prices 2024 is
** 154 * 100 / 140 = 110, so 2.8x nominal is 110 / 55 = 2.0x real, +100 %,
** a real CAGR of 2^(1/4) - 1 = 0.18920711500272103 (python3:
** 2 ** 0.25 - 1) against the nominal 2.8^(1/4) - 1 = 0.29356872761680153.
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "../../reports/deflate.h"

static struct df_point idx[24]; /* 1 + 12 + 8 used */
static size_t nidx;

static int setup(void **state)
{
	int m;

	(void)state;
	nidx = 0;
	idx[nidx++] = (struct df_point){ { 20200101, 20201231, GS_PREC_YEAR },
					 100 };
	for (m = 1; m <= 12; m++) {
		struct df_point *d = &idx[nidx++];

		d->period.start = cal_ymd(2024, m, 1);
		d->period.end = cal_month_end(d->period.start);
		d->period.prec = GS_PREC_MONTH;
		d->v = 133.5 + m;
	}
	/* 2025: only January to August */
	for (m = 1; m <= 8; m++) {
		struct df_point *d = &idx[nidx++];

		d->period.start = cal_ymd(2025, m, 1);
		d->period.end = cal_month_end(d->period.start);
		d->period.prec = GS_PREC_MONTH;
		d->v = 150;
	}
	return 0;
}

static void close_to(double got, double want)
{
	assert_true(fabs(got - want) <= 1e-12 * fabs(want));
}

static void test_real_growth(void **state)
{
	struct gs_period y2020 = { 20200101, 20201231, GS_PREC_YEAR };
	struct gs_period y2024 = { 20240101, 20241231, GS_PREC_YEAR };
	struct df_change c;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	assert_int_equal(df_change("cpi", idx, nidx, &y2020, 55e9, &y2024,
				   154e9, &c, &e), 0);
	close_to(c.idx_from, 100);
	close_to(c.idx_to, 140);
	close_to(c.real_to, 110e9);
	close_to(c.nom_mult, 2.8);
	close_to(c.real_mult, 2.0);
	close_to(c.real_pct, 100);
	close_to(c.years, 4);
	close_to(c.nom_cagr, 0.29356872761680153);
	close_to(c.real_cagr, 0.18920711500272103);
}

static void test_index_at(void **state)
{
	struct gs_period q2 = { 20240401, 20240630, GS_PREC_QUARTER };
	struct gs_period aug = { 20250801, 20250831, GS_PREC_MONTH };
	struct gs_period y2025 = { 20250101, 20251231, GS_PREC_YEAR };
	struct gs_period y2019 = { 20190101, 20191231, GS_PREC_YEAR };
	struct gs_err e;
	double v;

	(void)state;
	/* Q2 2024: (137.5 + 138.5 + 139.5) / 3 = 138.5 */
	gs_err_clear(&e);
	assert_int_equal(df_index_at("cpi", idx, nidx, &q2, &v, &e), 0);
	close_to(v, 138.5);
	assert_int_equal(df_index_at("cpi", idx, nidx, &aug, &v, &e), 0);
	close_to(v, 150);
	/* 8 months of 2025 do not make its average; 2019 has nothing */
	assert_int_equal(df_index_at("cpi", idx, nidx, &y2025, &v, &e), -1);
	assert_int_equal(e.code, GS_EX_DATAERR);
	assert_non_null(strstr(e.msg, "the index cpi does not cover 2025"));
	gs_err_clear(&e);
	assert_int_equal(df_index_at("cpi", idx, nidx, &y2019, &v, &e), -1);
	assert_non_null(strstr(e.msg, "does not cover 2019"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup(test_real_growth, setup),
		cmocka_unit_test_setup(test_index_at, setup),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
