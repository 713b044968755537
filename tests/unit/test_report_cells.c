/*
** test_report_cells.c: the cell texts check, growth, implied, project,
** show, revisions, retract and the report page share
** (reports/celltext.h). Expected strings from README ("up to 6,400
** jobs", "#2 #1@2025-03-01", required CAGR "6.914 %") and the time rule
** (a year's figure is at its end: 2027.0 is the end of 2026), by hand.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <string.h>

#include "reports/celltext.h"

static void test_pct(void **state)
{
	char b[32];

	(void)state;
	/* (230 / 154)^(1/6) - 1, README's required CAGR */
	report_pct(pow(230.0 / 154, 1.0 / 6) - 1, b, sizeof(b));
	assert_string_equal(b, "6.914 %");
	report_pct(-0.5, b, sizeof(b));
	assert_string_equal(b, "-50.000 %");
	report_pct(NAN, b, sizeof(b));
	assert_string_equal(b, "");
}

static void test_year(void **state)
{
	(void)state;
	assert_true(report_year(2027.0) == 2026);
	assert_true(report_year(2026.5) == 2026);
	assert_true(report_year(2026.0 + 1e-12) == 2025);
	assert_true(report_year(2027.01) == 2027);
	assert_true(isnan(report_year(NAN)));
}

/* Reached: the year, "never" (a trend that does not get there), "" (no
 * projection at all). */
static void test_reached(void **state)
{
	struct target_eval v;
	char b[16];

	(void)state;
	memset(&v, 0, sizeof(v));
	v.projected.v = 160;
	v.t_reached = 2024.32;
	report_reached(&v, b, sizeof(b));
	assert_string_equal(b, "2024");
	v.t_reached = NAN;
	v.reported = 3; /* a trend of three figures that never gets there */
	report_reached(&v, b, sizeof(b));
	assert_string_equal(b, "never");
	/* judged by the figure at the target's date, no trend at all: no
	 * "never" (the review found "reached never" beside "no trend") */
	v.reported = v.implied = 0;
	v.projected.v = 250;
	report_reached(&v, b, sizeof(b));
	assert_string_equal(b, "");
	v.projected.v = NAN;
	report_reached(&v, b, sizeof(b));
	assert_string_equal(b, "");
}

static void test_qualified(void **state)
{
	char b[64];

	(void)state;
	report_qualified(GS_QUAL_UP_TO, 6400, "jobs", b, sizeof(b));
	assert_string_equal(b, "up to 6,400 jobs");
	report_qualified(GS_QUAL_AT_LEAST, 100, "jobs", b, sizeof(b));
	assert_string_equal(b, "at least 100 jobs");
	report_qualified(GS_QUAL_NONE, 7, "jobs", b, sizeof(b));
	assert_string_equal(b, "7 jobs");
}

/* #n counts from 1; an implied point adds the vintage of its anchor. */
static void test_refs(void **state)
{
	struct rp_point p;
	char b[64];

	(void)state;
	memset(&p, 0, sizeof(p));
	p.src[0] = 0;
	p.src[1] = 2;
	p.nsrc = 2;
	report_refs(&p, b, sizeof(b));
	assert_string_equal(b, "#1 #3");
	p.implied = true;
	p.src[0] = 1;
	p.src[1] = 0;
	p.anchor_vintage = 20250301;
	report_refs(&p, b, sizeof(b));
	assert_string_equal(b, "#2 #1@2025-03-01");
}

/* Two points' observations, each once: an implied start (#2 from #1)
 * and the actual end #1 give "#2 #1" (the report wrote "#2 #1 #1"). */
static void test_refs_two(void **state)
{
	struct rp_point a, z;
	char b[64];

	(void)state;
	memset(&a, 0, sizeof(a));
	memset(&z, 0, sizeof(z));
	a.implied = true;
	a.src[0] = 1;
	a.src[1] = 0;
	a.nsrc = 2;
	z.src[0] = 0;
	z.nsrc = 1;
	report_refs_two(&a, &z, b, sizeof(b));
	assert_string_equal(b, "#2 #1");
	z.src[0] = 11; /* #12: not a prefix match of #1 */
	report_refs_two(&a, &z, b, sizeof(b));
	assert_string_equal(b, "#2 #1 #12");
	a.anchor_vintage = 20250301; /* #1@date is not #1 */
	z.src[0] = 0;
	report_refs_two(&a, &z, b, sizeof(b));
	assert_string_equal(b, "#2 #1@2025-03-01 #1");
}

static void test_symbol(void **state)
{
	struct gs_obs o;

	(void)state;
	memset(&o, 0, sizeof(o));
	o.kind = GS_KIND_MULTIPLE;
	assert_string_equal(report_symbol(&o, "RUB"), "\u00d7");
	o.kind = GS_KIND_PERCENT;
	assert_string_equal(report_symbol(&o, "RUB"), "%");
	o.kind = GS_KIND_TARGET;
	assert_string_equal(report_symbol(&o, "RUB"), "RUB");
}

/* What the figures give a claim (celltext.h): one value when exact, the
 * interval otherwise; 315 / 173 = 1.8208, 150 / 105 = 1.4286, 150 / 95
 * = 1.5789 (python3). */
static void test_claim_actual(void **state)
{
	struct claim_eval c = { 0 };
	char b[96];

	(void)state;
	c.actual = (struct gs_est){ 300.0 / 173, 0, 315.0 / 173 };
	report_claim_actual(&c, b, sizeof(b));
	assert_string_equal(b, "at most 1.821\u00d7");
	c.actual = (struct gs_est){ 150.0 / 100, 150.0 / 105, 150.0 / 95 };
	report_claim_actual(&c, b, sizeof(b));
	assert_string_equal(b, "1.429\u00d7 to 1.579\u00d7");
	c.actual = (struct gs_est){ 1.5, 1.5, 1.5 };
	report_claim_actual(&c, b, sizeof(b));
	assert_string_equal(b, "1.50\u00d7");
	c.pct = true;
	c.actual = (struct gs_est){ 50, 50, INFINITY };
	report_claim_actual(&c, b, sizeof(b));
	assert_string_equal(b, "at least 50 %");
	c.actual = (struct gs_est){ 20, -100, 25 };
	report_claim_actual(&c, b, sizeof(b));
	assert_string_equal(b, "at most 25 %");
}

/* Counts in whole units (celltext.h): 6170 / 1.1 = 5609.09 is about
 * 5,609; bounds inwards, 5328.64 up to 5,329, 5889.55 down to 5,889;
 * 16.1e6 / 2.3 = 7000000.000000001 is whole; m² as fmt_human has it. */
static void test_amount(void **state)
{
	struct series_info jobs = { .dim = "count:jobs", .sym = "jobs" };
	struct series_info area = { .dim = "area", .sym = "m\u00b2" };
	struct series_info pk = { .dim = "count:packages", .sym = "packages" };
	char b[96];

	(void)state;
	assert_true(report_is_count(&jobs));
	assert_false(report_is_count(&area));
	report_amount(&jobs, 6170 / 1.1, 0, b, sizeof(b));
	assert_string_equal(b, "about 5,609 jobs");
	report_amount(&jobs, 0.95 * 6170 / 1.1, -1, b, sizeof(b));
	assert_string_equal(b, "5,329 jobs");
	report_amount(&jobs, 1.05 * 6170 / 1.1, 1, b, sizeof(b));
	assert_string_equal(b, "5,889 jobs");
	report_amount(&jobs, 6170, 0, b, sizeof(b));
	assert_string_equal(b, "6,170 jobs");
	report_amount(&pk, 16.1e6 / 2.3, 0, b, sizeof(b));
	assert_string_equal(b, "7.0 mn packages");
	report_amount(&area, 300000 / 1.0853, 0, b, sizeof(b));
	assert_string_equal(b, "276,421.3 m\u00b2");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_pct),
		cmocka_unit_test(test_year),
		cmocka_unit_test(test_reached),
		cmocka_unit_test(test_qualified),
		cmocka_unit_test(test_refs),
		cmocka_unit_test(test_refs_two),
		cmocka_unit_test(test_symbol),
		cmocka_unit_test(test_claim_actual),
		cmocka_unit_test(test_amount),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
