/*
** test_batch.c: what a batch promises around rows that wait to be written
** (series/sqlite/sqlite_insert.c) and figures kept in memory
** (series/figmem.c), through the public API of series.h: a bad row is
** refused at once, reads inside a batch see what it wrote, nothing kept in
** memory outlives its batch, and a stage that failed to spill leaves a
** batch that can still end.
*/
#define _POSIX_C_SOURCE 200809L /* setenv, strdup */

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

#define FX_NAME "batch"
#include "batch_fx.h"

/* A row no kind, period or series makes valid is refused when appended,
 * with its own error, however many rows of a new series wait around it;
 * the others are all stored. */
static void test_bad_row_refused_at_once(void **state)
{
	struct fx *f = *state;
	enum append_result res;
	struct gs_obs o;
	struct gs_err e;
	int64_t b = begin(f->db, "bad");
	int i;

	for (i = 0; i < 20; i++) {
		row(&o, "bad.series", 2000 + i, i, 20250101, b);
		if (i == 1 || i == 7 || i == 12) {
			o.kind = i == 1 ? GS_KIND_NONE : i == 7 ? 99 : GS_KIND_LEVEL;
			if (i == 12)
				o.period.start = o.period.end = 0;
			gs_err_clear(&e);
			assert_int_equal(series_append(f->db, &o, "", "", &res,
						       &e), -1);
			assert_int_equal(e.code, GS_EX_DATAERR);
			continue;
		}
		assert_int_equal(append(f->db, &o), APPEND_NEW);
	}
	o.series = "";
	gs_err_clear(&e);
	assert_int_equal(series_append(f->db, &o, "", "", &res, &e), -1);
	commit(f->db, b);
	assert_int_equal(count(f->db, "bad.series", 0), 17);
}

/* Reads inside the batch see the rows it appended, waiting ones too. */
static void test_reads_see_the_batch(void **state)
{
	struct fx *f = *state;
	struct series_info info;
	struct gs_obs o;
	struct gs_err e;
	int64_t b = begin(f->db, "see");
	int i;

	for (i = 0; i < 5; i++) {
		row(&o, "seen.series", 2010 + i, i, 20250101, b);
		assert_int_equal(append(f->db, &o), APPEND_NEW);
		assert_int_equal(count(f->db, "seen.series", 0), (size_t)i + 1);
	}
	gs_err_clear(&e);
	assert_int_equal(series_get(f->db, "seen.series", &info, &e), 0);
	assert_int_equal(info.n_obs, 5);
	series_info_free(&info);
	/* rows of a new series wait again after the read */
	row(&o, "seen.series", 2020, 1, 20250101, b);
	assert_int_equal(append(f->db, &o), APPEND_NEW);
	series_batch_rollback(f->db);
	assert_int_equal(count(f->db, "seen.series", 0), (size_t)-1);
}

/*
** Figures kept in memory for a series the batch created do not outlive the
** batch: another handle revises the figure in between, and the next batch
** of the first handle must see the revision (the revision's own row again
** is then already present; kept in memory, only the first row was known).
*/
static void test_memory_ends_with_the_batch(void **state)
{
	struct fx *f = *state;
	struct series_db *other;
	struct gs_obs o;
	struct gs_err e;
	int64_t b;

	b = begin(f->db, "one");
	row(&o, "kept", 2024, 1, 20250101, b);
	assert_int_equal(append(f->db, &o), APPEND_NEW);
	commit(f->db, b);

	gs_err_clear(&e);
	other = series_open(f->path, SERIES_WRITE, &e);
	assert_non_null(other);
	b = begin(other, "two");
	row(&o, "kept", 2024, 2, 20250201, b);
	assert_int_equal(append(other, &o), APPEND_NEW);
	commit(other, b);
	series_close(other);

	b = begin(f->db, "three");
	row(&o, "kept", 2024, 1, 20250301, b);
	assert_int_equal(append(f->db, &o), APPEND_NEW);
	row(&o, "kept", 2024, 2, 20250201, b);
	assert_int_equal(append(f->db, &o), APPEND_PRESENT);
	commit(f->db, b);
	assert_int_equal(count(f->db, "kept", 0), 3);
}

/* A stage that cannot spill (no TMPDIR) fails; flushing after that does no
 * harm, the batch rolls back, and the handle goes on. */
static void test_failed_spill_ends_cleanly(void **state)
{
	struct fx *f = *state;
	struct batch_counts c = { 0 };
	const char *was = getenv("TMPDIR");
	char *keep = was ? strdup(was) : NULL;
	struct gs_obs o;
	struct gs_err e;
	int64_t b;
	int i, failed = 0;

	setenv("GROWTHSTAT_STAGE_ROWS", "4", 1);
	setenv("TMPDIR", "/nonexistent/growthstat-test", 1);
	b = begin(f->db, "spill");
	series_stage_begin(f->db, NULL, NULL, &c);
	for (i = 0; i < 10; i++) {
		row(&o, "spilled", 2000 + i, i, 20250101, b);
		gs_err_clear(&e);
		if (series_stage(f->db, &o, "", "", i, &e)) {
			assert_int_equal(e.code, GS_EX_IOERR);
			failed++;
		}
	}
	assert_true(failed > 0);
	/* flushing after a failure must not touch what failed (it may fail
	 * again: the runs still have nowhere to go) */
	gs_err_clear(&e);
	series_stage_flush(f->db, &e);
	series_batch_rollback(f->db);
	unsetenv("GROWTHSTAT_STAGE_ROWS");
	if (keep) {
		setenv("TMPDIR", keep, 1);
		free(keep);
	} else {
		unsetenv("TMPDIR");
	}
	assert_int_equal(count(f->db, "spilled", 0), (size_t)-1);
	gs_err_clear(&e);
	assert_int_equal(series_check(f->db, &e), 0);
	/* and the handle goes on */
	b = begin(f->db, "after");
	row(&o, "spilled", 2000, 1, 20250101, b);
	assert_int_equal(append(f->db, &o), APPEND_NEW);
	commit(f->db, b);
	assert_int_equal(count(f->db, "spilled", 0), 1);
}

/* Rows refused while staged: their tags and messages. */
struct refusals {
	long tag[8];
	char msg[8][512];
	int n;
};

static void refused(void *arg, long tag, const struct gs_err *e)
{
	struct refusals *r = arg;

	assert_true(r->n < 8);
	r->tag[r->n] = tag;
	gs_snprintf(r->msg[r->n], sizeof(r->msg[0]), "%s", e->msg);
	r->n++;
}

static void stage_row(struct series_db *db, const char *key, double v,
		      int32_t as_of, const char *source, long tag, int64_t b)
{
	struct gs_obs o;
	struct gs_err e;

	row(&o, key, 2024, v, as_of, b);
	o.source = source;
	gs_err_clear(&e);
	if (series_stage(db, &o, "", "", tag, &e))
		fail_msg("stage: %s", e.msg);
}

/*
** Within one staged batch (a file): a repeat is already present, and a row
** of the same figure and as_of with another value conflicts with the
** earlier line, which the message names; other sources, other as_of and
** other series are new. Rows of a series come in tag order whatever the
** order they were staged in, so line 10 is the earlier one.
*/
static void test_conflict_within_the_file(void **state)
{
	struct fx *f = *state;
	struct batch_counts c = { 0 };
	struct refusals r = { 0 };
	struct gs_err e;
	int64_t b = begin(f->db, "file");

	series_stage_begin(f->db, refused, &r, &c);
	stage_row(f->db, "w.x", 2.0, 20250101, "s", 30, b);  /* conflict */
	stage_row(f->db, "w.x", 1.0, 20250101, "s", 10, b);  /* new */
	stage_row(f->db, "w.y", 2.0, 20250101, "s", 15, b);  /* new */
	stage_row(f->db, "w.x", 1.0, 20250101, "s", 20, b);  /* present */
	stage_row(f->db, "w.x", 2.0, 20250101, "t", 40, b);  /* new */
	stage_row(f->db, "w.x", 2.0, 20250201, "s", 50, b);  /* new */
	gs_err_clear(&e);
	assert_int_equal(series_stage_flush(f->db, &e), 0);
	assert_int_equal(c.rows_new, 4);
	assert_int_equal(c.rows_present, 1);
	assert_int_equal(c.rows_rejected, 1);
	assert_int_equal(r.n, 1);
	assert_int_equal(r.tag[0], 30);
	assert_non_null(strstr(r.msg[0], "conflicts with line 10 of this "
			       "file"));
	assert_non_null(strstr(r.msg[0], "with value 1 there"));
	commit(f->db, b);
	assert_int_equal(count(f->db, "w.x", 0), 3);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(test_bad_row_refused_at_once,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_reads_see_the_batch,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_memory_ends_with_the_batch,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_failed_spill_ends_cleanly,
						setup, teardown),
		cmocka_unit_test_setup_teardown(test_conflict_within_the_file,
						setup, teardown),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
