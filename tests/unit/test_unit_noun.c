/*
** test_unit_noun.c: a count is one count in every case and number and
** whatever words qualify it (series/unit.c, series/unit_noun.c): unit
** identity of count nouns, and dimensions stored before counts had one
** form. Expected dimensions are worked out by hand from the rule.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "series/parse.h"

/* A count is one count in every case and number and whatever words
 * qualify it: every input of a group has the dimension want (worked out
 * by hand: a Russian noun without its case ending, an English one in the
 * plural, a form of a known count that count). */
struct noun_case {
	const char *want;
	const char *in[8];
};

static const struct noun_case noun_forms[] = {
	{ "count:технопарк", { "технопарков", "технопарка", "технопарк",
	  "Технопарки", "технопарками", NULL } },
	{ "count:корпус", { "корпусов", "корпуса", "корпус", "новых корпуса",
	  NULL } },
	{ "count:зон", { "зон", "зоны", "зона", "особых экономических зон",
	  "особые экономические зоны", "особой экономической зоны", NULL } },
	{ "count:площадк", { "площадок", "площадки", "площадка", NULL } },
	{ "count:лаборатор", { "лабораторий", "лаборатории", "лаборатория",
	  NULL } },
	{ "count:zones", { "zones", "zone", "special economic zones", NULL } },
	{ "count:technoparks", { "technoparks", "technopark", NULL } },
	{ "count:parks", { "industrial parks", "industrial park", "parks",
	  NULL } },
	{ "count:facilities", { "facilities", "facility", NULL } },
	{ "count:applications", { "patent applications",
	  "international patent applications", NULL } },
	{ "count:companies", { "компания", "резидента", "резидентам",
	  "new companies", NULL } },
	/* a park's investors are the firms that come */
	{ "count:companies", { "инвесторов", "инвестора", "новых инвесторов",
	  "investors", "investor", NULL } },
	{ "count:persons", { "IT specialists", "specialists", "inhabitants",
	  "специалистов", "жителей", NULL } },
	/* trades count people (round 13 of issue 16) */
	{ "count:persons", { "welders", "welder", "maintenance electricians",
	  "engineers", "drivers", NULL } },
	{ "count:persons", { "швей", "сварщиков", "водителей", NULL } },
	/* operators, loaders and students too (round 14) */
	{ "count:persons", { "press operators", "loaders", "college students",
	  "операторов", "студентов", NULL } },
	{ "count:jobs", { "new jobs", "рабочего места", NULL } },
	/* a vacancy is a job not yet filled (round 14) */
	{ "count:jobs", { "vacancies", "vacancy", "вакансий", "вакансии",
	  "open vacancies", NULL } },
	/* visitors and tourists are people; a herd counts head (round 14) */
	{ "count:persons", { "visitors", "visitor", "tourists", "туристов",
	  "посетителей", NULL } },
	{ "count:head", { "голов", "коров", "cows", "head", NULL } },
	/* "кубов" is spoken for cubic metres */
	{ "volume", { "кубов", "кубометра", "кубометров", "m3", NULL } },
	/* "мест" alone is no job: only the whole key "рабочих мест" is */
	{ "count:мест", { "посадочных мест", NULL } },
};

/* Every input of every group, each failure printed, then one verdict. */
static void test_unit_parse_count_noun_forms(void **state)
{
	size_t i, j;
	int bad = 0;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(noun_forms); i++)
		for (j = 0; noun_forms[i].in[j] != NULL; j++) {
			const char *in = noun_forms[i].in[j], *why = NULL;
			struct gs_unit u;

			if (unit_parse(in, &u, &why) == 0 &&
			    strcmp(u.dim, noun_forms[i].want) == 0)
				continue;
			print_error("unit_parse(\"%s\") is %s, want %s\n", in,
				    why ? why : u.dim, noun_forms[i].want);
			bad++;
		}
	assert_int_equal(bad, 0);
}

/* Dimensions stored before counts had one form still take new figures:
 * "count:тракторов" and "count:трактор" measure one thing. */
static void test_unit_dim_same_across_noun_forms(void **state)
{
	(void)state;
	assert_true(unit_dim_same("count:тракторов", "count:трактор"));
	assert_true(unit_dim_same("count:hospital_beds", "count:beds"));
	assert_true(unit_dim_same("count:tractors", "count:tractors"));
	assert_true(unit_dim_same("currency:RUB", "currency:RUB"));
	assert_false(unit_dim_same("count:jobs", "count:persons"));
	/* a series stored with vacancies takes jobs, and the other way */
	assert_true(unit_dim_same("count:vacancies", "count:jobs"));
	assert_true(unit_dim_same("count:jobs", "count:вакансий"));
	assert_false(unit_dim_same("count:технопарков", "count:корпусов"));
	assert_false(unit_dim_same("currency:RUB", "currency:USD"));
	assert_false(unit_dim_same("count:rub", "currency:RUB"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_unit_parse_count_noun_forms),
		cmocka_unit_test(test_unit_dim_same_across_noun_forms),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
