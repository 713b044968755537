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

/* Jobs to be created by a year are the increase until then, a plan from
 * the text's year to that year ("позволят создать 6300 рабочих мест к
 * 2039 году"), as within N years; a level to be reached by a year stays
 * a target. */
static const struct case_ created_by[] = {
	{ "By 2030 the new plants will create 2,000 jobs.", 20230505,
	  { "2023..2030|plan|2000|jobs||" } },
	{ "The programme is expected to create more than 900 jobs by 2028.",
	  20240110, { "2024..2028|plan|900|jobs|over|" } },
	{ "К 2027 году резиденты создадут 3 тыс. рабочих мест.", 20230301,
	  { "2023..2027|plan|3|тыс. рабочих мест||" } },
	{ "До 2030 года в парке планируется создать около 1500 рабочих мест.",
	  20220601, { "2022..2030|plan|1500|рабочих мест|about|" } },
	{ "By 2030 the park is to have 150 residents.", 20230505,
	  { "2030|target|150|companies||" } },
};

CASES_TEST(test_jobs_created_by_a_year, created_by)

/* Investment residents "have announced" (declared) so far is a level of
 * the text's date, not a plan: the act is done ("the announced
 * investment" alone stays what is to come, as the seed keys read it); and "trln" is a trillion as
 * "bln" is a billion ("RUB 1.1 trln"). */
static const struct case_ announced[] = {
	{ "Residents have announced investment of RUB 2.4 trln so far.",
	  20221101, { "2022|level|2.4|trillion RUB||" } },
	{ "Investors have announced projects worth RUB 300 bln.", 20221101,
	  { "2022|level|300|billion RUB||" } },
	{ "The announced investment of residents reached USD 1.5 bln in 2021.",
	  20221101, { "2021|level|1.5|billion USD||" } },
	{ "Резиденты заявили инвестиции на 1,1 трлн рублей.", 20221101,
	  { "2022|level|1.1|трлн рублей||" } },
};

CASES_TEST(test_announced_investment, announced)

/* A range with the currency before its low end and the scale after its
 * high end ("RUB 25-30 bn", "$2-3 bn"): both ends in billions of the
 * currency, at least the low and up to the high. */
static const struct case_ split_range[] = {
	{ "Between 2022 and 2025 the cluster plans to invest RUB 25-30 bn.",
	  20220705, { "2022..2025|plan|25|billion RUB|at_least|",
		      "2022..2025|plan|30|billion RUB|up_to|" } },
	{ "Residents invested $2-3 bn in 2021.", 20220705,
	  { "2021|level|2|billion USD|at_least|",
	    "2021|level|3|billion USD|up_to|" } },
	{ "Residents invested RUB 400 to 450 mln in 2021.", 20220705,
	  { "2021|level|400|million RUB|at_least|",
	    "2021|level|450|million RUB|up_to|" } },
};

CASES_TEST(test_currency_before_a_range, split_range)

/* A count after its label with the earlier value in brackets ("member
 * companies: 33 (32 a year earlier)", "резидентов — 56 (годом ранее —
 * 49)", "residents: 40 (2021: 35)"): two counts of the label's unit, the
 * bracket's dated by its own words. */
static const struct case_ earlier_in_brackets[] = {
	{ "Perm, 5 July 2022. Results for 2021:\n"
	  "• member companies: 33 (32 a year earlier);\n"
	  "• output: RUB 96 bn.", 0,
	  { "2021|level|33|companies||", "2020|level|32|companies||",
	    "2021|level|96|billion RUB||" } },
	{ "Чебоксары, 14 февраля 2023 г. Итоги за 2022 год:\n"
	  "— резидентов — 56 (годом ранее — 49);\n"
	  "— создано 640 рабочих мест.", 0,
	  { "2022|level|56|компаний||", "2021|level|49|компаний||",
	    "2022|level|640|рабочих мест||" } },
	{ "Tver, 3 March 2023. In 2022 the park's residents numbered 40 "
	  "(2021: 35).", 0,
	  { "2022|level|40|companies||", "2021|level|35|companies||" } },
	/* the noun after "at" is where, not what is counted */
	{ "In 2021 average headcount at member enterprises was 24,300 "
	  "(2020: 23,800).", 20220301,
	  { "2021|level|24300|people||", "2020|level|23800|people||" } },
	{ "Tver, 3 March 2023. The park's residents numbered 40 (see the "
	  "table) in 2022.", 0, { NULL } },
};

CASES_TEST(test_earlier_value_in_brackets, earlier_in_brackets)

/* "has passed 2,500", "перешагнуло 300": more than the number, as
 * "exceeded" is (a level said now is dated on the date line's day, as
 * the keys date it). */
static const struct case_ passed[] = {
	{ "Vladivostok, 5 October 2021. The number of residents has passed "
	  "2,500.", 0, { "2021-10-05|level|2500|companies|over|" } },
	{ "The park's revenue passed RUB 10 bn in 2022.", 20230301,
	  { "2022|level|10|billion RUB|over|" } },
	{ "В 2022 году число резидентов перешагнуло 300.", 20230301,
	  { "2022|level|300|компаний|over|" } },
};

CASES_TEST(test_passed_is_over, passed)

/* "against 240 in the same period of 2020" after "In January-September":
 * the same months of 2020, a flow as the first figure is. */
static const struct case_ same_months[] = {
	{ "In January-September, 290 new residents registered, against 240 in "
	  "the same period of 2020.", 20211001,
	  { "2021-01..2021-09|flow|290|companies||",
	    "2020-01..2020-09|flow|240|companies||" } },
	{ "За январь-июнь резиденты отгрузили продукции на 5 млрд рублей "
	  "против 4 млрд рублей за аналогичный период 2021 года.", 20220801,
	  { "2022-01..2022-06|flow|5|млрд рублей||",
	    "2021-01..2021-06|flow|4|млрд рублей||" } },
};

CASES_TEST(test_same_months_of_a_year, same_months)

/* "over the nine months", "in the first nine months", "за девять
 * месяцев" without a year, in a text dated after them: January to the
 * N-th month of the text's year. Nine months a building took stays no
 * figure. */
static const struct case_ months_so_far[] = {
	{ "Lipetsk, October 2022 - Investment by residents over the nine "
	  "months came to RUB 13 bn.", 0,
	  { "2022-01..2022-09|flow|13|billion RUB||" } },
	{ "Kazan, 10 August 2023. In the first six months residents paid "
	  "RUB 2 bn in taxes.", 0, { "2023-01..2023-06|flow|2|billion RUB||" } },
	{ "Липецк, 12 октября 2022 г. За девять месяцев резиденты вложили "
	  "13 млрд рублей.", 0, { "2022-01..2022-09|flow|13|млрд рублей||" } },
	{ "Липецк, 12 октября 2022 г. Площадку построили за девять месяцев.",
	  0, { NULL } },
	{ "Липецк, 12 октября 2022 г. Выручка резидентов за январь-сентябрь "
	  "2022 года выросла на 15%. Годом ранее рост за девять месяцев "
	  "составлял 8%.", 0,
	  { "2022-01..2022-09|percent|15|%||2021-01..2021-09",
	    "2021-01..2021-09|percent|8|%||2020-01..2020-09" } },
};

CASES_TEST(test_months_of_the_year_so_far, months_so_far)

/* A noun after "by" or "at" before the number names who or where, not
 * what is counted: "new jobs created by residents in 2023: 230"; "over"
 * after "spread" is where, not more than: "spread over five sites". */
static const struct case_ who_and_where[] = {
	{ "New jobs created by residents in 2023: 230.", 20240120,
	  { "2023|level|230|jobs||" } },
	{ "Krasnoyarsk, 20 January 2024. The zone is spread over five sites.",
	  0, { "2024|level|5|sites||" } },
	{ "The park is spread over 120 hectares.", 20230301,
	  { "2023|level|120|hectares||" } },
	{ "The park covers over 120 hectares.", 20230301,
	  { "2023|level|120|hectares|over|" } },
};

CASES_TEST(test_who_and_where, who_and_where)

/* A scale of billions said alone takes the currency of an earlier figure
 * of the sentence, not the count said just before it: "вложили 9 млрд
 * рублей и создали 1,2 тыс. рабочих мест, а к 2024 году инвестиции
 * вырастут до 15 млрд". */
static const struct case_ billions_are_money[] = {
	{ "Резиденты вложили 9 млрд рублей и создали 1,2 тыс. рабочих мест, а "
	  "к 2024 году инвестиции вырастут до 15 млрд.", 20230301,
	  { "2023|level|9|млрд рублей||", "2023|level|1.2|тыс. рабочих мест||",
	    "2024|target|15|млрд рублей||" } },
	{ "Residents invested RUB 9 billion and created 1,200 jobs; by 2025 "
	  "investment should reach 15 billion.", 20230301,
	  { "2023|level|9|billion RUB||", "2023|level|1200|jobs||",
	    "2025|target|15|billion RUB||" } },
};

CASES_TEST(test_billions_are_money, billions_are_money)

/* Money to be invested by a year is a plan from the text's year: the
 * Russian infinitives and futures of "invest" ("планируется вложить",
 * "инвестировать", "направить") count as investing, as "invest" does. */
static const struct case_ invest_by[] = {
	{ "До 2024 года в модернизацию планируется вложить более 20 млрд "
	  "рублей.", 20210615, { "2021..2024|plan|20|млрд рублей|over|" } },
	{ "К 2026 году компания намерена инвестировать 3 млрд рублей.",
	  20230301, { "2023..2026|plan|3|млрд рублей||" } },
	{ "By 2026 the company will invest RUB 3 bn.", 20230301,
	  { "2023..2026|plan|3|billion RUB||" } },
};

CASES_TEST(test_invest_by_a_year, invest_by)

/* A value in brackets right after a date names that date's value:
 * "больше уровня 2020 года (1,8 млрд руб.)", "above the 2021 level
 * (RUB 4.2 bn)". */
static const struct case_ paren_after_date[] = {
	{ "Выручка резидентов за 2022 год составила 5 млрд руб., что на 20% "
	  "больше уровня 2021 года (4,2 млрд руб.).", 20230301,
	  { "2022|level|5|млрд рублей||", "2022|percent|20|%||2021",
	    "2021|level|4.2|млрд рублей||" } },
	{ "Revenue was RUB 5 bn in 2022, well above the level of 2021 "
	  "(RUB 4.2 bn).", 20230301,
	  { "2022|level|5|billion RUB||", "2021|level|4.2|billion RUB||" } },
};

CASES_TEST(test_value_in_brackets_after_a_date, paren_after_date)

/* A change "on the previous year" in a clause of its own takes the one
 * year the sentence states, not the text's: "... in 2022, and
 * production rose by 7.5% on the previous year" (a text of 2023). */
static const struct case_ previous_year[] = {
	{ "Output reached RUB 50 bn in 2022, and exports rose by 7.5% on the "
	  "previous year.", 20230228,
	  { "2022|level|50|billion RUB||", "2022|percent|7.5|%||2021" } },
	{ "Выручка в 2022 году составила 50 млрд рублей, а экспорт вырос на "
	  "7,5% к предыдущему году.", 20230228,
	  { "2022|level|50|млрд рублей||", "2022|percent|7.5|%||2021" } },
};

CASES_TEST(test_previous_year_of_the_sentence, previous_year)

/* A heading that ends in an abbreviation's dot ("... вложили 47 млрд
 * руб.") is still a heading: its figure, repeated in the text, is not a
 * second row. */
static const struct case_ heading_abbrev[] = {
	{ "Резиденты парка вложили 12 млрд руб.\n\nТверь, 3 марта 2023 г. — С "
	  "2015 года резиденты парка вложили 12 млрд руб.", 0,
	  { "2015..2023|flow|12|млрд рублей||" } },
	{ "Park residents invest RUB 12 bn.\n\nTver, 3 March 2023 - Since "
	  "2015 park residents have invested RUB 12 bn.", 0,
	  { "2015..2023|flow|12|billion RUB||" } },
};

CASES_TEST(test_heading_ending_in_abbreviation, heading_abbrev)

/* "there were 241", "было 40" after a sentence that counted something:
 * the same count, as "of them" is. */
static const struct case_ there_were[] = {
	{ "The park has 272 residents. In 2021 there were 241.", 20230314,
	  { "2023|level|272|companies||", "2021|level|241|companies||" } },
	{ "В технопарке 60 резидентов. В 2021 году было 48.", 20230314,
	  { "2023|level|60|компаний||", "2021|level|48|компаний||" } },
	{ "In 2021 there were 241.", 20230314, { NULL } },
};

CASES_TEST(test_there_were_n, there_were)

/* Parts as changes: "a quarter more", "fell by a third", "на треть",
 * "то есть на четверть", "by half": 25 %, -33.3 %, 50 %. */
static const struct case_ parts[] = {
	{ "Revenue was RUB 40 bn in 2022, roughly a quarter more than in "
	  "2021.", 20230314,
	  { "2022|level|40|billion RUB||", "2022|percent|25|%|about|2021" } },
	{ "In 2022 exports fell by a third.", 20230314,
	  { "2022|percent|-33.3|%||2021" } },
	{ "В 2022 году выпуск вырос на треть.", 20230314,
	  { "2022|percent|33.3|%||2021" } },
	{ "In 2022 the number of residents grew by half.", 20230314,
	  { "2022|percent|50|%||2021" } },
	{ "A third of the residents are foreign.", 20230314, { NULL } },
};

CASES_TEST(test_parts_as_changes, parts)

/* "number" without "of": "expects the number to exceed 75" counts what
 * the figure before counted; "residents now number 215" counts the noun
 * before the verb. */
static const struct case_ the_number[] = {
	{ "The zone now has 67 residents, and the region expects the number to "
	  "exceed 75 by the end of 2023.", 20221001,
	  { "2022|level|67|companies||", "2023|target|75|companies|over|" } },
	{ "The park's residents now number 215.", 20230301,
	  { "2023|level|215|companies||" } },
	{ "В парке 80 резидентов. К 2025 году их число превысит 100.",
	  20230301, { "2023|level|80|компаний||",
		      "2025|target|100|компаний|over|" } },
};

CASES_TEST(test_the_number, the_number)

/* Aircraft and ships are counts: "operates 45 aircraft", "30 самолётов". */
static const struct case_ aircraft[] = {
	{ "The airline operates 45 aircraft.", 20230301,
	  { "2023|level|45|aircraft||" } },
	{ "В парке авиакомпании 30 самолётов.", 20230301,
	  { "2023|level|30|самолётов||" } },
	{ "The port serves 12 vessels a day.", 20230301,
	  { "2023|level|12|vessels||" } },
};

CASES_TEST(test_aircraft_and_ships, aircraft)

/* "half a billion rubles" is 0.5 billion, not "a billion". */
static const struct case_ half_a[] = {
	{ "Residents invested half a billion rubles in 2022.", 20230301,
	  { "2022|level|0.5|billion rubles||" } },
	{ "Residents invested a billion rubles in 2022.", 20230301,
	  { "2022|level|1|billion rubles||" } },
};

CASES_TEST(test_half_a_billion, half_a)

/* A date in an aside that tells when the subject was founded ("The zone,
 * created in 2016 next to the hub, covers 1,500 hectares") dates the
 * aside, not the figure of the main clause. */
static const struct case_ founded_aside[] = {
	{ "The zone, created in 2016 next to the chemical hub, covers 1,500 "
	  "hectares.", 20230912, { "2023|level|1500|hectares||" } },
	{ "Зона, созданная в 2016 году, занимает 1500 гектаров.", 20230912,
	  { "2023|level|1500|га||" } },
	{ "The park, which opened in 2016, covers 40 hectares.", 20230912,
	  { "2023|level|40|hectares||" } },
};

CASES_TEST(test_founded_aside, founded_aside)

/* "registered its 20th resident", "35-й резидент": the zone now counts
 * that many residents. "the 3rd resident forum" is no count. */
static const struct case_ nth_resident[] = {
	{ "Tula, 12 September 2023 - The zone has registered its 20th "
	  "resident, a glass maker.", 0,
	  { "2023-09-12|level|20|companies||" } },
	{ "Тула, 12 сентября 2023 г. В зоне зарегистрирован 35-й резидент.",
	  0, { "2023|level|35|компаний||" } },
	{ "Tula, 12 September 2023 - The 3rd resident forum opened.", 0,
	  { NULL } },
};

CASES_TEST(test_nth_resident, nth_resident)

/* "since the current regime of the zone took effect in 2006": the start
 * a few more words after "since", and "took effect", "came into force"
 * are starts as "opened" is. */
static const struct case_ since_took_effect[] = {
	{ "Kaliningrad, 17 May 2023 - Investment since the current regime of "
	  "the zone took effect in 2006 has reached RUB 160 billion.", 0,
	  { "2006..2023|flow|160|billion RUB||" } },
	{ "Kaliningrad, 17 May 2023 - Since the new law came into force in "
	  "2018 residents have invested RUB 40 billion.", 0,
	  { "2018..2023|flow|40|billion RUB||" } },
};

CASES_TEST(test_since_took_effect, since_took_effect)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_dateline_after_heading),
		cmocka_unit_test(test_jobs_created_by_a_year),
		cmocka_unit_test(test_announced_investment),
		cmocka_unit_test(test_currency_before_a_range),
		cmocka_unit_test(test_earlier_value_in_brackets),
		cmocka_unit_test(test_passed_is_over),
		cmocka_unit_test(test_same_months_of_a_year),
		cmocka_unit_test(test_months_of_the_year_so_far),
		cmocka_unit_test(test_who_and_where),
		cmocka_unit_test(test_billions_are_money),
		cmocka_unit_test(test_invest_by_a_year),
		cmocka_unit_test(test_value_in_brackets_after_a_date),
		cmocka_unit_test(test_previous_year_of_the_sentence),
		cmocka_unit_test(test_heading_ending_in_abbreviation),
		cmocka_unit_test(test_there_were_n),
		cmocka_unit_test(test_parts_as_changes),
		cmocka_unit_test(test_the_number),
		cmocka_unit_test(test_aircraft_and_ships),
		cmocka_unit_test(test_half_a_billion),
		cmocka_unit_test(test_founded_aside),
		cmocka_unit_test(test_nth_resident),
		cmocka_unit_test(test_since_took_effect),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
