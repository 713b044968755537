/*
** test_revisions.c: unit tests of reports/revisions.c: release numbers,
** revision sizes against the release before and against the first.
**
** 2024 output: first released as 150 (2025-03-01), revised to 154
** (2025-10-07: +4, 4/150 = +2.6667 %), then to 152.46 (2026-03-01:
** -1.54, -1.54/154 = -1 %; against the first +2.46, +1.64 %). 2023 was
** released once.
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>

#include "../../reports/revisions.h"

#define Y(y) { y * 10000 + 101, y * 10000 + 1231, GS_PREC_YEAR }

static struct gs_obs obs[] = {
	{ "k", GS_KIND_LEVEL, Y(2023), { 0, 0, 0 }, 120, 0, "", { "", 1, "" },
	  20240301, "a", "", 0, 0 },
	{ "k", GS_KIND_LEVEL, Y(2024), { 0, 0, 0 }, 150, 0, "", { "", 1, "" },
	  20250301, "a", "", 0, 0 },
	{ "k", GS_KIND_LEVEL, Y(2024), { 0, 0, 0 }, 154, 0, "", { "", 1, "" },
	  20251007, "b", "", 0, 0 },
	{ "k", GS_KIND_LEVEL, Y(2024), { 0, 0, 0 }, 152.46, 0, "",
	  { "", 1, "" }, 20260301, "a", "", 0, 0 },
	{ "k", GS_KIND_TARGET, Y(2024), { 0, 0, 0 }, 160, 0, "",
	  { "", 1, "" }, 20220101, "a", "", 0, 0 },
};

static void close_to(double got, double want)
{
	assert_true(fabs(got - want) <= 1e-12 * fabs(want));
}

static void test_releases(void **state)
{
	struct obs_list l = { obs, GS_ARRAY_LEN(obs), NULL };
	struct rev_row *r;

	(void)state;
	assert_int_equal(rev_build(&l, &r), 5);
	assert_int_equal(r[0].release, 1);
	assert_true(r[0].latest);
	assert_true(isnan(r[0].change));
	assert_int_equal(r[1].release, 1);
	assert_false(r[1].latest);
	assert_int_equal(r[2].release, 2);
	close_to(r[2].change, 4);
	close_to(r[2].change_pct, 100.0 * 4 / 150);
	assert_int_equal(r[3].release, 3);
	assert_true(r[3].latest);
	close_to(r[3].change, -1.54);
	close_to(r[3].change_pct, -1);
	close_to(r[3].total, 2.46);
	close_to(r[3].total_pct, 1.64);
	/* a target of the same period is another figure */
	assert_int_equal(r[4].release, 1);
	assert_true(r[4].latest);
	free(r);
}

/* rev_split: each figure's first and latest release, copies in order:
 * 2023 once (120); 2024 first 150 (2025-03-01), latest 152.46
 * (2026-03-01); the target once (160). */
static void test_split(void **state)
{
	struct obs_list l = { obs, GS_ARRAY_LEN(obs), NULL }, first, latest;

	(void)state;
	rev_split(&l, &first, &latest);
	assert_int_equal(first.n, 3);
	assert_int_equal(latest.n, 3);
	close_to(first.v[0].value, 120);
	close_to(first.v[1].value, 150);
	close_to(first.v[2].value, 160);
	close_to(latest.v[0].value, 120);
	close_to(latest.v[1].value, 152.46);
	close_to(latest.v[2].value, 160);
	assert_string_equal(latest.v[1].source, "a");
	assert_true(first.v[1].source != obs[1].source); /* a copy */
	obs_list_free(&first);
	obs_list_free(&latest);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_releases),
		cmocka_unit_test(test_split),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
