/*
** test_figsload.c: appending to series a batch did not create
** (series/sqlite/sqlite_append.c, sqlite_figs.c). Such a series' rows may
** wait to be inserted several at a time, and after a number of lookups its
** stored figures are read at once; the answers must stay those of a query
** per row: a stored row again is already present, another value at the same
** vintage conflicts (with the stored-figure message), a row of this batch
** again is present even when the series comes back after another, a row a
** different program wrote with a qualifier growthstat never writes is not
** mistaken for one without, and a series too long to read at once is
** still judged right. Expected counts are worked out by hand in each test.
*/
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "series/series.h"

/* More than the lookups after which a series' figures are read at once
 * (LOAD_AFTER, 16), so every test reaches that path. */
#define MANY 40

#define FX_NAME "figs"
#include "batch_fx.h"

/* APPEND_NEW, APPEND_PRESENT, or -1 (a row's error) with its message. */
static int try_append(struct series_db *db, const struct gs_obs *o,
		      char *msg)
{
	enum append_result res = 0;
	struct gs_err e;

	gs_err_clear(&e);
	if (series_append(db, o, "", "", &res, &e) == 0)
		return (int)res;
	assert_int_equal(e.code, GS_EX_DATAERR);
	gs_snprintf(msg, 512, "%s", e.msg);
	return -1;
}

/* years first..first+n-1 of key at as_of, value = year, in one batch */
static void store(struct fx *f, const char *key, int first, int n,
		  int32_t as_of)
{
	int64_t b = begin(f->db, "store");
	struct gs_obs o;
	int i;

	for (i = 0; i < n; i++) {
		row(&o, key, first + i, first + i, as_of, b);
		assert_int_equal(append(f->db, &o), APPEND_NEW);
	}
	commit(f->db, b);
}

/* 10 stored years (1990-1999); then MANY new years, then every stored
 * year again (present), then one with another value (conflict), then a
 * year of this batch again (present): 10 + MANY rows in the end. */
static void test_stored_figures_read_at_once(void **state)
{
	struct fx *f = *state;
	struct gs_obs o;
	char msg[512];
	int64_t b;
	int i;

	store(f, "s", 1990, 10, 20250101);
	b = begin(f->db, "t");
	for (i = 0; i < MANY; i++) {
		row(&o, "s", 2000 + i, i, 20250101, b);
		assert_int_equal(append(f->db, &o), APPEND_NEW);
	}
	for (i = 0; i < 10; i++) {
		row(&o, "s", 1990 + i, 1990 + i, 20250101, b);
		assert_int_equal(append(f->db, &o), APPEND_PRESENT);
	}
	row(&o, "s", 1995, 7, 20250101, b);
	assert_int_equal(try_append(f->db, &o, msg), -1);
	assert_non_null(strstr(msg, "conflicts with the stored figure of "
			       "series 's'"));
	assert_non_null(strstr(msg, "(value 1995)"));
	row(&o, "s", 2003, 3, 20250101, b);
	assert_int_equal(append(f->db, &o), APPEND_PRESENT);
	/* a later vintage of a stored year is new */
	row(&o, "s", 1991, 5, 20250201, b);
	assert_int_equal(append(f->db, &o), APPEND_NEW);
	commit(f->db, b);
	assert_int_equal(count(f->db, "s", 0), (size_t)10 + MANY + 1);
}

/* A series, another, the first again (appends in any order): the rows of
 * its first visit, maybe still waiting to be inserted, are present. */
static void test_series_comes_back(void **state)
{
	struct fx *f = *state;
	struct gs_obs o;
	int64_t b;
	int i;

	store(f, "a", 1990, 2, 20250101);
	store(f, "b", 1990, 2, 20250101);
	b = begin(f->db, "t");
	for (i = 0; i < MANY; i++) {
		row(&o, "a", 2000 + i, i, 20250101, b);
		assert_int_equal(append(f->db, &o), APPEND_NEW);
	}
	row(&o, "b", 2000, 1, 20250101, b);
	assert_int_equal(append(f->db, &o), APPEND_NEW);
	for (i = 0; i < MANY; i++) {
		row(&o, "a", 2000 + i, i, 20250101, b);
		assert_int_equal(append(f->db, &o), APPEND_PRESENT);
	}
	commit(f->db, b);
	assert_int_equal(count(f->db, "a", 0), (size_t)2 + MANY);
	assert_int_equal(count(f->db, "b", 0), (size_t)3);
}

/* A row another program wrote with qualifier 'weird' (1990, as_of
 * 20250101, value 5): growthstat's row of the same figure without a
 * qualifier and another value is new, not a conflict. */
static void test_foreign_qualifier(void **state)
{
	struct fx *f = *state;
	struct gs_obs o;
	sqlite3 *h;
	int64_t b;
	int i;

	store(f, "q", 2000, 1, 20250101);
	assert_int_equal(sqlite3_open(f->path, &h), SQLITE_OK);
	assert_int_equal(sqlite3_exec(h, "INSERT INTO observations(series_id,"
		" kind, period_start, period_end, source_id, as_of, qualifier,"
		" period_prec, value, batch_id) SELECT s.id, 'level', 19900101,"
		" 19901231, src.id, 20250101, 'weird', 'year', 5, 1 FROM series s,"
		" sources src WHERE s.key = 'q'", NULL, NULL, NULL), SQLITE_OK);
	sqlite3_close(h);
	b = begin(f->db, "t");
	for (i = 0; i < MANY; i++) {
		row(&o, "q", 2001 + i, i, 20250101, b);
		assert_int_equal(append(f->db, &o), APPEND_NEW);
	}
	row(&o, "q", 1990, 6, 20250101, b);
	assert_int_equal(append(f->db, &o), APPEND_NEW);
	commit(f->db, b);
	assert_int_equal(count(f->db, "q", 0), (size_t)1 + 1 + MANY + 1);
}

/* A series longer than one read at once (4,096 rows): 4,100 stored
 * years; then MANY new ones, a stored one again (present) and one with
 * another value (conflict), answered by a query per row. */
static void test_long_series(void **state)
{
	struct fx *f = *state;
	struct gs_obs o;
	char msg[512];
	int64_t b;
	int i;

	store(f, "long", 1, 4100, 20250101);
	b = begin(f->db, "t");
	for (i = 0; i < MANY; i++) {
		row(&o, "long", 5000 + i, i, 20250101, b);
		assert_int_equal(append(f->db, &o), APPEND_NEW);
	}
	row(&o, "long", 4000, 4000, 20250101, b);
	assert_int_equal(append(f->db, &o), APPEND_PRESENT);
	row(&o, "long", 4001, 1, 20250101, b);
	assert_int_equal(try_append(f->db, &o, msg), -1);
	commit(f->db, b);
	assert_int_equal(count(f->db, "long", 0), (size_t)4100 + MANY);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_stored_figures_read_at_once,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_series_comes_back,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_foreign_qualifier,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_long_series,
						setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
