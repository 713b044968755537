/*
** test_extract_gen4.c: extract rules of the fifth session on issue 16:
** classes of misses and false candidates found across the development
** folders (old_holdout4/ above all), each written as cases in our own
** words, English and Russian. Expected rows are worked out by hand from
** the text ("period|kind|value|unit|qualifier|base"), never copied from
** extract's output. An as-of of 0 runs as an analyst runs a fresh
** release: the period comes from the text's own date (today is
** 2000-01-01 in these tests, so a row dated from the clock shows).
*/
#include "test_extract_cases.h"

/* A date line that opens the text dates it even when its sentence goes
 * on about the future ("Penza, 9 June 2022 - Residents expect ... this
 * year"), and a short month with its dot ("Aug. 3, 2022") is a date. */
static const struct case_ dateline_forms[] = {
	{ "Penza, 9 June 2022 - Residents of the park expect to earn RUB 2 bn "
	  "this year.", 0, { "2022|target|2|billion RUB||" } },
	{ "Kazan, Sept. 14, 2021 - The park will have 50 residents next year.",
	  0, { "2022|target|50|companies||" } },
	{ "Sakhalin, Aug. 3, 2022 - The territories now have 104 residents.",
	  0, { "2022|level|104|companies||" } },
	{ "The park had 40 residents on Dec. 1, 2021.", 20220301,
	  { "2021-12-01|level|40|companies||" } },
	{ "Пенза, 9 июня 2022 г. — В будущем году в парке будет 60 "
	  "резидентов.", 0, { "2023|target|60|компаний||" } },
};

CASES_TEST(test_dateline_forms, dateline_forms)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dateline_forms),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
