/*
** test_decimal.c: value_canon (series/value.c): numbers read with a given
** decimal mark (--decimal . or ,) or by the rules, rewritten as the one
** text every reading agrees on, and the guesses the rules make flagged.
** Expected texts are worked out by hand from the rules in value.c.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "series/parse.h"

#define NBSP "\xc2\xa0"      /* U+00A0 no-break space */
#define MINUS "\xe2\x88\x92" /* U+2212 minus sign */

struct canon_case {
	const char *in;
	char mark;         /* 0: the rules */
	const char *want;  /* NULL: refused */
	bool guess;
};

static const struct canon_case cases[] = {
	/* the rules: a single mark with three digits after 1-3 is a guess */
	{ "12.500", 0, "12.500", true },
	{ "1,234", 0, "1234", true },
	{ "1.234", 0, "1.234", true },
	{ "999,999", 0, "999999", true },
	{ "0.500", 0, "0.500", false },     /* a group never starts with 0 */
	{ "0,125", 0, "0.125", false },
	{ "1234,567", 0, "1234.567", false }, /* four digits before */
	{ "1,234.5", 0, "1234.5", false },
	{ "1.234.567", 0, "1234567", false },
	{ "2,8", 0, "2.8", false },
	{ "12.5", 0, "12.5", false },
	{ "1 234,5", 0, "1234.5", false },
	{ "5.7%", 0, "5.7%", false },
	{ MINUS "1" NBSP "234,5 %", 0, "-1234.5%", false },
	{ "1234", 0, "1234", false },
	/* a decimal comma: '.' groups thousands */
	{ "1,234", ',', "1.234", false },
	{ "12.500", ',', "12500", false },
	{ "1.234,5", ',', "1234.5", false },
	{ "1 234,5", ',', "1234.5", false },
	{ "2,8", ',', "2.8", false },
	{ "1,5e3", ',', "1.5e3", false },
	{ "+7,25 %", ',', "7.25%", false },
	{ "1.5", ',', NULL, false },        /* '.' groups: a group of one */
	{ "1,234,5", ',', NULL, false },    /* the mark twice */
	{ "1,234.567", ',', NULL, false },  /* a separator after the mark */
	{ "1234.567", ',', NULL, false },   /* four digits before a group */
	/* a decimal point: ',' groups thousands */
	{ "1,234", '.', "1234", false },
	{ "12.500", '.', "12.500", false },
	{ "1,234.5", '.', "1234.5", false },
	{ "1,234,567", '.', "1234567", false },
	{ "2,8", '.', NULL, false },
	{ "1 234,5", '.', NULL, false },
	{ "1.234.567", '.', NULL, false },
	{ "1.2x", '.', NULL, false },
};

/* One case: true when value_canon does what it says (else printed). */
static bool case_holds(const struct canon_case *c)
{
	char buf[64], mark = c->mark ? c->mark : '0';
	const char *why = NULL;
	bool guess = !c->guess;
	int rc = value_canon(c->in, c->mark, buf, sizeof(buf), &guess, &why);

	if (c->want == NULL && rc == 0)
		print_error("value_canon(\"%s\", %c) accepted as %s\n", c->in,
			    mark, buf);
	else if (c->want == NULL)
		return why != NULL && why[0] != '\0';
	else if (rc != 0)
		print_error("value_canon(\"%s\", %c) refused: %s\n", c->in,
			    mark, why);
	else if (strcmp(buf, c->want) != 0 || guess != c->guess)
		print_error("value_canon(\"%s\", %c) = %s%s, want %s%s\n",
			    c->in, mark, buf, guess ? " (guess)" : "",
			    c->want, c->guess ? " (guess)" : "");
	else
		return true;
	return false;
}

/* Every case is tried and reported before the test fails. */
static void test_value_canon_reads_each_mark(void **state)
{
	size_t i, nbad = 0;

	(void)state;
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		nbad += !case_holds(&cases[i]);
	assert_int_equal(nbad, 0);
}

/* The rewritten text reads, under the rules, as the number meant. */
static void test_value_canon_reads_back_the_same(void **state)
{
	static const struct { const char *in; char mark; double want; } v[] = {
		{ "1,234", ',', 1.234 }, { "12.500", ',', 12500 },
		{ "1,234", '.', 1234 }, { "12.500", '.', 12.5 },
		{ "1.234,5", ',', 1234.5 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		char buf[64];
		const char *why;
		double d = 0;

		assert_int_equal(value_canon(v[i].in, v[i].mark, buf,
					     sizeof(buf), NULL, &why), 0);
		assert_int_equal(value_parse(buf, &d, NULL, &why), 0);
		assert_true(d == v[i].want);
	}
}

static void test_value_canon_too_small_a_buffer(void **state)
{
	char buf[4];
	const char *why = NULL;

	(void)state;
	assert_int_equal(value_canon("1 234 567,5", ',', buf, sizeof(buf),
				     NULL, &why), -1);
	assert_non_null(why);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_value_canon_reads_each_mark),
		cmocka_unit_test(test_value_canon_reads_back_the_same),
		cmocka_unit_test(test_value_canon_too_small_a_buffer),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
