/*
** test_report_deflate.c: a series in real terms as --deflate computes it
** for growth, project, check and chart (reports/dfseries.h), without the
** commands. A CPI of 100 in 2020 and 125 in 2022 makes 2022's money
** worth 100 / 125 = 0.8 of 2020's; every expected value below is that
** factor applied by hand.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "series/parse.h"
#include "series/series.h"
#include "reports/dfseries.h"
#include "report_fx.h"

static const struct row rows[] = {
	{ "cpi", "2020", "level", 100, "index", NULL, NULL, NULL, NULL, NULL },
	{ "cpi", "2022", "level", 125, "index", NULL, NULL, NULL, NULL, NULL },
	/* two figures, a target the index covers and one it does not, a
	 * stated multiple */
	{ "m", "2020", "level", 10, "billion rubles", NULL, NULL, NULL, NULL,
	  NULL },
	{ "m", "2022", "level", 20, "billion rubles", NULL, NULL, NULL, NULL,
	  NULL },
	{ "m", "2022", "target", 30, "billion rubles", NULL, NULL, NULL, NULL,
	  NULL },
	{ "m", "2030", "target", 50, "billion rubles", NULL, NULL, NULL, NULL,
	  NULL },
	{ "m", "2022", "multiple", 2, "times", "2020", NULL, NULL, NULL,
	  NULL },
	/* 20 in 2022 is twice 2020: 10 in 2020 is implied */
	{ "i", "2022", "level", 20, "billion rubles", NULL, NULL, NULL, NULL,
	  NULL },
	{ "i", "2022", "multiple", 2, "times", "2020", NULL, NULL, NULL,
	  NULL },
	{ "j", "2020", "level", 5, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "j", "2022", "level", 7, "jobs", NULL, NULL, NULL, NULL, NULL },
};

static int setup(void **state)
{
	return fx_group_open(state, "rdeflate", rows, GS_ARRAY_LEN(rows));
}

/* What df_series left out, as told. */
struct told {
	char msg[4][400];
	int n;
};

static void keep(void *arg, const char *msg)
{
	struct told *t = arg;

	assert_true(t->n < 4);
	snprintf(t->msg[t->n++], sizeof(t->msg[0]), "%s", msg);
}

/* Series key in real terms by cpi, into *s (free it); its base in *b. */
static int real(void **state, const char *key, struct rp_series *s,
		struct gs_period *b, struct told *t, struct gs_err *e)
{
	struct rp_opts o = { 0, 0.05 };
	struct df_index ix;
	int rc;

	gs_err_clear(e);
	memset(t, 0, sizeof(*t));
	assert_int_equal(df_index_read(*state, &o, "cpi", &ix, e), 0);
	assert_int_equal(ix.n, 2);
	assert_int_equal(rp_load(*state, key, &o, s, e), 0);
	rc = df_series(&ix, s, b, keep, t, e);
	df_index_free(&ix);
	return rc;
}

/* In 2020 prices: 10 stays 10, 20 in 2022 is 16, the 2022 target of 30
 * is 24; the 2030 target (no index) and the multiple (nominal) are left
 * out, each said. */
static void test_points_and_targets(void **state)
{
	struct rp_series s;
	struct gs_period b;
	struct told t;
	struct gs_err e;
	char title[128];

	assert_int_equal(real(state, "m", &s, &b, &t, &e), 0);
	assert_int_equal(b.start, 20200101);
	assert_int_equal(s.npts, 2);
	assert_true(s.pts[0].p.v == 10e9);
	assert_true(s.pts[1].p.v == 16e9);
	assert_int_equal(s.ntargets, 1);
	assert_true(s.obs.v[s.targets[0]].value == 24e9);
	assert_int_equal(s.nrels, 0);
	assert_int_equal(t.n, 2);
	assert_non_null(strstr(t.msg[0], "m: the target 2030 is left out in "
			       "real terms: "));
	assert_string_equal(t.msg[1], "m: 1 stated multiple or percent "
			    "change left out: stated in nominal terms");
	assert_string_equal(df_title(&s, &b, "cpi", title, sizeof(title)),
			    "m, in 2020 prices (deflated by cpi)");
	rp_free(&s);
}

/* The implied 2020 level, 10, is its own base's prices: 10; its anchor,
 * 20 in 2022, is 16; the multiple relating them becomes 16 / 10 = 1.6,
 * 2 * 100 / 125. */
static void test_implied(void **state)
{
	struct rp_series s;
	struct gs_period b;
	struct told t;
	struct gs_err e;
	size_t i;

	assert_int_equal(real(state, "i", &s, &b, &t, &e), 0);
	assert_int_equal(b.start, 20200101);
	for (i = 0; i < s.npts && !s.pts[i].implied; i++)
		;
	assert_true(i < s.npts);
	assert_int_equal(s.pts[i].period.start, 20200101);
	assert_true(s.pts[i].p.v == 10e9);
	assert_true(s.pts[i].mult.v == 1.6);
	rp_free(&s);
}

/* Only money is deflated; a real change needs two ends. */
static void test_refused(void **state)
{
	struct gs_period none = { 0, 0, GS_PREC_NONE }, from;
	struct rp_point a, b;
	struct rp_series s;
	struct gs_period base;
	struct told t;
	struct gs_err e;
	const char *why;

	assert_int_equal(real(state, "j", &s, &base, &t, &e), -1);
	assert_int_equal(e.code, GS_EX_DATAERR);
	assert_string_equal(e.msg, "j is not a currency series: only money "
			    "is deflated");
	assert_int_equal(df_ends(&s, &none, &none, &a, &b, &e), 0);
	assert_int_equal(a.period.start, 20200101);
	assert_int_equal(b.period.start, 20220101);
	assert_int_equal(period_parse("2021", &from, &why), 0);
	gs_err_clear(&e);
	assert_int_equal(df_ends(&s, &from, &none, &a, &b, &e), -1);
	/* --from names a figure, as in plain growth (span.h): j has none
	 * for 2021 */
	assert_string_equal(e.msg, "j: no figure for 2021 (see 'growthstat "
			    "show j')");
	rp_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_points_and_targets),
		cmocka_unit_test(test_implied),
		cmocka_unit_test(test_refused),
	};

	return cmocka_run_group_tests(tests, setup, fx_group_close);
}
