/*
** test_growthpair.c: which two series `growth KEY OTHER_KEY` may run
** between (growthpair.c): one dimension, or none on both sides; the
** refusal's words written out by hand.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "reports/growthpair.h"

static int check(const char *skey, const char *sdim, const char *okey,
		 const char *odim, struct gs_err *e)
{
	struct rp_series s = { 0 }, o = { 0 };

	s.key = (char *)skey;
	s.info.dim = (char *)sdim;
	o.key = (char *)okey;
	o.info.dim = (char *)odim;
	gs_err_clear(e);
	return growth_pair_check(&s, &o, e);
}

static void test_one_dimension(void **state)
{
	struct gs_err e;

	(void)state;
	assert_int_equal(check("out", "currency:RUB", "inv", "currency:RUB",
			       &e), 0);
	assert_int_equal(check("a", "", "b", "", &e), 0);
}

static void test_refused(void **state)
{
	struct gs_err e;

	(void)state;
	assert_int_equal(check("jobs", "count:jobs", "pharma.output",
			       "currency:RUB", &e), -1);
	assert_int_equal(e.code, GS_EX_DATAERR);
	assert_string_equal(e.msg, "jobs is measured in count:jobs and "
			    "pharma.output in currency:RUB: a multiple of "
			    "different dimensions means nothing");
	/* one currency is not another */
	assert_int_equal(check("a", "currency:RUB", "b", "currency:USD", &e),
			 -1);
	assert_int_equal(check("x", "", "y", "area", &e), -1);
	assert_string_equal(e.msg, "x is measured in plain numbers and y in "
			    "area: a multiple of different dimensions means "
			    "nothing");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_one_dimension),
		cmocka_unit_test(test_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
