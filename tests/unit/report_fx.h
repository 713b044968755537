/*
** report_fx.h: figures written as text rows ("g.a", "2021", "level",
** 110, "jobs", ...) stored in a throw-away SQLite database, for the unit
** tests of the report library (test_report_page, test_report_xform,
** test_report_deflate, test_report_retract).
** Included after cmocka.h, stdio.h, string.h, unistd.h, series/parse.h
** and series/series.h.
*/
#ifndef GS_REPORT_FX_H
#define GS_REPORT_FX_H

#include "db_fx.h"

/* One stored figure; NULL fields take a default. */
struct row {
	const char *key, *period, *kind;
	double v;
	const char *unit, *base, *source, *note, *name, *qual;
};

static void fx_add(struct series_db *db, int64_t batch, const struct row *w)
{
	struct gs_obs o = { 0 };
	enum append_result res;
	const char *why;
	struct gs_err e;

	gs_err_clear(&e);
	o.series = w->key;
	o.kind = kind_from_name(w->kind);
	assert_int_equal(period_parse(w->period, &o.period, &why), 0);
	assert_int_equal(period_parse(w->base ? w->base : "", &o.base, &why),
			 0);
	assert_int_equal(unit_parse(w->unit, &o.unit, &why), 0);
	o.unit_text = w->unit;
	o.value = kind_is_relative(o.kind) ? w->v : w->v * o.unit.factor;
	o.qual = qual_from_name(w->qual ? w->qual : "");
	o.as_of = 20250101;
	o.source = w->source ? w->source : "src";
	o.note = w->note ? w->note : "";
	o.batch = batch;
	assert_int_equal(series_append(db, &o, w->name ? w->name : "",
				       w->name ? w->name : "", &res, &e), 0);
}

/* A new database at path holding rows[0..n), one batch. */
static struct series_db *fx_db_new(const char *path, const struct row *rows,
				   size_t n)
{
	struct batch_counts c = { 0 };
	struct series_db *db;
	struct gs_err e;
	int64_t batch;
	size_t i;

	gs_err_clear(&e);
	fx_unlink_db(path);
	db = series_open(path, SERIES_CREATE, &e);
	assert_non_null(db);
	assert_int_equal(series_batch_begin(db, "t", &batch, &e), 0);
	for (i = 0; i < n; i++)
		fx_add(db, batch, &rows[i]);
	assert_int_equal(series_batch_commit(db, batch, &c, "", &e), 0);
	return db;
}

/* The file of a group's database (fx_group_open). */
static inline char *fx_group_path(void)
{
	static char path[64];

	return path;
}

/* A cmocka group setup's work: rows[0..n) in a database of its own for
 * the whole group, as *state, its file named after name. */
static inline int fx_group_open(void **state, const char *name,
				const struct row *rows, size_t n)
{
	snprintf(fx_group_path(), 64, "/tmp/gs-test-%s-%ld.db", name,
		 (long)getpid());
	*state = fx_db_new(fx_group_path(), rows, n);
	return 0;
}

/* The group teardown: the database closed and removed. */
static inline int fx_group_close(void **state)
{
	series_close(*state);
	fx_unlink_db(fx_group_path());
	return 0;
}

#endif
