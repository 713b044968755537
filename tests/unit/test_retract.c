/*
** test_retract.c: retractions through the storage layer (series.h) on
** SQLite: the read rule (obs_list_finish) by the as_of of the read, the
** same answer from series_scan (its own statement, read on a thread) as
** from series_observations, the fallback to the vintage before, marks
** kept with --all-vintages, idempotence, and the refusals of a batch that
** stored nothing. Expected values are the test's own figures.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "series/parse.h"
#include "series/series.h"

#include "db_fx.h"

struct fx {
	char path[256];
	struct series_db *db;
};

static void add(struct series_db *db, int64_t batch, const char *period,
		double v, int32_t as_of)
{
	struct gs_obs o = { 0 };
	enum append_result res;
	const char *why;
	struct gs_err e;

	gs_err_clear(&e);
	o.series = "t.out";
	o.kind = GS_KIND_LEVEL;
	assert_int_equal(period_parse(period, &o.period, &why), 0);
	assert_int_equal(unit_parse("jobs", &o.unit, &why), 0);
	o.unit_text = "jobs";
	o.value = v;
	o.as_of = as_of;
	o.source = "stat";
	o.note = "";
	o.batch = batch;
	if (series_append(db, &o, "", "", &res, &e))
		fail_msg("append: %s", e.msg);
}

static void batch(struct fx *f, const char *file, const char *periods,
		  const double *v, int32_t as_of)
{
	struct batch_counts c = { 0 };
	struct gs_err e;
	int64_t id;
	char p[8];
	int i;

	gs_err_clear(&e);
	assert_int_equal(series_batch_begin(f->db, file, &id, &e), 0);
	for (i = 0; periods[4 * i]; i++) {
		memcpy(p, periods + 4 * i, 4);
		p[4] = '\0';
		add(f->db, id, p, v[i], as_of);
	}
	assert_int_equal(series_batch_commit(f->db, id, &c, "", &e), 0);
}

static int setup(void **state)
{
	static struct fx f;
	static const double v1[] = { 10, 20, 30 }, v2[] = { 25, 40 };
	struct gs_err e;

	gs_err_clear(&e);
	snprintf(f.path, sizeof(f.path), "/tmp/gs-test-retract-%ld.db",
		 (long)getpid());
	unlink(f.path);
	f.db = series_open(f.path, SERIES_CREATE, &e);
	if (f.db == NULL)
		fail_msg("open: %s", e.msg);
	/* batch 1: 2022 10, 2023 20, 2024 30 at 2025-01-01; batch 2 (wrong):
	 * 2023 25 and 2025 40 at 2025-03-01 */
	batch(&f, "one.csv", "202220232024", v1, 20250101);
	batch(&f, "two.csv", "20232025", v2, 20250301);
	*state = &f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;

	series_close(f->db);
	fx_unlink_db(f->path);
	return 0;
}

/* The values of t.out read at as_of, "10 20 30", per period order. */
static void values(struct series_db *db, int32_t as_of, int flags,
		   char *buf, size_t n)
{
	struct obs_list l;
	struct gs_err e;
	size_t i, k = 0;

	gs_err_clear(&e);
	if (series_observations(db, "t.out", as_of, flags, &l, &e))
		fail_msg("read: %s", e.msg);
	buf[0] = '\0';
	for (i = 0; i < l.n; i++)
		k += (size_t)snprintf(buf + k, n - k, "%s%g%s", i ? " " : "",
				      l.v[i].value,
				      obs_retracted(&l.v[i], as_of) ? "r" : "");
	obs_list_free(&l);
}

struct scanned {
	char buf[128];
};

static int on_series(void *arg, struct series_info *info,
		     struct obs_list *obs, struct gs_err *e)
{
	struct scanned *s = arg;
	size_t i, k = 0;

	(void)e;
	for (i = 0; i < obs->n; i++)
		k += (size_t)snprintf(s->buf + k, sizeof(s->buf) - k, "%s%g",
				      i ? " " : "", obs->v[i].value);
	series_info_free(info);
	obs_list_free(obs);
	return 0;
}

static void scan_values(struct series_db *db, int32_t as_of, char *buf,
			size_t n)
{
	struct scanned s = { "" };
	struct gs_err e;

	gs_err_clear(&e);
	if (series_scan(db, NULL, as_of, OBSQ_LATEST, on_series, &s, &e))
		fail_msg("scan: %s", e.msg);
	snprintf(buf, n, "%s", s.buf);
}

static void test_batch_retraction(void **state)
{
	struct fx *f = *state;
	struct retraction r = { 20250401, "wrong source" };
	struct gs_err e;
	long rows = 0, added = 0;
	char got[128];

	gs_err_clear(&e);
	values(f->db, 0, OBSQ_LATEST, got, sizeof(got));
	assert_string_equal(got, "10 25 30 40");
	assert_int_equal(series_retract_batch(f->db, 2, &r, &rows, &added,
					      &e), 0);
	assert_int_equal(rows, 2);
	assert_int_equal(added, 2);
	/* now: 2023 falls back to 20, 2025 is gone */
	values(f->db, 0, OBSQ_LATEST, got, sizeof(got));
	assert_string_equal(got, "10 20 30");
	scan_values(f->db, 0, got, sizeof(got));
	assert_string_equal(got, "10 20 30");
	/* the day before the retraction: as it was */
	values(f->db, 20250331, OBSQ_LATEST, got, sizeof(got));
	assert_string_equal(got, "10 25 30 40");
	scan_values(f->db, 20250331, got, sizeof(got));
	assert_string_equal(got, "10 25 30 40");
	/* on the day */
	scan_values(f->db, 20250401, got, sizeof(got));
	assert_string_equal(got, "10 20 30");
	/* every vintage kept, the retracted marked */
	values(f->db, 0, OBSQ_ALL_VINTAGES, got, sizeof(got));
	assert_string_equal(got, "10 20 25r 30 40r");
	/* again: nothing added, the first record stands */
	r.date = 20250501;
	assert_int_equal(series_retract_batch(f->db, 2, &r, &rows, &added,
					      &e), 0);
	assert_int_equal(added, 0);
	scan_values(f->db, 20250420, got, sizeof(got));
	assert_string_equal(got, "10 20 30");
}

static void test_row_retraction(void **state)
{
	struct fx *f = *state;
	struct retraction r = { 20250401, "typo" };
	struct obs_list l;
	struct gs_err e;
	long added = 0;
	char got[128];

	gs_err_clear(&e);
	assert_int_equal(series_observations(f->db, "t.out", 0, OBSQ_LATEST,
					     &l, &e), 0);
	assert_int_equal(l.n, 3);
	/* 2022 (10) */
	assert_int_equal(series_retract_rows(f->db, &l.v[0], 1, &r, &added,
					     &e), 0);
	assert_int_equal(added, 1);
	assert_int_equal(series_retract_rows(f->db, &l.v[0], 1, &r, &added,
					     &e), 0);
	assert_int_equal(added, 0);
	obs_list_free(&l);
	values(f->db, 0, OBSQ_LATEST, got, sizeof(got));
	assert_string_equal(got, "20 30");
}

static void test_refusals(void **state)
{
	struct fx *f = *state;
	struct retraction r = { 20250401, "x" }, none = { 20250401, "" };
	struct batch_counts c = { 0 };
	struct gs_err e;
	long rows, added;
	int64_t id;

	gs_err_clear(&e);
	assert_int_equal(series_retract_batch(f->db, 9, &r, &rows, &added,
					      &e), -1);
	assert_int_equal(e.code, GS_EX_DATAERR);
	assert_non_null(strstr(e.msg, "no batch 9"));
	gs_err_clear(&e);
	assert_int_equal(series_retract_batch(f->db, 1, &none, &rows, &added,
					      &e), -1);
	assert_non_null(strstr(e.msg, "needs a reason"));
	/* a refused attempt is in the log, with nothing to retract */
	gs_err_clear(&e);
	assert_int_equal(series_batch_log_refused(f->db, "bad.csv", &c, "",
						  "bad row", &e), 0);
	assert_int_equal(series_retract_batch(f->db, 3, &r, &rows, &added,
					      &e), -1);
	assert_non_null(strstr(e.msg, "batch 3 was not stored"));
	gs_err_clear(&e);
	assert_int_equal(series_batch_of_file(f->db, "bad.csv", &id, &e), -1);
	gs_err_clear(&e);
	assert_int_equal(series_batch_of_file(f->db, "two.csv", &id, &e), 0);
	assert_int_equal(id, 2);
	assert_int_equal(series_batch_of_file(f->db, "three.csv", &id, &e), -1);
	assert_non_null(strstr(e.msg, "no stored batch read 'three.csv'"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_batch_retraction),
		cmocka_unit_test(test_row_retraction),
		cmocka_unit_test(test_refusals),
	};

	return cmocka_run_group_tests(tests, setup, teardown);
}
