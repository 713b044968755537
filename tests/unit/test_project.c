/*
** test_project.c: the periods a projection lists (reports/project.c
** proj_step, proj_steps): every step of the series' frequency from the last
** point up to --to. Windows are built by hand from period texts; the
** expected periods are written out by hand.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "reports/project.h"
#include "series/parse.h"

static struct gs_period per(const char *s)
{
	struct gs_period p;
	const char *why;

	assert_int_equal(period_parse(s, &p, &why), 0);
	return p;
}

/* A window of points of kind k over the periods texts[0..n-1]. */
static void window(struct projection *pj, enum gs_kind k,
		   const char *const *texts, size_t n)
{
	size_t i;

	memset(pj, 0, sizeof(*pj));
	pj->kind = k;
	pj->nwin = n;
	pj->win = calloc(n, sizeof(*pj->win));
	for (i = 0; i < n; i++) {
		pj->win[i].period = per(texts[i]);
		pj->win[i].kind = k;
	}
}

/* proj_steps of the window up to `to`, checked against the texts want. */
static void expect_steps(enum gs_kind k, const char *const *win, size_t nwin,
			 const char *to, const char *const *want, size_t n)
{
	struct projection pj;
	struct gs_period *got, to_p = per(to);
	size_t i, ngot;

	window(&pj, k, win, nwin);
	ngot = proj_steps(&pj, &to_p, &got);
	for (i = 0; i < n && i < ngot; i++) {
		struct gs_period w = per(want[i]);

		if (got[i].start != w.start || got[i].end != w.end)
			fail_msg("step %zu to %s: %ld..%ld, want %s", i, to,
				 (long)got[i].start, (long)got[i].end, want[i]);
	}
	assert_int_equal(ngot, n);
	free(got);
	proj_free(&pj);
}

static void test_quarterly_series_lists_every_quarter(void **state)
{
	static const char *const win[] = { "2023-Q4", "2024-Q3", "2024-Q4" };
	static const char *const q4[] = { "2025-Q1", "2025-Q2", "2025-Q3",
					  "2025-Q4" };
	static const char *const y26[] = { "2025-Q1", "2025-Q2", "2025-Q3",
		"2025-Q4", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4" };

	(void)state;
	expect_steps(GS_KIND_LEVEL, win, 3, "2025-Q4", q4, 4);
	expect_steps(GS_KIND_LEVEL, win, 3, "2026", y26, 8);
	expect_steps(GS_KIND_FLOW, win, 3, "2025-Q4", q4, 4);
}

static void test_monthly_and_half_yearly_series(void **state)
{
	static const char *const mwin[] = { "2024-11", "2024-12" };
	static const char *const m3[] = { "2025-01", "2025-02", "2025-03" };
	static const char *const hwin[] = { "2024-H1", "2024-H2" };
	static const char *const h[] = { "2025-H1", "2025-H2" };

	(void)state;
	expect_steps(GS_KIND_LEVEL, mwin, 2, "2025-03", m3, 3);
	expect_steps(GS_KIND_FLOW, hwin, 2, "2025", h, 2);
}

/* Quarters that never follow each other are compared year on year. */
static void test_quarters_a_year_apart_step_by_years(void **state)
{
	static const char *const win[] = { "2023-Q3", "2024-Q3" };
	static const char *const want[] = { "2025-Q3", "2026-Q3" };
	struct projection pj;

	(void)state;
	window(&pj, GS_KIND_FLOW, win, 2);
	assert_int_equal(proj_step(&pj), 12);
	proj_free(&pj);
	expect_steps(GS_KIND_FLOW, win, 2, "2026", want, 2);
}

/* A flow over part of a year: the same months each year, month ends kept
 * (Jan-Feb 2024 ends on Feb 29). */
static void test_part_year_flows_keep_their_months(void **state)
{
	static const char *const jf[] = { "2022-01..2022-02",
					  "2023-01..2023-02" };
	static const char *const jf_want[] = { "2024-01..2024-02",
					       "2025-01..2025-02" };
	static const char *const ja[] = { "2023-01..2023-08",
					  "2024-01..2024-08" };
	static const char *const ja_want[] = { "2025-01..2025-08" };

	(void)state;
	expect_steps(GS_KIND_FLOW, jf, 2, "2025", jf_want, 2);
	expect_steps(GS_KIND_FLOW, ja, 2, "2025", ja_want, 1);
	/* before its first step: the same months of to's year */
	expect_steps(GS_KIND_FLOW, ja, 2, "2024", &ja[1], 1);
}

static void test_levels_end_with_to_itself(void **state)
{
	static const char *const win[] = { "2020", "2024" };
	static const char *const want[] = { "2025", "2026-Q2" };
	static const char *const years[] = { "2025", "2026" };
	static const char *const back[] = { "2022" };

	(void)state;
	expect_steps(GS_KIND_LEVEL, win, 2, "2026-Q2", want, 2);
	expect_steps(GS_KIND_LEVEL, win, 2, "2026", years, 2);
	expect_steps(GS_KIND_LEVEL, win, 2, "2022", back, 1);
}

/*
** The path of a CAGR projection from 200 in 2024 at 2^(1/4) - 1 a year
** (100 in 2020 doubled by 2024): 2025 is 200 * 2^(1/4) =
** 237.84142300054421, 2026 is 200 * 2^(1/2) = 282.84271247461902
** (python3); proj_at_period gives the last of them.
*/
static void test_path_and_value_at_period(void **state)
{
	static const char *const win[] = { "2020", "2024" };
	struct projection pj;
	struct proj_step *path;
	struct gs_period to = per("2026");
	struct gs_pred pr;
	struct gs_err e;
	double r = 0.18920711500272103;
	size_t n;

	(void)state;
	window(&pj, GS_KIND_LEVEL, win, 2);
	pj.method = PROJ_CAGR;
	pj.rate.v = pj.rate.lo = pj.rate.hi = r;
	pj.win[0].p = (struct gs_point){ 2021.0, 100, 100, 100 };
	pj.win[1].p = (struct gs_point){ 2025.0, 200, 200, 200 };
	gs_err_clear(&e);
	assert_int_equal(proj_path(&pj, &to, &path, &n, &e), 0);
	assert_int_equal(n, 2);
	assert_int_equal(path[0].period.start, 20250101);
	assert_int_equal(path[1].period.end, 20261231);
	assert_true(fabs(path[0].pred.v - 237.84142300054421) < 1e-9);
	assert_true(fabs(path[1].pred.v - 282.84271247461902) < 1e-9);
	assert_int_equal(proj_at_period(&pj, &to, &pr, &e), 0);
	assert_true(fabs(pr.v - 282.84271247461902) < 1e-9);
	free(path);
	proj_free(&pj);
}

/*
** proj_last_step (the search proj_at_period uses) gives the period
** proj_steps lists last, for windows of every frequency and kind against
** every --to of a grid of precisions, up to the calendar's last year.
*/
static void test_last_step_is_the_last_listed(void **state)
{
	static const char *const wins[][2] = {
		{ "2024-11", "2024-12" }, { "2024-Q3", "2024-Q4" },
		{ "2024-H1", "2024-H2" }, { "2023", "2024" },
		{ "2023-01..2023-08", "2024-01..2024-08" },
		{ "2024-01-30", "2024-01-31" }, { "2023-Q4", "2024-Q4" },
		{ "2024-01", "2024-03" }, { "2020..2021", "2022..2023" },
	};
	static const char *const tos[] = {
		"2024-12", "2025-01", "2025-02-28", "2025", "2025-Q2",
		"2025-H1", "2026-07", "2030", "2030-Q3", "2031-H2",
		"2029-01..2029-08", "2100", "9998", "9999", "9999-12",
	};
	static const enum gs_kind kinds[] = { GS_KIND_LEVEL, GS_KIND_FLOW };
	size_t w, t, k, n;

	(void)state;
	for (w = 0; w < GS_ARRAY_LEN(wins); w++)
		for (t = 0; t < GS_ARRAY_LEN(tos); t++)
			for (k = 0; k < 2; k++) {
				struct projection pj;
				struct gs_period *all, to = per(tos[t]), got;

				window(&pj, kinds[k], wins[w], 2);
				n = proj_steps(&pj, &to, &all);
				got = proj_last_step(&pj, &to);
				if (got.start != all[n - 1].start ||
				    got.end != all[n - 1].end)
					fail_msg("%s..%s to %s: %ld..%ld, "
						 "listed %ld..%ld", wins[w][0],
						 wins[w][1], tos[t],
						 (long)got.start, (long)got.end,
						 (long)all[n - 1].start,
						 (long)all[n - 1].end);
				free(all);
				proj_free(&pj);
			}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quarterly_series_lists_every_quarter),
		cmocka_unit_test(test_monthly_and_half_yearly_series),
		cmocka_unit_test(test_quarters_a_year_apart_step_by_years),
		cmocka_unit_test(test_part_year_flows_keep_their_months),
		cmocka_unit_test(test_levels_end_with_to_itself),
		cmocka_unit_test(test_path_and_value_at_period),
		cmocka_unit_test(test_last_step_is_the_last_listed),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
