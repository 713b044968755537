/*
** test_parse.c: table-driven unit tests of the field parsers (values, units,
** qualifiers, kinds, periods, dates) and of the names and canonical texts of
** series/obs.c. Expected values are worked out by hand from the rules.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "series/parse.h"

#define NBSP "\xc2\xa0"      /* U+00A0 no-break space */
#define NNBSP "\xe2\x80\xaf" /* U+202F narrow no-break space */
#define THIN "\xe2\x80\x89"  /* U+2009 thin space */
#define MINUS "\xe2\x88\x92" /* U+2212 minus sign */

/*
** Table tests report every failing case, then fail once at the end:
** BAD() prints a case and counts it, DONE() asserts that none failed.
*/
static int nbad;
#define BAD(...) \
	do { \
		print_error(__VA_ARGS__); \
		print_error("\n"); \
		nbad++; \
	} while (0)
#define DONE() assert_int_equal(nbad, 0)

/* A failure message: present, not empty, no final period. */
static void check_why(const char *fn, const char *in, const char *why)
{
	size_t n;

	if (why == NULL || why[0] == '\0') {
		BAD("%s(\"%s\") failed without a message", fn, in);
		return;
	}
	n = strlen(why);
	if (why[n - 1] == '.')
		BAD("%s(\"%s\"): message ends in a period: %s", fn, in,
		    why);
}

/* ---- values ---- */

struct value_case {
	const char *in;
	double v;
	bool pct;
};

static const struct value_case value_good[] = {
	{ "154", 154, false }, { "0", 0, false }, { "007", 7, false },
	{ "  42  ", 42, false }, { "\t9\t", 9, false }, { "2.8", 2.8, false },
	{ "1.234", 1.234, false }, { "1,234.5", 1234.5, false },
	{ "1,234", 1234, false }, { "12,345", 12345, false },
	{ "123,456", 123456, false }, { "1,234,567", 1234567, false },
	{ "1,234,567.89", 1234567.89, false }, { "2,8", 2.8, false },
	{ "2,75", 2.75, false }, { "1,2345", 1.2345, false },
	{ "0,125", 0.125, false }, { "1234,567", 1234.567, false },
	{ "1 234", 1234, false }, { "1 234,5", 1234.5, false },
	{ "1 234,567", 1234.567, false }, { "1 234.5", 1234.5, false },
	{ "12 345 678", 12345678, false }, { "1" NBSP "234,5", 1234.5, false },
	{ "1" NNBSP "234,5", 1234.5, false }, { "1" THIN "234", 1234, false },
	{ "2" NBSP "500" NBSP "000", 2500000, false },
	{ NBSP "15,5" NBSP, 15.5, false }, { "1.234,5", 1234.5, false },
	{ "1.234.567", 1234567, false }, { "1.234.567,89", 1234567.89, false },
	{ "1'234'567", 1234567, false }, { "-3.5", -3.5, false },
	{ "+10.5", 10.5, false }, { "-3,5", -3.5, false },
	{ MINUS "3,5", -3.5, false }, { "-1 234,5", -1234.5, false },
	{ "5.7%", 5.7, true }, { "5.7 %", 5.7, true }, { "+10,5%", 10.5, true },
	{ "-0,5%", -0.5, true }, { "12" NBSP "%", 12, true },
	{ "1e6", 1e6, false }, { "1E6", 1e6, false }, { "2e+3", 2000, false },
	{ "1.5e-3", 0.0015, false }, { "2,5e3", 2500, false },
	{ "1e308", 1e308, false }, { "-2.5e2%", -250, true },
};

static const char *const value_bad[] = {
	"", "   ", NBSP, "abc", "12x.5", "1..2", "1,,2", "NaN", "nan", "inf",
	"-inf", "Infinity", "%", "-", "+", "+-5", "--5", "1,23,456",
	"12,34,567", "1,2345,678", "1 23", "1 2345", "1234 567", "10 20",
	"0 123", "0,123,456", "1,234 567", "1.234,567.8", "1,234.567,8",
	"1,234,5", "1.234.5", "5.", ".5", "5,", "1,", "1e", "1e+", "e5",
	"5%%", "5 % 3", "% 5", "1-2", "0x10", "1_000", "5 percent", "12\xc2",
	"1" NBSP NBSP "234", "1  234", "\xe2\x88", "4 2",
};

static void test_value_parse_accepts_written_numbers(void **state)
{
	size_t i;

	(void)state;
	nbad = 0;
	for (i = 0; i < GS_ARRAY_LEN(value_good); i++) {
		const struct value_case *c = &value_good[i];
		const char *why = NULL;
		double v = -99;
		bool pct = !c->pct;

		if (value_parse(c->in, &v, &pct, &why) != 0) {
			BAD("value_parse(\"%s\") failed: %s", c->in,
			    why ? why : "(null)");
			continue;
		}
		if (v != c->v || pct != c->pct)
			BAD("value_parse(\"%s\") = %.17g%s, want %.17g%s",
			    c->in, v, pct ? "%" : "", c->v,
			    c->pct ? "%" : "");
	}
	DONE();
}

static void test_value_parse_rejects_garbage(void **state)
{
	size_t i;

	(void)state;
	nbad = 0;
	for (i = 0; i < GS_ARRAY_LEN(value_bad); i++) {
		const char *why = NULL;
		double v = 0;
		bool pct = false;

		if (value_parse(value_bad[i], &v, &pct, &why) == 0) {
			BAD("value_parse(\"%s\") accepted as %.17g",
			    value_bad[i], v);
			continue;
		}
		check_why("value_parse", value_bad[i], why);
	}
	DONE();
}

static void test_value_parse_overflow_is_out_of_range(void **state)
{
	static const char *const in[] = { "1e400", "-1e400", "1.8e308",
					   "2e999999999999" };
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(in); i++) {
		const char *why = NULL;
		double v = 0;

		assert_int_equal(value_parse(in[i], &v, NULL, &why), -1);
		assert_non_null(why);
		assert_string_equal(why, "number out of range");
	}
}

/* A nonzero number that would round to zero or to a subnormal is refused
 * like an overflow (it was stored as 0); true zeros are zero, and the
 * smallest normal number, 2^-1022, is kept exactly. */
static void test_value_parse_underflow_is_out_of_range(void **state)
{
	static const char *const in[] = { "1e-400", "-1e-400", "1e-310",
					   "4.9e-324", "0.5e-320",
					   "2e-999999999999", "1e-308" };
	static const char *const zero[] = { "0", "0.0", "0e5", "-0",
					    "0e-999", "0,000" };
	const char *why;
	double v;
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(in); i++) {
		why = NULL;
		if (value_parse(in[i], &v, NULL, &why) != -1)
			BAD("value_parse(\"%s\") accepted: %g", in[i], v);
		else if (strcmp(why, "number out of range (too close to "
				"zero)") != 0)
			BAD("value_parse(\"%s\"): %s", in[i], why);
	}
	for (i = 0; i < GS_ARRAY_LEN(zero); i++) {
		v = 1;
		if (value_parse(zero[i], &v, NULL, &why) != 0 || v != 0)
			BAD("value_parse(\"%s\") is not 0", zero[i]);
	}
	v = 0;
	assert_int_equal(value_parse("2.2250738585072014e-308", &v, NULL,
				     &why), 0);
	assert_true(v == 0x1p-1022);
	/* Scaled into range by its unit (10^9): normal, kept. */
	assert_int_equal(value_parse_e10("1e-300", 9, &v, NULL, &why), 0);
	assert_true(v == 1e-291);
	/* Scaled out of it. */
	assert_int_equal(value_parse_e10("1e-300", -9, &v, NULL, &why), -1);
	DONE();
}

static void test_value_parse_percent_flag_is_optional(void **state)
{
	const char *why = NULL;
	double v = 0;

	(void)state;
	assert_int_equal(value_parse("5.7%", &v, NULL, &why), 0);
	assert_true(v == 5.7);
	assert_int_equal(value_parse("1 234,5", &v, NULL, &why), 0);
	assert_true(v == 1234.5);
}

/* ---- units ---- */

/* Every input in in[] (NULL-terminated) must give { dim, factor, sym }. */
struct unit_case {
	const char *dim;
	double factor;
	const char *sym;
	const char *in[12];
};

static const struct unit_case unit_good[] = {
	{ "", 1, "", { "", "   ", NULL } },
	{ "currency:RUB", 1e9, "RUB", { "billion rubles", "Billion Rubles",
	  "bn RUB", "bln rub", "млрд рублей", "млрд руб.", "Млрд руб.",
	  "МЛРД РУБ", "млрд. руб.", "миллиардов рублей", NULL } },
	{ "currency:RUB", 1e9, "RUB", { "  billion   rubles  ",
	  "billion" NBSP "rubles", "млрд" NBSP "руб.", "млрд" NNBSP "руб.",
	  NULL } },
	{ "currency:RUB", 1e6, "RUB", { "million rubles", "mln rub", "m RUB",
	  "млн руб", "Млн рублей", NULL } },
	{ "currency:RUB", 1e3, "RUB", { "thousand roubles", "тыс. руб.",
	  "тыс.руб.", NULL } },
	{ "currency:RUB", 1e12, "RUB", { "trillion rubles", "трлн руб.", "trln RUB",
	  NULL } },
	{ "currency:RUB", 1, "RUB", { "rubles", "₽", "руб.", "рублей",
	  NULL } },
	{ "currency:USD", 1, "USD", { "USD", "$", NULL } },
	{ "currency:USD", 1e6, "USD", { "mn USD", "USD m", "million dollars",
	  "млн долларов", "млн долл. США", NULL } },
	{ "currency:USD", 1e9, "USD", { "USD bn", NULL } },
	{ "currency:EUR", 1, "EUR", { "EUR", "€", NULL } },
	{ "currency:EUR", 1e9, "EUR", { "billion euros", NULL } },
	{ "area", 1, "m²", { "m²", "m2", "sq m", "sq. m", "square meters",
	  "square metres", "м²", "м2", "кв. м", "кв.м", "квадратных метров",
	  NULL } },
	{ "area", 1e3, "m²", { "thousand square meters", "тыс. кв. м",
	  "тыс. кв.м", "тыс. м²", NULL } },
	{ "area", 1e6, "m²", { "млн кв. м", "sq km", "km²", "км²", NULL } },
	{ "area", 1e4, "m²", { "hectares", "ha", "га", NULL } },
	{ "area", 1e7, "m²", { "тыс. га", NULL } },
	{ "length", 1, "m", { "m", NULL } },
	{ "length", 1e3, "m", { "km", NULL } },
	{ "mass", 1, "kg", { "kg", NULL } },
	{ "mass", 1e3, "kg", { "t", "tonnes", NULL } },
	{ "mass", 1e6, "kg", { "тыс. тонн", "тыс. т", "thousands of tonnes",
	  "kt", NULL } },
	{ "volume", 1, "m³", { "m3", "m³", "кубов", NULL } },
	{ "power", 1e6, "W", { "MW", NULL } },
	{ "count:packages", 1, "packages", { "packages", "packs", "упаковок",
	  NULL } },
	{ "count:packages", 1e3, "packages", { "тыс. упаковок", NULL } },
	{ "count:packages", 1e6, "packages", { "million packages",
	  "млн упаковок", NULL } },
	{ "count:jobs", 1, "jobs", { "jobs", "workplaces", "рабочих мест",
	  NULL } },
	{ "count:jobs", 1e3, "jobs", { "тыс. рабочих мест", "k jobs", NULL } },
	{ "count:persons", 1, "persons", { "people", "employees", "workers",
	  "человек", "чел.", NULL } },
	{ "count:persons", 1e3, "persons", { "тыс. человек", NULL } },
	{ "count:companies", 1, "companies", { "companies", "enterprises",
	  "manufacturers", "residents", "предприятий", "компаний",
	  "производителей", NULL } },
	{ "count:units", 1, "units", { "units", "pcs", "шт.", NULL } },
	{ "count:units", 1e6, "units", { "млн шт.", NULL } },
	{ "count:beds", 1, "beds", { "beds", NULL } },
	{ "count:projects", 1, "projects", { "projects", NULL } },
	{ "percent", 1, "%", { "%", "percent", "процентов", NULL } },
	{ "pp", 1, "pp", { "p.p.", "п.п.", NULL } },
	{ "ratio", 1, "×", { "times", "x", "fold", "раз", NULL } },
	{ "", 1e3, "", { "thousand", "thousands", "k", "th.", "тыс.", "тыс",
	  "тысяч", NULL } },
	{ "", 1e6, "", { "млн", "million", NULL } },
	{ "", 1e9, "", { "billion", "Млрд", NULL } },
	{ "count:tractors", 1, "tractors", { "tractors", "Tractors",
	  "tractors.", NULL } },
	{ "count:tractors", 1e3, "tractors", { "thousand tractors", NULL } },
	{ "count:beds", 1, "beds", { "hospital beds", NULL } },
	{ "count:machines", 1, "x-ray machines", { "x-ray machines",
	  NULL } },
	{ "count:трактор", 1, "тракторов", { "тракторов", "Тракторов",
	  NULL } },
	{ "count:трактор", 1e3, "тракторов", { "тыс. тракторов", NULL } },
	/* 14 Cyrillic letters, 28 bytes: fits the 48-byte symbol whole */
	{ "count:электромобил", 1, "электромобилей", { "электромобилей",
	  NULL } },
};

static const char *const unit_bad[] = {
	"12 rubles", "rub5", "m2x3", "a b c d e", "one two three four five",
	"beds\x01", "beds\n", "\x7f", "\xff", "руб\xd0",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
	/* 4 words, but 6 + 83 bytes do not fit the 64-byte dimension */
	"abcdefghijabcdefghij abcdefghijabcdefghij abcdefghijabcdefghij "
	"abcdefghijabcdefghij", "thousand million",
	"million thousand rubles", "billion %", "thousand times", "млн %",
	"rubles per year", "@#!", "km/h", "beds (hospital)", "m m m m m",
};

static void check_unit(const struct unit_case *c, const char *in)
{
	struct gs_unit u;
	const char *why = NULL;

	memset(&u, 0x55, sizeof(u));
	if (unit_parse(in, &u, &why) != 0) {
		BAD("unit_parse(\"%s\") failed: %s", in, why ? why : "(null)");
		return;
	}
	if (strcmp(u.dim, c->dim) != 0 || u.factor != c->factor ||
	    strcmp(u.sym, c->sym) != 0)
		BAD("unit_parse(\"%s\") = {\"%s\", %g, \"%s\"}, "
		    "want {\"%s\", %g, \"%s\"}", in, u.dim, u.factor, u.sym,
		    c->dim, c->factor, c->sym);
}

static void test_unit_parse_known_units_and_scales(void **state)
{
	size_t i, j;

	(void)state;
	nbad = 0;
	for (i = 0; i < GS_ARRAY_LEN(unit_good); i++)
		for (j = 0; unit_good[i].in[j] != NULL; j++)
			check_unit(&unit_good[i], unit_good[i].in[j]);
	DONE();
}

static void test_unit_parse_rejects_garbage(void **state)
{
	size_t i;

	(void)state;
	nbad = 0;
	for (i = 0; i < GS_ARRAY_LEN(unit_bad); i++) {
		struct gs_unit u;
		const char *why = NULL;

		if (unit_parse(unit_bad[i], &u, &why) == 0) {
			BAD("unit_parse(\"%s\") accepted as {\"%s\", %g}",
			    unit_bad[i], u.dim, u.factor);
			continue;
		}
		check_why("unit_parse", unit_bad[i], why);
	}
	DONE();
}

/* ---- qualifiers and kinds ---- */

/* Every input in in[] (NULL-terminated) must give want. */
struct enum_case {
	int want;
	const char *in[16];
};

static const struct enum_case qual_good[] = {
	{ GS_QUAL_NONE, { "", "  ", "exactly", NULL } },
	{ GS_QUAL_OVER, { "over", "Over", "OVER", " over ", "more than",
	  "More  Than", "above", ">", "более", "Более", "свыше", "Свыше",
	  "больше", NULL } },
	{ GS_QUAL_AT_LEAST, { "at least", "at_least", "At Least",
	  "no less than", "not less than", ">=", "не менее", "Не менее",
	  "не" NBSP "менее", "не меньше", NULL } },
	{ GS_QUAL_ABOUT, { "about", "approximately", "approx.", "approx",
	  "around", "roughly", "some", "~", "около", "Около", "ОКОЛО",
	  "порядка", "примерно", "приблизительно", NULL } },
	{ GS_QUAL_UP_TO, { "up to", "up_to", "Up To", "as many as", "<=",
	  "до", "До", NULL } },
	{ GS_QUAL_UNDER, { "under", "less than", "below", "<", "менее",
	  "меньше", "Менее", NULL } },
	{ GS_QUAL_ALMOST, { "almost", "nearly", "Nearly", "почти", "ПОЧТИ",
	  NULL } },
};

static const char *const qual_bad[] = {
	"maybe", "over over", "overly", "more", "at", "-", "=", "=>",
	"about about", "10", "less", "не", "около 5", "up", "under\x01",
	"approximatelyapproximatelyapproximatelyapproximatelyapproximately",
};

static const struct enum_case kind_good[] = {
	{ GS_KIND_NONE, { "", NULL } },
	{ GS_KIND_LEVEL, { "level", "Level", "stock", NULL } },
	{ GS_KIND_FLOW, { "flow", "sum", "total", NULL } },
	{ GS_KIND_MULTIPLE, { "multiple", "ratio", "times", "fold", NULL } },
	{ GS_KIND_PERCENT, { "percent", "pct", "pct_change", "change",
	  NULL } },
	{ GS_KIND_TARGET, { "target", "TARGET", "goal", NULL } },
	{ GS_KIND_PLAN, { "plan", " plan ", NULL } },
};

static const char *const kind_bad[] = {
	"levels", "foo", "percentage", "level flow", "1", "plan!", "none",
};

static void check_enum_cases(const char *fn,
			     int (*parse)(const char *, int *, const char **),
			     const struct enum_case *c, size_t n)
{
	size_t i, j;

	for (i = 0; i < n; i++) {
		for (j = 0; c[i].in[j] != NULL; j++) {
			const char *in = c[i].in[j], *why = NULL;
			int got = -1;

			if (parse(in, &got, &why) != 0)
				BAD("%s(\"%s\") failed: %s", fn, in,
				    why ? why : "(null)");
			else if (got != c[i].want)
				BAD("%s(\"%s\") = %d, want %d", fn, in, got,
				    c[i].want);
		}
	}
}

static int qual_int(const char *s, int *v, const char **why)
{
	enum gs_qual q;
	int rc = qual_parse(s, &q, why);

	*v = rc == 0 ? (int)q : -1;
	return rc;
}

static int kind_int(const char *s, int *v, const char **why)
{
	enum gs_kind k;
	int rc = kind_parse(s, &k, why);

	*v = rc == 0 ? (int)k : -1;
	return rc;
}

static void check_enum_bad(const char *fn,
			   int (*parse)(const char *, int *, const char **),
			   const char *const *in, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		const char *why = NULL;
		int got;

		if (parse(in[i], &got, &why) == 0) {
			BAD("%s(\"%s\") accepted as %d", fn, in[i], got);
			continue;
		}
		check_why(fn, in[i], why);
	}
}

static void test_qual_parse_english_and_russian(void **state)
{
	(void)state;
	nbad = 0;
	check_enum_cases("qual_parse", qual_int, qual_good,
			 GS_ARRAY_LEN(qual_good));
	DONE();
}

static void test_qual_parse_rejects_unknown_words(void **state)
{
	(void)state;
	nbad = 0;
	check_enum_bad("qual_parse", qual_int, qual_bad,
		       GS_ARRAY_LEN(qual_bad));
	DONE();
}

static void test_kind_parse_names_and_synonyms(void **state)
{
	(void)state;
	nbad = 0;
	check_enum_cases("kind_parse", kind_int, kind_good,
			 GS_ARRAY_LEN(kind_good));
	DONE();
}

static void test_kind_parse_rejects_unknown_words(void **state)
{
	(void)state;
	nbad = 0;
	check_enum_bad("kind_parse", kind_int, kind_bad,
		       GS_ARRAY_LEN(kind_bad));
	DONE();
}

/* ---- periods and dates ---- */

struct period_case {
	const char *in;
	int32_t start;
	int32_t end;
	enum gs_prec prec;
};

static const struct period_case period_good[] = {
	{ "", 0, 0, GS_PREC_NONE },
	{ "   ", 0, 0, GS_PREC_NONE },
	{ "2024", 20240101, 20241231, GS_PREC_YEAR },
	{ " 2024 ", 20240101, 20241231, GS_PREC_YEAR },
	{ "0001", 10101, 11231, GS_PREC_YEAR },
	{ "9999", 99990101, 99991231, GS_PREC_YEAR },
	{ "2024-H1", 20240101, 20240630, GS_PREC_HALF },
	{ "2024H2", 20240701, 20241231, GS_PREC_HALF },
	{ "2024-h2", 20240701, 20241231, GS_PREC_HALF },
	{ "2024-Q1", 20240101, 20240331, GS_PREC_QUARTER },
	{ "2024-Q2", 20240401, 20240630, GS_PREC_QUARTER },
	{ "2024-Q3", 20240701, 20240930, GS_PREC_QUARTER },
	{ "2024Q3", 20240701, 20240930, GS_PREC_QUARTER },
	{ "2024-q3", 20240701, 20240930, GS_PREC_QUARTER },
	{ "2024Q4", 20241001, 20241231, GS_PREC_QUARTER },
	{ "2025-08", 20250801, 20250831, GS_PREC_MONTH },
	{ "2025-04", 20250401, 20250430, GS_PREC_MONTH },
	{ "2024-02", 20240201, 20240229, GS_PREC_MONTH },
	{ "2023-02", 20230201, 20230228, GS_PREC_MONTH },
	{ "1900-02", 19000201, 19000228, GS_PREC_MONTH },
	{ "2000-02", 20000201, 20000229, GS_PREC_MONTH },
	{ "2025-08-15", 20250815, 20250815, GS_PREC_DAY },
	{ "20250815", 20250815, 20250815, GS_PREC_DAY },
	{ "2024-02-29", 20240229, 20240229, GS_PREC_DAY },
	{ "20000229", 20000229, 20000229, GS_PREC_DAY },
	{ "9999-12-31", 99991231, 99991231, GS_PREC_DAY },
	{ "2025-01..2025-08", 20250101, 20250831, GS_PREC_MONTH },
	{ "2020..2024", 20200101, 20241231, GS_PREC_YEAR },
	{ "2024-Q3..2025-08", 20240701, 20250831, GS_PREC_MONTH },
	{ "2024..2024-03", 20240101, 20240331, GS_PREC_MONTH },
	{ "2024-H1..2024-Q3", 20240101, 20240930, GS_PREC_QUARTER },
	{ "2024-Q3..2024-Q3", 20240701, 20240930, GS_PREC_QUARTER },
	{ "2025-08-01..2025-08-15", 20250801, 20250815, GS_PREC_DAY },
	{ "20250101..20250131", 20250101, 20250131, GS_PREC_DAY },
	{ "2024-06..2024-06-15", 20240601, 20240615, GS_PREC_DAY },
	{ "2024 .. 2025", 20240101, 20251231, GS_PREC_YEAR },
	{ "2023-H2..2024-02", 20230701, 20240229, GS_PREC_MONTH },
};

static const char *const period_bad[] = {
	"0000", "0000-01", "10000", "24", "abcd", "2024x", "2024-08x",
	"2024-13", "2024-00", "2024-8", "2024-08-1", "2024/08", "2024--08",
	"2025-02-30", "2023-02-29", "1900-02-29", "2024-04-31", "2024-01-00",
	"2024-01-32", "20251301", "20250230", "20230229", "202508",
	"2024-Q5", "2024-Q0", "2024-Q", "2024-Q12", "2024-H3", "2024-H0",
	"2024-H", "2024-Q3-01", "2024..", "..2024", "..", "2024...2025",
	"2024..2025..2026", "2025-08..2025-07", "2025..2024",
	"2024-Q3..2024-Q2", "2024 2025", "+2024", "-2024", "2024-",
	"2024..x", "Q3 2024",
};

static void test_period_parse_all_forms_and_ranges(void **state)
{
	size_t i;

	(void)state;
	nbad = 0;
	for (i = 0; i < GS_ARRAY_LEN(period_good); i++) {
		const struct period_case *c = &period_good[i];
		struct gs_period p = { -1, -1, GS_PREC_NONE };
		const char *why = NULL;

		if (period_parse(c->in, &p, &why) != 0) {
			BAD("period_parse(\"%s\") failed: %s", c->in,
			    why ? why : "(null)");
			continue;
		}
		if (p.start != c->start || p.end != c->end ||
		    p.prec != c->prec)
			BAD("period_parse(\"%s\") = %ld..%ld %s, want "
			    "%ld..%ld %s", c->in, (long)p.start,
			    (long)p.end, prec_name(p.prec),
			    (long)c->start, (long)c->end,
			    prec_name(c->prec));
	}
	DONE();
}

static void test_period_parse_rejects_bad_periods(void **state)
{
	size_t i;

	(void)state;
	nbad = 0;
	for (i = 0; i < GS_ARRAY_LEN(period_bad); i++) {
		struct gs_period p = { 0, 0, GS_PREC_NONE };
		const char *why = NULL;

		if (period_parse(period_bad[i], &p, &why) == 0) {
			BAD("period_parse(\"%s\") accepted as %ld..%ld",
			    period_bad[i], (long)p.start, (long)p.end);
			continue;
		}
		check_why("period_parse", period_bad[i], why);
	}
	DONE();
}

static void test_date_parse_single_days_only(void **state)
{
	static const struct { const char *in; int32_t want; } good[] = {
		{ "2025-08-15", 20250815 }, { "20250815", 20250815 },
		{ " 2025-08-15 ", 20250815 }, { "2024-02-29", 20240229 },
		{ "20000229", 20000229 }, { "0001-01-01", 10101 },
	};
	static const char *const bad[] = {
		"", "2025-08", "2025", "2025-Q3", "2025-H1", "2023-02-29",
		"2025-08-15..2025-08-16", "2025-8-15", "15.08.2025",
		"2025-08-15T00:00", "20251315", "0000-01-01",
	};
	size_t i;

	(void)state;
	nbad = 0;
	for (i = 0; i < GS_ARRAY_LEN(good); i++) {
		const char *why = NULL;
		int32_t d = 0;

		if (date_parse(good[i].in, &d, &why) != 0 || d != good[i].want)
			BAD("date_parse(\"%s\") = %ld, want %ld",
			    good[i].in, (long)d, (long)good[i].want);
	}
	for (i = 0; i < GS_ARRAY_LEN(bad); i++) {
		const char *why = NULL;
		int32_t d = 0;

		if (date_parse(bad[i], &d, &why) == 0) {
			BAD("date_parse(\"%s\") accepted as %ld", bad[i],
			    (long)d);
			continue;
		}
		check_why("date_parse", bad[i], why);
	}
	DONE();
}

/* ---- canonical texts and names (series/obs.c) ---- */

static void test_period_format_canonical_text(void **state)
{
	static const struct {
		struct gs_period p;
		const char *want;
	} c[] = {
		{ { 20240101, 20241231, GS_PREC_YEAR }, "2024" },
		{ { 20240101, 20240630, GS_PREC_HALF }, "2024-H1" },
		{ { 20240701, 20241231, GS_PREC_HALF }, "2024-H2" },
		{ { 20240701, 20240930, GS_PREC_QUARTER }, "2024-Q3" },
		{ { 20241001, 20241231, GS_PREC_QUARTER }, "2024-Q4" },
		{ { 20250801, 20250831, GS_PREC_MONTH }, "2025-08" },
		{ { 20250815, 20250815, GS_PREC_DAY }, "2025-08-15" },
		{ { 20250101, 20250831, GS_PREC_MONTH }, "2025-01..2025-08" },
		{ { 20200101, 20241231, GS_PREC_YEAR }, "2020..2024" },
		{ { 20240101, 20241231, GS_PREC_HALF }, "2024-H1..2024-H2" },
		{ { 20240101, 20241231, GS_PREC_MONTH }, "2024-01..2024-12" },
		{ { 20250801, 20250815, GS_PREC_DAY },
		  "2025-08-01..2025-08-15" },
		{ { 20250115, 20250831, GS_PREC_MONTH },
		  "2025-01-15..2025-08-31" },
		{ { 10101, 11231, GS_PREC_YEAR }, "0001" },
		{ { 0, 0, GS_PREC_NONE }, "" },
	};
	char buf[64];
	size_t i, n;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(c); i++) {
		memset(buf, 'x', sizeof(buf));
		n = period_format(&c[i].p, buf, sizeof(buf));
		assert_string_equal(buf, c[i].want);
		assert_int_equal(n, strlen(c[i].want));
	}
}

static void test_period_format_truncates_to_buffer(void **state)
{
	struct gs_period p = { 20240701, 20240930, GS_PREC_QUARTER };
	char buf[5];

	(void)state;
	assert_int_equal(period_format(&p, buf, sizeof(buf)), 4);
	assert_string_equal(buf, "2024");
}

static void test_period_parse_then_format_round_trip(void **state)
{
	static const char *const c[][2] = {
		{ "2024", "2024" }, { "2024H1", "2024-H1" },
		{ "2024-h2", "2024-H2" }, { "2024q3", "2024-Q3" },
		{ "2024-Q3", "2024-Q3" }, { "2025-08", "2025-08" },
		{ "20250815", "2025-08-15" }, { "2025-08-15", "2025-08-15" },
		{ "2024-02-29", "2024-02-29" },
		{ "2025-01..2025-08", "2025-01..2025-08" },
		{ "2020..2024", "2020..2024" },
		{ "2024..2025-03", "2024-01..2025-03" },
		{ "2024-Q3..2025-08", "2024-07..2025-08" },
		{ "2024-Q3..2024-Q3", "2024-Q3" },
		{ "2024-H1..2024-Q3", "2024-Q1..2024-Q3" },
		{ "2024-h2..2025-H1", "2024-H2..2025-H1" },
		{ "2024-01..2024-12", "2024-01..2024-12" },
		{ "20250101..20250131", "2025-01-01..2025-01-31" },
		{ " 2024-Q3 ", "2024-Q3" }, { "", "" },
	};
	struct gs_period p;
	char buf[64];
	size_t i;

	(void)state;
	nbad = 0;
	for (i = 0; i < GS_ARRAY_LEN(c); i++) {
		const char *why = NULL;

		if (period_parse(c[i][0], &p, &why) != 0) {
			BAD("period_parse(\"%s\") failed: %s", c[i][0],
			    why ? why : "(null)");
			continue;
		}
		period_format(&p, buf, sizeof(buf));
		if (strcmp(buf, c[i][1]) != 0)
			BAD("\"%s\" formats as \"%s\", want \"%s\"",
			    c[i][0], buf, c[i][1]);
		if (period_parse(buf, &p, &why) != 0)
			BAD("canonical \"%s\" does not parse", buf);
	}
	DONE();
}

static void test_date_format_iso(void **state)
{
	char buf[16];

	(void)state;
	assert_int_equal(date_format(20250815, buf, sizeof(buf)), 10);
	assert_string_equal(buf, "2025-08-15");
	date_format(20240229, buf, sizeof(buf));
	assert_string_equal(buf, "2024-02-29");
	date_format(10101, buf, sizeof(buf));
	assert_string_equal(buf, "0001-01-01");
	assert_int_equal(date_format(0, buf, sizeof(buf)), 0);
	assert_string_equal(buf, "");
}

static void test_names_of_kinds_quals_precisions(void **state)
{
	static const char *const kinds[] = { "", "level", "flow", "multiple",
					     "percent", "target", "plan" };
	static const char *const quals[] = { "", "over", "at_least", "about",
					     "up_to", "under", "almost" };
	static const char *const precs[] = { "", "year", "half", "quarter",
					     "month", "day" };
	int i;

	(void)state;
	for (i = 0; i < (int)GS_ARRAY_LEN(kinds); i++) {
		assert_string_equal(kind_name((enum gs_kind)i), kinds[i]);
		assert_int_equal(kind_from_name(kinds[i]), i);
	}
	for (i = 0; i < (int)GS_ARRAY_LEN(quals); i++)
		assert_string_equal(qual_name((enum gs_qual)i), quals[i]);
	for (i = 0; i < (int)GS_ARRAY_LEN(precs); i++) {
		assert_string_equal(prec_name((enum gs_prec)i), precs[i]);
		assert_int_equal(prec_from_name(precs[i]), i);
	}
	assert_int_equal(kind_from_name("bogus"), GS_KIND_NONE);
	assert_int_equal(prec_from_name("week"), GS_PREC_NONE);
	assert_string_equal(kind_name((enum gs_kind)99), "");
}

static void test_names_round_trip_through_parsers(void **state)
{
	enum gs_qual q;
	enum gs_kind k;
	const char *why = NULL;
	int i;

	(void)state;
	for (i = GS_QUAL_NONE; i <= GS_QUAL_ALMOST; i++) {
		assert_int_equal(qual_parse(qual_name((enum gs_qual)i), &q,
					    &why), 0);
		assert_int_equal(q, i);
	}
	for (i = GS_KIND_NONE; i <= GS_KIND_PLAN; i++) {
		assert_int_equal(kind_parse(kind_name((enum gs_kind)i), &k,
					    &why), 0);
		assert_int_equal(k, i);
	}
}

static void test_kind_is_relative_only_ratios(void **state)
{
	(void)state;
	assert_true(kind_is_relative(GS_KIND_MULTIPLE));
	assert_true(kind_is_relative(GS_KIND_PERCENT));
	assert_false(kind_is_relative(GS_KIND_NONE));
	assert_false(kind_is_relative(GS_KIND_LEVEL));
	assert_false(kind_is_relative(GS_KIND_FLOW));
	assert_false(kind_is_relative(GS_KIND_TARGET));
	assert_false(kind_is_relative(GS_KIND_PLAN));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_value_parse_accepts_written_numbers),
		cmocka_unit_test(test_value_parse_rejects_garbage),
		cmocka_unit_test(test_value_parse_overflow_is_out_of_range),
		cmocka_unit_test(test_value_parse_underflow_is_out_of_range),
		cmocka_unit_test(test_value_parse_percent_flag_is_optional),
		cmocka_unit_test(test_unit_parse_known_units_and_scales),
		cmocka_unit_test(test_unit_parse_rejects_garbage),
		cmocka_unit_test(test_qual_parse_english_and_russian),
		cmocka_unit_test(test_qual_parse_rejects_unknown_words),
		cmocka_unit_test(test_kind_parse_names_and_synonyms),
		cmocka_unit_test(test_kind_parse_rejects_unknown_words),
		cmocka_unit_test(test_period_parse_all_forms_and_ranges),
		cmocka_unit_test(test_period_parse_rejects_bad_periods),
		cmocka_unit_test(test_date_parse_single_days_only),
		cmocka_unit_test(test_period_format_canonical_text),
		cmocka_unit_test(test_period_format_truncates_to_buffer),
		cmocka_unit_test(test_period_parse_then_format_round_trip),
		cmocka_unit_test(test_date_format_iso),
		cmocka_unit_test(test_names_of_kinds_quals_precisions),
		cmocka_unit_test(test_names_round_trip_through_parsers),
		cmocka_unit_test(test_kind_is_relative_only_ratios),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
