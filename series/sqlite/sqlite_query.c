/*
** sqlite_query.c: reading series, observations and sources from SQLite.
**
** Reads see only committed batches (WAL gives each statement a snapshot).
** A series' rows are read in primary-key order and finished by the
** latest-vintage rule of reads.c, as on every backend.
*/
#include "sqlite_int.h"
#include "../pool.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

static void read_info(sqlite3_stmt *st, struct series_info *s)
{
	s->key = db_col_text(st, 0);
	s->name = db_col_text(st, 1);
	s->description = db_col_text(st, 2);
	s->dim = db_col_text(st, 3);
	s->sym = db_col_text(st, 4);
	s->n_obs = sqlite3_column_int64(st, 5);
	s->first = sqlite3_column_int(st, 6);
	s->last = sqlite3_column_int(st, 7);
}

int sqlite_list(struct series_db *db, const char *glob,
		struct series_list *out, struct gs_err *e)
{
	static const char sql[] = SQL_SERIES_COLS
		" WHERE ?1 IS NULL OR gs_glob(?1, s.key) ORDER BY s.key";
	sqlite3_stmt *st = NULL;
	int rc;

	memset(out, 0, sizeof(*out));
	if (obs_insert_visible(db, e))
		return -1;
	if (sqlite3_prepare_v2(SQ(db)->h, sql, -1, &st, NULL))
		return db_err(db, e, "listing series");
	if (glob)
		sqlite3_bind_text(st, 1, glob, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		GS_GROW(out->v, out->n);
		read_info(st, &out->v[out->n++]);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		series_list_free(out);
		return db_err(db, e, "listing series");
	}
	return 0;
}

/* Look key up with the cached statement which (rows waiting to be
 * inserted made visible first); with info, read its row into it. */
static int find_key(struct series_db *db, enum stmt_id which, const char *key,
		    struct series_info *info, struct gs_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if (obs_insert_visible(db, e))
		return -1;
	if ((st = db_stmt(db, which, e)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW && info)
		read_info(st, info);
	/* A cached statement left unreset would hold its read snapshot. */
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return gs_errf(e, GS_EX_DATAERR, "unknown series '%s'", key);
	return db_err(db, e, "reading a series");
}

int sqlite_get(struct series_db *db, const char *key, struct series_info *out,
	       struct gs_err *e)
{
	memset(out, 0, sizeof(*out));
	return find_key(db, ST_SERIES_GET, key, out, e);
}

/* Text column i as a C string ("" for NULL). */
static const char *col_str(sqlite3_stmt *st, int i)
{
	const char *t = (const char *)sqlite3_column_text(st, i);

	return t ? t : "";
}

/* The columns of a figure, from c on, into o: no string. */
static void read_figure_cols(sqlite3_stmt *st, int c, struct gs_obs *o)
{
	memset(o, 0, sizeof(*o));
	o->kind = kind_from_name(col_str(st, c));
	o->period.start = sqlite3_column_int(st, c + 1);
	o->period.end = sqlite3_column_int(st, c + 2);
	o->period.prec = prec_from_name(col_str(st, c + 3));
	o->base.start = sqlite3_column_int(st, c + 4);
	o->base.end = sqlite3_column_int(st, c + 5);
	o->base.prec = prec_from_name(col_str(st, c + 6));
	o->value = sqlite3_column_double(st, c + 7);
	o->qual = qual_from_name(col_str(st, c + 8));
	o->unit.factor = 1;
	o->as_of = sqlite3_column_int(st, c + 12);
	o->retracted = sqlite3_column_int(st, c + 16); /* NULL: 0 */
}

/* The strings here are the caller's key and literals, which only a list
 * whose strings are in a pool never frees: hence the pool required. */
void sqlite_read_figure(sqlite3_stmt *st, int c, const char *key,
			struct pool *pool, struct gs_obs *o)
{
	assert(pool != NULL);
	(void)pool;
	read_figure_cols(st, c, o);
	o->series = key;
	o->unit_text = "";
	o->note = "";
}

/* One row of SQL_OBS_READ (db_internal.h), its columns from c on, but
 * the source's name (column c + 13), which the caller sets. */
void sqlite_read_obs(sqlite3_stmt *st, int c, const char *key,
		     struct pool *pool, struct gs_obs *o)
{
	read_figure_cols(st, c, o);
	o->series = pool ? key : xstrdup(key);
	o->unit_text = pool ? pool_str(pool, col_str(st, c + 9)) :
			      db_col_text(st, c + 9);
	if (sqlite3_column_type(st, c + 10) != SQLITE_NULL) {
		db_copy_str(o->unit.dim, sizeof(o->unit.dim),
			    col_str(st, c + 10));
		db_copy_str(o->unit.sym, sizeof(o->unit.sym),
			    col_str(st, c + 11));
	}
	o->note = pool ? pool_str(pool, col_str(st, c + 14)) :
			 db_col_text(st, c + 14);
	o->batch = sqlite3_column_int64(st, c + 15);
}

int sqlite_observations(struct series_db *db, const char *key, int32_t as_of,
			int flags, struct obs_list *out, struct gs_err *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof(*out));
	if (find_key(db, ST_SERIES_FIND, key, NULL, e))
		return -1;
	if ((st = db_stmt(db, ST_OBS_READ, e)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, as_of > 0 ? as_of : 99991231);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		GS_GROW(out->v, out->n);
		sqlite_read_obs(st, 0, key, NULL, &out->v[out->n]);
		out->v[out->n++].source = db_col_text(st, 13);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		obs_list_free(out);
		return db_err(db, e, "reading observations");
	}
	obs_list_finish(out, flags, as_of);
	return 0;
}

int sqlite_sources(struct series_db *db, struct source_list *out,
		   struct gs_err *e)
{
	static const char sql[] = SQL_SOURCES " ORDER BY src.name";
	sqlite3_stmt *st = NULL;
	int rc;

	memset(out, 0, sizeof(*out));
	if (obs_insert_visible(db, e))
		return -1;
	if (sqlite3_prepare_v2(SQ(db)->h, sql, -1, &st, NULL))
		return db_err(db, e, "listing sources");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct source_info *s;

		GS_GROW(out->v, out->n);
		s = &out->v[out->n++];
		s->name = db_col_text(st, 0);
		s->n_obs = sqlite3_column_int64(st, 1);
		s->first_as_of = sqlite3_column_int(st, 2);
		s->last_as_of = sqlite3_column_int(st, 3);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		source_list_free(out);
		return db_err(db, e, "listing sources");
	}
	return 0;
}

