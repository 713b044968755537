/*
** test_chart_load.c: the series of one chart read and built
** (chart_load.c): several series on one axis, units that disagree (and
** --index, which lets them), unknown series, --first-vs-latest on a
** revised figure, the command's step on each series, and the default
** titles. Expected values are worked out by hand in the comments.
*/
#include "common.h" /* first: its feature macros */

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
#include "reports/chart/chart_load.h"

#define FX_NAME "chart-load"
#include "chart_fx.h"

static const struct rp_opts rp_now = { 0, 0.05 };

static int load(struct fx *f, const struct chart_load_opts *o,
		const char *k1, const char *k2, struct chart *ch,
		struct gs_err *e)
{
	char *keys[2] = { (char *)k1, (char *)k2 };

	memset(ch, 0, sizeof(*ch));
	gs_err_clear(e);
	return chart_load(f->db, o, keys, k2 ? 2 : 1, ch, e);
}

/* Two series in RUB on one axis; each level drawn over its year
 * (2020 -> [2020.0, 2021.0]), the latest vintage of the 2024 figure. */
static void test_two_series(void **state)
{
	struct pb_opts pb = { 0 };
	struct chart_load_opts o = { &rp_now, &pb, false, NULL, NULL };
	struct chart ch;
	struct gs_err e;

	assert_int_equal(load(*state, &o, "out", "inv", &ch, &e), 0);
	assert_int_equal(ch.n, 2);
	assert_string_equal(ch.rs[0].key, "out");
	assert_string_equal(ch.rs[1].key, "inv");
	assert_int_equal(ch.pb[0].ps.nobs, 2);
	assert_true(ch.pb[0].obs[0].x0 == 2020.0);
	assert_true(ch.pb[0].obs[0].x1 == 2021.0);
	assert_true(ch.pb[0].obs[0].v == 55e9);
	assert_true(ch.pb[0].obs[1].v == 160e9);
	assert_int_equal(ch.pb[1].ps.nobs, 2);
	assert_true(ch.pb[1].obs[1].v == 10e9);
	chart_free(&ch);
	assert_int_equal(ch.n, 0);
	assert_null(ch.rs);
}

static void test_units_differ(void **state)
{
	struct pb_opts pb = { 0 };
	struct chart_load_opts o = { &rp_now, &pb, false, NULL, NULL };
	struct chart ch;
	struct gs_err e;

	assert_int_equal(load(*state, &o, "out", "emp", &ch, &e), -1);
	assert_int_equal(e.code, GS_EX_DATAERR);
	assert_string_equal(e.msg, "'out' (RUB) and 'emp' (jobs) have "
			    "different units and cannot share an axis; chart "
			    "them separately or give --index PERIOD");
	assert_int_equal(ch.n, 2);     /* both read: chart_free frees both */
	chart_free(&ch);
}

/* --index 2024: each series as 100 at its 2024 figure: out 2020 is
 * 100 * 55 / 160 = 34.375, emp 2023 is 100 * 7 / 8 = 87.5. */
static void test_index_any_units(void **state)
{
	struct pb_opts pb = { 0 };
	struct chart_load_opts o = { &rp_now, &pb, false, NULL, NULL };
	const char *why;
	struct chart ch;
	struct gs_err e;

	pb.index = true;
	assert_int_equal(period_parse("2024", &pb.index_base, &why), 0);
	assert_int_equal(load(*state, &o, "out", "emp", &ch, &e), 0);
	assert_int_equal(ch.n, 2);
	assert_float_equal(ch.pb[0].obs[0].v, 34.375, 1e-9);
	assert_float_equal(ch.pb[0].obs[1].v, 100.0, 1e-9);
	assert_float_equal(ch.pb[1].obs[0].v, 87.5, 1e-9);
	chart_free(&ch);
}

static void test_unknown(void **state)
{
	struct pb_opts pb = { 0 };
	struct chart_load_opts o = { &rp_now, &pb, false, NULL, NULL };
	struct chart ch;
	struct gs_err e;

	assert_int_equal(load(*state, &o, "nope", NULL, &ch, &e), -1);
	assert_int_equal(e.code, GS_EX_DATAERR);
	assert_string_equal(e.msg, "unknown series 'nope'");
	assert_int_equal(ch.n, 0);
	chart_free(&ch);
	assert_int_equal(load(*state, &o, "out", "nope", &ch, &e), -1);
	assert_string_equal(e.msg, "unknown series 'nope'");
	assert_int_equal(ch.n, 1);
	chart_free(&ch);
	o.fvl = true;
	assert_int_equal(load(*state, &o, "nope", NULL, &ch, &e), -1);
	assert_int_equal(e.code, GS_EX_DATAERR);
	chart_free(&ch);
}

/* --first-vs-latest: out as first released (2024: 154 bn) and as
 * latest (160 bn), named so; on 2025-03-01 both still say 154. */
static void test_first_vs_latest(void **state)
{
	struct pb_opts pb = { 0 };
	struct rp_opts then = { 20250301, 0.05 };
	struct chart_load_opts o = { &rp_now, &pb, true, NULL, NULL };
	char buf[128];
	struct chart ch;
	struct gs_err e;

	assert_int_equal(load(*state, &o, "out", NULL, &ch, &e), 0);
	assert_int_equal(ch.n, 2);
	assert_string_equal(ch.rs[0].info.name, "Output: first release");
	assert_string_equal(ch.rs[1].info.name, "Output: latest");
	assert_true(ch.pb[0].obs[1].v == 154e9);
	assert_true(ch.pb[1].obs[1].v == 160e9);
	assert_true(ch.pb[0].obs[0].v == 55e9);
	assert_string_equal(chart_title(&ch, NULL, NULL, true, buf,
					sizeof(buf)),
			    "Output: first release against latest");
	chart_free(&ch);
	o.rp = &then;
	assert_int_equal(load(*state, &o, "out", NULL, &ch, &e), 0);
	/* nothing revised by then: the latest alone, and the title says so */
	assert_int_equal(ch.n, 1);
	assert_true(ch.pb[0].obs[1].v == 154e9);
	assert_string_equal(chart_title(&ch, NULL, NULL, true, buf,
					sizeof(buf)),
			    "Output: no figure revised since its first release");
	chart_free(&ch);
	/* a series without a name is named by its key */
	o.rp = &rp_now;
	assert_int_equal(load(*state, &o, "inv", NULL, &ch, &e), 0);
	assert_string_equal(chart_title(&ch, NULL, NULL, true, buf,
					sizeof(buf)),
			    "inv: no figure revised since its first release");
	chart_free(&ch);
}

struct seen {
	int calls;
	int fail_at;               /* the call that fails; 0: none */
};

/* A command's step: counts, sets the base period, fails on request. */
static int step(void *arg, struct rp_series *s, struct gs_period *base,
		struct gs_err *e)
{
	struct seen *w = arg;
	const char *why;

	assert_non_null(s->key);
	if (++w->calls == w->fail_at)
		return gs_errf(e, GS_EX_DATAERR, "%s: no", s->key);
	assert_int_equal(period_parse("2020", base, &why), 0);
	return 0;
}

static void test_prep(void **state)
{
	struct pb_opts pb = { 0 };
	struct seen w = { 0, 0 };
	struct chart_load_opts o = { &rp_now, &pb, false, step, &w };
	char buf[160];
	struct chart ch;
	struct gs_err e;

	assert_int_equal(load(*state, &o, "out", "inv", &ch, &e), 0);
	assert_int_equal(w.calls, 2);
	assert_int_equal(ch.base.start, 20200101);
	/* --deflate names the index and the prices (df_title) */
	assert_string_equal(chart_title(&ch, NULL, "cpi", false, buf,
					sizeof(buf)),
			    "Output, in 2020 prices (deflated by cpi)");
	chart_free(&ch);
	w.calls = 0;
	w.fail_at = 2;
	assert_int_equal(load(*state, &o, "out", "inv", &ch, &e), -1);
	assert_string_equal(e.msg, "inv: no");
	assert_int_equal(ch.n, 2);
	chart_free(&ch);
	/* first vs latest: the step on both series */
	w.calls = 0;
	w.fail_at = 0;
	o.fvl = true;
	assert_int_equal(load(*state, &o, "out", NULL, &ch, &e), 0);
	assert_int_equal(w.calls, 2);
	chart_free(&ch);
}

/* The title given wins; without --deflate or --first-vs-latest there is
 * none (the chart names its series). */
static void test_title(void **state)
{
	struct pb_opts pb = { 0 };
	struct chart_load_opts o = { &rp_now, &pb, true, NULL, NULL };
	char buf[64];
	struct chart ch;
	struct gs_err e;

	assert_int_equal(load(*state, &o, "out", NULL, &ch, &e), 0);
	assert_string_equal(chart_title(&ch, "Mine", "cpi", true, buf,
					sizeof(buf)), "Mine");
	assert_null(chart_title(&ch, NULL, NULL, false, buf, sizeof(buf)));
	chart_free(&ch);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_two_series),
		cmocka_unit_test(test_units_differ),
		cmocka_unit_test(test_index_any_units),
		cmocka_unit_test(test_unknown),
		cmocka_unit_test(test_first_vs_latest),
		cmocka_unit_test(test_prep),
		cmocka_unit_test(test_title),
	};

	return cmocka_run_group_tests(tests, fill, teardown);
}
