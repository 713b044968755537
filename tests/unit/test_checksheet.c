/*
** test_checksheet.c: check's rows for scripts as typed cells
** (checksheet.c): numbers as their exact text, NaN as null, infinities
** flagged, texts, cells set twice, rows in sections and the columns each
** section holds. Expected texts are written by hand (Python's repr gives
** the same shortest exact text: repr(0.1 + 0.2) == '0.30000000000000004').
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>

#include "reports/checksheet.h"

enum { A, B, C, NCOL };

static const char *const cols[NCOL] = { "a", "b", "c" };
static const struct sheet_section secs[] = {
	{ "target", "targets", 1UL << A | 1UL << B },
	{ "claim", "claims", 1UL << A | 1UL << C },
};

static void num_is(struct sheet *sh, double v, enum sheet_cell_type t,
		   const char *text)
{
	const struct sheet_cell *c = &sh->rows[sh->nrows - 1].cell[B];

	sheet_num(sh, B, v);
	assert_int_equal(c->type, t);
	if (text == NULL)
		assert_null(c->text);
	else
		assert_string_equal(c->text, text);
}

static void test_numbers(void **state)
{
	struct sheet *sh = sheet_new(cols, NCOL, secs, 2);

	(void)state;
	sheet_row(sh, 0);
	num_is(sh, 1.5, SHEET_NUM, "1.5");
	num_is(sh, 154e9, SHEET_NUM, "154000000000");
	num_is(sh, 1.0 / 3.0, SHEET_NUM, "0.3333333333333333");
	num_is(sh, 0.1 + 0.2, SHEET_NUM, "0.30000000000000004");
	num_is(sh, -0.0, SHEET_NUM, "0");
	num_is(sh, NAN, SHEET_NULL, NULL);
	num_is(sh, INFINITY, SHEET_INF, "inf");
	num_is(sh, -INFINITY, SHEET_INF, "-inf");
	sheet_free(sh);
}

static void test_cells(void **state)
{
	struct sheet *sh = sheet_new(cols, NCOL, secs, 2);
	const struct sheet_cell *c;

	(void)state;
	assert_int_equal(sheet_rows(sh), 0);
	sheet_row(sh, 1);
	c = sh->rows[0].cell;
	/* a new row: every cell null */
	assert_int_equal(c[A].type, SHEET_NULL);
	assert_int_equal(c[C].type, SHEET_NULL);
	assert_null(c[C].text);
	sheet_str(sh, A, "pharma.output");
	sheet_str(sh, C, "");
	assert_int_equal(c[A].type, SHEET_STR);
	assert_string_equal(c[A].text, "pharma.output");
	assert_int_equal(c[C].type, SHEET_STR);   /* empty text, not null */
	assert_string_equal(c[C].text, "");
	/* set again: the last value wins, a number or null over a text */
	sheet_num(sh, A, 2);
	assert_int_equal(c[A].type, SHEET_NUM);
	assert_string_equal(c[A].text, "2");
	sheet_num(sh, C, NAN);
	assert_int_equal(c[C].type, SHEET_NULL);
	assert_null(c[C].text);
	sheet_row(sh, 0);
	sheet_row(sh, 1);
	assert_int_equal(sheet_rows(sh), 3);
	assert_int_equal(sh->rows[0].sec, 1);
	assert_int_equal(sh->rows[1].sec, 0);
	assert_int_equal(sh->rows[2].sec, 1);
	/* the earlier row keeps its cells */
	assert_string_equal(sh->rows[0].cell[A].text, "2");
	assert_int_equal(sh->rows[2].cell[A].type, SHEET_NULL);
	sheet_free(sh);
	sheet_free(NULL);
}

static void test_sections(void **state)
{
	struct sheet *sh = sheet_new(cols, NCOL, secs, 2);

	(void)state;
	assert_true(sheet_in_section(sh, 0, A));
	assert_true(sheet_in_section(sh, 0, B));
	assert_false(sheet_in_section(sh, 0, C));
	assert_true(sheet_in_section(sh, 1, A));
	assert_false(sheet_in_section(sh, 1, B));
	assert_true(sheet_in_section(sh, 1, C));
	assert_string_equal(sh->sec[1].plural, "claims");
	assert_int_equal(sh->ncols, NCOL);
	sheet_free(sh);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_numbers),
		cmocka_unit_test(test_cells),
		cmocka_unit_test(test_sections),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
