/*
** test_span.c: which two points `growth` compares and the grid of its
** transforms (reports/span.c). Series are built by hand from period texts;
** every expected value is written out by hand or from its formula
** (python3: 2 ** 0.25 - 1 = 0.18920711500272103).
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../../reports/span.h"
#include "../../series/parse.h"

static struct gs_period per(const char *s)
{
	struct gs_period p;
	const char *why;

	assert_int_equal(period_parse(s, &p, &why), 0);
	return p;
}

/* A series "t.k" of points of kind k at periods texts[i] with values v[i]
 * (in order of time, as rp_take leaves them). */
static void series(struct rp_series *s, enum gs_kind k,
		   const char *const *texts, const double *v, size_t n)
{
	size_t i;

	memset(s, 0, sizeof(*s));
	s->key = "t.k";
	s->npts = n;
	s->pts = calloc(n, sizeof(*s->pts));
	for (i = 0; i < n; i++) {
		struct rp_point *p = &s->pts[i];

		p->period = per(texts[i]);
		p->kind = k;
		p->p.t = period_time(&p->period);
		p->p.v = p->p.lo = p->p.hi = v[i];
	}
}

/* Which period a point is, as text (for messages). */
static void expect_period(const struct rp_point *p, const char *want)
{
	struct gs_period w = per(want);

	assert_non_null(p);
	if (p->period.start != w.start || p->period.end != w.end)
		fail_msg("point %ld..%ld, want %s", (long)p->period.start,
			 (long)p->period.end, want);
}

static void expect_err(const struct gs_err *e, const char *part)
{
	if (strstr(e->msg, part) == NULL)
		fail_msg("error '%s' lacks '%s'", e->msg, part);
	assert_int_equal(e->code, GS_EX_DATAERR);
}

static const struct gs_period none;

/* got within tol of want (cmocka here has no double assertion) */
#define assert_double_equal(got, want, tol) \
	near((got), (want), (tol), #got, __LINE__)
static void near(double got, double want, double tol, const char *what,
		 int line)
{
	if (!(fabs(got - want) <= tol))
		fail_msg("line %d: %s = %.17g, want %.17g", line, what, got,
			 want);
}

static void test_default_first_to_latest(void **state)
{
	static const char *const t[] = { "2020", "2022", "2024" };
	static const double v[] = { 100, 150, 200 };
	const struct rp_point *a, *b;
	struct rp_series s;
	struct gs_period to = per("2022"), from = per("2021");
	struct gs_err e;

	(void)state;
	series(&s, GS_KIND_LEVEL, t, v, 3);
	gs_err_clear(&e);
	assert_int_equal(span_pick(&s, NULL, &none, &none, &a, &b, &e), 0);
	expect_period(a, "2020");
	expect_period(b, "2024");
	assert_int_equal(span_pick(&s, NULL, &none, &to, &a, &b, &e), 0);
	expect_period(b, "2022");
	assert_int_equal(span_pick(&s, NULL, &from, &none, &a, &b, &e), -1);
	expect_err(&e, "t.k: no figure for 2021");
	free(s.pts);
}

/* A flow over part of a year compares with the same months a year back. */
static void test_partial_year_flow(void **state)
{
	static const char *const t[] = { "2023-01..2023-08",
		"2024-01..2024-08", "2024", "2025-01..2025-08" };
	static const double v[] = { 8, 10, 14, 12 };
	const struct rp_point *a, *b;
	struct rp_series s;
	struct gs_period y24 = per("2024");
	struct gs_err e;

	(void)state;
	series(&s, GS_KIND_FLOW, t, v, 4);
	gs_err_clear(&e);
	assert_int_equal(span_pick(&s, NULL, &none, &none, &a, &b, &e), 0);
	expect_period(a, "2024-01..2024-08");
	expect_period(b, "2025-01..2025-08");
	/* a whole year against eight months: not comparable */
	assert_int_equal(span_pick(&s, NULL, &y24, &none, &a, &b, &e), -1);
	expect_err(&e, "flows over periods of different length are not "
		   "comparable (2024 and 2025-01..2025-08)");
	free(s.pts);
}

static void test_one_figure_and_same_end(void **state)
{
	static const char *const t1[] = { "2024" };
	static const char *const t2[] = { "2024-Q4", "2024" };
	static const double v[] = { 5, 6 };
	const struct rp_point *a, *b;
	struct rp_series s;
	struct gs_period q4 = per("2024-Q4");
	struct gs_err e;

	(void)state;
	series(&s, GS_KIND_LEVEL, t1, v, 1);
	gs_err_clear(&e);
	assert_int_equal(span_pick(&s, NULL, &none, &none, &a, &b, &e), -1);
	expect_err(&e, "t.k: only one figure (2024)");
	free(s.pts);
	series(&s, GS_KIND_LEVEL, t2, v, 2);
	gs_err_clear(&e);
	assert_int_equal(span_pick(&s, NULL, &q4, &none, &a, &b, &e), -1);
	expect_err(&e, "end on the same day");
	free(s.pts);
}

/* From the other series' latest point; kinds must agree. */
static void test_other_series(void **state)
{
	static const char *const t[] = { "2020", "2024" };
	static const double v[] = { 100, 200 };
	const struct rp_point *a, *b;
	struct rp_series s, o, f;
	struct gs_err e;

	(void)state;
	series(&s, GS_KIND_LEVEL, t, v, 2);
	series(&o, GS_KIND_LEVEL, t, v, 1);
	series(&f, GS_KIND_FLOW, t, v, 1);
	gs_err_clear(&e);
	assert_int_equal(span_pick(&s, &o, &none, &none, &a, &b, &e), 0);
	assert_ptr_equal(a, &o.pts[0]);
	assert_ptr_equal(b, &s.pts[1]);
	assert_int_equal(span_pick(&s, &f, &none, &none, &a, &b, &e), -1);
	expect_err(&e, "a flow and a level are not comparable");
	free(s.pts);
	free(o.pts);
	free(f.pts);
}

/* 100 in 2020 to 200 in 2024: four years, CAGR 2^(1/4) - 1. */
static void test_change(void **state)
{
	static const char *const t[] = { "2020", "2024" };
	static const double v[] = { 100, 200 };
	struct rp_series s;
	struct gs_change c;
	struct gs_err e;

	(void)state;
	series(&s, GS_KIND_LEVEL, t, v, 2);
	gs_err_clear(&e);
	assert_int_equal(span_change(&s.pts[0], &s.pts[1], true, &c, &e), 0);
	assert_double_equal(c.years, 4, 1e-12);
	assert_double_equal(c.mult.v, 2, 1e-12);
	assert_double_equal(c.abs.v, 100, 1e-9);
	assert_double_equal(c.cagr.v, 0.18920711500272103, 1e-12);
	free(s.pts);
}

/* Quarters 1, 2 and 4 of 2024: a gap (NAN) in the third. */
static void test_grid(void **state)
{
	static const char *const t[] = { "2024-Q1", "2024-Q2", "2024-Q4" };
	static const double v[] = { 1, 2, 4 };
	struct rp_series s;
	struct gs_period q3;
	struct gs_err e;
	double *x = NULL;
	size_t len;
	int step;

	(void)state;
	series(&s, GS_KIND_LEVEL, t, v, 3);
	gs_err_clear(&e);
	assert_int_equal(span_grid(&s, s.pts, 3, &x, &len, &step, &e), 0);
	assert_int_equal(step, 3);
	assert_int_equal(len, 4);
	assert_double_equal(x[0], 1, 0);
	assert_double_equal(x[1], 2, 0);
	assert_true(isnan(x[2]));
	assert_double_equal(x[3], 4, 0);
	q3 = span_grid_period(&s.pts[0].period, 2, 3);
	assert_int_equal(q3.start, 20240701);
	assert_int_equal(q3.end, 20240930);
	free(x);
	free(s.pts);
}

static void test_grid_refusals(void **state)
{
	static const char *const off[] = { "2024-Q1", "2024-08", "2024-Q4" };
	static const char *const five[] = { "2023-01..2023-05",
					    "2024-01..2024-05" };
	static const double v[] = { 1, 2, 4 };
	struct rp_series s;
	struct gs_err e;
	double *x = NULL;
	size_t len;
	int step;

	(void)state;
	series(&s, GS_KIND_FLOW, off, v, 3);
	gs_err_clear(&e);
	assert_int_equal(span_grid(&s, s.pts, 3, &x, &len, &step, &e), -1);
	expect_err(&e, "2024-08 is not on the quarterly grid of 2024-Q4");
	assert_null(x);
	free(s.pts);
	series(&s, GS_KIND_FLOW, five, v, 2);
	gs_err_clear(&e);
	assert_int_equal(span_grid(&s, s.pts, 2, &x, &len, &step, &e), -1);
	expect_err(&e, "transforms need yearly, half-yearly, quarterly or "
		   "monthly periods");
	free(s.pts);
}

/* Level transforms are in the unit the latest figure was written in. */
static void test_published_unit(void **state)
{
	static const char *const t[] = { "2024" };
	static const double v[] = { 1.54e11 };
	struct gs_obs ob[1];
	struct gs_unit base;
	struct span_unit u;
	struct rp_series s;
	const char *why;
	char buf[200];

	(void)state;
	assert_int_equal(unit_parse("RUB", &base, &why), 0);
	series(&s, GS_KIND_LEVEL, t, v, 1);
	memset(ob, 0, sizeof(ob));
	ob[0].unit_text = "billion rubles";
	s.obs.v = ob;
	s.obs.n = 1;
	s.info.sym = "RUB";
	s.info.dim = base.dim;
	span_published(&s, &s.pts[0], &u);
	assert_double_equal(u.factor, 1e9, 0);
	assert_string_equal(u.text, "billion rubles");
	span_xform_unit(GS_XF_LOG, &u, buf, sizeof(buf));
	assert_string_equal(buf, "ln(billion rubles)");
	span_xform_unit(GS_XF_PCH, &u, buf, sizeof(buf));
	assert_string_equal(buf, "%");
	assert_true(span_level_xform(GS_XF_CH1));
	assert_false(span_level_xform(GS_XF_PC1));
	/* another dimension: the series' own unit */
	ob[0].unit_text = "square meters";
	span_published(&s, &s.pts[0], &u);
	assert_double_equal(u.factor, 1, 0);
	assert_string_equal(u.text, "RUB");
	free(s.pts);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default_first_to_latest),
		cmocka_unit_test(test_partial_year_flow),
		cmocka_unit_test(test_one_figure_and_same_end),
		cmocka_unit_test(test_other_series),
		cmocka_unit_test(test_change),
		cmocka_unit_test(test_grid),
		cmocka_unit_test(test_grid_refusals),
		cmocka_unit_test(test_published_unit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
