/*
** test_extract_gen.c: extract rules that generalise across the
** development texts (issue 16, third round): each case is one class of
** misses or false candidates found in several folders, written in our own
** words in English and Russian. Expected rows are worked out by hand
** from the text ("period|kind|value|unit|qualifier|base"), never copied
** from extract's output.
*/
#include "test_extract_cases.h"

/* Year-value pairs after a label, as a release lists a short table:
 * "Residents: 2021 — 53; 2022 — 58". Each value is its year's; a money
 * row is a flow (a year's revenue), a count a level. */
static const struct case_ tables[] = {
	{ "Park residents: 2019 — 31; 2020 — 35; 2021 — 40.", 20220301,
	  { "2019|level|31|companies||", "2020|level|35|companies||",
	    "2021|level|40|companies||" } },
	{ "Revenue, RUB bn: 2020 – 7.5; 2021 – 9.25.", 20220301,
	  { "2020|flow|7.5|billion RUB||", "2021|flow|9.25|billion RUB||" } },
	{ "Выручка резидентов, млрд руб.: 2019 — 4,5; 2020 — 5,1; "
	  "2021 — 6,0.", 20220301,
	  { "2019|flow|4.5|млрд рублей||", "2020|flow|5.1|млрд рублей||",
	    "2021|flow|6|млрд рублей||" } },
};

static void test_year_value_pairs(void **state)
{
	(void)state;
	run_cases(tables, GS_ARRAY_LEN(tables));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_year_value_pairs),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
