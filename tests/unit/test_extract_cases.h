/*
** test_extract_cases.h: the runner of the table-driven extract tests,
** shared by test_extract.c and test_extract_gen.c: a case is a short text,
** an as-of date and the rows it must give, written as
** "period|kind|value|unit|qualifier|base" (a static header: each test
** program includes it once).
*/
#ifndef GS_TEST_EXTRACT_CASES_H
#define GS_TEST_EXTRACT_CASES_H

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "collector/extract/extract_int.h"

static int nbad;
/* The clock a case runs under (a test may move it: a date line whose
 * year only the day of the week gives is read against today). */
static int32_t case_today = 20000101;
#define BAD(...) \
	do { \
		print_error(__VA_ARGS__); \
		print_error("\n"); \
		nbad++; \
	} while (0)
#define DONE() assert_int_equal(nbad, 0)

#define MAXROWS 6

struct case_ {
	const char *text;
	int32_t as_of;
	const char *rows[MAXROWS]; /* NULL-terminated */
};

static void row_text(const struct xcand *c, char *buf, size_t n)
{
	char period[48], base[48];

	xper_format(&c->period, period, sizeof(period));
	xper_format(&c->base, base, sizeof(base));
	snprintf(buf, n, "%s|%s|%.15g|%s|%s|%s", period, kind_name(c->kind),
		 c->value, c->unit, qual_name(c->qual), base);
}

/* Run case t; every difference from its rows is counted in nbad. */
static void run_case(const struct case_ *t)
{
	struct xopts o = { t->as_of, case_today };
	struct xresult r;
	struct gs_err e;
	char got[256];
	size_t want = 0, k;

	gs_err_clear(&e);
	while (want < MAXROWS && t->rows[want] != NULL)
		want++;
	if (extract_run(t->text, strlen(t->text), &o, &r, &e) != 0) {
		BAD("\"%s\": failed: %s", t->text, e.msg);
		xresult_free(&r);
		return;
	}
	if (r.n != want)
		BAD("\"%s\": %zu figures, want %zu", t->text, r.n, want);
	for (k = 0; k < r.n; k++) {
		row_text(&r.v[k], got, sizeof(got));
		if (k < want && strcmp(got, t->rows[k]) != 0)
			BAD("\"%s\": row %zu is %s, want %s", t->text, k, got,
			    t->rows[k]);
		else if (k >= want)
			BAD("\"%s\": extra row %s", t->text, got);
	}
	xresult_free(&r);
}

/* Run the n cases of cs; fails the test if any differs. */
static void run_cases(const struct case_ *cs, size_t n)
{
	size_t i;

	nbad = 0;
	for (i = 0; i < n; i++)
		run_case(&cs[i]);
	DONE();
}

/* A cmocka test that runs the table of cases t. */
#define CASES_TEST(name, t) \
	static void name(void **state) \
	{ \
		(void)state; \
		run_cases(t, GS_ARRAY_LEN(t)); \
	}

#endif
