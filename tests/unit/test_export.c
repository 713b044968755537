/*
** test_export.c: unit tests of reports/export_value.c: SDMX period
** syntax (from the SDMX standard's examples: 2024, 2024-S1, 2024-Q3,
** 2024-08, 2024-08-15, time ranges start/duration) and values written in
** their own unit that ingest's scaling reads back exactly.
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "../../reports/export.h"
#include "../../series/parse.h"

static void period_is(const char *text, const char *want)
{
	struct gs_period p;
	const char *why;
	char buf[64];

	assert_int_equal(period_parse(text, &p, &why), 0);
	export_sdmx_period(&p, buf, sizeof(buf));
	assert_string_equal(buf, want);
}

static void test_sdmx_periods(void **state)
{
	(void)state;
	period_is("2024", "2024");
	period_is("2024-H2", "2024-S2");
	period_is("2024-Q3", "2024-Q3");
	period_is("2025-08", "2025-08");
	period_is("2025-08-15", "2025-08-15");
	period_is("2025-01..2025-08", "2025-01-01/P8M");
	period_is("2020..2024", "2020-01-01/P5Y");
	period_is("2025-08-01..2025-08-10", "2025-08-01/P10D");
}

static void value_is(double v, const char *unit, enum gs_kind k,
		     const char *want, bool want_base)
{
	struct gs_obs o;
	const char *why;
	char buf[64];
	bool base;

	memset(&o, 0, sizeof(o));
	o.kind = k;
	o.value = v;
	o.unit_text = unit;
	assert_int_equal(unit_parse(unit, &o.unit, &why), 0);
	export_value(&o, buf, sizeof(buf), &base);
	assert_string_equal(buf, want);
	assert_int_equal(base, want_base);
}

static void test_values(void **state)
{
	(void)state;
	/* 154 billion rubles is stored as 1.54e11 */
	value_is(1.54e11, "billion rubles", GS_KIND_LEVEL, "154", false);
	/* 16.1 million, scaled by ingest's exact decimal rule */
	value_is(16100000, "million packages", GS_KIND_FLOW, "16.1", false);
	value_is(2.8, "times", GS_KIND_MULTIPLE, "2.8", false);
	value_is(-3.5, "%", GS_KIND_PERCENT, "-3.5", false);
	value_is(173000, "m²", GS_KIND_LEVEL, "173000", false);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_sdmx_periods),
		cmocka_unit_test(test_values),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
