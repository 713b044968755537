/*
** obs_fx.h: one figure appended from its texts (period, unit, base as a
** CSV gives them), for unit tests that build series by hand
** (test_points.c, test_project_sum.c). Included after cmocka.h.
*/
#ifndef GS_OBS_FX_H
#define GS_OBS_FX_H

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "series/parse.h"

/* A test database with a batch open. */
struct fx {
	char path[64];
	struct series_db *db;
	int64_t batch;
};

/* Append key's figure to batch; a relative kind's value is stored as
 * given, any other scaled by the unit. Vintage 2025-10-07. */
static void fx_add(struct series_db *db, int64_t batch, const char *source,
		   const char *key, const char *period, enum gs_kind kind,
		   double v, const char *unit, enum gs_qual q,
		   const char *base)
{
	struct gs_obs o = { 0 };
	enum append_result res;
	const char *why;
	struct gs_err e;

	gs_err_clear(&e);
	o.series = key;
	o.kind = kind;
	assert_int_equal(period_parse(period, &o.period, &why), 0);
	assert_int_equal(period_parse(base, &o.base, &why), 0);
	assert_int_equal(unit_parse(unit, &o.unit, &why), 0);
	o.unit_text = unit;
	o.value = kind_is_relative(kind) ? v : v * o.unit.factor;
	o.qual = q;
	o.as_of = 20251007;
	o.source = source;
	o.note = "";
	o.batch = batch;
	assert_int_equal(series_append(db, &o, "", "", &res, &e), 0);
}

/* A fresh database at /tmp/gs-test-NAME-PID.db (its path in path[n])
 * with a batch begun (*batch). */
static struct series_db *fx_open_batch(char *path, size_t n,
				       const char *name, int64_t *batch)
{
	struct series_db *db;
	struct gs_err e;

	gs_err_clear(&e);
	snprintf(path, n, "/tmp/gs-test-%s-%ld.db", name, (long)getpid());
	unlink(path);
	db = series_open(path, SERIES_CREATE, &e);
	assert_non_null(db);
	assert_int_equal(series_batch_begin(db, "t", batch, &e), 0);
	return db;
}

/* Commit the batch and hand f to the tests: the end of a setup. */
static int fx_commit(void **state, struct fx *f)
{
	struct batch_counts c = { 0 };
	struct gs_err e;

	gs_err_clear(&e);
	assert_int_equal(series_batch_commit(f->db, f->batch, &c, "", &e), 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;

	series_close(f->db);
	unlink(f->path);
	free(f);
	return 0;
}

#endif
