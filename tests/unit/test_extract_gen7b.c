/*
** test_extract_gen7b.c: extract rules of the seventh round on issue 16,
** values, units and qualifiers (periods are another branch's). The
** failures came first from twelve texts of our own in styles the corpus
** lacks (tests/extract/corpus/own7b/: a Q&A, a tender notice, minutes,
** a TV ticker, a resolution, a report's numbered list ...), keyed before
** extract was run on them; each rule is tested here with further
** wordings of our own. Expected rows are worked out by hand from the text
** ("period|kind|value|unit|qualifier|base"), never copied from extract's
** output; every case states its year, so that only the value, unit and
** qualifier are under test.
*/
#include "test_extract_cases.h"

#include "series/parse.h"

/* Who is counted: a cluster's "members" ("участников") and a zone's
 * "partners" are firms, as residents are, in every form and with
 * whatever words qualify them; a federal subject ("субъектов") is a
 * region. */
static const struct { const char *in, *want; } who[] = {
	{ "members", "count:companies" },
	{ "member", "count:companies" },
	{ "cluster members", "count:companies" },
	{ "участников", "count:companies" },
	{ "участника", "count:companies" },
	{ "участниками", "count:companies" },
	{ "partners", "count:companies" },
	{ "партнёров", "count:companies" },
	{ "patents", "count:patents" },
	{ "субъектов", "count:regions" },
	{ "регионов", "count:regions" },
	{ "regions", "count:regions" },
};

static void test_members_are_firms(void **state)
{
	size_t i;
	int bad = 0;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(who); i++) {
		struct gs_unit u;
		const char *why = NULL;

		if (unit_parse(who[i].in, &u, &why) == 0 &&
		    strcmp(u.dim, who[i].want) == 0)
			continue;
		print_error("unit_parse(\"%s\") is %s, want %s\n", who[i].in,
			    why ? why : u.dim, who[i].want);
		bad++;
	}
	/* series stored before keep taking figures */
	assert_true(unit_dim_same("count:members", "count:companies"));
	assert_true(unit_dim_same("count:регион", "count:regions"));
	assert_int_equal(bad, 0);
}

/* The same nouns in running text keep their words as the unit (the
 * dimension above is what makes them companies). */
static const struct case_ member_rows[] = {
	{ "In 2022 the cluster had 45 members.", 20230301,
	  { "2022|level|45|members||" } },
	{ "В 2022 году в кластер входили 38 участников.", 20230301,
	  { "2022|level|38|компаний||" } },
};

CASES_TEST(test_member_rows, member_rows)

/* A floor or a ceiling said by negating the other side ("не ниже",
 * "no lower than", "не выше", "not higher than"), a floor before a
 * level's "до" ("довести как минимум до 75"), and a floor said as where
 * the figure starts ("— от 4 млрд рублей", "в размере от 5 млн"); a
 * range "от 5 до 7" stays a range. */
static const struct case_ floors[] = {
	{ "В 2023 году доля занятых площадей должна быть не ниже 85%.",
	  20230301, { "2023|level|85|%|at_least|" } },
	{ "В 2023 году долговая нагрузка должна быть не выше 40%.",
	  20230301, { "2023|level|40|%|up_to|" } },
	{ "In 2023 occupancy must be no lower than 85%.", 20230301,
	  { "2023|level|85|%|at_least|" } },
	{ "In 2023 the debt ratio must be not higher than 40%.", 20230301,
	  { "2023|level|40|%|up_to|" } },
	{ "В 2023 году число резидентов нужно довести как минимум до 75.",
	  20230301, { "2023|level|75|компаний|at_least|" } },
	{ "Условия на 2023 год: налоговые отчисления резидентов — от 4 млрд "
	  "рублей.", 20230301, { "2023|level|4|млрд рублей|at_least|" } },
	{ "В 2023 году резидентам выдадут субсидии в размере от 5 млн рублей.",
	  20230301, { "2023|level|5|млн рублей|at_least|" } },
	{ "В 2023 году выручка — от 5 до 7 млрд рублей.", 20230301,
	  { "2023|level|5|млрд рублей|at_least|",
	    "2023|level|7|млрд рублей|up_to|" } },
};

CASES_TEST(test_floors, floors)

/* Energy: kilowatt-, megawatt- and gigawatt-hours in both languages,
 * with a scale word before them and "кВт·ч" written with its dot. */
static const struct case_ energy[] = {
	{ "In 2023 the wind farms supplied 800 million kWh to the grid.",
	  20240101, { "2023|level|800|million kWh||" } },
	{ "В 2023 году выработка составила 120 млн кВт·ч.", 20240101,
	  { "2023|level|120|млн кВт·ч||" } },
	{ "В 2023 году парк потребил 35 млн кВт ч электроэнергии.", 20240101,
	  { "2023|level|35|млн кВт·ч||" } },
	{ "In 2023 the plant used 40 MWh.", 20240101,
	  { "2023|level|40|MWh||" } },
};

CASES_TEST(test_energy, energy)

/* A share said as "one X in N" or "every Nth" ("каждый четвёртый",
 * "каждая пятая"): 100/N percent; "every second month" is how often. */
static const struct case_ every_nth[] = {
	{ "In 2023 one technopark in four was run by a university.", 20240101,
	  { "2023|level|25|%||" } },
	{ "In 2022 the cluster employed every fourth working resident of the "
	  "town.", 20240101, { "2022|level|25|%||" } },
	{ "В 2022 году в кластере работал каждый четвёртый житель города.",
	  20240101, { "2022|level|25|%||" } },
	{ "В 2023 году каждая пятая компания парка экспортировала продукцию.",
	  20240101, { "2023|level|20|%||" } },
	{ "In 2023 one resident in ten came from abroad.", 20240101,
	  { "2023|level|10|%||" } },
	{ "The board meets every second month.", 20240101, { NULL } },
};

CASES_TEST(test_every_nth, every_nth)

/* A bare "тыс." takes its noun from before it in the sentence ("жителей
 * ... 5,5 тыс.", "людей") or from the interviewer's question, also one
 * that is only its noun ("Рабочие места?", "And jobs?"). */
static const struct case_ noun_before[] = {
	{ "В 2021 году жителей в городе было уже порядка 5,5 тыс.", 20211001,
	  { "2021|level|5.5|тыс. человек|about|" } },
	{ "В 2022 году людей в парке работало около 2 тыс.", 20230101,
	  { "2022|level|2|тыс. человек|about|" } },
	{ "Итоги 2022 года.\n\n— Рабочие места?\n— Создано около трёх тысяч.",
	  20220601, { "2022|level|3|тыс. рабочих мест|about|" } },
	{ "Results of 2022.\n\nQ: And jobs?\nA: About 4 thousand.", 20220601,
	  { "2022|level|4|thousand jobs|about|" } },
	{ "Итоги 2022 года.\n\n— А сколько людей у вас работает?\n— Порядка "
	  "полутора тысяч.", 20220601,
	  { "2022|level|1.5|тыс. человек|about|" } },
};

CASES_TEST(test_noun_before, noun_before)

/* Tables flattened to "Label: value": the label names the unit, its
 * currency's scale included ("RUB m", "млн руб.", "USD bn"). */
static const struct case_ labels[] = {
	{ "Resident revenue, RUB m: 8,400.", 20211231,
	  { "2021|level|8400|million rubles||" } },
	{ "Выручка резидентов, млн руб.: 8 400.", 20211231,
	  { "2021|level|8400|млн рублей||" } },
	{ "Investment, USD bn: 1.2.", 20211231,
	  { "2021|level|1.2|billion USD||" } },
};

CASES_TEST(test_labels, labels)

/* "Residents: 74 (62)", "Occupancy: 93% (88%)": a bracket holding a
 * lone number gives the earlier value, so the label's unit reaches the
 * number before it (its period is the period rules' business). A
 * bracket of words does not. */
static void test_lone_bracket(void **state)
{
	static const struct { const char *text; bool earlier; } cs[] = {
		{ "Residents: 74 (62)", true },
		{ "Occupancy of office space: 93% (88%)", true },
		{ "Резиденты: 74 (62)", true },
		{ "Residents: 74 (see the annex)", false },
	};
	size_t k;
	int i, bad = 0;

	(void)state;
	for (k = 0; k < GS_ARRAY_LEN(cs); k++) {
		struct xdoc d;

		memset(&d, 0, sizeof(d));
		xdoc_build(&d, cs[k].text, strlen(cs[k].text));
		for (i = 0; i < d.s[0].nt && strcmp(d.s[0].t[i].w, "("); i++)
			;
		if (i == d.s[0].nt || xu_bare(&d.s[0], i) != cs[k].earlier) {
			print_error("\"%s\": bracket not read\n", cs[k].text);
			bad++;
		}
		xdoc_free(&d);
	}
	assert_int_equal(bad, 0);
}

/* A Russian number said in parts: "6 тыс. 300 человек" = 6,300 people,
 * "1 млн 200 тыс. рублей" = 1,200 thousand rubles, "2 млрд 500 млн" =
 * 2,500 million; the part after the scale is smaller than the scale. */
static const struct case_ in_parts[] = {
	{ "В 2022 году численность работников составила 6 тыс. 300 человек.",
	  20230101, { "2022|level|6300|человек||" } },
	{ "В 2022 году бюджет составил 1 млн 200 тыс. рублей.", 20230101,
	  { "2022|level|1200|тыс. рублей||" } },
	{ "В 2022 году инвестиции достигли 2 млрд 500 млн рублей.", 20230101,
	  { "2022|level|2500|млн рублей||" } },
	{ "В 2022 году в парке работали 1 тыс. 45 человек.", 20230101,
	  { "2022|level|1045|человек||" } },
};

CASES_TEST(test_in_parts, in_parts)

/* Numbers in words with "and" after the hundreds ("a hundred and
 * twenty", "two hundred and five"), the qualifier before "a" ("about a
 * hundred and twenty"), and a unit glued to its number as an adjective
 * in the singular ("a 12,000-tonne line"). */
static const struct case_ words_and[] = {
	{ "In 2022 the park plans to hire about a hundred and twenty people.",
	  20230101, { "2022|level|120|jobs|about|" } },
	{ "In 2022 the cluster had two hundred and five members.", 20230101,
	  { "2022|level|205|members||" } },
	{ "In 2022 the zone had almost a hundred residents.", 20230101,
	  { "2022|level|100|companies|almost|" } },
	{ "In 2022 the company opened a 12,000-tonne line for additives.",
	  20230101, { "2022|level|12000|tonnes||" } },
};

CASES_TEST(test_words_and, words_and)

/* A thousand said alone after "до" ("должно вырасти до тысячи") and a
 * share hyphenated after "one" ("about one-third", "nearly one-quarter"). */
static const struct case_ alone_words[] = {
	{ "В 2022 году число рабочих мест выросло до тысячи.", 20230101,
	  { "2022|level|1000|рабочих мест||" } },
	{ "About one-third of output was exported in 2022.", 20230101,
	  { "2022|level|33.3|%|about|" } },
	{ "In 2022 nearly one-quarter of residents were foreign.", 20230101,
	  { "2022|level|25|%|almost|" } },
};

CASES_TEST(test_alone_words, alone_words)

/* Times shorter than a month are no figures, as years and months are
 * not: "two weeks longer", "14 days", "три недели", "за 10 дней"; a count
 * after them stays. */
static const struct case_ short_times[] = {
	{ "In 2024 the season ran two weeks longer than in 2023.", 20240301,
	  { NULL } },
	{ "The works will take 14 days.", 20240301, { NULL } },
	{ "Ремонт займёт три недели.", 20240301, { NULL } },
	{ "За 10 дней в 2024 году парк принял 3 новых резидентов.", 20240301,
	  { "2024|level|3|компаний||" } },
};

CASES_TEST(test_short_times, short_times)

/* A count named right before a dash, as report lists write it:
 * "построено судов — 11", "спущено на воду катеров — 6"; a known count keeps
 * its form ("резидентов — 45"). */
static const struct case_ dash_nouns[] = {
	{ "В 2022 году построено судов — 11.", 20230301,
	  { "2022|level|11|судов||" } },
	{ "В 2022 году спущено на воду катеров — 6.", 20230301,
	  { "2022|level|6|катеров||" } },
	{ "В 2022 году резидентов — 45.", 20230301,
	  { "2022|level|45|компаний||" } },
};

CASES_TEST(test_dash_nouns, dash_nouns)

/* A fifth or a tenth more, as a quarter or a third more; a part of a
 * sum said before as "N of which" takes the sum's unit. */
static const struct case_ fifths[] = {
	{ "Residents shipped goods worth 1.9 billion roubles in 2022, a fifth "
	  "more than in 2021.", 20230301,
	  { "2022|level|1.9|billion rubles||", "2022|percent|20|%||2021" } },
	{ "In 2022 output fell by a tenth.", 20230301,
	  { "2022|percent|-10|%||2021" } },
	{ "In 2022 the fund backed 900 projects, over 700 of which have "
	  "already launched production.", 20230301,
	  { "2022|level|900|projects||", "2022|level|700|projects|over|" } },
	{ "In 2022 the park trained 300 engineers, 120 of whom were hired "
	  "by residents.", 20230301,
	  { "2022|level|300|engineers||", "2022|level|120|engineers||" } },
};

CASES_TEST(test_fifths, fifths)

/* A count named by "число X" between a figure and the next number is
 * the next number's unit, not the figure before's, also when the next
 * number is dated again: "не ниже 85%; число резидентов на 31 декабря
 * 2023 года — не меньше 350", "80%; the number of residents on 31
 * December 2023 was 120". */
static const struct case_ number_of_next[] = {
	{ "Условия: загрузка площадей на 1 июля 2023 года не ниже 85%; число "
	  "резидентов на 31 декабря 2023 года — не меньше 350.", 20230301,
	  { "2023-07-01|level|85|%|at_least|",
	    "2023-12-31|level|350|компаний|at_least|" } },
	{ "Occupancy on 1 July 2023 was 80%; the number of residents on 31 "
	  "December 2023 was 120.", 20240301,
	  { "2023-07-01|level|80|%||", "2023-12-31|level|120|companies||" } },
};

CASES_TEST(test_number_of_next, number_of_next)

/* A fact sheet's label names the count: "Hotel rooms: 1,050", "Lifts in
 * operation: 7", "• Charging points: 40"; a known count in the label
 * still wins ("Jobs created by residents: 1,180" are jobs). */
static const struct case_ label_nouns[] = {
	{ "Fact sheet, 2023\n\nHotel rooms: 1,050\n", 20231231,
	  { "2023|level|1050|rooms||" } },
	{ "Fact sheet, 2023\n\nLifts in operation: 7\n", 20231231,
	  { "2023|level|7|lifts||" } },
	{ "Fact sheet, 2023\n\n• Charging points: 40\n", 20231231,
	  { "2023|level|40|points||" } },
	{ "Fact sheet, 2023\n\nJobs created by residents: 1,180\n", 20231231,
	  { "2023|level|1180|jobs||" } },
};

CASES_TEST(test_label_nouns, label_nouns)

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_members_are_firms),
		cmocka_unit_test(test_member_rows),
		cmocka_unit_test(test_floors),
		cmocka_unit_test(test_energy),
		cmocka_unit_test(test_every_nth),
		cmocka_unit_test(test_noun_before),
		cmocka_unit_test(test_labels),
		cmocka_unit_test(test_lone_bracket),
		cmocka_unit_test(test_in_parts),
		cmocka_unit_test(test_words_and),
		cmocka_unit_test(test_alone_words),
		cmocka_unit_test(test_short_times),
		cmocka_unit_test(test_dash_nouns),
		cmocka_unit_test(test_fifths),
		cmocka_unit_test(test_number_of_next),
		cmocka_unit_test(test_label_nouns),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
