/*
** test_value_factor.c: value_parse_factor and value_pow10
** (series/value.c): a number said in a scaled unit, in the base unit,
** is the decimal value times the scale rounded once. Expected values are
** the decimal products written out by hand ("7.3" million is 7300000),
** each a double exactly; 16.1 * 1e6 in binary is 16100000.000000002,
** which the first cases would catch.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "series/parse.h"

struct factor_case {
	const char *in;
	double factor;
	double want;
};

static const struct factor_case cases[] = {
	{ "16.1", 1e6, 16100000.0 },
	{ "7.3", 1e6, 7300000.0 },
	{ "1,15", 1e9, 1150000000.0 },
	{ "0.1", 1e9, 100000000.0 },
	{ "154.7", 1e9, 154700000000.0 },
	{ "4,03", 1e3, 4030.0 },
	{ "66,8769", 1e3, 66876.9 },       /* 66876.9 read from its text */
	{ "2.5", 1, 2.5 },
	{ "3", 0.5, 1.5 },                 /* no power of ten: multiplies */
	{ "-0.7", 1e6, -700000.0 },
};

static void test_value_parse_factor_exact(void **state)
{
	const char *why = NULL;
	bool pct;
	double v;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		assert_int_equal(value_parse_factor(cases[i].in,
						    cases[i].factor, &v, &pct,
						    &why), 0);
		if (v != cases[i].want)
			fail_msg("%s x %g: got %.17g, want %.17g", cases[i].in,
				 cases[i].factor, v, cases[i].want);
	}
}

static void test_value_parse_factor_refuses(void **state)
{
	const char *why = NULL;
	bool pct;
	double v;

	(void)state;
	assert_int_equal(value_parse_factor("1e300", 1e15, &v, &pct, &why),
			 -1);
	assert_non_null(why);
	assert_int_equal(value_parse_factor("1e300", 1e300, &v, &pct, &why),
			 -1);
	assert_int_equal(value_parse_factor("12x", 1e6, &v, &pct, &why), -1);
}

static void test_value_pow10(void **state)
{
	(void)state;
	assert_int_equal(value_pow10(1e6), 6);
	assert_int_equal(value_pow10(10), 1);
	assert_int_equal(value_pow10(1e15), 15);
	assert_int_equal(value_pow10(1), 0);
	assert_int_equal(value_pow10(0.3048), 0);
	assert_int_equal(value_pow10(1e16), 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_value_parse_factor_exact),
		cmocka_unit_test(test_value_parse_factor_refuses),
		cmocka_unit_test(test_value_pow10),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
