/*
** test_walbuf.c: a writer's write-ahead log reaches its file in large
** writes (series/sqlite/sqlite_walbuf.c), and nothing else changes for it:
** a transaction larger than the page cache is read back whole by a second
** connection the moment COMMIT returns (the commit's sync wrote what was
** gathered first); pages the transaction wrote out and then needs again
** or changes again read back right inside it; a write the file system
** refuses fails the transaction, which leaves the database as it was;
** and a large ingest batch writes each frame of the log once (its row in
** the batch log is written at commit, not at begin and again at commit:
** SQLite re-reads and re-checksums every frame after one written twice).
*/
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <signal.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "series/series.h"
#include "series/sqlite/sqlite_walbuf.h"

#define FX_NAME "walbuf"
#include "batch_fx.h"

/* Rows of 400 bytes: 4,000 of them are about 400 pages, forty times the
 * page cache the tests give their connections. */
#define ROWS 4000

static char path[64];

static sqlite3 *open_with(const char *vfs)
{
	sqlite3 *h = NULL;

	assert_int_equal(sqlite3_open_v2(path, &h, SQLITE_OPEN_READWRITE |
					 SQLITE_OPEN_CREATE, vfs), SQLITE_OK);
	return h;
}

static void exec(sqlite3 *h, const char *sql)
{
	char *msg = NULL;

	if (sqlite3_exec(h, sql, NULL, NULL, &msg) != SQLITE_OK)
		fail_msg("%s: %s", sql, msg ? msg : "?");
}

static sqlite3_int64 one(sqlite3 *h, const char *sql)
{
	sqlite3_stmt *st = NULL;
	sqlite3_int64 v;

	assert_int_equal(sqlite3_prepare_v2(h, sql, -1, &st, NULL), SQLITE_OK);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	v = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	return v;
}

/* A writer through the VFS, in WAL mode with a page cache of 10 pages. */
static sqlite3 *writer(void)
{
	sqlite3 *h;

	assert_non_null(walbuf_vfs());
	snprintf(path, sizeof(path), "/tmp/gs-test-walbuf-%ld.db",
		 (long)getpid());
	fx_unlink_db(path);
	h = open_with(walbuf_vfs());
	exec(h, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
	     " PRAGMA cache_size=10;"
	     " CREATE TABLE t(k INTEGER PRIMARY KEY, v TEXT NOT NULL)");
	return h;
}

/* k = 1..n, v = 400 characters made from k */
static void fill(sqlite3 *h, int n)
{
	char sql[160];

	snprintf(sql, sizeof(sql), "WITH RECURSIVE c(k) AS (SELECT 1 UNION ALL"
		 " SELECT k + 1 FROM c WHERE k < %d) INSERT INTO t"
		 " SELECT k, printf('%%0400d', k) FROM c", n);
	exec(h, sql);
}

static void test_gathered_and_visible_at_commit(void **state)
{
	struct walbuf_counts a, b;
	sqlite3 *h = writer(), *r;

	(void)state;
	walbuf_counts(&a);
	exec(h, "BEGIN");
	fill(h, ROWS);
	exec(h, "COMMIT");
	walbuf_counts(&b);
	/* two writes a page (frame header, page) asked for, a few made */
	assert_true(b.calls - a.calls >= 2 * (ROWS / 10));
	assert_true((b.writes - a.writes) * 20 < b.calls - a.calls);
	/* read by another connection before the writer closes or
	 * checkpoints: from the log, which must hold every frame */
	r = open_with(NULL);
	assert_int_equal(one(r, "SELECT count(*) FROM t"), ROWS);
	assert_int_equal(one(r, "SELECT sum(k) FROM t"),
			 (sqlite3_int64)ROWS * (ROWS + 1) / 2);
	assert_int_equal(one(r, "SELECT count(*) FROM t"
			 " WHERE v = printf('%0400d', k)"), ROWS);
	sqlite3_close(r);
	sqlite3_close(h);
	fx_unlink_db(path);
}

static void test_reads_and_rewrites_inside(void **state)
{
	sqlite3 *h = writer(), *r;

	(void)state;
	exec(h, "BEGIN");
	fill(h, ROWS);
	/* the first pages went to the log long ago: read them, then change
	 * them (SQLite writes their frames again in place) */
	assert_int_equal(one(h, "SELECT count(*) FROM t"
			 " WHERE v = printf('%0400d', k)"), ROWS);
	exec(h, "UPDATE t SET v = printf('%0400d', -k) WHERE k <= 300");
	assert_int_equal(one(h, "SELECT count(*) FROM t"
			 " WHERE v = printf('%0400d', -k)"), 300);
	exec(h, "COMMIT");
	r = open_with(NULL);
	assert_int_equal(one(r, "SELECT count(*) FROM t"
			 " WHERE v = printf('%0400d', -k)"), 300);
	assert_int_equal(one(r, "SELECT count(*) FROM t"
			 " WHERE v = printf('%0400d', k)"), ROWS - 300);
	sqlite3_close(r);
	sqlite3_close(h);
	r = open_with(NULL);
	assert_int_equal(one(r, "SELECT count(*) FROM t"), ROWS);
	sqlite3_close(r);
	fx_unlink_db(path);
}

static void test_refused_write_fails_transaction(void **state)
{
	struct rlimit old, lim;
	sqlite3 *h = writer(), *r;
	int rc;

	(void)state;
	exec(h, "BEGIN");
	fill(h, 10);
	exec(h, "COMMIT");
	/* the log may not grow past 256 KiB: the big transaction fails */
	signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	lim = old;
	lim.rlim_cur = 256 << 10;
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);
	exec(h, "BEGIN");
	rc = sqlite3_exec(h, "WITH RECURSIVE c(k) AS (SELECT 11 UNION ALL"
			  " SELECT k + 1 FROM c WHERE k < 4000) INSERT INTO t"
			  " SELECT k, printf('%0400d', k) FROM c", NULL, NULL,
			  NULL);
	if (rc == SQLITE_OK)
		rc = sqlite3_exec(h, "COMMIT", NULL, NULL, NULL);
	assert_int_not_equal(rc, SQLITE_OK);
	assert_true((rc & 0xff) == SQLITE_FULL || (rc & 0xff) == SQLITE_IOERR);
	if (!sqlite3_get_autocommit(h))
		sqlite3_exec(h, "ROLLBACK", NULL, NULL, NULL);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
	sqlite3_close(h);
	r = open_with(NULL);
	assert_int_equal(one(r, "SELECT count(*) FROM t"), 10);
	sqlite3_close(r);
	r = open_with(NULL);
	assert_int_equal(one(r, "SELECT count(*) FROM pragma_integrity_check"
			 " WHERE integrity_check = 'ok'"), 1);
	assert_int_equal(one(r, "SELECT count(*) FROM t WHERE k > 10"), 0);
	sqlite3_close(r);
	fx_unlink_db(path);
}

/* Rows with a note of 200 characters, about 15 a page: 60,000 of them
 * fill four times the 8 MB page cache of a batch, so the first pages reach
 * the log long before the commit. */
#define BATCH_ROWS 60000

static void test_batch_writes_each_frame_once(void **state)
{
	struct fx *f = *state;
	struct walbuf_counts a, b;
	struct gs_obs o;
	char key[32], note[201];
	int64_t id;
	int i;

	memset(note, 'n', 200);
	note[200] = '\0';
	walbuf_counts(&a);
	id = begin(f->db, "big.csv");
	for (i = 0; i < BATCH_ROWS; i++) {
		snprintf(key, sizeof(key), "s%04d", i / 100);
		row(&o, key, 1900 + i % 100, i, 20250101, id);
		o.note = note;
		assert_int_equal(append(f->db, &o), APPEND_NEW);
	}
	commit(f->db, id);
	walbuf_counts(&b);
	assert_true(b.calls - a.calls > 2 * (BATCH_ROWS / 100));
	assert_int_equal(b.rewrites - a.rewrites, 0);
	assert_int_equal(count(f->db, "s0000", 0), 100);
	assert_int_equal(count(f->db, "s0599", 0), 100);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_gathered_and_visible_at_commit),
		cmocka_unit_test(test_reads_and_rewrites_inside),
		cmocka_unit_test(test_refused_write_fails_transaction),
		cmocka_unit_test_setup_teardown(test_batch_writes_each_frame_once,
						setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
