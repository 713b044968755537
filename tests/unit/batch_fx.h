/*
** batch_fx.h: what the unit tests of batches share (test_batch.c,
** test_figsload.c): a fresh database per test (FX_NAME names its file),
** a yearly row, appends, batches, and counting a series' rows. Included
** by one test program each, after cmocka.h and series/series.h.
*/
#ifndef GS_BATCH_FX_H
#define GS_BATCH_FX_H

#include "db_fx.h"

struct fx {
	char path[64];
	struct series_db *db;
};

static void row(struct gs_obs *o, const char *key, int year, double v,
		int32_t as_of, int64_t batch)
{
	fx_year_row(o, key, "test", year, v, as_of, batch);
}

static enum append_result append(struct series_db *db, const struct gs_obs *o)
{
	enum append_result res = 0;
	struct gs_err e;

	gs_err_clear(&e);
	if (series_append(db, o, "", "", &res, &e))
		fail_msg("append %s: %s", o->series, e.msg);
	return res;
}

static int64_t begin(struct series_db *db, const char *name)
{
	struct gs_err e;
	int64_t b = 0;

	gs_err_clear(&e);
	if (series_batch_begin(db, name, &b, &e))
		fail_msg("begin: %s", e.msg);
	return b;
}

static void commit(struct series_db *db, int64_t b)
{
	struct batch_counts c = { 0 };
	struct gs_err e;

	gs_err_clear(&e);
	if (series_batch_commit(db, b, &c, "", &e))
		fail_msg("commit: %s", e.msg);
}

static size_t count(struct series_db *db, const char *key, int32_t as_of)
{
	struct obs_list l;
	struct gs_err e;
	size_t n;

	gs_err_clear(&e);
	if (series_observations(db, key, as_of, OBSQ_ALL_VINTAGES, &l, &e))
		return (size_t)-1;
	n = l.n;
	obs_list_free(&l);
	return n;
}

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));
	struct gs_err e;

	gs_err_clear(&e);
	snprintf(f->path, sizeof(f->path), "/tmp/gs-test-" FX_NAME "-%ld.db",
		 (long)getpid());
	unlink(f->path);
	f->db = series_open(f->path, SERIES_CREATE, &e);
	assert_non_null(f->db);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;

	series_close(f->db);
	fx_unlink_db(f->path);
	free(f);
	return 0;
}

#endif
