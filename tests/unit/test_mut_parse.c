/*
** test_mut_parse.c: cases that kill mutants of the field parsers
** (series/period.c, series/value.c; tests/mutate/) which every earlier
** test let live. Each case names the mutant it kills; expected values are
** worked out by hand from README "The CSV format" and series/parse.h.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "series/parse.h"

/* Period text -> start, end, precision (0, 0 for a refused one). */
struct pcase {
	const char *in;
	int32_t start, end;
	enum gs_prec prec;
};

static const struct pcase periods[] = {
	/* P15: a range may start and end on one day */
	{ "2025-08-15..2025-08-15", 20250815, 20250815, GS_PREC_DAY },
	{ "20240229..20240229", 20240229, 20240229, GS_PREC_DAY },
};

static void test_period_edges(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(periods); i++) {
		const struct pcase *c = &periods[i];
		struct gs_period p = { 0, 0, GS_PREC_NONE };
		const char *why = NULL;
		int rc = period_parse(c->in, &p, &why);

		print_message("period '%s'\n", c->in);
		if (c->start == 0) {
			assert_int_equal(rc, -1);
			continue;
		}
		assert_int_equal(rc, 0);
		assert_int_equal(p.start, c->start);
		assert_int_equal(p.end, c->end);
		assert_int_equal(p.prec, c->prec);
	}
}

/* Text -> the message why it is refused. */
struct why_case {
	const char *in;
	const char *why;
};

static const struct why_case date_whys[] = {
	/* P05: month 13 of the compact form is a bad month, not a bad day */
	{ "20241301", "month out of range" },
	{ "20240001", "month out of range" },
	{ "20240230", "day out of range" },
};

static void test_date_messages(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(date_whys); i++) {
		const char *why = NULL;
		int32_t ymd = 0;

		print_message("date '%s'\n", date_whys[i].in);
		assert_int_equal(date_parse(date_whys[i].in, &ymd, &why), -1);
		assert_non_null(why);
		assert_string_equal(why, date_whys[i].why);
	}
}

/* Text, decimal mark (0: the rules) -> canonical text, guessed or not. */
struct canon_case {
	const char *in;
	char mark;
	const char *want;
	bool guess;
};

static const struct canon_case canons[] = {
	/* V05: only exactly three digits after the mark make a guess */
	{ "12.5000", 0, "12.5000", false },
	{ "1,2345", 0, "1.2345", false },
	{ "12.50", 0, "12.50", false },
	{ "12.500", 0, "12.500", true },
	{ "999,999", 0, "999999", true },
};

static void test_canon_guesses(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(canons); i++) {
		const struct canon_case *c = &canons[i];
		char buf[64];
		const char *why = NULL;
		bool guess = !c->guess;

		print_message("canon '%s'\n", c->in);
		assert_int_equal(value_canon(c->in, c->mark, buf, sizeof(buf),
					     &guess, &why), 0);
		assert_string_equal(buf, c->want);
		assert_int_equal(guess, c->guess);
	}
}

/* V23: spaces after a percent sign, as before the number, are no text */
static void test_spaces_after_percent(void **state)
{
	static const char *const in[] = { "5.7% ", "5.7 %\t", "12,5 % " };
	static const double want[] = { 5.7, 5.7, 12.5 };
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(in); i++) {
		const char *why = NULL;
		double v = 0;
		bool pct = false;

		print_message("value '%s'\n", in[i]);
		assert_int_equal(value_parse(in[i], &v, &pct, &why), 0);
		assert_true(v == want[i]);
		assert_true(pct);
	}
}

/* A word and the qualifier or kind it means. */
struct word_case {
	const char *in;
	int want;
};

/* V39 and every synonym test_parse.c leaves out, each read as its
 * English meaning: "чуть менее" is "just under", almost */
static const struct word_case quals[] = {
	{ "чуть менее", GS_QUAL_ALMOST }, { "Чуть менее", GS_QUAL_ALMOST },
	{ "greater than", GS_QUAL_OVER }, { "in excess of", GS_QUAL_OVER },
	{ "более чем", GS_QUAL_OVER }, { "\xe2\x89\xa5", GS_QUAL_AT_LEAST },
	{ "circa", GS_QUAL_ABOUT }, { "\xe2\x89\x88", GS_QUAL_ABOUT },
	{ "as much as", GS_QUAL_UP_TO }, { "no more than", GS_QUAL_UP_TO },
	{ "not more than", GS_QUAL_UP_TO }, { "\xe2\x89\xa4", GS_QUAL_UP_TO },
	{ "не более", GS_QUAL_UP_TO }, { "не больше", GS_QUAL_UP_TO },
	{ "fewer than", GS_QUAL_UNDER }, { "almost", GS_QUAL_ALMOST },
};

static const struct word_case kinds[] = {
	{ "pct change", GS_KIND_PERCENT },
	{ "percent change", GS_KIND_PERCENT },
	{ "percent_change", GS_KIND_PERCENT },
};

static void test_qualifier_and_kind_synonyms(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(quals); i++) {
		enum gs_qual q = GS_QUAL_NONE;
		const char *why = NULL;

		print_message("qualifier '%s'\n", quals[i].in);
		assert_int_equal(qual_parse(quals[i].in, &q, &why), 0);
		assert_int_equal(q, quals[i].want);
	}
	for (i = 0; i < GS_ARRAY_LEN(kinds); i++) {
		enum gs_kind k = GS_KIND_NONE;
		const char *why = NULL;

		print_message("kind '%s'\n", kinds[i].in);
		assert_int_equal(kind_parse(kinds[i].in, &k, &why), 0);
		assert_int_equal(k, kinds[i].want);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period_edges),
		cmocka_unit_test(test_date_messages),
		cmocka_unit_test(test_canon_guesses),
		cmocka_unit_test(test_spaces_after_percent),
		cmocka_unit_test(test_qualifier_and_kind_synonyms),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
