/*
** test_extract_gen16.c: extract, sixteenth round (issue 16, branch
** extract16), tuned on old_holdout23/ and old_holdout24/ (blind until
** the session before, never tuned on). Every miss of the two folders
** was classed by the language behind it, not by text (make extract-eval,
** no --as-of, branch lead10 with the round's two user defects fixed:
** 65 and 61 misses; 62 and 49 false candidates). A period miss (right
** value, unit and qualifier, another period) is also a false candidate
** ("not in the key [period]": 46 and 39); the other false candidates
** are figures no key has (16 and 10: counts of things that are no
** metric, "2 трети", "150 км", job titles of an advertisement, both
** ends of a keyed range), and the misses that are no period are counted
** by the scorer's class only (unit 6 and 6, qualifier 2 and 0, not
** found 11 and 16).
**
**   period misses, by phenomenon                           oh23 oh24
**   Y  The year of the text or of its report wrong for a       5   19
**      whole text: "в отчётном году" of a report on 2024
**      approved in 2025, a yearless date line "27 January"
**      over "#results2025", a plan's year one off
**   D  A stock at a stated day (an "as of" date, a court's    11    4
**      day, "на 1 октября") read as a year or months
**   H  Months so far (a half-year, nine months, a quarter)     9    1
**      against the whole year, either way
**   P  A plan over a span of years against its deadline's      2    7
**      year, either way ("2026-2028", "by 2027")
**   C  A date inside a phrase of cause or of an earlier        3    4
**      event after the figure ("after the oil-extraction
**      line was finished in 2024", "из-за падения цен ...
**      во втором полугодии") dates the figure, and the
**      sentences after it as an earlier sentence's date
**   E  A yearless date line and no year in the text: left      7    0
**      empty by design (the key knew the year)
**   F  A fiscal year (to 30 June, to 30 September)             2    2
**   S  A total "since 2019" against the year alone              2    2
**   A  An audit's span against its end day                     2    0
**   M  "August-October" read as August                         2    0
**   R  The date of a comparison taken by the next figure       1    0
**
** Rules of this round, both-folder phenomena first, largest first,
** each with wordings of our own: C (extract_cause.c). Y, D, H and P
** occur in both folders but each is several phenomena (a report's
** year, a hashtag's year, a court's day, an "as of" day, ...) with two
** or fewer figures of a kind in one of the folders; left for the next
** round, see the report.
*/
#include "test_extract_cases.h"

/* A phrase of cause or of an earlier event after a figure (class C,
 * both folders: oh24 gorodovikovsk "Investment in fixed capital came to
 * 318.2 million roubles, 87.5% of the same period of last year, after
 * the oil-extraction line was finished in 2024" in a bulletin on
 * January-September 2025; oh23 rakityansky "чистая прибыль снизилась
 * до 610 млн рублей ... из-за падения цен на сахар во втором
 * полугодии" in a report on 2024): its date is the phrase's event, not
 * the figure's, nor the next sentences'. What stays: "a further 15 MW
 * after the substation upgrade in 2027" (no verb in the past: the
 * figure's own time; old_holdout12, dev10b), "is due to start in the
 * second half of 2026" (a plan's time; old_holdout14, dev14b). Wordings
 * of our own, periods by hand. */
static const struct case_ cause[] = {
	{ "Kazan, 24 October 2025\n\nResidents shipped goods worth RUB 1.2 "
	  "billion in January-September 2025. Investment came to RUB 318 "
	  "million, after the dairy line was finished in 2024.\n", 0,
	  { "2025-01..2025-09|flow|1.2|billion RUB||",
	    "2025-01..2025-09|flow|318|million RUB||" } },
	{ "Казань, 3 марта 2026 г.\n\nВ 2025 году выручка резидентов "
	  "составила 4,1 млрд рублей, чистая прибыль снизилась до 300 млн "
	  "рублей из-за ремонта линии в первом квартале.\n", 0,
	  { "2025|level|4.1|млрд рублей||", "2025|level|300|млн рублей||" } },
	{ "Казань, 3 марта 2026 г.\n\nЧисленность работников парка достигла "
	  "640 человек благодаря запуску второй очереди в 2024 году.\n", 0,
	  { "2026|level|640|человек||" } },
	/* what stays */
	{ "Kazan, 3 March 2026\n\nA further 15 MW will be available after "
	  "the substation upgrade in 2027.\n", 0,
	  { "2027|target|15|MW||" } },
	{ "Kazan, 3 March 2026\n\nThe new line, budgeted at RUB 2 bn, is due "
	  "to start in the second half of 2026.\n", 0,
	  { "2026-07..2026-12|flow|2|billion RUB||" } },
	{ "Kazan, 3 March 2026\n\nThe park will add 200 jobs after 2027.\n",
	  0, { "2027|target|200|jobs||" } },
	/* a phrase with a figure of its own before the time is that
	 * figure's, no cause (the review of round sixteen: "profit after
	 * tax was RUB 3 million in 2024") */
	{ "Kazan, 3 March 2025\n\nRevenue rose 12% and net profit after tax "
	  "was RUB 3 million in 2024.\n", 0,
	  { "2024|percent|12|%||2023", "2024|level|3|million RUB||" } },
	{ "Kazan, 3 March 2025\n\nSales grew 8% while profit after interest "
	  "was RUB 5 million in 2024.\n", 0,
	  { "2024|percent|8|%||2023", "2024|level|5|million RUB||" } },
	{ "Казань, 3 марта 2025 г.\n\nВыручка выросла на 12% и прибыль после "
	  "налогообложения была 3 млн рублей в 2024 году.\n", 0,
	  { "2024|percent|12|%||2023", "2024|level|3|млн рублей||" } },
	/* a year before the phrase is no figure: the phrase's months are
	 * the sentence's (the same review: "In 2025 thanks to ...") */
	{ "Kazan, 3 March 2025\n\nIn 2025 thanks to the new line in "
	  "January-June, output was 40 tonnes.\n", 0,
	  { "2025-01..2025-06|flow|40|tonnes||" } },
	{ "Казань, 3 марта 2025 г.\n\nВ 2025 году благодаря новой линии в "
	  "январе-июне выпуск составил 40 тонн.\n", 0,
	  { "2025-01..2025-06|flow|40|тонн||" } },
};

CASES_TEST(test_cause_phrase, cause)

/* "Сегодня" opening news of the day is no stock's time (the review of
 * round sixteen, extract_nowplan.c): the 500 jobs "которые появятся к
 * 2027 году" are a target for 2027, not a level of the text's year.
 * "Сегодня" with a verb of what is stays now. Wordings of our own
 * besides the reviewer's; periods by hand. */
static const struct case_ today_news[] = {
	{ "Пермь, 3 марта 2026 г.\n\nСегодня губернатор объявил о создании "
	  "500 рабочих мест, которые появятся к 2027 году.\n", 0,
	  { "2027|target|500|рабочих мест||" } },
	{ "Пермь, 3 марта 2026 г.\n\nСегодня министр объявил о строительстве "
	  "40 цехов, которые откроются к 2028 году.\n", 0,
	  { "2028|target|40|цехов||" } },
	/* what stays */
	{ "Пермь, 3 марта 2026 г.\n\nСегодня в технопарке работают 350 "
	  "человек, а к 2028 году их станет 500.\n", 0,
	  { "2026|level|350|человек||", "2028|target|500|человек||" } },
};

CASES_TEST(test_today_news, today_news)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_cause_phrase),
		cmocka_unit_test(test_today_news),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
