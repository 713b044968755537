/*
** test_ask.c: the threshold questions of `check --reach/--at-least`
** (reports/ask.c): the threshold in the series' unit, and yes, no or
** uncertain. Series are built by hand; expected values by hand
** (121 * 1.1^2 = 146.41: three levels growing 10 % a year, two years on).
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

#include "../../reports/ask.h"
#include "../../series/parse.h"

static struct gs_unit rub;

static struct gs_period per(const char *s)
{
	struct gs_period p;
	const char *why;

	assert_int_equal(period_parse(s, &p, &why), 0);
	return p;
}

/* Levels of "t.rub" (RUB) at texts[i], values v[i], bounds lo/hi. */
static void series(struct rp_series *s, const char *const *texts,
		   const double *v, size_t n)
{
	const char *why;
	size_t i;

	assert_int_equal(unit_parse("RUB", &rub, &why), 0);
	memset(s, 0, sizeof(*s));
	s->key = "t.rub";
	s->info.sym = "RUB";
	s->info.dim = rub.dim;
	s->npts = n;
	s->pts = calloc(n, sizeof(*s->pts));
	for (i = 0; i < n; i++) {
		s->pts[i].period = per(texts[i]);
		s->pts[i].kind = GS_KIND_LEVEL;
		s->pts[i].p.t = period_time(&s->pts[i].period);
		s->pts[i].p.v = s->pts[i].p.lo = s->pts[i].p.hi = v[i];
	}
}

static void expect_refused(const struct rp_series *s, const char *text,
			   int code, const char *part)
{
	struct gs_err e;
	double v;

	gs_err_clear(&e);
	assert_int_equal(ask_threshold(s, text, &v, &e), -1);
	assert_int_equal(e.code, code);
	if (strstr(e.msg, part) == NULL)
		fail_msg("'%s': error '%s' lacks '%s'", text, e.msg, part);
}

static void test_threshold(void **state)
{
	static const char *const t[] = { "2024" };
	static const double v[] = { 1 };
	struct rp_series s;
	struct gs_err e;
	double x;

	(void)state;
	series(&s, t, v, 1);
	gs_err_clear(&e);
	assert_int_equal(ask_threshold(&s, "230", &x, &e), 0);
	assert_true(x == 230);
	assert_int_equal(ask_threshold(&s, "230 billion rubles", &x, &e), 0);
	assert_true(fabs(x - 2.3e11) < 1);
	expect_refused(&s, "5%", GS_EX_DATAERR, "'5%' is a change, not a "
		       "level of t.rub: give a value in its unit (RUB)");
	expect_refused(&s, "1.5 times", GS_EX_DATAERR, "is a change");
	expect_refused(&s, "12 hectares", GS_EX_DATAERR, "'12 hectares' is "
		       "not in the unit of t.rub");
	expect_refused(&s, "lots", GS_EX_USAGE, "bad value 'lots'");
	free(s.pts);
}

static void test_at_least(void **state)
{
	static const char *const t[] = { "2023", "2024" };
	static const double v[] = { 100, 121 };
	struct ask_answer a;
	struct rp_series s;
	struct gs_err e;

	(void)state;
	series(&s, t, v, 2);
	gs_err_clear(&e);
	assert_int_equal(ask_at_least(&s, 121, &a, &e), 0);
	assert_int_equal(a.word, ASK_YES);
	assert_string_equal(a.when, "2024");
	/* answered from the 2024 figure: the printer shows it as stated */
	assert_ptr_equal(a.fig, &s.pts[1]);
	assert_int_equal(ask_at_least(&s, 122, &a, &e), 0);
	assert_int_equal(a.word, ASK_NO);
	/* "over 100, up to 130" against 120: either side */
	s.pts[1].p.lo = 100;
	s.pts[1].p.hi = 130;
	assert_int_equal(ask_at_least(&s, 120, &a, &e), 0);
	assert_int_equal(a.word, ASK_UNSURE);
	assert_string_equal(a.note, "the interval spans the threshold");
	assert_string_equal(ask_word_name(a.word), "uncertain");
	s.npts = 0;
	assert_int_equal(ask_at_least(&s, 1, &a, &e), -1);
	assert_string_equal(e.msg, "t.rub: no figures");
	free(s.pts);
}

static void test_reach(void **state)
{
	static const char *const t[] = { "2022", "2023", "2024" };
	static const double v[] = { 100, 110, 121 };
	struct proj_opts p = { PROJ_CAGR, { 0 }, { 0 }, 0.95 };
	struct gs_period by = per("2026");
	struct ask_answer a;
	struct rp_series s;
	struct gs_err e;

	(void)state;
	series(&s, t, v, 3);
	gs_err_clear(&e);
	assert_int_equal(ask_reach(&s, &p, &by, 146, &a, &e), 0);
	assert_true(fabs(a.value - 146.41) < 1e-9);
	assert_int_equal(a.word, ASK_YES);
	assert_string_equal(a.method, "cagr");
	assert_string_equal(a.when, "2026");
	assert_null(a.fig);                 /* a projection, no figure */
	assert_int_equal(ask_reach(&s, &p, &by, 147, &a, &e), 0);
	assert_int_equal(a.word, ASK_NO);
	assert_int_equal(ask_reach(&s, &p, &by, 120, &a, &e), 0);
	assert_int_equal(a.word, ASK_YES);
	assert_string_equal(a.note, "already reached");
	/* two points are too few to call it */
	s.npts = 2;
	assert_int_equal(ask_reach(&s, &p, &by, 130, &a, &e), 0);
	assert_int_equal(a.word, ASK_UNSURE);
	assert_string_equal(a.note, "trend from 2 reported points");
	free(s.pts);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_threshold),
		cmocka_unit_test(test_at_least),
		cmocka_unit_test(test_reach),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
