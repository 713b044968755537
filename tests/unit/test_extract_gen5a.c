/*
** test_extract_gen5a.c: extract's periods, sixth session on issue 16
** (round five, branch extract5a): classes of period misses found across
** the development folders, each written as cases in our own words,
** English and Russian. Expected rows are worked out by hand from the
** text ("period|kind|value|unit|qualifier|base"), never copied from
** extract's output. An as-of of 0 runs as an analyst runs a fresh
** release: the period comes from the text's own date line.
*/
#include "test_extract_cases.h"

/* The period a text reports on, stated once ("подвёл итоги 2022 года:",
 * "summed up 2023:", "За январь–сентябрь"), dates the undated figures of
 * past or verbless sentences after it, in its own sentence and in the
 * next paragraph, before the date line's year. */
static const struct case_ topic_period[] = {
	{ "Тверь, 14.04.2023\n\nПарк «Восход» подвёл итоги 2022 года: его "
	  "резиденты выпустили продукции на 9 млрд рублей.\n\nДоля экспорта "
	  "в выручке превысила 18%.", 0,
	  { "2022|level|9|млрд рублей||", "2022|level|18|%|over|" } },
	{ "Ufa, 3 March 2024\n\nThe technopark summed up 2023: its residents "
	  "earned RUB 6 bn.\n\nExports rose to RUB 1.5 bn, and the share of "
	  "new products exceeded 35%.", 0,
	  { "2023|level|6|billion RUB||", "2023|level|1.5|billion RUB||",
	    "2023|level|35|%|over|" } },
	{ "Омск, 20 октября 2022 г.\n\nЗа январь–сентябрь 2022 года заводы "
	  "кластера отгрузили продукции на 40 млрд рублей.\n\nИнвестиции за "
	  "этот период составили 3 млрд рублей, а доля кластера в "
	  "промышленности области — 21%.", 0,
	  { "2022-01..2022-09|flow|40|млрд рублей||",
	    "2022-01..2022-09|flow|3|млрд рублей||",
	    "2022-01..2022-09|level|21|%||" } },
	{ "Kursk, 15 August 2023. In January-June 2023 the cluster's plants "
	  "shipped goods worth RUB 12 bn.\n\nInvestment over the period came "
	  "to RUB 900 mln, and wages rose by 9% year on year.", 0,
	  { "2023-01..2023-06|flow|12|billion RUB||",
	    "2023-01..2023-06|flow|900|million RUB||",
	    "2023-01..2023-06|percent|9|%||2022-01..2022-06" } },
};

CASES_TEST(test_topic_period, topic_period)

/* What the topic does not date: a stock in the present ("employ",
 * "работают"), a founding date ("создан в 2015 году; площадь — 120
 * га"), a comparison that is no change over time ("2.4 times the
 * regional average"), a topic two paragraphs back. */
static const struct case_ topic_not[] = {
	{ "Omsk, 5 April 2023. Revenue grew by 14% in 2022.\n\nThe companies "
	  "employ about 12,000 people.", 0,
	  { "2022|percent|14|%||2021", "2023|level|12000|people|about|" } },
	{ "Липецк, 5 мая 2023 г.\n\nПарк создан в 2015 году; его площадь — "
	  "120 га.", 0, { "2023|level|120|га||" } },
	{ "Kazan, 15 January 2025. Residents earned RUB 100 bn in 2024.\n\n"
	  "Salaries average 145 thousand rubles, roughly 2.4 times the "
	  "regional average.", 0,
	  { "2024|level|100|billion RUB||",
	    "2025|level|145|thousand rubles||",
	    "2025|multiple|2.4|times|about|" } },
	{ "Пермь, 2 февраля 2024 г.\n\nВ 2023 году резиденты вложили 4 млрд "
	  "рублей.\n\nПарк расположен у трассы М-7.\n\nЭкспорт достиг 2 млрд "
	  "рублей.", 0,
	  { "2023|level|4|млрд рублей||", "2024|level|2|млрд рублей||" } },
};

CASES_TEST(test_topic_not, topic_not)

/* "over two years" after a series of years that ends before the date
 * line's year counts the series' years ("2019 ... 2020 ... 2021. Revenue
 * thus rose 1.5 times over two years" is 2021 on 2019); without such a
 * series it counts back from the text's date. */
static const struct case_ years_of_series[] = {
	{ "Kaluga, 12 February 2022\n\nResidents earned RUB 10 bn in 2019, "
	  "RUB 12 bn in 2020 and RUB 15 bn in 2021.\n\nRevenue thus rose 1.5 "
	  "times over two years.", 0,
	  { "2019|level|10|billion RUB||", "2020|level|12|billion RUB||",
	    "2021|level|15|billion RUB||", "2021|multiple|1.5|times||2019" } },
	{ "Пермь, 10 марта 2023 г.\n\nРезиденты вложили 3 млрд рублей в 2020 "
	  "году, 4 млрд рублей в 2021 году и 6 млрд рублей в 2022 году.\n\n"
	  "За два года инвестиции выросли вдвое.", 0,
	  { "2020|level|3|млрд рублей||", "2021|level|4|млрд рублей||",
	    "2022|level|6|млрд рублей||", "2022|multiple|2|times||2020" } },
	{ "Новосибирск, 14 марта 2024 г.\n\nВ 2023 году резиденты заработали "
	  "98 млрд рублей.\n\nЗа пять лет выручка выросла вдвое.", 0,
	  { "2023|level|98|млрд рублей||", "2024|multiple|2|times||2019" } },
};

CASES_TEST(test_years_of_series, years_of_series)

/* A year with a Russian ending ("в 2022-м", "в 2021-м") is a year: the
 * base of a change, the date of a value in brackets. */
static const struct case_ year_endings[] = {
	{ "— В 2023 году — 6,8 млрд руб. Это в 1,3 раза больше, чем в "
	  "2022-м.", 20240410,
	  { "2023|level|6.8|млрд рублей||", "2023|multiple|1.3|times||2022" } },
	{ "В 2022 году резиденты выпустили продукции на 5 млрд рублей (в "
	  "2021-м — 4 млрд).", 20230302,
	  { "2022|level|5|млрд рублей||", "2021|level|4|млрд рублей||" } },
};

CASES_TEST(test_year_endings, year_endings)

/* An interview's answer that opens with its figure ("A: Roughly RUB 2
 * bn", "— Около 2 млрд рублей") is said in the period the conversation
 * is about, also across the question before it. */
static const struct case_ answers[] = {
	{ "Perm, 12 March 2024\n\nQ: What did residents earn?\nA: Revenue "
	  "was RUB 8 bn in 2023.\n\nQ: And exports?\nA: Roughly RUB 2 bn, 1.4 "
	  "times more than in 2022.", 0,
	  { "2023|level|8|billion RUB||", "2023|level|2|billion RUB|about|",
	    "2023|multiple|1.4|times||2022" } },
	{ "Пермь, 12 марта 2024 года\n\n— Сколько заработали резиденты?\n— В "
	  "2023 году выручка составила 8 млрд рублей.\n\n— А экспорт?\n— "
	  "Около 2 млрд рублей.", 0,
	  { "2023|level|8|млрд рублей||", "2023|level|2|млрд рублей|about|" } },
};

CASES_TEST(test_answers, answers)

/* A date in an earlier clause dates the figures of the clauses after it
 * when it comes before every figure of its own clause ("в прошлом году
 * выпустили на 40 млрд рублей, а инвестиции превысили 6 млрд"); after a
 * figure it is that figure's ("compared with 58 in 2020"). */
static const struct case_ clause_topic[] = {
	{ "Казань, 3 марта 2023 г. — «Резиденты парка в прошлом году выпустили "
	  "продукции на 40 млрд рублей, а их инвестиции превысили 6 млрд», — "
	  "сообщил директор.", 0,
	  { "2022|level|40|млрд рублей||", "2022|level|6|млрд рублей|over|" } },
	{ "Tver, 3 March 2023 — The park's residents last year shipped goods "
	  "worth RUB 40 bn, and their investment exceeded RUB 6 bn, the "
	  "director said.", 0,
	  { "2022|level|40|billion RUB||", "2022|level|6|billion RUB|over|" } },
	{ "Samara, 14 March 2023 — The cluster now unites 64 companies, "
	  "compared with 58 in 2020, and its plants shipped goods worth RUB 9 "
	  "bn.", 0,
	  { "2023|level|64|companies||", "2020|level|58|companies||",
	    "2023|level|9|billion RUB||" } },
};

CASES_TEST(test_clause_topic, clause_topic)

/* A list under a lead dated by months ("results for January–June:")
 * counts its stocks (companies, people, area) on the text's date and its
 * flows and new ones over the months; "+12%" before a compared period is
 * a change. */
static const struct case_ list_stocks[] = {
	{ "Omsk, 10.08.2023\n\nThe ministry has published the park's results "
	  "for January–June:\n- revenue of residents: RUB 7 bn;\n- new jobs: "
	  "300;\n- land in use: 80 hectares.", 0,
	  { "2023-01..2023-06|flow|7|billion RUB||",
	    "2023-01..2023-06|flow|300|jobs||", "2023|level|80|hectares||" } },
	{ "Липецк, 12.10.2022\n\nИтоги работы парка за январь–сентябрь:\n— "
	  "резиденты выпустили продукции на 12 млрд рублей;\n— в парке "
	  "работают 1200 человек;\n— площадь занятых участков — 40 га.", 0,
	  { "2022-01..2022-09|flow|12|млрд рублей||",
	    "2022|level|1200|человек||", "2022|level|40|га||" } },
	{ "Kursk, 15 August 2023. In January-June investment came to RUB 5 bn "
	  "(+12% on the first half of 2022).", 0,
	  { "2023-01..2023-06|flow|5|billion RUB||",
	    "2023-01..2023-06|percent|12|%||2022-01..2022-06" } },
};

CASES_TEST(test_list_stocks, list_stocks)

/* "1.8 times the figure for January–June 2021", "3-fold the amount
 * recorded five years ago": the period named is the base of the
 * multiple, which is of the text's own period. */
static const struct case_ figure_for[] = {
	{ "In January–June investment came to RUB 3 bn, 1.8 times the figure "
	  "for January–June 2021.", 20220802,
	  { "2022-01..2022-06|flow|3|billion RUB||",
	    "2022-01..2022-06|multiple|1.8|times||2021-01..2021-06" } },
	{ "Tula, 5 May 2023 - The zone now has 40 residents. Their investment "
	  "since 2015 has reached RUB 90 billion, 3-fold the amount recorded "
	  "five years ago.", 0,
	  { "2023|level|40|companies||", "2015..2023|flow|90|billion RUB||",
	    "2023|multiple|3|times||2018" } },
};

CASES_TEST(test_figure_for, figure_for)

/* A figure in a clause of "when" after a year is that year's: "15% less
 * than in 2021, when shipments stood at RUB 20 bn". */
static const struct case_ when_clause[] = {
	{ "Samara, 14 March 2023 — Residents shipped goods worth RUB 17 bn in "
	  "2022. That was 15% less than in 2021, when shipments stood at RUB "
	  "20 bn.", 0,
	  { "2022|level|17|billion RUB||", "2022|percent|-15|%||2021",
	    "2021|level|20|billion RUB||" } },
	{ "Пермь, 1 марта 2023 г. В 2022 году выручка составила 9 млрд рублей. "
	  "Это на 10% больше, чем в 2021 году, когда резиденты заработали 8 "
	  "млрд рублей.", 0,
	  { "2022|level|9|млрд рублей||", "2022|percent|10|%||2021",
	    "2021|level|8|млрд рублей||" } },
};

CASES_TEST(test_when_clause, when_clause)

/* In an interview the answer's own period, stated after the question,
 * dates the answer's change before the question's "this year". */
static const struct case_ answer_period[] = {
	{ "Омск, 2 ноября 2023 г.\n\n— Как прошёл этот год?\n— За "
	  "январь–сентябрь заводы отгрузили продукции на 40 млрд рублей. Это на "
	  "20% больше, чем за аналогичный период прошлого года.", 0,
	  { "2023-01..2023-09|flow|40|млрд рублей||",
	    "2023-01..2023-09|percent|20|%||2022-01..2022-09" } },
	{ "Omsk, 2 November 2023\n\nQ: How has this year gone?\nA: In "
	  "January–September the plants shipped goods worth RUB 40 bn. That "
	  "was 20% more than in the same period last year.", 0,
	  { "2023-01..2023-09|flow|40|billion RUB||",
	    "2023-01..2023-09|percent|20|%||2022-01..2022-09" } },
};

CASES_TEST(test_answer_period, answer_period)

/* A level a change reached within a span of months is the span's
 * ("rose to 30%" after "in January–June 2022"), not its last month's. */
static const struct case_ level_in_months[] = {
	{ "Kazan, 5 August 2022. Residents earned RUB 4 bn in January–June "
	  "2022. The share of exports rose to 30% from 25% a year earlier.", 0,
	  { "2022-01..2022-06|flow|4|billion RUB||",
	    "2022-01..2022-06|level|30|%||", "2021-01..2021-06|level|25|%||" } },
	{ "Казань, 5 августа 2022 г. За январь–июнь 2022 года резиденты "
	  "заработали 4 млрд рублей. Доля экспорта выросла до 30%.", 0,
	  { "2022-01..2022-06|flow|4|млрд рублей||",
	    "2022-01..2022-06|level|30|%||" } },
};

CASES_TEST(test_level_in_months, level_in_months)

/* The period a change is measured against, in a bracket after a sum
 * ("RUB 21.7 bn (+9% on the first half of 2022)"), is the change's
 * base, not the sum's date. */
static const struct case_ base_in_bracket[] = {
	{ "Perm, 27.07.2023\n\nThe committee has listed the results for "
	  "January–June:\n• investment by residents: RUB 14 bn (+6% on the "
	  "first half of 2022);\n• new jobs: about 900.", 0,
	  { "2023-01..2023-06|flow|14|billion RUB||",
	    "2023-01..2023-06|percent|6|%||2022-01..2022-06",
	    "2023-01..2023-06|flow|900|jobs|about|" } },
	{ "In 2022 residents invested RUB 5 bn (up 7% against 2021).",
	  20230301, { "2022|level|5|billion RUB||", "2022|percent|7|%||2021" } },
};

CASES_TEST(test_base_in_bracket, base_in_bracket)

/* "Over three years" opening a quotation is a period, as it is opening
 * a sentence. */
static const struct case_ quoted_years[] = {
	{ "\"Over three years we have created 1,200 jobs,\" the director "
	  "said.", 20230601, { "2020..2023|flow|1200|jobs||" } },
	{ "«За три года мы создали 1200 рабочих мест», — сказал директор.",
	  20230601, { "2020..2023|flow|1200|рабочих мест||" } },
};

CASES_TEST(test_quoted_years, quoted_years)

/* "in that year", "в том же году" after "by 2027" is 2027, not the
 * text's year. */
static const struct case_ that_year_by[] = {
	{ "The park plans to reach 90 residents by 2027 and revenue of RUB 12 "
	  "bn in that year.", 20240301,
	  { "2027|target|90|companies||", "2027|target|12|billion RUB||" } },
	{ "К 2028 году в парке будет 70 резидентов, а их выручка в том же году "
	  "превысит 15 млрд рублей.", 20240301,
	  { "2028|target|70|компаний||", "2028|target|15|млрд рублей|over|" } },
};

CASES_TEST(test_that_year_by, that_year_by)

/* An average over the period the text reports on ("среднесписочная
 * численность", "average headcount") is that period's level, not a stock
 * of the text's date. */
static const struct case_ averages[] = {
	{ "Омск, 20 октября 2022 г.\n\nЗа январь–сентябрь 2022 года заводы "
	  "отгрузили продукции на 40 млрд рублей.\n\nСреднесписочная "
	  "численность работников составила 9,5 тыс. человек.", 0,
	  { "2022-01..2022-09|flow|40|млрд рублей||",
	    "2022-01..2022-09|level|9.5|тыс. человек||" } },
	{ "Omsk, 20 October 2022\n\nIn January–September 2022 the plants "
	  "shipped goods worth RUB 40 bn.\n\nThe average headcount was 9,500 "
	  "people.", 0,
	  { "2022-01..2022-09|flow|40|billion RUB||",
	    "2022-01..2022-09|level|9500|people||" } },
};

CASES_TEST(test_averages, averages)

/* A bracket after a figure that holds a number and a date gives an
 * earlier value ("150 residents (131 on 1 January)"), not the figure's
 * date; the earlier value is a figure of its own, dated 1 January. */
static const struct case_ earlier_in_bracket[] = {
	{ "Perm, 27.07.2023\n\nThe committee has listed the results for "
	  "January–June:\n• they host 150 residents (131 on 1 January);\n• "
	  "investment by residents: RUB 9 bn.", 0,
	  { "2023|level|150|companies||",
	    "2023-01-01|level|131|companies||",
	    "2023-01..2023-06|flow|9|billion RUB||" } },
};

CASES_TEST(test_earlier_in_bracket, earlier_in_bracket)

/* "open three more parks by 2026", "Two more plants will open by 2025,
 * adding about 400 jobs": more of them opened, and what the opening adds,
 * are a plan from the text's year; "house up to 150 more companies"
 * opens nothing and stays a level to reach. */
static const struct case_ more_opened[] = {
	{ "The agency intends to open three more parks by 2026.", 20230301,
	  { "2023..2026|plan|3|parks||" } },
	{ "Two more plants will open by 2025, adding about 400 jobs.",
	  20230301, { "2023..2025|plan|2|plants||",
		      "2023..2025|plan|400|jobs|about|" } },
	{ "The new building, to be finished by 2027, will house up to 150 "
	  "more companies.", 20250115,
	  { "2027|target|150|companies|up_to|" } },
};

CASES_TEST(test_more_opened, more_opened)

/* "are due to open before the end of 2026" is to come, by the end of
 * 2026; "due to sanctions" is a cause, no future. */
static const struct case_ due_to_open[] = {
	{ "Four more plants are due to open before the end of 2026, adding "
	  "about 300 jobs.", 20240301,
	  { "2024..2026|plan|4|plants||", "2024..2026|plan|300|jobs|about|" } },
	{ "Exports fell by 5% in 2022 due to sanctions.", 20230301,
	  { "2022|percent|-5|%||2021" } },
};

CASES_TEST(test_due_to_open, due_to_open)

/* A Russian verb in the past right before a figure ("Создано более 900
 * рабочих мест, а к 2027 году ... планируют") makes it done, though the
 * sentence goes on to plans; "будет создано" stays to come. */
static const struct case_ done_before[] = {
	{ "Магадан, 1 декабря 2022. Создано более 900 рабочих мест, а к 2027 "
	  "году резиденты планируют создать ещё 2 тыс. рабочих мест.", 0,
	  { "2022|level|900|рабочих мест|over|",
	    "2022..2027|plan|2|тыс. рабочих мест||" } },
	{ "К 2027 году будет создано 700 рабочих мест.", 20230301,
	  { "2023..2027|plan|700|рабочих мест||" } },
};

CASES_TEST(test_done_before, done_before)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_topic_period),
		cmocka_unit_test(test_topic_not),
		cmocka_unit_test(test_years_of_series),
		cmocka_unit_test(test_year_endings),
		cmocka_unit_test(test_answers),
		cmocka_unit_test(test_clause_topic),
		cmocka_unit_test(test_list_stocks),
		cmocka_unit_test(test_figure_for),
		cmocka_unit_test(test_when_clause),
		cmocka_unit_test(test_answer_period),
		cmocka_unit_test(test_level_in_months),
		cmocka_unit_test(test_base_in_bracket),
		cmocka_unit_test(test_quoted_years),
		cmocka_unit_test(test_that_year_by),
		cmocka_unit_test(test_averages),
		cmocka_unit_test(test_earlier_in_bracket),
		cmocka_unit_test(test_more_opened),
		cmocka_unit_test(test_due_to_open),
		cmocka_unit_test(test_done_before),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
