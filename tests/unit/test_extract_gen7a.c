/*
** test_extract_gen7a.c: extract's periods, seventh round on issue 16
** (branch extract7a). Each family is a form of stating a period that
** failed on texts written for this round in styles the corpus lacks
** (tests/extract/corpus/own7a/), with further wordings of our own in
** both languages. Expected rows ("period|kind|value|unit|qualifier|base")
** follow tests/extract/corpus/README.md and are worked out by hand from
** the text, never copied from extract's output. An as-of of 0 runs as an
** analyst runs a fresh release: the period comes from the date line.
*/
#include "test_extract_cases.h"

/* The day a figure was reported ("the department said on 17 October
 * 2023", "сообщил 17 октября 2023 года") is when it was said, not what
 * it is about: the period the sentence states still dates the next. */
static const struct case_ said_on[] = {
	{ "Revenue of residents reached RUB 9.6 bn in the first nine months, "
	  "the department said on 17 October 2023. That is 18% more than a "
	  "year earlier.", 0,
	  { "2023-01..2023-09|flow|9.6|billion RUB||",
	    "2023-01..2023-09|percent|18|%||2022-01..2022-09" } },
	{ "Выручка резидентов составила 9,6 млрд рублей по итогам девяти "
	  "месяцев, сообщил 17 октября 2023 года департамент. Это на 18% "
	  "больше, чем годом ранее.", 0,
	  { "2023-01..2023-09|flow|9.6|млрд рублей||",
	    "2023-01..2023-09|percent|18|%||2022-01..2022-09" } },
	{ "Отгрузки за первое полугодие достигли 40 млрд рублей, сообщила 2 "
	  "августа 2023 года пресс-служба. Это на 12% больше, чем годом "
	  "ранее.", 0,
	  { "2023-01..2023-06|flow|40|млрд рублей||",
	    "2023-01..2023-06|percent|12|%||2022-01..2022-06" } },
};

CASES_TEST(test_said_on, said_on)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_said_on),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
