/*
** test_extract_gen3.c: extract rules of the fourth session on issue 16:
** classes of misses and false candidates found across the development
** folders (old_holdout3/ above all), each written as cases in our own
** words, English and Russian. Expected rows are worked out by hand from
** the text ("period|kind|value|unit|qualifier|base"), never copied from
** extract's output. An as-of of 0 runs as an analyst runs a fresh
** release: the period comes from the text's own date (today is
** 2000-01-01 in these tests, so a row dated from the clock shows).
*/
#include "test_extract_cases.h"

/* A date line that opens the first paragraph after a heading
 * ("Headline\n\nVladivostok, October 2021. The number ..."): the text's
 * date, as when it opens the text. */
static const struct case_ dateline_after_heading[] = {
	{ "Port news of the month\n\nVladivostok, October 2021. The port now "
	  "counts 2,500 residents.", 0,
	  { "2021|level|2500|companies||" } },
	{ "Zone report\n\nLipetsk, March 2023. The zone hosts 75 resident "
	  "companies.", 0, { "2023|level|75|companies||" } },
	{ "Новости технопарка\n\nКазань, май 2022 года. В технопарке работают "
	  "40 резидентов.", 0, { "2022|level|40|компаний||" } },
};

CASES_TEST(test_dateline_after_heading, dateline_after_heading)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dateline_after_heading),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
