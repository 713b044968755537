/*
** chart_fx.h: the database of the chart unit tests (test_chart_load.c,
** test_chart_files.c): three series, one of them named and revised
** (out: 55 bn RUB in 2020, 154 bn in 2024 revised to 160 on 2025-06-01;
** inv in RUB, emp in jobs, 2023 and 2024). cmocka group setup fill(),
** teardown from batch_fx.h. Define FX_NAME before including it.
*/
#ifndef GS_CHART_FX_H
#define GS_CHART_FX_H

#include "series/parse.h"
#include "batch_fx.h"

/* A level of key for year in unit, in batch b (series name: name). */
static void add(struct series_db *db, int64_t b, const char *key,
		const char *name, int year, double v, const char *unit,
		int32_t as_of)
{
	struct gs_obs o;
	enum append_result res;
	const char *why;
	struct gs_err e;

	row(&o, key, year, 0, as_of, b);
	assert_int_equal(unit_parse(unit, &o.unit, &why), 0);
	o.unit_text = unit;
	o.value = v * o.unit.factor;
	if (*name == '\0') {
		append(db, &o);
		return;
	}
	gs_err_clear(&e);
	assert_int_equal(series_append(db, &o, name, "", &res, &e), 0);
}

/* The database of every test, made once (batch_fx.h's setup). */
static int fill(void **state)
{
	struct series_db *db;
	int64_t b;

	setup(state);
	db = ((struct fx *)*state)->db;
	b = begin(db, "t");
	add(db, b, "out", "Output", 2020, 55, "billion rubles", 20250101);
	add(db, b, "out", "Output", 2024, 154, "billion rubles", 20250101);
	/* the 2024 figure revised from 154 to 160 on 1 June 2025 */
	add(db, b, "out", "Output", 2024, 160, "billion rubles", 20250601);
	add(db, b, "inv", "", 2023, 8, "billion rubles", 20250101);
	add(db, b, "inv", "", 2024, 10, "billion rubles", 20250101);
	add(db, b, "emp", "", 2023, 7, "jobs", 20250101);
	add(db, b, "emp", "", 2024, 8, "jobs", 20250101);
	commit(db, b);
	assert_int_equal(count(db, "out", 0), 3);
	return 0;
}

#endif
