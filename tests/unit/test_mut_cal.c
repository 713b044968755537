/*
** test_mut_cal.c: cases that kill mutants of the calendar (series/cal.c;
** tests/mutate/) which every earlier test let live. Each case names the
** mutant it kills; day numbers are python3's date.toordinal() differences
** from 1970-01-01, the rest worked out by hand from series/cal.h.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include "series/cal.h"

/* C15: GS_PREC_NONE is the day itself, not its month */
static void test_period_of_none_is_the_day(void **state)
{
	struct gs_period q = period_of(GS_PREC_NONE, 20240215);

	(void)state;
	assert_int_equal(q.start, 20240215);
	assert_int_equal(q.end, 20240215);
	assert_int_equal(q.prec, GS_PREC_DAY);
	q = period_of(GS_PREC_NONE, 20240229);
	assert_int_equal(q.start, 20240229);
	assert_int_equal(q.end, 20240229);
}

/* C16, C17: months only between a month's first and a month's last day */
static void test_period_months_needs_whole_months(void **state)
{
	struct gs_period whole = { 20240101, 20240831, GS_PREC_MONTH };
	struct gs_period mid = { 20240115, 20240331, GS_PREC_MONTH };
	struct gs_period feb = { 20240201, 20240229, GS_PREC_MONTH };
	struct gs_period cut = { 20240201, 20240228, GS_PREC_MONTH };

	(void)state;
	assert_int_equal(period_months(&whole), 8);
	assert_int_equal(period_months(&mid), 0);
	assert_int_equal(period_months(&feb), 1);
	assert_int_equal(period_months(&cut), 0);
}

/* C18: the last day of the calendar has a day number and comes back;
 * C09, C10: February counts in the year before its March-based era */
static void test_day_numbers_at_the_ends(void **state)
{
	(void)state;
	assert_int_equal(cal_day_number(99991231), 2932896);
	assert_int_equal(cal_from_day_number(2932896), 99991231);
	assert_int_equal(cal_from_day_number(2932897), 0);
	assert_int_equal(cal_day_number(10101), -719162);
	assert_int_equal(cal_from_day_number(-719162), 10101);
	assert_int_equal(cal_from_day_number(-719163), 0);
	assert_int_equal(cal_from_day_number(19782), 20240229);
	assert_int_equal(cal_day_number(20240229), 19782);
	assert_int_equal(cal_day_number(20000229), 11016);
	assert_int_equal(cal_day_number(19000228), -25509);
	assert_int_equal(cal_from_day_number(-25508), 19000301);
}

/* C20: no month before 0001-01 */
static void test_months_at_the_ends(void **state)
{
	(void)state;
	assert_int_equal(cal_add_months(10131, -1), 0);
	assert_int_equal(cal_add_months(10228, -1), 10131);
	assert_int_equal(cal_add_months(99991231, 1), 0);
	assert_int_equal(cal_add_months(99991130, 1), 99991231);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_period_of_none_is_the_day),
		cmocka_unit_test(test_period_months_needs_whole_months),
		cmocka_unit_test(test_day_numbers_at_the_ends),
		cmocka_unit_test(test_months_at_the_ends),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
