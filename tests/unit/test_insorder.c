/*
** test_insorder.c: the rows a batch stores reach SQLite in the order of the
** observations table's key (series/sqlite/sqlite_insert.c), whatever the
** order they came in, and they are the same rows. A trigger another
** connection adds logs each insert; the rows of two series come with their
** years shuffled, and the log must list them series by series, years
** rising, a vintage after the one before it.
*/
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "series/series.h"

#define FX_NAME "insorder"
#include "batch_fx.h"

#define YEARS 200

static void exec(sqlite3 *h, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(h, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg ? msg : "?");
}

static void test_rows_in_key_order(void **state)
{
	struct fx *f = *state;
	sqlite3 *h = NULL;
	sqlite3_stmt *st = NULL;
	struct gs_obs o;
	int64_t b;
	int i, k, n = 0, prev_s = 0, prev_y = 0, prev_v = 0;

	assert_int_equal(sqlite3_open(f->path, &h), SQLITE_OK);
	exec(h, "CREATE TABLE ins_log(seq INTEGER PRIMARY KEY, s, y, v);"
	     "CREATE TRIGGER ins_logged AFTER INSERT ON observations BEGIN"
	     " INSERT INTO ins_log(s, y, v) VALUES (NEW.series_id,"
	     " NEW.period_start / 10000, NEW.as_of); END");
	b = begin(f->db, "shuffled.csv");
	/* years 1800..1999 in the order 73 * i mod 200 (73 is prime to
	 * 200: each once), two vintages each, series b before a */
	for (k = 0; k < 2; k++)
		for (i = 0; i < YEARS; i++) {
			int y = 1800 + (73 * i) % YEARS;

			row(&o, k ? "a" : "b", y, y, 20250101, b);
			assert_int_equal(append(f->db, &o), APPEND_NEW);
			row(&o, k ? "a" : "b", y, y + 1, 20240101, b);
			assert_int_equal(append(f->db, &o), APPEND_NEW);
		}
	commit(f->db, b);
	assert_int_equal(sqlite3_prepare_v2(h, "SELECT s, y, v FROM ins_log"
					    " ORDER BY seq", -1, &st, NULL),
			 SQLITE_OK);
	while (sqlite3_step(st) == SQLITE_ROW) {
		int s = sqlite3_column_int(st, 0), y = sqlite3_column_int(st, 1);
		int v = sqlite3_column_int(st, 2);

		/* series b was created first (id 1), then a (id 2) */
		assert_true(s > prev_s || (s == prev_s && (y > prev_y ||
			    (y == prev_y && v > prev_v))));
		prev_s = s;
		prev_y = y;
		prev_v = v;
		n++;
	}
	sqlite3_finalize(st);
	sqlite3_close(h);
	assert_int_equal(n, 2 * 2 * YEARS);
	assert_int_equal(count(f->db, "a", 0), 2 * YEARS);
	assert_int_equal(count(f->db, "b", 0), 2 * YEARS);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_rows_in_key_order, setup,
						teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
