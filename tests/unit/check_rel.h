/*
** check_rel.h: the comparisons of the unit tests of reports' maths
** (test_growth*.c, test_regress.c): a number to relative 1e-9, an error
** record's code and text. Include after <cmocka.h>.
*/
#ifndef GS_TEST_CHECK_REL_H
#define GS_TEST_CHECK_REL_H

#include <math.h>
#include <string.h>

#define TOL GS_APPROX_TOL_DEFAULT
#define ASSERT_REL(got, want) check_rel((got), (want), #got, __FILE__, __LINE__)
#define ASSERT_ERR(e, code_, text) check_err((e), (code_), (text), __FILE__, \
					     __LINE__)

/* got == want to relative 1e-9 (1e-12 absolute at 0); NAN == NAN. */
static inline void check_rel(double got, double want, const char *expr,
			     const char *file, int line)
{
	double tol = want == 0 ? 1e-12 : 1e-9 * fabs(want);

	if (got == want || (isnan(got) && isnan(want)) ||
	    fabs(got - want) <= tol)
		return;
	print_error("%s = %.17g, want %.17g\n", expr, got, want);
	_fail(file, line);
}

static inline void check_err(const struct gs_err *e, int code,
			     const char *text, const char *file, int line)
{
	if (e->code == code && strstr(e->msg, text) != NULL)
		return;
	print_error("error %d \"%s\", want %d containing \"%s\"\n", e->code,
		    e->msg, code, text);
	_fail(file, line);
}

#endif
