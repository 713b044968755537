/*
** test_fkbatch.c: a batch's figures refer only to parents that exist,
** although a batch writes them with SQLite's per-row foreign-key checks
** off (series/sqlite/sqlite_fk.c checks each distinct parent id once at
** commit). A figure naming a batch that does not exist (series_append
** takes the batch id from the caller) is refused and its batch rolls back
** whole; the next batch writes normally; a batch of many series and
** sources commits. Run against the public API of series.h.
*/
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "series/series.h"

#include "db_fx.h"

static char path[64];

static void row(struct gs_obs *o, const char *key, const char *source,
		int year, int64_t batch)
{
	fx_year_row(o, key, source, year, year, 20250101, batch);
}

static struct series_db *open_fresh(void)
{
	struct series_db *db;
	struct gs_err e;

	snprintf(path, sizeof(path), "/tmp/gs-test-fk-%ld.db", (long)getpid());
	fx_unlink_db(path);
	gs_err_clear(&e);
	db = series_open(path, SERIES_CREATE, &e);
	assert_non_null(db);
	return db;
}

static void close_db(struct series_db *db)
{
	series_close(db);
	fx_unlink_db(path);
}

/* Append n rows of key from source in a batch; 0 when it commits. */
static int batch(struct series_db *db, const char *key, const char *source,
		 int n, int64_t batch_off, struct gs_err *e)
{
	enum append_result res;
	struct batch_counts c = { 0 };
	struct gs_obs o;
	int64_t b = 0;
	int i;

	if (series_batch_begin(db, "fk", &b, e))
		return -1;
	for (i = 0; i < n; i++) {
		row(&o, key, source, 2000 + i, b + batch_off);
		if (series_append(db, &o, "", "", &res, e)) {
			series_batch_rollback(db);
			return -1;
		}
	}
	return series_batch_commit(db, b, &c, "", e);
}

static size_t count(struct series_db *db, const char *key)
{
	struct obs_list l;
	struct gs_err e;
	size_t n;

	gs_err_clear(&e);
	if (series_observations(db, key, 0, OBSQ_ALL_VINTAGES, &l, &e))
		return (size_t)-1;
	n = l.n;
	obs_list_free(&l);
	return n;
}

static void test_missing_batch_refused(void **state)
{
	struct series_db *db = open_fresh();
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	if (batch(db, "fk.good", "a", 3, 0, &e))
		fail_msg("%s", e.msg);
	/* Rows of a new series wait to go 64 at a time: 100 rows cover a
	 * full statement and single ones. */
	gs_err_clear(&e);
	assert_int_equal(batch(db, "fk.bad", "a", 100, 1000, &e), -1);
	assert_non_null(strstr(e.msg, "FOREIGN KEY"));
	/* Not even the series: the whole batch rolled back. */
	assert_int_equal(count(db, "fk.bad"), (size_t)-1);
	/* An existing series: its rows are written one by one. */
	gs_err_clear(&e);
	assert_int_equal(batch(db, "fk.good", "b", 2, 1000, &e), -1);
	assert_int_equal(count(db, "fk.good"), 3);
	gs_err_clear(&e);
	assert_int_equal(batch(db, "fk.good", "c", 2, 0, &e), 0);
	assert_int_equal(count(db, "fk.good"), 5);
	close_db(db);
}

static void test_many_parents_commit(void **state)
{
	struct series_db *db = open_fresh();
	enum append_result res;
	struct batch_counts c = { 0 };
	static const char *const src[] = { "s1", "s2", "s3" };
	char key[32];
	struct gs_obs o;
	struct gs_err e;
	int64_t b = 0;
	int i;

	(void)state;
	gs_err_clear(&e);
	assert_int_equal(series_batch_begin(db, "many", &b, &e), 0);
	for (i = 0; i < 600; i++) {
		snprintf(key, sizeof(key), "fk.s%d", i % 300);
		row(&o, key, src[i % 3], 2000 + i, b);
		assert_int_equal(series_append(db, &o, "", "", &res, &e), 0);
	}
	assert_int_equal(series_batch_commit(db, b, &c, "", &e), 0);
	assert_int_equal(count(db, "fk.s7"), 2);
	close_db(db);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_missing_batch_refused),
		cmocka_unit_test(test_many_parents_commit),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
