/*
** test_mut_figure.c: cases that kill mutants of collector/figure.c (a CSV
** record to a figure; tests/mutate/) which every earlier test let live.
** Each case names the mutant it kills; the expected values follow the
** rules at the top of figure.c and README "The CSV format", the exact
** scaled values from python3's decimal module.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "collector/figure.h"

/* A row of the canonical columns: series, period, kind, value, unit,
 * qualifier, base, as_of, source. */
struct row {
	const char *series, *period, *kind, *value, *unit, *qual, *base,
		*as_of, *source;
};

/* figure_parse of row r with vintage bound as_of_max; 0 or -1. */
static int parse_row(const struct row *r, int32_t as_of_max,
		     struct gs_obs *o, struct gs_err *e)
{
	struct figure_defaults d;
	struct fields f;
	int i;

	memset(&d, 0, sizeof(d));
	d.as_of = 20250101;
	d.as_of_max = as_of_max;
	d.source = "test.csv";
	for (i = 0; i < F_COUNT; i++) {
		f.v[i] = "";
		f.col[i] = i + 1;
	}
	f.v[F_SERIES] = r->series;
	f.v[F_PERIOD] = r->period;
	f.v[F_KIND] = r->kind;
	f.v[F_VALUE] = r->value;
	f.v[F_UNIT] = r->unit;
	f.v[F_QUAL] = r->qual;
	f.v[F_BASE] = r->base;
	f.v[F_ASOF] = r->as_of;
	f.v[F_SOURCE] = r->source;
	gs_err_clear(e);
	return figure_parse(&f, &d, "t.csv", 2, o, e);
}

static void want_value(const struct row *r, double want)
{
	struct gs_obs o;
	struct gs_err e;

	print_message("value '%s' unit '%s'\n", r->value, r->unit);
	assert_int_equal(parse_row(r, 0, &o, &e), 0);
	assert_true(o.value == want);
}

static void want_refused(const struct row *r, int32_t as_of_max,
			   int col)
{
	struct gs_obs o;
	struct gs_err e;

	print_message("row '%s' '%s' '%s' '%s' '%s'\n", r->series, r->period,
		      r->kind, r->value, r->base);
	assert_int_equal(parse_row(r, as_of_max, &o, &e), -1);
	assert_int_equal(e.line, 2);
	assert_int_equal(e.col, col);
}

static void want_ok(const struct row *r, int32_t as_of_max)
{
	struct gs_obs o;
	struct gs_err e;
	int rc = parse_row(r, as_of_max, &o, &e);

	if (rc != 0)
		print_message("refused: %s\n", e.msg);
	assert_int_equal(rc, 0);
}

/* G04, G05: a power-of-ten factor applied to the decimal text: 0.07 ha is
 * 700 m² exactly, 1.07 trillion 1.07e12 (0.07 * 1e4 is 700.0000000000001,
 * 1.07 * 1e12 is 1070000000000.0001) */
static void test_scaled_values_are_exact(void **state)
{
	static const struct row ha = { "s", "2024", "", "0.07", "ha", "", "",
				       "", "" };
	static const struct row trn = { "s", "2024", "", "1.07",
					"trillion rubles", "", "", "", "" };

	(void)state;
	want_value(&ha, 700);
	want_value(&trn, 1070000000000.0);
}

/* A row, the vintage bound, and the column that refuses it (0: stored). */
struct verdict {
	struct row r;
	int32_t as_of_max;
	int col;
};

static const struct verdict verdicts[] = {
	/* G06, G07: a multiple of 0 and a change of -100 % are refused */
	{ { "s", "2024", "multiple", "0", "", "", "2020", "", "" }, 0, 4 },
	{ { "s", "2024", "multiple", "0.001", "", "", "2020", "", "" }, 0, 0 },
	{ { "s", "2024", "percent", "-100", "", "", "2023", "", "" }, 0, 4 },
	{ { "s", "2024", "percent", "-99.9", "", "", "2023", "", "" }, 0, 0 },
	/* G03: a base that ends on the day the period starts is not
	 * before it */
	{ { "s", "2024-01-01..2024-12-31", "multiple", "2", "", "",
	    "2023-12-01..2024-01-01", "", "" }, 0, 7 },
	{ { "s", "2024-01-01..2024-12-31", "multiple", "2", "", "",
	    "2023-12", "", "" }, 0, 0 },
	/* G10: a vintage of the last day allowed is stored, the next
	 * refused */
	{ { "s", "2024", "", "1", "", "", "", "2025-06-02", "" }, 20250602, 0 },
	{ { "s", "2024", "", "1", "", "", "", "2025-06-03", "" }, 20250602, 8 },
	/* G02: DEL in a key */
	{ { "a\x7f" "b", "2024", "", "1", "", "", "", "", "" }, 0, 1 },
	/* G08, G13, G14: units that do not fit the kind or the percent
	 * sign */
	{ { "s", "2024", "", "5%", "rubles", "", "", "", "" }, 0, 4 },
	{ { "s", "2024", "multiple", "2", "rubles", "", "2020", "", "" },
	  0, 5 },
	{ { "s", "2024", "percent", "5", "rubles", "", "2023", "", "" },
	  0, 5 },
	{ { "s", "2024", "multiple", "2", "times", "", "2020", "", "" }, 0, 0 },
	{ { "s", "2024", "percent", "5%", "%", "", "2023", "", "" }, 0, 0 },
};

static void test_rows_stored_or_refused(void **state)
{
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(verdicts); i++) {
		const struct verdict *c = &verdicts[i];

		if (c->col == 0)
			want_ok(&c->r, c->as_of_max);
		else
			want_refused(&c->r, c->as_of_max, c->col);
	}
}

/* G01: a key of 200 bytes is stored, of 201 refused */
static void test_series_key_bounds(void **state)
{
	static char k200[201], k201[202];
	struct row ok = { k200, "2024", "", "1", "", "", "", "", "" };
	struct row bad = { k201, "2024", "", "1", "", "", "", "", "" };

	(void)state;
	memset(k200, 'k', 200);
	memset(k201, 'k', 201);
	want_ok(&ok, 0);
	want_refused(&bad, 0, 1);
}

/*
** A known defect the mutants showed (G12): a scale word alone is a
** dimensionless unit, so a multiple of "2.8" with unit "thousand" (or a
** percent change with "million") is stored as 2.8 (5) with the word kept
** as its unit: neither 2800 nor refused, though a multiple "has no unit
** (or 'times')". Now refused at the unit column (fixed by the lead).
*/
static void test_scale_word_on_relative_kinds(void **state)
{
	static const struct row mult_k = { "s", "2024", "multiple", "2.8",
					   "thousand", "", "2020", "", "" };
	static const struct row chg_m = { "s", "2024", "percent", "5",
					  "million", "", "2023", "", "" };

	(void)state;
	want_refused(&mult_k, 0, 5);
	want_refused(&chg_m, 0, 5);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scaled_values_are_exact),
		cmocka_unit_test(test_rows_stored_or_refused),
		cmocka_unit_test(test_series_key_bounds),
		cmocka_unit_test(test_scale_word_on_relative_kinds),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
