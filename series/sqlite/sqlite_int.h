/*
** sqlite_int.h: what the files of the SQLite backend (series/sqlite/) share:
** its state behind series_db.be, the statement cache, the helpers. Only
** files of this folder include it.
*/
#ifndef GS_SQLITE_INT_H
#define GS_SQLITE_INT_H

#include "../db_internal.h"
#include "../sql.h"

#include <sqlite3.h>

/* Prepared statements kept for the life of the handle (sqlite_db.c). */
enum stmt_id {
	ST_SERIES_FIND,
	ST_SERIES_INSERT,
	ST_SERIES_SET_DIM,
	ST_SOURCE_FIND,
	ST_SOURCE_INSERT,
	ST_OBS_LATEST,
	ST_OBS_FIGS,
	ST_OBS_INSERT,
	ST_SERIES_GET,
	ST_OBS_READ,
	ST_COUNT
};

/* The SQLite backend's state (series_db.be). */
#define SQLITE_STATE_MAGIC 0x5351u /* "SQ": a handle of this backend */
struct sqlite_state {
	unsigned magic;
	sqlite3 *h;
	sqlite3_stmt *st[ST_COUNT];
	struct figmem *figs;     /* rows the open batch wrote to the cached
				  * series */
	bool kept;               /* figs holds every one of them */
	bool fresh;              /* ... and every stored one: the open
				  * batch created the series, or its stored
				  * figures were read (sqlite_figs.c) */
	unsigned lookups;        /* queries for the cached series' figures */
	struct pending *pending; /* rows waiting to be inserted
				  * (sqlite_insert.c) */
	struct fk_ids *fk;       /* parent ids the open batch wrote
				  * (sqlite_fk.c) */
	char *batch_file;        /* the open batch's file and start, for its */
	char batch_started[32];  /* row in the log, written as it closes */
};

/* The state of an open SQLite database. */
static inline struct sqlite_state *SQ(const struct series_db *db)
{
	assert(db->be != NULL &&
	       ((const struct sqlite_state *)db->be)->magic ==
	       SQLITE_STATE_MAGIC);
	return db->be;
}

/* Fill e from the connection's last error, prefixed by what was being done. */
int db_err(struct series_db *db, struct gs_err *e, const char *what);
/* The cached statement id, prepared on first use; NULL with e filled. */
sqlite3_stmt *db_stmt(struct series_db *db, enum stmt_id id, struct gs_err *e);
/* Run SQL with no parameters and no results (schema, pragmas, BEGIN). */
int db_exec(struct series_db *db, const char *sql, struct gs_err *e);
/* src (NULL: "") into dst[n], cut short if need be. */
void db_copy_str(char *dst, size_t n, const char *src);
/* Text column as a new string ("" for NULL). */
char *db_col_text(sqlite3_stmt *st, int col);

/*
** sqlite_figs.c: every stored figure of the cached series into figs,
** beside what figs holds: 1 when all were read (figs then knows every row
** of the series), 0 when the series has too many or rows this program did
** not write (figs keeps what it got: true rows all), -1 with e filled.
*/
int figs_load(struct series_db *db, struct figmem *figs, struct gs_err *e);

#include "sqlite_walbuf.h"

int schema_migrate(struct series_db *db, struct gs_err *e);
/* Refuse (GS_EX_DATAERR) a file with tables growthstat did not create. */
int schema_foreign(struct series_db *db, struct gs_err *e);

/*
** sqlite_insert.c: insert an observation row of the cached series and
** source; with defer, it may wait to go with others in one statement
** (only for rows no query will look for before obs_insert_flush, or that
** the caller looks for in memory). Errors
** of waiting rows come from a later call and are never a row's (the batch
** must roll back). obs_insert_drop forgets what waits (rollback).
*/
int obs_insert(struct series_db *db, const struct gs_obs *o, bool defer,
	       struct gs_err *e);
int obs_insert_flush(struct series_db *db, struct gs_err *e);
/* Whether a row of series series_id waits to be inserted. */
bool obs_insert_waits(const struct series_db *db, int64_t series_id);
/* A series' rows are all given: what waits may be written now. */
int obs_insert_series_end(struct series_db *db, struct gs_err *e);
/* Before a read: what waits is written, so the batch sees its own rows. */
int obs_insert_visible(struct series_db *db, struct gs_err *e);
void obs_insert_drop(struct series_db *db);
void obs_insert_free(struct series_db *db);

/*
** sqlite_fk.c: a batch runs with foreign keys off (fk_off, before BEGIN);
** fk_note_row notes the parent ids of each row it writes; fk_check looks
** every distinct one up before COMMIT (-1 with e: the batch must roll
** back); fk_on turns the per-row checks back on once the batch is over.
*/
int fk_off(struct series_db *db, struct gs_err *e);
void fk_note_row(struct series_db *db, int64_t series_id, int64_t source_id,
		 int64_t batch_id);
int fk_check(struct series_db *db, struct gs_err *e);
void fk_on(struct series_db *db);
void fk_forget(struct series_db *db);
void fk_free(struct series_db *db);

/* The SQLite backend's entries (sqlite_open.c, sqlite_append.c,
 * sqlite_query.c, sqlite_scan.c). */
int sqlite_open(struct series_db *db, struct gs_err *e);
void sqlite_close(struct series_db *db);
int sqlite_check(struct series_db *db, struct gs_err *e);
int sqlite_batch_begin(struct series_db *db, const char *file,
		       int64_t *batch_id, struct gs_err *e);
int sqlite_append(struct series_db *db, const struct gs_obs *o,
		  const char *name, const char *description,
		  enum append_result *res, struct gs_err *e);
int sqlite_batch_commit(struct series_db *db, int64_t batch_id,
			const struct batch_counts *c, const char *hash,
			struct gs_err *e);
void sqlite_batch_rollback(struct series_db *db);
int sqlite_batch_log_refused(struct series_db *db, const char *file,
			     const struct batch_counts *c, const char *hash,
			     const char *reason, struct gs_err *e);
int sqlite_list(struct series_db *db, const char *glob,
		struct series_list *out, struct gs_err *e);
int sqlite_get(struct series_db *db, const char *key, struct series_info *out,
	       struct gs_err *e);
int sqlite_observations(struct series_db *db, const char *key, int32_t as_of,
			int flags, struct obs_list *out, struct gs_err *e);
int sqlite_batches(struct series_db *db, struct batch_list *out,
		   struct gs_err *e);
int sqlite_retractions(struct series_db *db, struct retraction_list *out,
		       struct gs_err *e);
int sqlite_sources(struct series_db *db, struct source_list *out,
		   struct gs_err *e);
int sqlite_scan(struct series_db *db, const char *glob, int32_t as_of,
		int flags, series_scan_fn fn, void *arg, struct gs_err *e);
/* sqlite_write.c: the backend's write_begin, write_end and run. */
int sqlite_write_begin(struct series_db *db, struct gs_err *e);
int sqlite_write_end(struct series_db *db, bool ok, struct gs_err *e);
int sqlite_run(struct series_db *db, const char *sql,
	       const struct db_run *q, struct gs_err *e);
/* sqlite_query.c, shared with sqlite_scan.c: one observation from the
 * SQL_OBS_READ columns starting at column col (all but the source's name,
 * and the series' dimension and unit when those columns are NULL: left to
 * the caller), its strings copied into pool if given (then key must be one
 * of the pool's). */
void sqlite_read_obs(sqlite3_stmt *st, int col, const char *key,
		     struct pool *pool, struct gs_obs *o);
/* The figure alone: what sqlite_read_obs reads but the unit text, the
 * unit, the note and the batch (left "", unset, "" and 0), for a read of
 * figures whose statement gives those as constants. The pool is required
 * (asserted): o's key and "" strings are not its own, so only a list
 * whose strings are in a pool may hold it. */
void sqlite_read_figure(sqlite3_stmt *st, int col, const char *key,
			struct pool *pool, struct gs_obs *o);

#endif
