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
	{ "Число резидентов: 2021 г. — 53, 2022 г. — 58.", 20230505,
	  { "2021|level|53|компаний||", "2022|level|58|компаний||" } },
	/* years and values as lists: "2020 / 2021 / 2022: 40 / 52 / 61" */
	{ "Residents (2020 / 2021 / 2022): 40 / 52 / 61.", 20230505,
	  { "2020|level|40|companies||", "2021|level|52|companies||",
	    "2022|level|61|companies||" } },
	{ "Residents' revenue (RUB bn) in 2020, 2021 and 2022: 7.5, 9.2 and "
	  "11.0.", 20230505,
	  { "2020|flow|7.5|billion RUB||", "2021|flow|9.2|billion RUB||",
	    "2022|flow|11|billion RUB||" } },
};

CASES_TEST(test_year_value_pairs, tables)

/* Counts of time. A bare "over N years" / "за N лет" in a text dated Y
 * runs from Y-N to Y itself (the keys of dev/en_tomsk_sez,
 * dev/ru_kaluga_cluster and old_holdout2/en_zelenograd_residents, two
 * authors); "the past N years" are the N whole years before Y. Within N
 * years of a plan is a plan from Y to Y+N. A count of decades or months,
 * or of years spent, is no figure. */
static const struct case_ time_counts[] = {
	{ "Resident investment over three years reached almost RUB 13 bn.",
	  20220120, { "2019..2022|flow|13|billion RUB|almost|" } },
	{ "Residents have created more than 1,500 jobs over five years.",
	  20210602, { "2016..2021|flow|1500|jobs|over|" } },
	{ "За 10 лет инвестиции резидентов превысили 60 млрд рублей.",
	  20220412, { "2012..2022|flow|60|млрд рублей|over|" } },
	{ "Over the past five years the park received 4.6 billion rubles.",
	  20250212, { "2020..2024|flow|4.6|billion rubles||" } },
	{ "В течение пяти лет в зоне планируется создать свыше 8 тыс. "
	  "рабочих мест.", 20230605,
	  { "2023..2028|plan|8|тыс. рабочих мест|over|" } },
	{ "Within three years the park plans to create 900 new jobs.",
	  20230605, { "2023..2026|plan|900|jobs||" } },
	{ "We have spent fifteen years building this cluster.", 20230517,
	  { NULL } },
	{ "The town has been the centre of the industry for six decades.",
	  20230517, { NULL } },
	{ "Площадку построили за девять месяцев.", 20230517, { NULL } },
	{ "Revenue rose threefold over five years to RUB 9 billion.",
	  20230505, { "2023|multiple|3|times||2018",
		      "2023|level|9|billion RUB||" } },
	/* a term is a figure: "for 10 years" of a tax exemption */
	{ "Residents are exempt from property tax for 10 years.", 20250301,
	  { "2025|level|10|years||" } },
};

CASES_TEST(test_counts_of_time, time_counts)

/* "a year earlier", "годом ранее": a year before the sentence's own date,
 * not before the text's ("ended 2022 with 77, against 69 a year
 * earlier": 69 is 2021's, in a text of March 2023). Without a date in the
 * sentence, before the text's; "a year ago" is always the text's. */
static const struct case_ year_earlier[] = {
	{ "The zone ended 2022 with 77 resident companies, against 69 a year "
	  "earlier.", 20230314,
	  { "2022|level|77|companies||", "2021|level|69|companies||" } },
	{ "The park had 46 residents at the end of 2021 and 34 residents a "
	  "year earlier.", 20220120,
	  { "2021|level|46|companies||", "2020|level|34|companies||" } },
	{ "Выручка по итогам 2023 года составила 46,5 млрд рублей против "
	  "35,8 млрд рублей годом ранее.", 20240228,
	  { "2023|level|46.5|млрд рублей||", "2022|level|35.8|млрд рублей||" } },
	{ "Headcount reached 16,800 people, up from 11,200 people three years "
	  "earlier.", 20250115,
	  { "2025|level|16800|people||", "2022|level|11200|people||" } },
	{ "A year ago the park had 30 residents.", 20230301,
	  { "2022|level|30|companies||" } },
	/* "in the same year": the year the sentence states */
	{ "Revenue reached RUB 160 bn in 2022, and exports reached USD 450 "
	  "million in the same year.", 20230830,
	  { "2022|level|160|billion RUB||", "2022|level|450|million USD||" } },
	{ "В 2021 году выручка составила 5 млрд рублей, а экспорт в том же "
	  "году достиг 700 млн рублей.", 20220830,
	  { "2021|level|5|млрд рублей||", "2021|level|700|млн рублей||" } },
	/* "выше показателя аналогичного периода прошлого года" is the base;
	 * "Годом ранее" with no date in its sentence counts back from the
	 * sentence before's */
	{ "Новосибирск, 2 ноября 2021 г.\n\nВыручка за январь-сентябрь 2021 "
	  "года составила 48 млрд рублей, что на 17% выше показателя "
	  "аналогичного периода прошлого года. Годом ранее рост составлял "
	  "11%.", 0,
	  { "2021-01..2021-09|flow|48|млрд рублей||",
	    "2021-01..2021-09|percent|17|%||2020-01..2020-09",
	    "2020-01..2020-09|percent|11|%||2019-01..2019-09" } },
};

CASES_TEST(test_a_year_earlier, year_earlier)

/* A number whose unit was said before it: "the number of residents ...
 * rose to 46", "число индустриальных парков ... достигло 12", "the
 * population to reach 15,000", "bringing the total to 147" (the unit of
 * the figure before). */
static const struct case_ unit_before[] = {
	{ "The number of residents at the northern sites of the zone rose to "
	  "46 at the end of 2021.", 20220120,
	  { "2021|level|46|companies||" } },
	{ "The ministry expects the number of industrial parks in the region "
	  "to reach 30 by 2027.", 20230712,
	  { "2027|target|30|industrial parks||" } },
	{ "В 2022 году число индустриальных парков в области достигло 12.",
	  20230301, { "2022|level|12|индустриальных парков||" } },
	{ "The city expects the population to reach 15,000 by 2030.",
	  20240228, { "2030|target|15000|people||" } },
	{ "In 2023 the zone registered 23 companies, bringing the total to "
	  "147.", 20240228,
	  { "2023|level|23|companies||", "2023|level|147|companies||" } },
	{ "The number of residents grew from 120 to 150 in 2022.", 20230505,
	  { "2021|level|120|companies||", "2022|level|150|companies||" } },
	{ "Residents' revenue was RUB 12.4 billion in 2022 (2021: RUB 10.2 "
	  "billion).", 20230505, { "2022|level|12.4|billion RUB||",
				   "2021|level|10.2|billion RUB||" } },
	{ "Residents' revenue was RUB 12.4 billion (2021: RUB 10.2 billion).",
	  20230505, { "2023|level|12.4|billion RUB||",
		      "2021|level|10.2|billion RUB||" } },
	{ "Revenue grew from 120 to 150 billion rubles in 2022.", 20230505,
	  { "2021|level|120|billion rubles||",
	    "2022|level|150|billion rubles||" } },
	/* the unit said once for two figures with a scale (the total after
	 * 2022's runs through 2022: round fourteen, test_extract_gen14a) */
	{ "В 2022 году резиденты создали 1,2 тыс. рабочих мест, а с момента "
	  "создания зоны в 2010 году — более 10 тыс.", 20230505,
	  { "2022|level|1.2|тыс. рабочих мест||",
	    "2010..2022|flow|10|тыс. рабочих мест|over|" } },
	/* ... but a unit said before the number wins */
	{ "До конца 2026 года планируется ввести 25 тыс. кв. м площадей, а "
	  "число рабочих мест должно превысить 4 тыс.", 20240405,
	  { "2026|target|25|тыс. кв. м||",
	    "2026|target|4|тыс. рабочих мест|over|" } },
};

CASES_TEST(test_unit_said_before, unit_before)

/* Qualifiers: "close to" is almost; "почти в два раза" qualifies the
 * multiple across its "в"; "вырасти до", "довести ... до" say where a
 * level goes, not an upper bound. */
static const struct case_ quals[] = {
	{ "Its share of the regional economy is close to 2.5 percent.",
	  20240303, { "2024|level|2.5|%|almost|" } },
	{ "За пять лет число резидентов увеличилось почти в два раза.",
	  20240314, { "2024|multiple|2|times|almost|2019" } },
	{ "Revenue has grown almost by three times since 2019.", 20240314,
	  { "2024|multiple|3|times|almost|2019" } },
	{ "К 2030 году объём производства должен вырасти до 230 млрд рублей.",
	  20230615, { "2030|target|230|млрд рублей||" } },
	{ "К 2025 году мы хотим довести число резидентов до 400.", 20220412,
	  { "2025|target|400|компаний||" } },
	{ "Инвестиции составят до 8 млрд рублей в 2025 году.", 20220412,
	  { "2025|plan|8|млрд рублей|up_to|" } },
};

CASES_TEST(test_qualifiers, quals)

/* Numbers in words with a fraction: "one and a half times", "в два с
 * половиной раза", "на четверть" (a quarter more: 25 %). */
static const struct case_ fractions[] = {
	{ "Investment grew one and a half times in 2023 compared with 2022.",
	  20240301, { "2023|multiple|1.5|times||2022" } },
	{ "Выручка выросла в два с половиной раза по сравнению с 2020 годом.",
	  20220301, { "2022|multiple|2.5|times||2020" } },
	{ "В 2021 году число рабочих мест выросло на четверть.", 20220120,
	  { "2021|percent|25|%||2020" } },
	{ "In 2021 the number of jobs rose by a quarter.", 20220120,
	  { "2021|percent|25|%||2020" } },
	{ "В технопарке работают около полутора тысяч человек.", 20230505,
	  { "2023|level|1.5|тыс. человек|about|" } },
};

CASES_TEST(test_fractions_in_words, fractions)

/* A period after "than in", "чем за", "compared with" is the base of the
 * change before it, not its period, also when it is a range of months
 * ("January-June 2022", "первое полугодие 2021 года"). */
static const struct case_ base_ranges[] = {
	{ "In the first half of 2023 residents invested RUB 6.2 bn, one and a "
	  "half times more than in January-June 2022.", 20230712,
	  { "2023-01..2023-06|flow|6.2|billion RUB||",
	    "2023-01..2023-06|multiple|1.5|times||2022-01..2022-06" } },
	{ "За январь–июнь 2022 года резиденты отгрузили продукции на 9,4 млрд "
	  "руб., что в 1,2 раза больше, чем за первое полугодие 2021 года.",
	  20220830, { "2022-01..2022-06|flow|9.4|млрд рублей||",
		      "2022-01..2022-06|multiple|1.2|times||2021-01..2021-06" } },
};

CASES_TEST(test_base_ranges, base_ranges)

/* A date line written with slashes dates the text: "30/08/2023" (day
 * first, as "30.08.2023"; month first only where day first cannot be);
 * so does one with an ordinal day. */
static const struct case_ slash_dates[] = {
	{ "Nizhny Novgorod, 30/08/2023\n\nThe cluster counts some 1,200 "
	  "companies.", 0, { "2023|level|1200|companies|about|" } },
	{ "Boston, 08/30/2023\n\nThe cluster counts 120 companies.", 0,
	  { "2023|level|120|companies||" } },
	/* ... and an ordinal day ("May 5th, 2023", "5th May 2023") */
	{ "Kazan, May 5th, 2023\n\nThe park hosts 120 companies.", 0,
	  { "2023|level|120|companies||" } },
	{ "Kazan, 5th May 2023\n\nThe park hosts 120 companies.", 0,
	  { "2023|level|120|companies||" } },
};

CASES_TEST(test_slash_dates, slash_dates)

/* An interview: the answer's undated figures take the date the question
 * states ("Как участники закончили прошлый год?" - "Хорошо. Их выручка
 * превысила 130 млрд рублей": 2021 in a text of 2022). */
static const struct case_ interviews[] = {
	{ "12.04.2022\n\n— Как участники закончили прошлый год?\n— Хорошо. "
	  "Их выручка превысила 130 млрд рублей.", 0,
	  { "2021|level|130|млрд рублей|over|" } },
	{ "Kazan, 3 March 2023.\n\nQ: How did the residents do last year?\n\n"
	  "A: Well. Their revenue reached RUB 40 bn.", 0,
	  { "2022|level|40|billion RUB||" } },
	/* an answer that states its own date keeps it */
	{ "Kazan, 3 March 2023.\n\nQ: How did the residents do last year?\n\n"
	  "A: Well. In 2021 their revenue reached RUB 35 bn.", 0,
	  { "2021|level|35|billion RUB||" } },
};

CASES_TEST(test_interviews, interviews)

/* Two counts joined by "and": each number's unit is the noun phrase
 * after it, not the last noun of the list ("17 industrial parks and four
 * technoparks"); "and" inside the modifiers of one noun stays ("150 new
 * innovative and high-tech manufacturing facilities"). */
static const struct case_ lists[] = {
	{ "The republic has 17 industrial parks and four technoparks.",
	  20230712, { "2023|level|17|industrial parks||",
		      "2023|level|4|technoparks||" } },
	{ "The region counts 30 industrial parks and technoparks.", 20230303,
	  { "2023|level|30|industrial parks||" } },
	{ "Every year 150 new innovative and high-tech manufacturing "
	  "facilities open.", 20251007, { "2025|level|150|facilities||" } },
};

CASES_TEST(test_counts_in_a_list, lists)

/* A range of values ("from 15 to 20 billion") over a range of years is a
 * flow or plan over those years, as one value would be; only a change
 * ("rose from 15 to 20") takes the years' ends. */
static const struct case_ value_ranges[] = {
	{ "The region expects investors to commit from 15 to 20 billion "
	  "rubles to new projects in 2023-2025.", 20230517,
	  { "2023..2025|plan|15|billion rubles|at_least|",
	    "2023..2025|plan|20|billion rubles|up_to|" } },
	{ "In 2019-2021 residents invested from 5 to 7 billion rubles.",
	  20220301, { "2019..2021|flow|5|billion rubles|at_least|",
		      "2019..2021|flow|7|billion rubles|up_to|" } },
	{ "Between 2020 and 2022 residents invested RUB 3 billion.", 20230505,
	  { "2020..2022|flow|3|billion RUB||" } },
};

CASES_TEST(test_value_ranges_over_years, value_ranges)

/* The unit an interview's question asks for is its answer's ("Сколько
 * компаний-участников ...?" - "Около 3,2 тыс."); participants are
 * companies in a text that calls them participant companies, else people. */
static const struct case_ asked_units[] = {
	{ "12.04.2022\n\n— Сколько компаний-участников у фонда сейчас?\n— "
	  "Около 3,2 тыс.", 0, { "2022|level|3.2|тыс. компаний|about|" } },
	{ "Kazan, 3 March 2023.\n\nQ: How many companies work in the park "
	  "today?\n\nA: About 1,400.", 0,
	  { "2023|level|1400|companies|about|" } },
	{ "In 2022 Skolkovo had 3,300 participant companies. The foundation "
	  "aims to bring the number of participants to 5,000 by 2030.",
	  20230630, { "2022|level|3300|companies||",
		      "2030|target|5000|companies||" } },
	{ "The forum had 2,000 participants in 2022.", 20230630,
	  { "2022|level|2000|people||" } },
};

CASES_TEST(test_units_asked_for, asked_units)

/* A heading's figure the text does not repeat is a figure ("Zelenograd
 * sites add 12 residents in 2021"), dated as the first dated sentence of
 * the text when it states no date; one the text repeats is left to the
 * text. */
static const struct case_ headings[] = {
	{ "Zelenograd sites add 12 residents in 2021\n\nMOSCOW, Jan 20, 2022 "
	  "- The number of residents rose to 46 at the end of 2021.", 0,
	  { "2021|level|12|companies||", "2021|level|46|companies||" } },
	{ "Выручка резидентов выросла в 1,3 раза\n\nКАЗАНЬ, 28 февраля 2024 "
	  "г. Выручка резидентов по итогам 2023 года составила 46,5 млрд "
	  "рублей.", 0, { "2023|multiple|1.3|times||",
			  "2023|level|46.5|млрд рублей||" } },
	{ "Output passes RUB 300 bn\n\nYelabuga, 14 March 2023 - Output came "
	  "to more than RUB 300 bn in 2022.", 0,
	  { "2022|level|300|billion RUB|over|" } },
};

CASES_TEST(test_headings, headings)

/* The date an undated sentence takes from the sentences before it: a verb
 * in a relative clause ("engineers who started businesses") does not make
 * a present-tense sentence past; "did not exceed" is past (and a share
 * over months is a level, not a flow); of a sentence with two years ("rose
 * to 34% in 2023 from 30% in 2022") the latest. */
static const struct case_ undated[] = {
	{ "SAROV, April 5, 2022\n\nTheir revenue in 2021 was RUB 4.5 "
	  "billion. Residents employ about 2,000 people, many of them "
	  "engineers who started their own businesses.", 0,
	  { "2021|level|4.5|billion RUB||", "2022|level|2000|people|about|" } },
	{ "St Petersburg, 21 November 2022\n\nIn January-September 2022 the "
	  "companies shipped products worth RUB 92.4 bn. Exports remain "
	  "modest: their share in shipments did not exceed 5%.", 0,
	  { "2022-01..2022-09|flow|92.4|billion RUB||",
	    "2022-01..2022-09|level|5|%|up_to|" } },
	{ "Novosibirsk, 14 March 2024. The share of high-tech products rose "
	  "to 34% in 2023 from 30% in 2022. Exports reached RUB 21 billion.", 0,
	  { "2023|level|34|%||", "2022|level|30|%||",
	    "2023|level|21|billion RUB||" } },
};

CASES_TEST(test_undated_sentences, undated)

/* A number said of "them" counts what the sentence before counted: "их
 * было восемь", "Some 1,100 of them work in biomedicine". */
static const struct case_ pronouns[] = {
	{ "Тверь, 1 июля 2022 года. В технопарке зарегистрированы двенадцать "
	  "резидентов. В 2021 году их было восемь.", 0,
	  { "2022|level|12|компаний||", "2021|level|8|компаний||" } },
	{ "The park hosts 2,900 companies. Some 1,100 of them work in "
	  "biomedicine.", 20240722,
	  { "2024|level|2900|companies||", "2024|level|1100|companies|about|" } },
	{ "The park hosts 2,900 companies. Some 1,100 work in biomedicine.",
	  20240722, { "2024|level|2900|companies||" } },
	{ "The park is home to 48 residents, 12 of them foreign companies.",
	  20230505, { "2023|level|48|companies||", "2023|level|12|companies||" } },
	{ "В парке 48 резидентов, из них 12 — иностранные компании.",
	  20230505, { "2023|level|48|компаний||", "2023|level|12|компаний||" } },
};

CASES_TEST(test_counts_of_them, pronouns)

/* Scale words glued to the number: "$1.2bn", "RUB 4.5bn", "€300m", "USD
 * 20mln"; "5G" and "3D" stay names, "300m" without a currency no figure. */
static const struct case_ glued[] = {
	{ "Residents invested $1.2bn in 2022.", 20230505,
	  { "2022|level|1.2|billion USD||" } },
	{ "Revenue reached RUB 4.5bn in 2022.", 20230505,
	  { "2022|level|4.5|billion RUB||" } },
	{ "Residents invested €300m in 2022.", 20230505,
	  { "2022|level|300|million EUR||" } },
	{ "Exports reached USD 20mln in 2022.", 20230505,
	  { "2022|level|20|million USD||" } },
	{ "The park tested 5G networks and 3D printers in 2022.", 20230505,
	  { NULL } },
};

CASES_TEST(test_glued_scales, glued)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_year_value_pairs),
		cmocka_unit_test(test_counts_of_time),
		cmocka_unit_test(test_a_year_earlier),
		cmocka_unit_test(test_unit_said_before),
		cmocka_unit_test(test_qualifiers),
		cmocka_unit_test(test_fractions_in_words),
		cmocka_unit_test(test_base_ranges),
		cmocka_unit_test(test_slash_dates),
		cmocka_unit_test(test_interviews),
		cmocka_unit_test(test_counts_in_a_list),
		cmocka_unit_test(test_value_ranges_over_years),
		cmocka_unit_test(test_units_asked_for),
		cmocka_unit_test(test_headings),
		cmocka_unit_test(test_undated_sentences),
		cmocka_unit_test(test_counts_of_them),
		cmocka_unit_test(test_glued_scales),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
