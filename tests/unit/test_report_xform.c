/*
** test_report_xform.c: a FRED transform of a whole series as `growth
** --transform` computes it (reports/xfseries.h), and the year-to-date
** figures `show --ytd` works on (reports/ytdseries.h), without the
** commands. Expected values from FRED's definitions (pch = (x_t /
** x_{t-1} - 1) * 100, log = ln x) and README's bounds ("about" is +/- 5
** %), by hand.
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
#include "series/series.h"
#include "reports/xfseries.h"
#include "reports/ytdseries.h"
#include "report_fx.h"

static const struct row rows[] = {
	{ "a", "2020", "level", 100, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "a", "2021", "level", 110, "jobs", NULL, NULL, NULL, NULL, "about" },
	{ "a", "2022", "level", 121, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "k", "2020", "level", 2, "thousand jobs", NULL, NULL, NULL, NULL,
	  NULL },
	{ "k", "2021", "level", 3, "thousand jobs", NULL, NULL, NULL, NULL,
	  NULL },
	{ "t", "2030", "target", 5, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "m", "2024-01", "level", 5, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "m", "2024-Q2", "level", 7, "jobs", NULL, NULL, NULL, NULL, NULL },
	/* figures are numbered by the end of their period (show, --explain):
	 * #1 Mar-May, #2 Jan-Jul, #3 Jan-Aug (about), #4 Jan-Aug 2025 */
	{ "y", "2024-01..2024-07", "flow", 71.5, "million packages", NULL,
	  NULL, NULL, NULL, NULL },
	{ "y", "2024-01..2024-08", "flow", 82.9, "million packages", NULL,
	  NULL, NULL, NULL, "about" },
	{ "y", "2024-03..2024-05", "flow", 10, "million packages", NULL,
	  NULL, NULL, NULL, NULL },
	{ "y", "2025-01..2025-08", "flow", 90, "million packages", NULL,
	  NULL, NULL, NULL, NULL },
};

static int setup(void **state)
{
	return fx_group_open(state, "rxform", rows, GS_ARRAY_LEN(rows));
}

/* xf_series of key's figures from from to to ("" for none). */
static int xf(void **state, const char *key, const char *f, const char *from,
	      const char *to, struct xf_series *out, struct gs_err *e)
{
	struct rp_opts o = { 0, 0.05 };
	struct gs_period a, b;
	struct rp_series s;
	enum gs_xform t;
	const char *why;
	int rc;

	gs_err_clear(e);
	assert_int_equal(period_parse(from, &a, &why), 0);
	assert_int_equal(period_parse(to, &b, &why), 0);
	assert_int_equal(xform_from_name(f, &t, e), 0);
	assert_int_equal(rp_load(*state, key, &o, &s, e), 0);
	rc = xf_series(&s, t, &a, &b, out, e);
	rp_free(&s);
	return rc;
}

static void near(double got, double want)
{
	if (!(fabs(got - want) <= 1e-9 * fabs(want)))
		fail_msg("got %.17g, want %.17g", got, want);
}

/* 100, about 110, 121: +10 % twice; about 110 is [104.5, 115.5], so the
 * first change lies in [4.5, 15.5] % and the second in
 * [121 / 115.5 - 1, 121 / 104.5 - 1]. */
static void test_pch(void **state)
{
	struct xf_series xs;
	struct gs_err e;

	assert_int_equal(xf(state, "a", "pch", "", "", &xs, &e), 0);
	assert_int_equal(xs.len, 3);
	assert_int_equal(xs.step, 12);
	assert_int_equal(xs.first.start, 20200101);
	assert_string_equal(xs.unit, "%");
	near(xs.x[0], 100);
	near(xs.x[2], 121);
	assert_true(isnan(xs.y[0]));
	near(xs.y[1], 10);
	near(xs.y[2], 10);
	near(xs.ylo[1], 4.5);
	near(xs.yhi[1], 15.5);
	near(xs.ylo[2], 100 * (121 / 115.5 - 1));
	near(xs.yhi[2], 100 * (121 / 104.5 - 1));
	xf_series_free(&xs);
}

/* log: ln of the level; --from 2021 leaves two points. */
static void test_log_from(void **state)
{
	struct xf_series xs;
	struct gs_err e;

	assert_int_equal(xf(state, "a", "log", "2021", "", &xs, &e), 0);
	assert_int_equal(xs.len, 2);
	assert_int_equal(xs.first.start, 20210101);
	assert_string_equal(xs.unit, "ln(jobs)");
	near(xs.y[0], log(110));
	near(xs.y[1], log(121));
	xf_series_free(&xs);
}

/* Level transforms are in the unit the latest figure was written in:
 * 2 and 3 thousand jobs are stored as 2000 and 3000 jobs, lin gives 2
 * and 3 thousand jobs back, chg +1. */
static void test_published_unit(void **state)
{
	struct xf_series xs;
	struct gs_err e;

	assert_int_equal(xf(state, "k", "lin", "", "", &xs, &e), 0);
	assert_string_equal(xs.unit, "thousand jobs");
	near(xs.x[1], 3000);
	near(xs.y[0], 2);
	near(xs.y[1], 3);
	xf_series_free(&xs);
	assert_int_equal(xf(state, "k", "chg", "", "", &xs, &e), 0);
	near(xs.y[1], 1);
	xf_series_free(&xs);
}

/* Nothing to transform, and figures of two frequencies. */
static void test_refused(void **state)
{
	struct xf_series xs;
	struct gs_err e;

	assert_int_equal(xf(state, "t", "pch", "", "", &xs, &e), XF_EMPTY);
	assert_null(xs.x);
	assert_int_equal(xf(state, "a", "pch", "2030", "", &xs, &e),
			 XF_EMPTY);
	assert_int_equal(xf(state, "m", "pch", "", "", &xs, &e), -1);
	assert_non_null(strstr(e.msg, "a transform needs points of one "
			       "frequency"));
	assert_null(xs.y);
}

/* Year to date: the flows from January (not Mar-May), numbered as
 * --explain numbers them (#2, #3, #4), "about 82.9" bounded by 5 %. */
static void test_ytd_figures(void **state)
{
	struct rp_opts o = { 0, 0.05 };
	struct ytd_fig *f = NULL;
	struct rp_series s;
	struct gs_err e;

	gs_err_clear(&e);
	assert_int_equal(rp_load(*state, "y", &o, &s, &e), 0);
	assert_int_equal(ytd_figures(&s, &f), 3);
	assert_int_equal(f[0].id, 2);
	assert_int_equal(f[1].id, 3);
	assert_int_equal(f[2].id, 4);
	near(f[0].value, 71.5e6);
	assert_false(f[0].bounded);
	assert_true(f[1].bounded);
	near(f[1].lo, 82.9e6 * 0.95);
	near(f[1].hi, 82.9e6 * 1.05);
	assert_int_equal(f[2].period.start, 20250101);
	free(f);
	rp_free(&s);
	assert_int_equal(rp_load(*state, "a", &o, &s, &e), 0);
	assert_int_equal(ytd_figures(&s, &f), 0);
	assert_non_null(f);
	free(f);
	rp_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pch),
		cmocka_unit_test(test_log_from),
		cmocka_unit_test(test_published_unit),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_ytd_figures),
	};

	return cmocka_run_group_tests(tests, setup, fx_group_close);
}
