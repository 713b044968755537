/*
** sqlite_append.c: writing batches of observations, one transaction per batch.
**
** A row is "already present" only when the same figure (series, kind,
** period, base, source, qualifier) is stored with the same as_of and the
** same value; the same as_of with another value is a conflict, refused;
** every other row is new and written. That makes re-ingesting a file, or
** the same rows in another file, add nothing, and it makes what is stored
** (and so every answer about vintages) the same whatever order files
** arrive in. A rule that skipped a row because an earlier vintage said the
** same could not be: a restatement skipped today would be missing once an
** older vintage with another value arrived tomorrow.
*/
#include "sqlite_int.h"
#include "../figmem.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

static void now_text(char *buf, size_t n)
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static int bind_text(sqlite3_stmt *st, int i, const char *s)
{
	return sqlite3_bind_text(st, i, s ? s : "", -1, SQLITE_STATIC);
}

/* What was kept of a series in memory is only known to be complete
 * inside the batch that wrote it. */
static void forget_rows(struct series_db *db)
{
	SQ(db)->kept = false;
	SQ(db)->fresh = false;
}

/* A batch begins: the series cached before is looked up again, so that
 * its rows are kept like every other series'. */
static void forget_series(struct series_db *db)
{
	forget_rows(db);
	free(db->series.key);
	db->series.key = NULL;
}

/*
** A batch's row in the log is written once, when the batch closes, with
** the id it takes now (the largest so far plus one, which INSERT would
** give it: BEGIN IMMEDIATE keeps every other writer out until then).
** Inserted here and updated at the end, its page went to the write-ahead
** log with the first pages of a large batch and again at the end; SQLite
** then reads back and re-checksums every frame written in between (a
** whole second pass over the log at commit).
*/
static int next_batch_id(struct series_db *db, int64_t *id, struct gs_err *e)
{
	static const char sql[] = "SELECT coalesce(max(id), 0) + 1 FROM batches";
	sqlite3_stmt *st = NULL;
	int rc;

	if (sqlite3_prepare_v2(SQ(db)->h, sql, -1, &st, NULL))
		return db_err(db, e, "starting a batch");
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		*id = sqlite3_column_int64(st, 0);
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return db_err(db, e, "starting a batch");
	return 0;
}

int sqlite_batch_begin(struct series_db *db, const char *file,
		       int64_t *batch_id, struct gs_err *e)
{
	if (db->in_batch)
		return gs_errf(e, GS_EX_SOFTWARE, "a batch is already open");
	forget_series(db);
	/* A page cache for a batch: the default 2 MB would read the same
	 * pages again where a series spans many. Staged rows arrive in key
	 * order (stage.c), so the B-tree is walked once and 8 MB holds the
	 * part being written. */
	db_exec(db, "PRAGMA cache_size=-8192", NULL);
	if (fk_off(db, e))
		return -1;
	if (db_exec(db, "BEGIN IMMEDIATE", e)) {
		fk_on(db);
		return -1;
	}
	db->in_batch = true;
	if (next_batch_id(db, batch_id, e)) {
		sqlite_batch_rollback(db);
		return -1;
	}
	free(SQ(db)->batch_file);
	SQ(db)->batch_file = xstrdup(file ? file : "");
	now_text(SQ(db)->batch_started, sizeof(SQ(db)->batch_started));
	return 0;
}

static int finish(struct series_db *db, int64_t id, const char *status,
		  const struct batch_counts *c, const char *hash,
		  const char *msg, struct gs_err *e)
{
	static const char sql[] =
		"INSERT INTO batches(id, status, finished, rows_read, rows_new,"
		" rows_present, rows_rejected, hash, message, file, started)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)";
	sqlite3_stmt *st = NULL;
	char now[32];
	int rc;

	if (sqlite3_prepare_v2(SQ(db)->h, sql, -1, &st, NULL))
		return db_err(db, e, "closing a batch");
	now_text(now, sizeof(now));
	sqlite3_bind_int64(st, 1, id);
	bind_text(st, 2, status);
	bind_text(st, 3, now);
	sqlite3_bind_int64(st, 4, c->rows_read);
	sqlite3_bind_int64(st, 5, c->rows_new);
	sqlite3_bind_int64(st, 6, c->rows_present);
	sqlite3_bind_int64(st, 7, c->rows_rejected);
	bind_text(st, 8, hash);
	bind_text(st, 9, msg);
	bind_text(st, 10, SQ(db)->batch_file);
	bind_text(st, 11, SQ(db)->batch_started);
	rc = sqlite3_step(st);
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_err(db, e, "closing a batch");
	return 0;
}

int sqlite_batch_commit(struct series_db *db, int64_t batch_id,
			const struct batch_counts *c, const char *hash,
			struct gs_err *e)
{
	if (!db->in_batch)
		return gs_errf(e, GS_EX_SOFTWARE, "no batch is open");
	/* the batch's own row first: fk_check looks for it */
	if (obs_insert_flush(db, e) ||
	    finish(db, batch_id, "committed", c, hash, "", e) ||
	    fk_check(db, e) || db_exec(db, "COMMIT", e)) {
		sqlite_batch_rollback(db);
		return -1;
	}
	db->in_batch = false;
	forget_rows(db);
	fk_on(db);
	return 0;
}

void sqlite_batch_rollback(struct series_db *db)
{
	if (!db->in_batch)
		return;
	if (!sqlite3_get_autocommit(SQ(db)->h))
		sqlite3_exec(SQ(db)->h, "ROLLBACK", NULL, NULL, NULL);
	fk_on(db);
	db->in_batch = false;
	forget_rows(db);
	obs_insert_drop(db);
	/* Ids created in the rolled-back transaction are gone. */
	id_cache_forget(db);
}

int sqlite_batch_log_refused(struct series_db *db, const char *file,
			     const struct batch_counts *c, const char *hash,
			     const char *reason, struct gs_err *e)
{
	int64_t id;

	if (sqlite_batch_begin(db, file, &id, e))
		return -1;
	series_test_hold();
	if (finish(db, id, "refused", c, hash, reason, e) ||
	    db_exec(db, "COMMIT", e)) {
		sqlite_batch_rollback(db);
		return -1;
	}
	db->in_batch = false;
	fk_on(db);
	return 0;
}

/*
** Another series comes: every row the batch writes to it passes here
** (until another series comes: stage.c writes a series' rows together),
** so they can be kept in memory and answer "is this figure stored at this
** vintage?" without a query, and wait to be inserted several at a time.
** A series the batch created (fresh) has no other rows at all.
*/
static void keep_rows(struct series_db *db, bool fresh)
{
	if (SQ(db)->figs == NULL)
		SQ(db)->figs = figmem_new();
	figmem_reset(SQ(db)->figs);
	SQ(db)->kept = true;
	SQ(db)->fresh = fresh;
	SQ(db)->lookups = 0;
}

static int series_id(struct series_db *db, const struct gs_obs *o,
		     const char *name, const char *desc, struct gs_err *e)
{
	sqlite3_stmt *st;
	int rc;

	if (db->series.key && strcmp(db->series.key, o->series) == 0)
		return 0;
	if (obs_insert_series_end(db, e) ||
	    (st = db_stmt(db, ST_SERIES_FIND, e)) == NULL)
		return -1;
	bind_text(st, 1, o->series);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		id_cache_set(&db->series, o->series, sqlite3_column_int64(st, 0),
			  (const char *)sqlite3_column_text(st, 1));
		sqlite3_reset(st);
		/* Appended to again after another series (series_append
		 * in any order): its rows still waiting are not in figs. */
		if (obs_insert_waits(db, db->series.id) &&
		    obs_insert_flush(db, e))
			return -1;
		keep_rows(db, false);
		return 0;
	}
	if (rc != SQLITE_DONE)
		return db_err(db, e, "looking up a series");
	if ((st = db_stmt(db, ST_SERIES_INSERT, e)) == NULL)
		return -1;
	bind_text(st, 1, o->series);
	bind_text(st, 2, name);
	bind_text(st, 3, desc);
	bind_text(st, 4, "");
	bind_text(st, 5, "");
	sqlite3_bind_int64(st, 6, o->batch);
	if (sqlite3_step(st) != SQLITE_DONE)
		return db_err(db, e, "creating a series");
	id_cache_set(&db->series, o->series, sqlite3_last_insert_rowid(SQ(db)->h), "");
	keep_rows(db, true);
	return 0;
}

/* Give a series its dimension on its first dimensioned figure; refuse a
 * figure of another dimension. */
static int check_dim(struct series_db *db, const struct gs_obs *o,
		     struct gs_err *e)
{
	sqlite3_stmt *st;
	int k;

	if ((k = dim_rule(&db->series, o, e)) <= 0)
		return k;
	if ((st = db_stmt(db, ST_SERIES_SET_DIM, e)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, db->series.id);
	bind_text(st, 2, o->unit.dim);
	bind_text(st, 3, o->unit.sym);
	if (sqlite3_step(st) != SQLITE_DONE)
		return db_err(db, e, "setting a series' unit");
	gs_snprintf(db->series.dim, sizeof(db->series.dim), "%s", o->unit.dim);
	return 0;
}

static int source_id(struct series_db *db, const struct gs_obs *o,
		     struct gs_err *e)
{
	sqlite3_stmt *st;
	const char *name = o->source ? o->source : "";
	int rc;

	if (db->source.key && strcmp(db->source.key, name) == 0)
		return 0;
	if ((st = db_stmt(db, ST_SOURCE_FIND, e)) == NULL)
		return -1;
	bind_text(st, 1, name);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW) {
		id_cache_set(&db->source, name, sqlite3_column_int64(st, 0), "");
		sqlite3_reset(st);
		return 0;
	}
	if (rc != SQLITE_DONE)
		return db_err(db, e, "looking up a source");
	if ((st = db_stmt(db, ST_SOURCE_INSERT, e)) == NULL)
		return -1;
	bind_text(st, 1, name);
	sqlite3_bind_int64(st, 2, o->batch);
	if (sqlite3_step(st) != SQLITE_DONE)
		return db_err(db, e, "creating a source");
	id_cache_set(&db->source, name, sqlite3_last_insert_rowid(SQ(db)->h), "");
	return 0;
}

static void bind_key(sqlite3_stmt *st, const struct series_db *db,
		     const struct gs_obs *o)
{
	sqlite3_bind_int64(st, 1, db->series.id);
	bind_text(st, 2, kind_name(o->kind));
	sqlite3_bind_int(st, 3, o->period.start);
	sqlite3_bind_int(st, 4, o->period.end);
	sqlite3_bind_int(st, 5, o->base.start);
	sqlite3_bind_int(st, 6, o->base.end);
	sqlite3_bind_int64(st, 7, db->source.id);
	sqlite3_bind_int(st, 8, o->as_of);
	bind_text(st, 9, qual_name(o->qual));
}

static void fig_key_of(const struct series_db *db, const struct gs_obs *o,
		       struct fig_key *k)
{
	fig_key_of_obs(k, db->source.id, o);
}

/* Lookups of one series (in a row) before its stored figures are read at
 * once (sqlite_figs.c): a series with a few rows in the file costs a few
 * queries, not a read of its whole history. */
#define LOAD_AFTER 16

/* The value stored for o's figure at exactly o->as_of: 1 found, 0 none,
 * -1 error. */
static int stored(struct series_db *db, const struct gs_obs *o, double *v,
		  struct gs_err *e)
{
	sqlite3_stmt *st;
	struct fig_key k;
	int rc;

	if (SQ(db)->kept) {
		fig_key_of(db, o, &k);
		rc = figmem_find(SQ(db)->figs, &k, o->as_of, v, NULL);
		if (rc || SQ(db)->fresh)
			return rc;
		if (++SQ(db)->lookups == LOAD_AFTER) {
			if ((rc = figs_load(db, SQ(db)->figs, e)) < 0)
				return -1;
			SQ(db)->fresh = rc == 1;
			if (rc == 1)
				return figmem_find(SQ(db)->figs, &k, o->as_of,
						   v, NULL);
		}
	}
	/* Rows of other series may go on waiting, and of this one when
	 * kept: they are all in figs (series_id). */
	if (!SQ(db)->kept && obs_insert_flush(db, e))
		return -1;
	if ((st = db_stmt(db, ST_OBS_LATEST, e)) == NULL)
		return -1;
	bind_key(st, db, o);
	rc = sqlite3_step(st);
	if (rc == SQLITE_DONE)
		return 0;
	if (rc != SQLITE_ROW)
		return db_err(db, e, "looking up a figure");
	/* The statement finds the latest vintage at or before as_of: a row
	 * of this very as_of when there is one. */
	rc = sqlite3_column_int(st, 0) == o->as_of;
	*v = sqlite3_column_double(st, 1);
	sqlite3_reset(st);
	return rc;
}

/* 1 when o's figure is stored with the same as_of and value, 0 when the
 * row is new, -1 on error or conflict (same as_of, another value). */
static int known(struct series_db *db, const struct gs_obs *o,
		 struct gs_err *e)
{
	double v;
	int k;

	if ((k = stored(db, o, &v, e)) <= 0)
		return k;
	if (v == o->value)
		return 1;
	return gs_errf(e, GS_EX_DATAERR,
		       "conflicts with the stored figure of series '%s' for the"
		       " same period, qualifier, source and as_of (value %.17g);"
		       " a revision needs a later as_of", o->series, v);
}

int sqlite_append(struct series_db *db, const struct gs_obs *o,
		  const char *name, const char *description,
		  enum append_result *res, struct gs_err *e)
{
	int k;

	if (series_id(db, o, name, description, e) || check_dim(db, o, e) ||
	    source_id(db, o, e))
		return -1;
	if ((k = known(db, o, e)) < 0)
		return -1;
	if (k == 1) {
		*res = APPEND_PRESENT;
		return 0;
	}
	/* A kept series' rows are looked for in memory first: they may wait
	 * to be written several at a time. */
	fk_note_row(db, db->series.id, db->source.id, o->batch);
	if (obs_insert(db, o, SQ(db)->kept, e))
		return -1;
	*res = APPEND_NEW;
	if (SQ(db)->kept) {
		struct fig_key key;

		fig_key_of(db, o, &key);
		/* Too many to keep: from now on each lookup writes what waits
		 * and asks the database, which has them all. */
		if (figmem_add(SQ(db)->figs, &key, o->as_of, o->value, 0))
			forget_rows(db);
	}
	return 0;
}
