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

/* "58% of shipments, compared with 61% a year earlier": the date
 * counted back is the compared figure's; the first takes the date of
 * the sentence before, and so does the next undated sentence. */
static const struct case_ compared_a_year_earlier[] = {
	{ "In 2021 the park had 58 residents. Exports were 30%, compared "
	  "with 25% a year earlier. Investment totalled RUB 4 bn.", 20220301,
	  { "2021|level|58|companies||", "2021|level|30|%||",
	    "2020|level|25|%||", "2021|level|4|billion RUB||" } },
	{ "В 2021 году резиденты выпустили продукции на 612 млрд рублей. Доля "
	  "экспорта составила 58% против 61% годом ранее. Инвестиции "
	  "составили 27,5 млрд рублей.", 20220301,
	  { "2021|level|612|млрд рублей||", "2021|level|58|%||",
	    "2020|level|61|%||", "2021|level|27.5|млрд рублей||" } },
};

CASES_TEST(test_compared_a_year_earlier, compared_a_year_earlier)

/* How long something has gone on, or when it will be, is no figure
 * ("has been running for six years", "уже больше 200 лет", "up 2.3-fold
 * in five years"); a term still is ("exempt ... for 10 years"). */
static const struct case_ durations[] = {
	{ "The programme has now been running for six years.", 20220301,
	  { NULL } },
	{ "The cluster has operated for 12 years already.", 20220301,
	  { NULL } },
	{ "Здесь ювелирным промыслом занимаются уже больше 200 лет.",
	  20220301, { NULL } },
	{ "Парк работает уже 10 лет.", 20220301, { NULL } },
	{ "Cluster output up 2.3-fold in five years", 20220301,
	  { "2022|multiple|2.3|times||" } },
	{ "Residents are exempt from property tax for 10 years.", 20220301,
	  { "2022|level|10|years||" } },
};

CASES_TEST(test_durations, durations)

/* An undated sentence in the past tense takes the year of the sentence
 * before it, also when that one opens with the text's date line
 * ("Omsk, 5 April 2023 — ... in 2022. Revenue rose to ..."), and with
 * Russian verbs in "-гли", "-лись" ("достигли", "увеличились"). */
static const struct case_ after_dateline_sentence[] = {
	{ "Omsk, 5 April 2023 — The park's output grew by 3.1% in 2022. "
	  "Budget revenue rose to RUB 98 bn.", 0,
	  { "2022|percent|3.1|%||2021", "2022|level|98|billion RUB||" } },
	{ "Сыктывкар, 30 января 2024. Объём производства в республике в 2023 "
	  "году составил 1,1 трлн рублей. Инвестиции в регионе достигли 210 "
	  "млрд рублей.", 0,
	  { "2023|level|1.1|трлн рублей||", "2023|level|210|млрд рублей||" } },
	{ "В 2022 году выручка резидентов составила 5 млрд рублей. Их "
	  "инвестиции увеличились до 800 млн рублей.", 20230301,
	  { "2022|level|5|млрд рублей||", "2022|level|800|млн рублей||" } },
};

CASES_TEST(test_after_dateline_sentence, after_dateline_sentence)

/* A cluster's "участники" are its member companies, as the keys count
 * them ("Число участников: 2021 — 52", "компаний-участников"). */
static const struct case_ participants[] = {
	{ "Число участников: 2021 — 52; 2022 — 55; 2023 — 61.", 20240110,
	  { "2021|level|52|компаний||", "2022|level|55|компаний||",
	    "2023|level|61|компаний||" } },
	{ "В 2023 году кластер объединял 44 участника.", 20240110,
	  { "2023|level|44|компаний||" } },
};

CASES_TEST(test_participants, participants)

/* Territories of advanced development are zones, as the English keys
 * count them ("There are now 16 such territories"); "such" between the
 * number and a known noun is skipped. */
static const struct case_ territories[] = {
	{ "There are now 16 such territories.", 20221001,
	  { "2022|level|16|zones||" } },
	{ "Residents of the three territories have invested RUB 6 bn.",
	  20221001, { "2022|level|3|zones||",
		      "2022|level|6|billion RUB||" } },
	{ "The region has 12 such companies.", 20221001,
	  { "2022|level|12|companies||" } },
};

CASES_TEST(test_territories, territories)

/* "expects output to top RUB 20 bn", "will top": more than the number,
 * as "exceed" and "превысит"; "the top 10" is no qualifier. */
static const struct case_ to_top[] = {
	{ "The ministry expects output to top RUB 20 bn in 2025.", 20240110,
	  { "2025|target|20|billion RUB|over|" } },
	{ "Output will top 20 billion rubles in 2025.", 20240110,
	  { "2025|target|20|billion rubles|over|" } },
	{ "Выпуск в 2025 году превысит 20 млрд рублей.", 20240110,
	  { "2025|target|20|млрд рублей|over|" } },
};

CASES_TEST(test_to_top, to_top)

/* A percent followed by "less", "lower", "меньше" is a fall: "на 35%
 * меньше, чем за аналогичный период 2020 года" is -35 %. */
static const struct case_ pct_less[] = {
	{ "Объём инвестиций резидентов за восемь месяцев составил 1,8 млрд "
	  "рублей, что на 35% меньше, чем за аналогичный период 2020 года.",
	  20210910, { "2021-01..2021-08|flow|1.8|млрд рублей||",
		      "2021-01..2021-08|percent|-35|%||2020-01..2020-08" } },
	{ "Output in 2020 was 12% lower than in 2019.", 20210910,
	  { "2020|percent|-12|%||2019" } },
	{ "Output in 2020 was 12% higher than in 2019.", 20210910,
	  { "2020|percent|12|%||2019" } },
};

CASES_TEST(test_pct_less, pct_less)

/* A qualifier before "на" and the sum ("продукции почти на 20 млрд
 * рублей", "более чем на 5 млрд"), as before "в два раза". */
static const struct case_ qual_before_na[] = {
	{ "В 2022 году резиденты отгрузили продукции почти на 20 млрд "
	  "рублей.", 20231214, { "2022|level|20|млрд рублей|almost|" } },
	{ "В 2022 году резиденты отгрузили продукции более чем на 5 млрд "
	  "рублей.", 20231214, { "2022|level|5|млрд рублей|over|" } },
	{ "В 2022 году резиденты отгрузили продукции на 5 млрд рублей.",
	  20231214, { "2022|level|5|млрд рублей||" } },
};

CASES_TEST(test_qual_before_na, qual_before_na)

/* A date and a dash in brackets after a count give its earlier value
 * ("14 новых компаний (в 2021 г. — 9)", "14 (2021 - 9)"): the number in
 * the brackets takes the count's unit and the date; the count keeps the
 * date of the list's lead. */
static const struct case_ dated_value_in_brackets[] = {
	{ "Итоги за 2022 год:\n\n• резидентами парков стали 14 новых компаний "
	  "(в 2021 г. — 9);\n• создано 900 рабочих мест.", 20230215,
	  { "2022|level|14|компаний||", "2021|level|9|компаний||",
	    "2022|level|900|рабочих мест||" } },
	{ "Results for 2022:\n\n- new residents: 14 (2021 - 9);\n- jobs "
	  "created: 900.", 20230215,
	  { "2022|level|14|companies||", "2021|level|9|companies||",
	    "2022|level|900|jobs||" } },
};

CASES_TEST(test_dated_value_in_brackets, dated_value_in_brackets)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dateline_forms),
		cmocka_unit_test(test_compared_a_year_earlier),
		cmocka_unit_test(test_durations),
		cmocka_unit_test(test_after_dateline_sentence),
		cmocka_unit_test(test_participants),
		cmocka_unit_test(test_territories),
		cmocka_unit_test(test_to_top),
		cmocka_unit_test(test_pct_less),
		cmocka_unit_test(test_qual_before_na),
		cmocka_unit_test(test_dated_value_in_brackets),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
