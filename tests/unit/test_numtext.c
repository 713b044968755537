/*
** test_numtext.c: the one number formatter under tables and charts
** (common.c: gs_num_exact, gs_num_grouped, gs_num_decimals, gs_scale_for,
** fmt_num, fmt_human): signed zeros, huge and tiny values, rounding at .5,
** grouping. Expected texts by hand, and from python3 where it rounds the
** same way (f"{0.125:.2f}" = '0.12', f"{2.5:.0f}" = '2',
** repr(2024 + 7/12) = '2024.5833333333333').
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

static void exact(double v, const char *want)
{
	char b[64];

	gs_num_exact(v, b, sizeof(b));
	assert_string_equal(b, want);
}

static void grouped(double v, int d, const char *want)
{
	char b[96];

	gs_num_grouped(v, d, b, sizeof(b));
	assert_string_equal(b, want);
}

static void human(double v, const char *sym, const char *want)
{
	char b[96];

	fmt_human(v, sym, b, sizeof(b));
	assert_string_equal(b, want);
}

static void test_exact(void **state)
{
	char b[64];

	(void)state;
	exact(-0.0, "0");
	exact(0.1, "0.1");
	exact(154e9, "154000000000");
	exact(2024 + 7.0 / 12, "2024.5833333333333");
	exact(-721.5356068829866, "-721.5356068829866");
	exact(1e300, "1e+300");
	exact(5e-324, "4.94065645841247e-324"); /* %.15g reads back */
	exact(NAN, "nan");
	exact(-INFINITY, "-inf");
	fmt_num(NAN, b, sizeof(b));
	assert_string_equal(b, "");
	fmt_num(-0.0, b, sizeof(b));
	assert_string_equal(b, "0");
	fmt_num(INFINITY, b, sizeof(b));
	assert_string_equal(b, "inf");
}

static void test_grouped(void **state)
{
	(void)state;
	grouped(0, 0, "0");
	grouped(-0.0, 0, "0");
	grouped(-0.004, 2, "0.00");     /* rounds to zero: no sign */
	grouped(-0.006, 2, "-0.01");
	grouped(999, 0, "999");
	grouped(1000, 0, "1,000");
	grouped(-1234567.891, 2, "-1,234,567.89");
	grouped(1e20, 0, "100,000,000,000,000,000,000");
	/* ties round to even on the exact binary value, as printf does */
	grouped(2.5, 0, "2");
	grouped(3.5, 0, "4");
	grouped(0.125, 2, "0.12");
	grouped(999.5, 0, "1,000");
	grouped(-1234.5, 0, "-1,234");
	/* 1.005 is 1.00499999999999989... in binary */
	grouped(1.005, 2, "1.00");
}

static void test_decimals_and_scale(void **state)
{
	struct gs_scale s;

	(void)state;
	assert_int_equal(gs_num_decimals(154, false, 1, 2), 1);
	assert_int_equal(gs_num_decimals(721.54, false, 1, 2), 2);
	assert_int_equal(gs_num_decimals(0.25, false, 0, 3), 2);
	assert_int_equal(gs_num_decimals(1.5e300, true, 1, 2), 1);
	s = gs_scale_for(9500, true);
	assert_true(s.factor == 1 && strcmp(s.word, "") == 0);
	s = gs_scale_for(10000, true);
	assert_true(s.factor == 1e3 && strcmp(s.word, "thousand") == 0);
	s = gs_scale_for(10000, false);
	assert_true(s.factor == 1 && strcmp(s.word, "") == 0);
	s = gs_scale_for(1e9, false);
	assert_true(s.factor == 1e9 && strcmp(s.word, "bn") == 0);
	s = gs_scale_for(2.5e13, true);
	assert_true(s.factor == 1e12 && strcmp(s.word, "trn") == 0);
	s = gs_scale_for(INFINITY, true);
	assert_true(s.factor == 1);
}

static void test_human(void **state)
{
	(void)state;
	human(1.54e11, "RUB", "154.0 bn RUB");
	human(7.2154e11, "RUB", "721.54 bn RUB");
	human(1.5455e11, "RUB", "154.55 bn RUB");
	human(28100, "m²", "28,100 m²");
	human(319909.5, "packages", "319,909.5 packages");
	human(999999.95, "", "999,999.9");
	human(2.8, "×", "2.80×");
	human(10.5, "%", "10.5 %");
	human(0.25, "", "0.25");
	human(1.5e300, "RUB", "1.5e300 RUB");
	human(-2e18, "", "-2.0e18");
	/* signed zeros and values that round to zero carry no sign */
	human(-0.0, "RUB", "0 RUB");
	human(-0.0001, "jobs", "0 jobs");
	human(1e-300, "", "0");
	/* no trailing zeros past the fewest decimals: 326,086.98 at one
	 * decimal is 326,087.0, shown as 326,087 (README: whole values) */
	human(300000.0 * 300000 / 276000, "m²", "326,087 m²");
	human(0.2500001, "", "0.25");
	human(8801.0 / 8000, "×", "1.10×");
	human(7.215012e11, "RUB", "721.5 bn RUB");
	human(1.54e11 + 1, "RUB", "154.0 bn RUB");
	human(-0.0, "×", "0.00×");
	human(NAN, "RUB", "n/a");
	human(-INFINITY, "RUB", "-∞");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_exact),
		cmocka_unit_test(test_grouped),
		cmocka_unit_test(test_decimals_and_scale),
		cmocka_unit_test(test_human),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
