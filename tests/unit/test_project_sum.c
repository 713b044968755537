/*
** test_project_sum.c: one series' line of project --all
** (reports/project_sum.c): points, growth, slope and the value at --to,
** and the reasons a series has none. Expected values by hand:
**   g: 100 (2020) -> 144 (2022): CAGR 1.44**0.5 - 1 = 20 %; 2024 at 144
**      * 1.2**2 = 207.36
**   e: 100, 110, 121 (2020-2022) lie on 100 * 1.1**(t - 2021): the
**      log-linear slope is ln 1.1 = 0.09531017980432493, the growth
**      10 %, 2024 (t = 2025) at 146.41, the interval of a perfect fit
**      zero wide
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "series/parse.h"
#include "reports/project_sum.h"
#include "obs_fx.h"

static void add(struct fx *f, const char *key, const char *period,
		enum gs_kind kind, double v, const char *unit,
		const char *base)
{
	fx_add(f->db, f->batch, "test", key, period, kind, v, unit,
	       GS_QUAL_NONE, base);
}

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));

	f->db = fx_open_batch(f->path, sizeof(f->path), "projsum", &f->batch);
	add(f, "g", "2020", GS_KIND_LEVEL, 100, "jobs", "");
	add(f, "g", "2022", GS_KIND_LEVEL, 144, "jobs", "");
	add(f, "e", "2020", GS_KIND_LEVEL, 100, "jobs", "");
	add(f, "e", "2021", GS_KIND_LEVEL, 110, "jobs", "");
	add(f, "e", "2022", GS_KIND_LEVEL, 121, "jobs", "");
	add(f, "one", "2023", GS_KIND_LEVEL, 5, "jobs", "");
	add(f, "pk", "2025-01..2025-08", GS_KIND_FLOW, 16.1, "jobs", "");
	add(f, "pk", "2025-01..2025-08", GS_KIND_PERCENT, 10.5, "%",
	    "2024-01..2024-08");
	return fx_commit(state, f);
}

/* Summarize series key by method m to period to: proj_summarize's result,
 * the summary in *ps and the error in *e. */
static int summarize(struct fx *f, const char *key, enum proj_method m,
		     const char *to, struct proj_summary *ps, struct gs_err *e)
{
	struct rp_opts ro = { 0, 0.05 };
	struct proj_opts po = { .method = m, .level = 0.95 };
	struct rp_series s;
	struct gs_period top;
	const char *why;
	int ret;

	gs_err_clear(e);
	assert_int_equal(period_parse(to, &top, &why), 0);
	assert_int_equal(rp_load(f->db, key, &ro, &s, e), 0);
	ret = proj_summarize(&s, &po, &top, ps, e);
	rp_free(&s);
	return ret;
}

#define NEAR(a, b) assert_true(fabs((a) - (b)) <= 1e-9 * fabs(b))

static void test_cagr_line(void **state)
{
	struct proj_summary ps;
	struct gs_err e;

	assert_int_equal(summarize(*state, "g", PROJ_CAGR, "2024", &ps, &e), 0);
	assert_int_equal(ps.npoints, 2);
	NEAR(ps.rate, 0.2);
	assert_true(isnan(ps.slope));
	NEAR(ps.at.v, 207.36);
	assert_false(ps.at.has_interval);
}

static void test_loglinear_line(void **state)
{
	struct proj_summary ps;
	struct gs_err e;

	assert_int_equal(summarize(*state, "e", PROJ_LOGLINEAR, "2024", &ps,
				   &e), 0);
	assert_int_equal(ps.npoints, 3);
	NEAR(ps.slope, 0.09531017980432493);
	NEAR(ps.rate, 0.1);
	NEAR(ps.at.v, 146.41);
	assert_true(ps.at.has_interval);
	NEAR(ps.at.lo, 146.41);
	NEAR(ps.at.hi, 146.41);
}

static void test_reasons_for_no_line(void **state)
{
	struct proj_summary ps;
	struct gs_err e;

	assert_int_equal(summarize(*state, "g", PROJ_CAGR, "2021", &ps, &e), -1);
	assert_int_equal(e.code, GS_EX_USAGE);
	assert_string_equal(e.msg, "--to 2021 ends before the last figure "
			    "(2022): a projection runs forward from it");
	/* to's end is the last figure's: a level is read there */
	assert_int_equal(summarize(*state, "g", PROJ_CAGR, "2022", &ps, &e), 0);
	NEAR(ps.at.v, 144.0);
	assert_int_equal(summarize(*state, "one", PROJ_CAGR, "2030", &ps, &e),
			 -1);
	assert_int_equal(e.code, GS_EX_DATAERR);
	assert_non_null(strstr(e.msg, "too few points"));
	assert_int_equal(summarize(*state, "pk", PROJ_CAGR, "2026", &ps, &e),
			 -1);
	assert_int_equal(e.code, GS_EX_DATAERR);
	assert_non_null(strstr(e.msg, "pk: not projected: 2025-01..2025-08 "
			       "is a part-year flow (8 months)"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cagr_line),
		cmocka_unit_test(test_loglinear_line),
		cmocka_unit_test(test_reasons_for_no_line),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
