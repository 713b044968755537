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

/* Trailing months: "the twelve months to February 2024", "the six months
 * ended 30 June", "за 12 месяцев, закончившихся в феврале", and a month
 * without a year as a start: "since January", "с марта" (to the text's
 * month). */
static const struct case_ trailing[] = {
	{ "Lipetsk, 12 March 2024. In the twelve months to February 2024 "
	  "residents invested RUB 21.5 bn.", 0,
	  { "2023-03..2024-02|flow|21.5|billion RUB||" } },
	{ "Kazan, 14 July 2023. In the six months ended 30 June, residents "
	  "invested RUB 38 bn.", 0,
	  { "2023-01..2023-06|flow|38|billion RUB||" } },
	{ "Kazan, 14 July 2023. Over the three months to May residents "
	  "invested RUB 5 bn.", 0,
	  { "2023-03..2023-05|flow|5|billion RUB||" } },
	{ "Липецк, 12 марта 2024 г. За 12 месяцев, закончившихся в феврале "
	  "2024 года, резиденты вложили 21,5 млрд рублей.", 0,
	  { "2023-03..2024-02|flow|21.5|млрд рублей||" } },
	{ "Kazan, 14 July 2023. Since January residents have invested RUB 9 "
	  "bn.", 0, { "2023-01..2023-07|flow|9|billion RUB||" } },
	{ "Казань, 14 июля 2023 г. С марта резиденты вложили 9 млрд "
	  "рублей.", 0, { "2023-03..2023-07|flow|9|млрд рублей||" } },
};

CASES_TEST(test_trailing, trailing)

/* A sum paid to a number of recipients ("RUB 640 million to 38
 * companies in January–September") is dated with them. */
static const struct case_ recipients[] = {
	{ "Omsk, 21 November 2023. The programme granted RUB 640 million to "
	  "38 companies in the period from January to September this year.",
	  0, { "2023-01..2023-09|flow|640|million RUB||",
	       "2023-01..2023-09|flow|38|companies||" } },
	{ "Tula, 3 May 2023. The fund lent RUB 2 bn to 15 projects in the "
	  "first quarter.", 0,
	  { "2023-01..2023-03|flow|2|billion RUB||",
	    "2023-01..2023-03|flow|15|projects||" } },
	{ "Омск, 21 ноября 2023 г. Фонд выдал 640 млн рублей на 38 проектов "
	  "в январе–сентябре.", 0,
	  { "2023-01..2023-09|flow|640|млн рублей||",
	    "2023-01..2023-09|flow|38|projects||" } },
};

CASES_TEST(test_recipients, recipients)

/* A label that carries its year in brackets: "Rental income (2022):
 * RUB 188 million", "Выручка (2022 г.): 1,2 млрд рублей". Verbless, the
 * kind is a level, as for "Итоги 2022 г.: выручка 9 млрд" (gen6a). */
static const struct case_ label_year[] = {
	{ "Tomsk, 14 April 2023. Rental income (2022): RUB 188 million.", 0,
	  { "2022|level|188|million RUB||" } },
	{ "Томск, 14 апреля 2023 г. Выручка (2022 г.): 1,2 млрд рублей.", 0,
	  { "2022|level|1.2|млрд рублей||" } },
};

CASES_TEST(test_label_year, label_year)

/* "оцениваются в", "is estimated at": a reckoning of the period the text
 * reports on, like a past verb. */
static const struct case_ reckoned[] = {
	{ "Москва, 28 апреля 2023 г. В I квартале 2023 года парки привлекли "
	  "36 новых резидентов. Их вложения оцениваются в 19 млрд рублей.", 0,
	  { "2023-01..2023-03|flow|36|компаний||",
	    "2023-01..2023-03|flow|19|млрд рублей||" } },
	{ "Moscow, 28 April 2023. In the first quarter of 2023 the parks "
	  "attracted 36 new residents. Their investment is estimated at RUB "
	  "19 bn.", 0,
	  { "2023-01..2023-03|flow|36|companies||",
	    "2023-01..2023-03|flow|19|billion RUB||" } },
};

CASES_TEST(test_reckoned, reckoned)

/* An annual report without a date line ("Годовой отчёт ... за 2022 год",
 * "Annual report 2022") is as of the end of its year: "в отчётном году",
 * "at the end of the year" are 2022, not the machine's year. */
static const struct case_ report_year[] = {
	{ "Годовой отчёт технопарка за 2022 год\n\nВ отчётном году резиденты "
	  "заработали 11,7 млрд рублей.", 0,
	  { "2022|level|11.7|млрд рублей||" } },
	{ "Tomsk cluster. Annual report 2022\n\nAt the end of the year the "
	  "cluster had 40 resident companies.", 0,
	  { "2022|level|40|companies||" } },
};

CASES_TEST(test_report_year, report_year)

/* A fact sheet's "Label: value" lines are statements of their own: not
 * joined into one sentence, not headings dated by the next line that
 * states a year ("Land: 855 ha" is on the sheet's date, not 2023's). */
static const struct case_ fact_sheet[] = {
	{ "Fact sheet, as of 1 January 2024\n\nType: industrial park, Omsk "
	  "district\nLand: 855 ha\nResidents: 14\nRevenue in 2023: RUB 5 "
	  "bn\n", 0,
	  { "2024|level|855|hectares||", "2024|level|14|companies||",
	    "2023|level|5|billion RUB||" } },
	{ "Справка на 1 января 2024 г.\n\nТип: индустриальный парк, Омский "
	  "район\nПлощадь: 855 га\nРезиденты: 14\nВыручка резидентов в 2023 "
	  "году: 5 млрд рублей\n", 0,
	  { "2024|level|855|га||", "2024|level|14|компаний||",
	    "2023|level|5|млрд рублей||" } },
};

CASES_TEST(test_fact_sheet, fact_sheet)

/* A sentence in parts between semicolons: what one part says is done
 * ("invested ... and has hired 310 staff") is not made a plan by the
 * other ("it intends to have 450 staff by the end of next year"). */
static const struct case_ done_part[] = {
	{ "Kolomna, 28 June 2023. The company invested RUB 2.3 billion in the "
	  "plant and has hired 310 staff; it intends to have 450 staff by the "
	  "end of next year.", 0,
	  { "2023-06-28|level|2.3|billion RUB||",
	    "2023-06-28|level|310|people||", "2024|target|450|people||" } },
	{ "Коломна, 28 июня 2023 г. Компания вложила в завод 2,3 млрд рублей "
	  "и наняла 310 человек; к концу следующего года она планирует "
	  "довести штат до 450.", 0,
	  { "2023-06-28|level|2.3|млрд рублей||",
	    "2023-06-28|level|310|человек||", "2024|target|450|человек||" } },
};

CASES_TEST(test_done_part, done_part)

/* Pairs of a figure and the year after it, the unit abbreviated with a
 * dot ("5 млрд руб. в 2021 году, 6 млрд руб. в 2022 году"): the dot is
 * the unit's, and the year after each figure is its own. */
static const struct case_ abbrev_dot[] = {
	{ "Омск, 1 марта 2024 г. Выручка составила 5 млрд руб. в 2021 году, 6 "
	  "млрд руб. в 2022 году и 7 млрд руб. в 2023 году.", 0,
	  { "2021|level|5|млрд рублей||", "2022|level|6|млрд рублей||",
	    "2023|level|7|млрд рублей||" } },
	{ "Омск, 1 марта 2024 г. Резиденты вложили 2 млрд руб. в 2022 г. и 3 "
	  "млрд руб. в 2023 г.", 0,
	  { "2022|level|2|млрд рублей||", "2023|level|3|млрд рублей||" } },
};

CASES_TEST(test_abbrev_dot, abbrev_dot)

/* A post's lines under an emoji bullet ("✅", "📍") are list items, each
 * a statement of its own: the months one states do not date a stock the
 * next one counts. */
static const struct case_ emoji_items[] = {
	{ "Минэкономразвития Тувы\n12.09.2023\n\n✅ Резиденты за "
	  "январь–август выпустили продукции на 640 млн рублей\n✅ Работают 9 "
	  "предприятий\n", 0,
	  { "2023-01..2023-08|flow|640|млн рублей||",
	    "2023|level|9|компаний||" } },
	{ "Kyzyl park\n12.09.2023\n\n✅ In January–August residents shipped "
	  "goods worth RUB 640 million\n✅ 9 companies operate in the park\n",
	  0, { "2023-01..2023-08|flow|640|million RUB||",
	       "2023|level|9|companies||" } },
};

CASES_TEST(test_emoji_items, emoji_items)

/* A report's heading names the year it reports on ("Отчёт ... за 2021
 * год", "Annual report for 2022"): with a date line of the next year, its
 * past figures that state no date are that year's, its stocks the date
 * line's. */
static const struct case_ report_topic[] = {
	{ "Отчёт главы городского округа о результатах деятельности за 2021 "
	  "год\nЖуковский, 24 марта 2022 г.\n\nНалоговые поступления в бюджет "
	  "округа составили 1,04 млрд рублей. В округе работают 14 "
	  "компаний.\n", 0,
	  { "2021|level|1.04|млрд рублей||", "2022|level|14|компаний||" } },
	{ "Tomsk technopark. Annual report for 2022\nTomsk, 14 April 2023\n\n"
	  "Rental income amounted to RUB 188 million. The park has 40 resident "
	  "companies.\n", 0,
	  { "2022|level|188|million RUB||", "2023|level|40|companies||" } },
};

CASES_TEST(test_report_topic, report_topic)

/* A sentence that opens with its year as the subject ("2023 was the
 * year the cluster grew up", "2023 год стал для кластера рекордным")
 * names what the text reports on, though it states no figure. */
static const struct case_ year_subject[] = {
	{ "Pushchino, 5 February 2024.\n\n2023 was the year the cluster grew "
	  "up.\n\nWe opened a pilot plant, built with RUB 640 million from the "
	  "regional budget.\n", 0, { "2023|level|640|million RUB||" } },
	{ "Пущино, 5 февраля 2024 г.\n\n2023 год стал для кластера "
	  "рекордным.\n\nОбласть выделила на опытное производство 640 млн "
	  "рублей.\n", 0, { "2023|level|640|млн рублей||" } },
};

CASES_TEST(test_year_subject, year_subject)

/* A relative clause set off by commas (", which lends to joint projects
 * of cluster members,") does not hide the past verb after it: the
 * sentence still takes the period the text reports on. */
static const struct case_ which_aside[] = {
	{ "Moscow, 30 January 2024.\n\nIn 2023 the fund approved loans worth "
	  "RUB 181 bn.\n\nThe cluster platform, which lends to joint projects "
	  "of cluster members, accounted for RUB 9.7 bn.\n", 0,
	  { "2023|level|181|billion RUB||", "2023|level|9.7|billion RUB||" } },
	{ "Maykop, 16 February 2024.\n\nIn 2023 the park's revenue was RUB 5 "
	  "bn.\n\nThe residents, who make furniture and packaging, invested "
	  "RUB 2 bn.\n", 0,
	  { "2023|level|5|billion RUB||", "2023|level|2|billion RUB||" } },
};

CASES_TEST(test_which_aside, which_aside)

/* A participle after the subject's noun takes the date with it ("The
 * wind farms built in the republic since 2020 have a capacity of 376
 * MW"): the capacity is a stock on the text's date, not a flow since
 * 2020; "The company has built 3 plants since 2018" is still one. */
static const struct case_ subject_participle[] = {
	{ "Elista, 2 November 2023. The wind farms built in the republic "
	  "since 2020 have a combined capacity of 376 MW.", 0,
	  { "2023-11-02|level|376|MW||" } },
	{ "Tula, 5 May 2023. The factories built in the zone since 2018 have a "
	  "total floor area of 120,000 square metres.", 0,
	  { "2023-05-05|level|120000|square meters||" } },
	{ "Tula, 5 May 2023. The company has built 3 plants since 2018.", 0,
	  { "2018..2023|flow|3|plants||" } },
};

CASES_TEST(test_subject_participle, subject_participle)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_said_on),
		cmocka_unit_test(test_trailing),
		cmocka_unit_test(test_recipients),
		cmocka_unit_test(test_label_year),
		cmocka_unit_test(test_reckoned),
		cmocka_unit_test(test_report_year),
		cmocka_unit_test(test_fact_sheet),
		cmocka_unit_test(test_done_part),
		cmocka_unit_test(test_abbrev_dot),
		cmocka_unit_test(test_emoji_items),
		cmocka_unit_test(test_report_topic),
		cmocka_unit_test(test_year_subject),
		cmocka_unit_test(test_which_aside),
		cmocka_unit_test(test_subject_participle),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
