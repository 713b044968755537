/*
** test_extract_gen8b2.c: the eighth round's rules for values, units and
** qualifiers seen in one folder only (test_extract_gen8b.c has the
** round's table of phenomena and the rules for those seen in two
** folders or more). Each is about the language, not the corpus
** sentence, and is tested with wordings of our own: money in "m",
** measures in cases the unit table lacks, parts of sums and wholes,
** slash pairs, "turned over", "a town of 130,000", "the number of X"
** before a scale, "what about X?", "above"/"below", windows of time.
** Expected rows are worked out by hand; where the period or kind is not
** this round's, a case checks only "value|unit|qualifier".
*/
#include "test_extract_cases.h"
#include "test_extract_vuq.h"

#include "series/parse.h"

/* After a currency a lone "m" is a million and "b" a billion, spaced
 * as well as glued: "RUB 900 m", "$40 m", "€ 12 m", "USD 5 mm". */
static const struct case_ money_m[] = {
	{ "In 2023 the fund lent $40 m to residents.", 20231010,
	  { "2023|level|40|million USD||" } },
	{ "In 2023 the park raised € 12 m from investors.", 20231010,
	  { "2023|level|12|million EUR||" } },
	{ "In 2023 exports reached USD 5 mm.", 20231010,
	  { "2023|level|5|million USD||" } },
	{ "In 2023 the region spent RUB 300 m on roads.", 20231010,
	  { "2023|level|300|million RUB||" } },
	{ "In 2024 the building will cost about RUB 900 m.", 20231010,
	  { "900|million RUB|about" } },
};

static void test_money_m(void **state)
{
	size_t i;

	(void)state;
	nbad = 0;
	for (i = 0; i < 4; i++)
		run_case(&money_m[i]);
	run_vuq(&money_m[4]); /* its kind and period are not this round's */
	DONE();
}

/* A measure in a case or number the table lacks is that measure: the
 * genitive singular after 2-4 ("3,3 километра", "2 кубометра"), the
 * prepositional ("в 500 метрах", "в рублях"), an English singular ("1
 * kilometre"); a count stays a count and "time" is no "times". */
static const struct { const char *in, *dim; double factor; } forms[] = {
	{ "километра", "length", 1e3 },
	{ "тыс. километра", "length", 1e6 },
	{ "метра", "length", 1 },
	{ "метрах", "length", 1 },
	{ "кубометра", "volume", 1 },
	{ "рублях", "currency:RUB", 1 },
	{ "млн долларах", "currency:USD", 1e6 },
	{ "kilometre", "length", 1e3 },
	{ "гектарах", "area", 1e4 },
	{ "time", "count:times", 1 },
	{ "резидентах", "count:companies", 1 },
};

static void test_measure_forms(void **state)
{
	size_t i;
	int bad = 0;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(forms); i++) {
		struct gs_unit u;
		const char *why = NULL;

		if (unit_parse(forms[i].in, &u, &why) == 0 &&
		    strcmp(u.dim, forms[i].dim) == 0 &&
		    u.factor == forms[i].factor)
			continue;
		print_error("unit_parse(\"%s\") is %s x%g, want %s x%g\n",
			    forms[i].in, why ? why : u.dim, why ? 0 : u.factor,
			    forms[i].dim, forms[i].factor);
		bad++;
	}
	assert_int_equal(bad, 0);
}

/* A part of a sum said without its unit ("из них 11", "в том числе 11",
 * "of which 11", "including 11") is in the sum's scale and currency; a
 * number larger than the sum is not its part. */
static const struct case_ money_parts[] = {
	{ "В 2023 году общие инвестиции — 18 млрд рублей, из них 11 — "
	  "внебюджетные.", 20231010,
	  { "18|млрд рублей|", "11|млрд рублей|" } },
	{ "В 2023 году инвестиции составили 18 млрд рублей, в том числе 11 — "
	  "частные.", 20231010, { "18|млрд рублей|", "11|млрд рублей|" } },
	{ "In 2023 investment totalled RUB 18 bn, of which 11 came from "
	  "private sources.", 20231010,
	  { "18|billion RUB|", "11|billion RUB|" } },
	{ "In 2023 investment totalled RUB 18 bn, including 11 from private "
	  "sources.", 20231010, { "18|billion RUB|", "11|billion RUB|" } },
};

VUQ_TEST(test_money_parts, money_parts)

/* A part said before its whole takes the whole's unit: "150 of its 200
 * hectares", "12 of the 40 residents", "12 out of 40", "12 из 40
 * резидентов"; a "part" larger than the whole is none. */
static const struct case_ part_of_whole[] = {
	{ "In 2023 the park had leased 150 of its 200 hectares.", 20231010,
	  { "2023|level|150|hectares||", "2023|level|200|hectares||" } },
	{ "In 2023, 12 of the 40 residents exported goods.", 20231010,
	  { "2023|level|12|companies||", "2023|level|40|companies||" } },
	{ "In 2023, 12 out of 40 residents exported goods.", 20231010,
	  { "2023|level|12|companies||", "2023|level|40|companies||" } },
	{ "В 2023 году 12 из 40 резидентов экспортировали продукцию.",
	  20231010,
	  { "2023|level|12|компаний||", "2023|level|40|компаний||" } },
	{ "In 2023 the park sold 5 of its 2 plots.", 20231010,
	  { "2023|level|2|plots||" } },
};

CASES_TEST(test_part_of_whole, part_of_whole)

/* Two values a slash joins share the unit said after the second ("41 /
 * 47 компаний", "3,1 / 4,5 млрд руб."); their periods are the other
 * branch's. */
static const struct case_ slash_pairs[] = {
	{ "Показатели 2021 / 2022: инвестиции 3,1 / 4,5 млрд руб.", 20240110,
	  { "3.1|млрд рублей|", "4.5|млрд рублей|" } },
	{ "Results 2022 / 2023: staff 2 900 / 3 450 people.", 20240110,
	  { "2900|people|", "3450|people|" } },
	{ "Итоги 2021 / 2022: рабочие места — 2 900 / 3 450 человек.",
	  20240110, { "2900|человек|", "3450|человек|" } },
};

VUQ_TEST(test_slash_pairs, slash_pairs)

/* "over" as the particle of a verb is no qualifier: "turned over RUB 5
 * bn" is revenue, "handed over 12 hectares" a transfer; after other
 * verbs it is still "more than" ("signed over 30 agreements"). */
static const struct case_ over_particle[] = {
	{ "In 2023 the residents turned over RUB 5 bn.", 20240110,
	  { "2023|level|5|billion RUB||" } },
	{ "In 2023 the city handed over 12 hectares to the park.", 20240110,
	  { "2023|level|12|hectares||" } },
	{ "In 2022 the cluster's firms turn over about RUB 40 bn a year.",
	  20240110, { "40|billion RUB|about" } },
	{ "In 2023 the region signed over 30 agreements.", 20240110,
	  { "2023|level|30|agreements|over|" } },
};

static void test_over_particle(void **state)
{
	(void)state;
	nbad = 0;
	run_case(&over_particle[0]);
	run_case(&over_particle[1]);
	run_vuq(&over_particle[2]); /* its period is not this round's */
	run_case(&over_particle[3]);
	DONE();
}

/* People counted by the place they make up: "a town of 130,000", "a city
 * of 1.2 million", "с населением 130 тыс."; a place of a stated unit
 * keeps it. */
static const struct case_ place_of[] = {
	{ "In 2023 the cluster employed 19,000 people in a town of 130,000.",
	  20240110,
	  { "2023|level|19000|people||", "2023|level|130000|people||" } },
	{ "In 2023 the park opened in a city of 1.2 million.", 20240110,
	  { "2023|level|1.2|million people||" } },
	{ "В 2023 году кластер работал в городе с населением 130 тыс.",
	  20240110, { "2023|level|130|тыс. человек||" } },
	{ "In 2023 the park covered a region of 12,000 square kilometres.",
	  20240110, { "2023|level|12000|square kilometers||" } },
};

CASES_TEST(test_place_of, place_of)

/* "the number of X" names the count of a scale said alone after it
 * ("число гостиничных мест до 5 тысяч", "the number of hotel rooms to 5
 * thousand"), to its noun, not the verb after it ("количество туристов
 * превысит 1,2 млн"). */
static const struct case_ number_of_scale[] = {
	{ "В 2026 году увеличим число гостиничных мест до 5 тысяч.", 20240110,
	  { "5|тыс. гостиничных мест|" } },
	{ "In 2026 we will raise the number of hotel rooms to 5 thousand.",
	  20240110, { "5|thousand hotel rooms|" } },
	{ "В 2026 году количество туристов превысит 1,2 млн.", 20240110,
	  { "1.2|млн туристов|over" } },
};

VUQ_TEST(test_number_of_scale, number_of_scale)

/* An interviewer's "what about X?" asks for X, in any case ("А что с
 * резидентами ...?", "Как обстоят дела с резидентами?", "What about the
 * residents?"); the answer's bare count is of X. */
static const struct case_ what_about[] = {
	{ "Интервью, 2023 год.\n\n— А что с резидентами особой экономической "
	  "зоны?\n\n— На сегодня их девять.", 20231227,
	  { "2023|level|9|компаний||" } },
	{ "Интервью, 2023 год.\n\n— Как обстоят дела с резидентами "
	  "технопарка?\n\n— Их уже 31.", 20231227,
	  { "2023|level|31|компаний||" } },
	{ "Interview, 2023.\n\nQ: What about the residents of the zone?\nA: "
	  "Today there are nine of them.", 20231227,
	  { "2023|level|9|companies||" } },
};

CASES_TEST(test_what_about, what_about)

/* A change said as a part or a percent "above" or "below" what it is
 * measured against: "roughly a quarter below 2022", "a third above",
 * "5% below 2022", "на четверть ниже"; "above 90%" is still a floor. */
static const struct case_ above_below[] = {
	{ "In 2023 exports were roughly a quarter below 2022.", 20240110,
	  { "2023|percent|-25|%|about|2022" } },
	{ "In 2023 output was a third above 2022.", 20240110,
	  { "2023|percent|33.3|%||2022" } },
	{ "In 2023 exports were 5% below 2022.", 20240110,
	  { "2023|percent|-5|%||2022" } },
	{ "В 2023 году выручка была на четверть ниже, чем в 2022 году.",
	  20240110, { "2023|percent|-25|%||2022" } },
	{ "In 2023 occupancy was above 90%.", 20240110,
	  { "2023|level|90|%|over|" } },
};

CASES_TEST(test_above_below, above_below)

/* A term is a figure ("exempt ... for 10 years", the seed's keys), but
 * a window inside time ("for the first three years", "на первые три
 * года") and more of a term ("for another ten years", "ещё на 10 лет")
 * are not. */
static const struct case_ term_windows[] = {
	{ "In 2023 the region cut land rent for the first three years of "
	  "operation.", 20240110, { NULL } },
	{ "В 2023 году республика снизила арендную плату на первые три года "
	  "работы.", 20240110, { NULL } },
	{ "In 2022 he asked deputies to keep the tax breaks for another ten "
	  "years.", 20240110, { NULL } },
	{ "В 2023 году льготы продлены ещё на 10 лет.", 20240110, { NULL } },
	{ "In 2023 residents were exempt from property tax for 10 years.",
	  20240110, { "2023|level|10|years||" } },
};

CASES_TEST(test_term_windows, term_windows)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_money_m),
		cmocka_unit_test(test_measure_forms),
		cmocka_unit_test(test_money_parts),
		cmocka_unit_test(test_part_of_whole),
		cmocka_unit_test(test_slash_pairs),
		cmocka_unit_test(test_over_particle),
		cmocka_unit_test(test_place_of),
		cmocka_unit_test(test_number_of_scale),
		cmocka_unit_test(test_what_about),
		cmocka_unit_test(test_above_below),
		cmocka_unit_test(test_term_windows),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
