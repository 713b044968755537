/*
** test_growth_xform.c: unit tests of reports/growth.c's FRED
** transformations (lin, chg, ch1, pch, pc1, pca, cch, cca, log) on a
** monthly and an annual series. Expected values from
** tests/unit/gen_expected.py (numpy), in growth_expected.h, and by hand.
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

static const double *const monthly_want[] = {
	[GS_XF_LIN] = ge_monthly_lin, [GS_XF_CHG] = ge_monthly_chg,
	[GS_XF_CH1] = ge_monthly_ch1, [GS_XF_PCH] = ge_monthly_pch,
	[GS_XF_PC1] = ge_monthly_pc1, [GS_XF_PCA] = ge_monthly_pca,
	[GS_XF_CCH] = ge_monthly_cch, [GS_XF_CCA] = ge_monthly_cca,
	[GS_XF_LOG] = ge_monthly_log,
};

static const double *const annual_want[] = {
	[GS_XF_LIN] = ge_annual_lin, [GS_XF_CHG] = ge_annual_chg,
	[GS_XF_CH1] = ge_annual_ch1, [GS_XF_PCH] = ge_annual_pch,
	[GS_XF_PC1] = ge_annual_pc1, [GS_XF_PCA] = ge_annual_pca,
	[GS_XF_CCH] = ge_annual_cch, [GS_XF_CCA] = ge_annual_cca,
	[GS_XF_LOG] = ge_annual_log,
};

static void check_xform(const double *const *want, const double *x, size_t n,
			int k)
{
	double y[16];
	struct gs_err e;
	int f;
	size_t i;

	gs_err_clear(&e);
	for (f = GS_XF_LIN; f <= GS_XF_LOG; f++) {
		assert_int_equal(growth_xform((enum gs_xform)f, x, n, k, y, &e),
				 0);
		for (i = 0; i < n; i++)
			ASSERT_REL(y[i], want[f][i]);
	}
}

static void test_xform_monthly(void **state)
{
	(void)state;
	check_xform(monthly_want, ge_monthly_lin, 16, 12);
}

static void test_xform_annual(void **state)
{
	(void)state;
	check_xform(annual_want, ge_annual_lin, 6, 1);
}

static void test_xform_by_hand(void **state)
{
	const double x[5] = { 100, 110, 121, 0, -4 };
	double y[5];
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	/* Quarterly pca of 100 -> 110: 100 (1.1^4 - 1) = 46.41. */
	assert_int_equal(growth_xform(GS_XF_PCA, x, 5, 4, y, &e), 0);
	assert_true(isnan(y[0]));
	ASSERT_REL(y[1], 46.41);
	ASSERT_REL(y[2], 46.41);
	assert_true(isnan(y[3]) && isnan(y[4]));
	/* ch1 with k = 2: 121 - 100 = 21. */
	assert_int_equal(growth_xform(GS_XF_CH1, x, 5, 2, y, &e), 0);
	assert_true(isnan(y[0]) && isnan(y[1]));
	ASSERT_REL(y[2], 21);
	ASSERT_REL(y[4], -125);
	/* pch after a zero is undefined; from 121 to 0 it is -100. */
	assert_int_equal(growth_xform(GS_XF_PCH, x, 5, 4, y, &e), 0);
	ASSERT_REL(y[3], -100);
	assert_true(isnan(y[4]));
	/* cch and log need positive values: 100 ln 1.1 = 9.531017980432... */
	assert_int_equal(growth_xform(GS_XF_CCH, x, 5, 4, y, &e), 0);
	ASSERT_REL(y[1], 9.5310179804324860);
	assert_true(isnan(y[3]) && isnan(y[4]));
	assert_int_equal(growth_xform(GS_XF_LOG, x, 5, 4, y, &e), 0);
	assert_true(isnan(y[3]) && isnan(y[4]));
	/* cca with k = 4: 4 * 9.53... */
	assert_int_equal(growth_xform(GS_XF_CCA, x, 5, 4, y, &e), 0);
	ASSERT_REL(y[2], 38.124071921729944);
}

static void test_xform_in_place(void **state)
{
	double x[16];
	struct gs_err e;
	size_t i;

	(void)state;
	gs_err_clear(&e);
	memcpy(x, ge_monthly_lin, sizeof(x));
	assert_int_equal(growth_xform(GS_XF_PC1, x, 16, 12, x, &e), 0);
	for (i = 0; i < 16; i++)
		ASSERT_REL(x[i], ge_monthly_pc1[i]);
	/* An empty series is fine. */
	assert_int_equal(growth_xform(GS_XF_CHG, x, 0, 12, x, &e), 0);
}

static void test_xform_names(void **state)
{
	static const char *const names[] = { "lin", "chg", "ch1", "pch", "pc1",
					     "pca", "cch", "cca", "log" };
	enum gs_xform f;
	struct gs_err e;
	size_t i;
	double y[1];

	(void)state;
	gs_err_clear(&e);
	for (i = 0; i < GS_ARRAY_LEN(names); i++) {
		assert_int_equal(xform_from_name(names[i], &f, &e), 0);
		assert_int_equal(f, (int)i);
		assert_string_equal(xform_name(f), names[i]);
	}
	assert_null(xform_name((enum gs_xform)99));
	assert_int_equal(xform_from_name("PCA", &f, &e), 0);
	assert_int_equal(f, GS_XF_PCA);
	assert_int_equal(xform_from_name("pcx", &f, &e), -1);
	ASSERT_ERR(&e, GS_EX_USAGE, "unknown transformation \"pcx\"");
	gs_err_clear(&e);
	assert_int_equal(growth_xform(GS_XF_PC1, ge_annual_lin, 1, 0, y, &e),
			 -1);
	ASSERT_ERR(&e, GS_EX_USAGE, "bad frequency: 0 observations a year");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_xform_monthly),
		cmocka_unit_test(test_xform_annual),
		cmocka_unit_test(test_xform_by_hand),
		cmocka_unit_test(test_xform_in_place),
		cmocka_unit_test(test_xform_names),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
