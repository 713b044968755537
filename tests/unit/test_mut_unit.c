/*
** test_mut_unit.c: cases that kill mutants of the unit parser
** (series/unit.c, series/unit_noun.c; tests/mutate/) which every earlier
** test let live: every scale word and measure word test_parse.c leaves
** out, each with the factor its meaning gives (a kilowatt is 1e3 W, a
** hectare 1e4 m², "тысячи" a thousand), and the scale words that must not
** stand before a share.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "series/parse.h"

#define NBSP "\xc2\xa0"
#define W57 "aaaaaaaaaaaaaa bbbbbbbbbbbbbb cccccccccccccc dddddddddddd"
#define W57SYM "aaaaaaaaaaaaaa bbbbbbbbbbbbbb cccccccccccccc dd"

/* Every input in in[] (NULL-terminated) must give { dim, factor, sym }. */
struct unit_case {
	const char *dim;
	double factor;
	const char *sym;
	const char *in[12];
};

static const struct unit_case units[] = {
	{ "currency:RUB", 1, "RUB", { "ruble", "rouble", "RUR", "рубля",
	  "рубль", "рубли", "р.", NULL } },
	{ "currency:USD", 1, "USD", { "usd", "US$", "dollar", "US dollars",
	  "долл.", "долл. США", "доллар", "доллара", "долларов США",
	  NULL } },
	{ "currency:EUR", 1, "EUR", { "eur", "euro", "евро", NULL } },
	{ "currency:CNY", 1, "CNY", { "CNY", "yuan", "юаней", "юань", "юаня",
	  NULL } },
	{ "area", 1, "m²", { "sqm", "square meter", "square metre", "кв. м",
	  "кв. метров", "кв. метра", "квадратных метра", "квадратный метр",
	  NULL } },
	{ "area", 1e4, "m²", { "hectare", "гектаров", "гектара", "гектар",
	  NULL } },
	{ "area", 1e6, "m²", { "km2", "square kilometers",
	  "square kilometres", "кв. км", "км2", NULL } },
	{ "length", 1e3, "m", { "kilometres", "kilometers", "км",
	  "километров", "kilometre", NULL } },
	{ "length", 1e6, "m", { "тыс. километров", "тыс. километра", NULL } },
	{ "volume", 1, "m³", { "cubic meters", "cubic metres", "куб. м", "м³",
	  "м3", "кубометров", "кубометра", NULL } },
	{ "mass", 1, "kg", { "кг", "kilograms", NULL } },
	{ "mass", 1e3, "kg", { "tonne", "tons", "ton", "metric tons",
	  "тонны", "тонна", NULL } },
	{ "power", 1e3, "W", { "kW", "кВт", NULL } },
	{ "power", 1e6, "W", { "МВт", NULL } },
	{ "power", 1e9, "W", { "GW", "ГВт", NULL } },
	{ "energy", 1e3, "Wh", { "kWh", "кВт·ч", "кВт ч", NULL } },
	{ "energy", 1e6, "Wh", { "MWh", "МВт·ч", "МВт ч", NULL } },
	{ "energy", 1e9, "Wh", { "GWh", "ГВт·ч", "ГВт ч", NULL } },
	{ "energy", 1e12, "Wh", { "млрд кВт·ч", NULL } },
	{ "percent", 1, "%", { "per cent", "процента", "процент", "проц.",
	  NULL } },
	{ "pp", 1, "pp", { "p. p.", "percentage points", "percentage point",
	  "п. п.", "процентных пунктов", "процентного пункта", NULL } },
	{ "ratio", 1, "×", { "раза", NULL } },
	{ "", 1e3, "", { "тысячи", "тысяча", NULL } },
	{ "", 1e6, "", { "millions", "mio", "миллион", "миллиона",
	  "миллионов", NULL } },
	{ "", 1e9, "", { "billions", "миллиарда", NULL } },
	{ "", 1e12, "", { "trillions", "trn", "триллион", "триллиона",
	  "триллионов", NULL } },
	{ "currency:RUB", 1e3, "RUB", { "тысячи рублей", "тысяча рублей",
	  NULL } },
	{ "currency:RUB", 1e6, "RUB", { "млн рублях", NULL } },
	/* U15: an unknown unit of four words is a count of its last one */
	{ "count:zones", 1, "new special economic zones",
	  { "new special economic zones", NULL } },
	/* U23: 57 bytes, "count:" and the NUL fill the 64-byte dimension
	 * field; the symbol keeps its first 47 bytes */
	{ "count:dddddddddddds", 1, W57SYM, { W57, NULL } },
};

static void test_units_by_meaning(void **state)
{
	size_t i, j;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(units); i++) {
		for (j = 0; units[i].in[j] != NULL; j++) {
			struct gs_unit u;
			const char *why = NULL;
			const char *in = units[i].in[j];

			print_message("unit '%s'\n", in);
			assert_int_equal(unit_parse(in, &u, &why), 0);
			assert_string_equal(u.dim, units[i].dim);
			assert_true(u.factor == units[i].factor);
			assert_string_equal(u.sym, units[i].sym);
		}
	}
}

/* U13, U14: no scale word before or after a share or a multiple; no
 * unit longer than its dimension field */
static void test_no_scale_on_shares(void **state)
{
	static const char *const bad[] = {
		"thousand pp", "млн п.п.", "тыс. процентов", "% bn",
		"pp bn", "times mn", "раз млн",
		/* U17: no measure word inside an unknown count */
		"hospital rubles", "parking hectares",
		W57 "d", /* U23: one byte more than the dimension holds */
	};
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(bad); i++) {
		struct gs_unit u;
		const char *why = NULL;

		print_message("unit '%s'\n", bad[i]);
		assert_int_equal(unit_parse(bad[i], &u, &why), -1);
		assert_non_null(why);
	}
}

/* Forms of one count noun, and the dimension all of them give: README
 * "a count is one count in every case and number". */
struct noun_case {
	const char *dim;
	const char *in[6];
};

static const struct noun_case nouns[] = {
	/* N02: a fleeting vowel goes only from a stem of four letters */
	{ "count:док", { "док", "доков", "дока", "доки", NULL } },
	{ "count:площадк", { "площадок", "площадкам", NULL } },
	/* N04, N05: English plurals after a vowel and y, ch, sh, x */
	{ "count:days", { "day", "days", NULL } },
	{ "count:surveys", { "survey", "surveys", NULL } },
	{ "count:batches", { "batch", "batches", NULL } },
	{ "count:brushes", { "brush", "brushes", NULL } },
	{ "count:boxes", { "box", "boxes", NULL } },
	{ "count:months", { "month", "months", NULL } },
};

/* A defect the mutants showed (N01, fixed by the lead): a noun of three
 * letters kept its ending, so "оси" and "осей" (railway axles) were two
 * counts, count:оси and count:осе. Any one form will do: the forms must
 * agree. */
static const char *const short_noun[] = { "оси", "осей", "осям", NULL };

static void check_nouns(const struct noun_case *c, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; c[i].in[j] != NULL; j++) {
			struct gs_unit u;
			const char *why = NULL;

			print_message("count '%s'\n", c[i].in[j]);
			assert_int_equal(unit_parse(c[i].in[j], &u, &why), 0);
			assert_string_equal(u.dim, c[i].dim);
		}
	}
}

static void test_count_nouns_one_form(void **state)
{
	(void)state;
	check_nouns(nouns, GS_ARRAY_LEN(nouns));
}

static void test_short_nouns_one_form(void **state)
{
	char first[sizeof(((struct gs_unit *)0)->dim)];
	struct gs_unit u;
	const char *why = NULL;
	size_t i;

	(void)state;
	for (i = 0; short_noun[i] != NULL; i++) {
		print_message("count '%s'\n", short_noun[i]);
		assert_int_equal(unit_parse(short_noun[i], &u, &why), 0);
		if (i == 0)
			memcpy(first, u.dim, sizeof(first));
		assert_string_equal(u.dim, first);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_units_by_meaning),
		cmocka_unit_test(test_no_scale_on_shares),
		cmocka_unit_test(test_count_nouns_one_form),
		cmocka_unit_test(test_short_nouns_one_form),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
