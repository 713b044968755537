/*
** test_points.c: from stored observations to report points: merged
** qualifiers, implied levels, future claims, targets; and the verdicts of
** check.c. Expected values are worked out by hand in the comments.
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
#include "reports/check.h"
#include "reports/points.h"
#include "obs_fx.h"

static void add_from(struct fx *f, const char *source, const char *key,
		     const char *period, enum gs_kind kind, double v,
		     const char *unit, enum gs_qual q, const char *base)
{
	fx_add(f->db, f->batch, source, key, period, kind, v, unit, q, base);
}

static void add(struct fx *f, const char *key, const char *period,
		enum gs_kind kind, double v, const char *unit, enum gs_qual q,
		const char *base)
{
	add_from(f, "test", key, period, kind, v, unit, q, base);
}

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));

	f->db = fx_open_batch(f->path, sizeof(f->path), "points", &f->batch);
	add(f, "out", "2024", GS_KIND_LEVEL, 154, "billion rubles", GS_QUAL_NONE, "");
	add(f, "out", "2024", GS_KIND_MULTIPLE, 2.8, "times", GS_QUAL_NONE, "2020");
	add(f, "out", "2030", GS_KIND_TARGET, 230, "billion rubles", GS_QUAL_NONE, "");
	add(f, "out", "2030", GS_KIND_MULTIPLE, 1.5, "times", GS_QUAL_NONE, "2024");
	add(f, "ent", "2025", GS_KIND_LEVEL, 100, "companies", GS_QUAL_AT_LEAST, "");
	add(f, "ent", "2025", GS_KIND_LEVEL, 150, "companies", GS_QUAL_UP_TO, "");
	add(f, "ex", "2023", GS_KIND_LEVEL, 7, "jobs", GS_QUAL_ABOUT, "");
	add(f, "ex", "2023", GS_KIND_LEVEL, 8, "jobs", GS_QUAL_NONE, "");
	add(f, "pk", "2025-01..2025-08", GS_KIND_FLOW, 16.1, "million packages", GS_QUAL_NONE, "");
	add(f, "pk", "2025-01..2025-08", GS_KIND_PERCENT, 10.5, "%", GS_QUAL_NONE,
	    "2024-01..2024-08");
	add(f, "sp", "2025", GS_KIND_LEVEL, 173, "thousand square meters", GS_QUAL_OVER, "");
	add(f, "sp", "2030", GS_KIND_TARGET, 300, "thousand square meters", GS_QUAL_ABOUT, "");
	add(f, "sp", "2030", GS_KIND_MULTIPLE, 2, "times", GS_QUAL_NONE, "2025");
	/* Same vintage, two sources, two values: b's row arrives first. */
	add_from(f, "b", "cf", "2024", GS_KIND_LEVEL, 100, "jobs", GS_QUAL_NONE, "");
	add_from(f, "a", "cf", "2024", GS_KIND_LEVEL, 120, "jobs", GS_QUAL_NONE, "");
	return fx_commit(state, f);
}

static void load(struct fx *f, const char *key, struct rp_series *s)
{
	struct rp_opts o = { 0, 0.05 };
	struct gs_err e;

	gs_err_clear(&e);
	assert_int_equal(rp_load(f->db, key, &o, s, &e), 0);
}

/* 154e9 / 2.8 = 55e9 in 2020 (t = 2021.0); the 2030 multiple is a claim
 * about the future (period ends after as_of) and implies nothing. */
static void test_implied_base(void **state)
{
	struct rp_series s;

	load(*state, "out", &s);
	assert_int_equal(s.npts, 2);
	assert_true(s.pts[0].implied);
	assert_true(fabs(s.pts[0].p.v - 55e9) <= 1e-9 * 55e9);
	assert_true(s.pts[0].p.t == 2021.0);
	assert_false(s.pts[1].implied);
	assert_true(s.pts[1].p.v == 154e9);
	assert_int_equal(s.ntargets, 1);
	assert_int_equal(s.nrels, 2);
	rp_free(&s);
}

/* "100 to 150": at_least 100 and up_to 150 intersect to [100, 150]. */
static void test_bounds_intersect(void **state)
{
	struct rp_series s;

	load(*state, "ent", &s);
	assert_int_equal(s.npts, 1);
	assert_true(s.pts[0].p.lo == 100);
	assert_true(s.pts[0].p.hi == 150);
	assert_true(s.pts[0].p.v == 125);
	rp_free(&s);
}

/* An exact statement wins over an approximate one of the same figure. */
static void test_exact_wins(void **state)
{
	struct rp_series s;

	load(*state, "ex", &s);
	assert_int_equal(s.npts, 1);
	assert_true(s.pts[0].p.v == 8 && s.pts[0].p.lo == 8 && s.pts[0].p.hi == 8);
	rp_free(&s);
}

/* +10.5 % on Jan-Aug: 16.1e6 / 1.105 over Jan-Aug 2024. */
static void test_implied_percent_flow(void **state)
{
	struct rp_series s;

	load(*state, "pk", &s);
	assert_int_equal(s.npts, 2);
	assert_true(s.pts[0].implied);
	assert_int_equal(s.pts[0].period.start, 20240101);
	assert_int_equal(s.pts[0].period.end, 20240831);
	assert_int_equal(s.pts[0].kind, GS_KIND_FLOW);
	assert_true(fabs(s.pts[0].p.v - 16.1e6 / 1.105) <= 1e-9 * 16.1e6);
	rp_free(&s);
}

/* Claim "double" from over 173,000 to about 300,000: the actual multiple
 * lies in [0, 315/173 = 1.8208...]; 2 widened by 5 % is [1.9, 2.1]: no
 * overlap, inconsistent. */
static void test_claim_inconsistent(void **state)
{
	struct claim_tol tol5 = { 0.05, 1, 0.05 }, tol10 = { 0.10, 1, 0.05 };
	struct rp_series s;
	struct claim_eval c;

	load(*state, "sp", &s);
	assert_int_equal(s.nrels, 1);
	assert_true(claim_check(&s, s.rels[0], &tol5, &c));
	assert_int_equal(c.verdict, V_INCONSISTENT);
	assert_true(fabs(c.actual.v - 300.0 / 173.0) <= 1e-12);
	assert_true(fabs(c.actual.hi - 315.0 / 173.0) <= 1e-12);
	/* with a 10 % tolerance 2 * 0.9 = 1.8 <= 1.8208: consistent */
	assert_true(claim_check(&s, s.rels[0], &tol10, &c));
	assert_int_equal(c.verdict, V_CONSISTENT);
	rp_free(&s);
}

/* 1.5 times 154 -> 230: 230/154 = 1.4935 within [1.425, 1.575]. And the
 * target: required (230/154)^(1/6) - 1, trend 2.8^(1/4) - 1, projected
 * 154e9 * 2.8^1.5 > 230e9 * 1.05, but from two points, one implied from
 * the other: uncertain (check.h); without a projection, one figure:
 * uncertain too. */
static void test_target_and_claim(void **state)
{
	struct claim_tol tol5 = { 0.05, 1, 0.05 };
	struct rp_series s;
	struct projection pj;
	struct proj_opts po = { 0 };
	struct target_eval t;
	struct claim_eval c;
	struct gs_err e;
	size_t i;

	load(*state, "out", &s);
	for (i = 0; i < s.nrels; i++)
		if (s.obs.v[s.rels[i]].period.start == 20300101) {
			assert_true(claim_check(&s, s.rels[i], &tol5, &c));
			assert_int_equal(c.verdict, V_CONSISTENT);
		}
	gs_err_clear(&e);
	po.level = 0.95;
	assert_int_equal(proj_build(&s, &po, &pj, &e), 0);
	target_check(&s, s.targets[0], &pj, NULL, 0.05, &t);
	assert_int_equal(t.verdict, V_UNCERTAIN);
	assert_true(fabs(t.required.v - (pow(230.0 / 154.0, 1.0 / 6) - 1)) < 1e-12);
	assert_true(fabs(t.trend.v - (pow(2.8, 0.25) - 1)) < 1e-12);
	assert_true(fabs(t.projected.v - 154e9 * pow(2.8, 1.5)) <= 1e-9 * 7e11);
	proj_free(&pj);
	target_check(&s, s.targets[0], NULL, NULL, 0.05, &t);
	assert_int_equal(t.verdict, V_UNCERTAIN);
	rp_free(&s);
}

/* The implied 2020 point and its anchor 2024: b/a is the stated 2.8;
 * the other way round 1/2.8; two actual points are independent. */
static void test_dependent(void **state)
{
	struct rp_series s;
	struct gs_est m;

	load(*state, "out", &s);
	assert_true(rp_dependent(&s.pts[0], &s.pts[1], &m));
	assert_true(m.v == 2.8 && m.lo == 2.8 && m.hi == 2.8);
	assert_true(rp_dependent(&s.pts[1], &s.pts[0], &m));
	assert_true(fabs(m.v - 1 / 2.8) < 1e-15 && m.lo == m.v && m.hi == m.v);
	assert_false(rp_dependent(&s.pts[1], &s.pts[1], &m));
	rp_free(&s);
}

/* 100 from b (arrived first) and 120 from a at one vintage: a's name
 * sorts first, so the point is 120, and the pair is kept as a conflict. */
static void test_conflict(void **state)
{
	struct rp_series s;
	char buf[1024] = "";
	FILE *f = tmpfile();

	load(*state, "cf", &s);
	assert_int_equal(s.npts, 1);
	assert_true(s.pts[0].p.v == 120 && s.pts[0].p.lo == 120);
	assert_int_equal(s.nconflicts, 1);
	assert_string_equal(s.obs.v[s.conflicts[0].used].source, "a");
	assert_string_equal(s.obs.v[s.conflicts[0].other].source, "b");
	assert_non_null(f);
	rp_warn_conflicts(&s, f);
	rewind(f);
	assert_non_null(fgets(buf, sizeof(buf), f));
	assert_non_null(strstr(buf, "growthstat: warning: cf 2024 level: 120 "));
	assert_non_null(strstr(buf, "disagree at vintage 2025-10-07"));
	fclose(f);
	rp_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_implied_base),
		cmocka_unit_test(test_dependent),
		cmocka_unit_test(test_conflict),
		cmocka_unit_test(test_bounds_intersect),
		cmocka_unit_test(test_exact_wins),
		cmocka_unit_test(test_implied_percent_flow),
		cmocka_unit_test(test_claim_inconsistent),
		cmocka_unit_test(test_target_and_claim),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
