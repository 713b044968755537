/*
** db_internal.h: what the files of series/ share about an open database.
** Not for use outside series/.
*/
#ifndef GS_DB_INTERNAL_H
#define GS_DB_INTERNAL_H

#include "series.h" /* first: common.h sets the feature macros */

#include <libpq-fe.h>
#include <sqlite3.h>

struct srow; /* a staged row (runs.h) */

/* Prepared statements kept for the life of the handle (see db.c). */
enum stmt_id {
	ST_SERIES_FIND,
	ST_SERIES_INSERT,
	ST_SERIES_SET_DIM,
	ST_SOURCE_FIND,
	ST_SOURCE_INSERT,
	ST_OBS_LATEST,
	ST_OBS_INSERT,
	ST_SERIES_GET,
	ST_OBS_READ,
	ST_COUNT
};

/* A series with its row count and span (query.c). */
#define SQL_SERIES_COLS \
	"SELECT s.key, s.name, s.description, s.dimension, s.unit," \
	" (SELECT count(*) FROM observations o WHERE o.series_id = s.id)," \
	" (SELECT min(period_start) FROM observations o WHERE o.series_id = s.id)," \
	" (SELECT max(period_end) FROM observations o WHERE o.series_id = s.id)" \
	" FROM series s"

/*
** Every row of a series known at ?2, in primary-key order (so the rows of
** one figure are adjacent and no sorter runs); query.c keeps the latest
** vintage of each figure.
*/
#define SQL_OBS_READ \
	"SELECT o.kind, o.period_start, o.period_end, o.period_prec," \
	" o.base_start, o.base_end, o.base_prec, o.value, o.qualifier," \
	" o.unit, s.dimension, s.unit, o.as_of, src.name, o.note, o.batch_id" \
	" FROM observations o JOIN series s ON s.id = o.series_id" \
	" JOIN sources src ON src.id = o.source_id" \
	" WHERE s.key = ?1 AND o.as_of <= ?2" \
	" ORDER BY o.kind, o.period_start, o.period_end, o.base_start," \
	" o.base_end"

/* A one-entry cache: consecutive rows of a file are mostly one series. */
struct id_cache {
	char *key;
	int64_t id;
	char dim[64];
};

/*
** A storage backend: series.c checks the arguments and state shared by
** both, then calls these. The SQLite one is in db.c, schema.c, append.c and
** query.c; the PostgreSQL one in pg.c and pg_query.c. open gets a handle
** with path and flags set; close frees only what open made.
*/
struct backend_ops {
	const char *name;
	int (*open)(struct series_db *db, struct gs_err *e);
	void (*close)(struct series_db *db);
	int (*check)(struct series_db *db, struct gs_err *e);
	int (*batch_begin)(struct series_db *db, const char *file,
			   int64_t *batch_id, struct gs_err *e);
	int (*append)(struct series_db *db, const struct gs_obs *o,
		      const char *name, const char *description,
		      enum append_result *res, struct gs_err *e);
	int (*batch_commit)(struct series_db *db, int64_t batch_id,
			    const struct batch_counts *c, const char *hash,
			    struct gs_err *e);
	void (*batch_rollback)(struct series_db *db);
	int (*batch_log_refused)(struct series_db *db, const char *file,
				 const struct batch_counts *c,
				 const char *hash, const char *reason,
				 struct gs_err *e);
	int (*list)(struct series_db *db, const char *glob,
		    struct series_list *out, struct gs_err *e);
	int (*get)(struct series_db *db, const char *key,
		   struct series_info *out, struct gs_err *e);
	int (*observations)(struct series_db *db, const char *key,
			    int32_t as_of, int flags, struct obs_list *out,
			    struct gs_err *e);
	int (*sources)(struct series_db *db, struct source_list *out,
		       struct gs_err *e);
	/* May be NULL: series.c then reads series by series. */
	int (*scan)(struct series_db *db, const char *glob, int32_t as_of,
		    int flags, series_scan_fn fn, void *arg, struct gs_err *e);
	/* Around a stage flush (may be NULL): flush_begin sees the n rows
	 * about to be appended, in order (to read ahead what they need, and
	 * create the series they name); flush_end writes what append
	 * queued, or drops it when !ok. */
	int (*flush_begin)(struct series_db *db, const struct srow *const *rows,
			   size_t n, struct gs_err *e);
	int (*flush_end)(struct series_db *db, bool ok, struct gs_err *e);
};

extern const struct backend_ops sqlite_backend;
extern const struct backend_ops pg_backend;

struct series_db {
	const struct backend_ops *ops;
	PGconn *pg;              /* PostgreSQL backend */
	struct bulk *bulk;       /* a stage flush in progress (pg_bulk.c) */
	unsigned pg_prepared;    /* bit i: statement i prepared (pg.c) */
	char *conninfo;          /* the URI or file name as given (path is
				  * for messages: a password masked) */
	char *secret[4];         /* the password's spellings (pg_secret.c) */
	sqlite3 *db;             /* SQLite backend */
	char *path;
	int flags;
	double lock_timeout;     /* seconds a writer waits (series.h) */
	bool in_batch;
	sqlite3_stmt *st[ST_COUNT];
	struct id_cache series;
	struct id_cache source;
	struct stage *stage;     /* staged rows of the open batch (stage.c) */
	struct figmem *figs;     /* rows written to the cached series, while
				  * it is one the open batch created */
	bool fresh;              /* figs is complete for the cached series */
	struct pending *pending; /* rows waiting to be inserted (insert.c) */
};

/* Remember key -> id (and dimension) in a one-entry cache. */
void id_cache_set(struct id_cache *c, const char *key, int64_t id,
		  const char *dim);

/*
** The dimension rule, the same on every backend: 0 when o fits the series
** in the cache (or has no dimension of its own), 1 when o gives the series
** its dimension (its first dimensioned figure: the caller records it), -1
** with e filled when o's unit measures another dimension.
*/
int dim_rule(const struct id_cache *series, const struct gs_obs *o,
	     struct gs_err *e);

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

int schema_migrate(struct series_db *db, struct gs_err *e);
/* Refuse (GS_EX_DATAERR) a file with tables growthstat did not create. */
int schema_foreign(struct series_db *db, struct gs_err *e);

/*
** insert.c: insert an observation row of the cached series and source; with
** defer, it may wait to go with others in one statement (only for rows no
** query will look for before obs_insert_flush). Errors of waiting rows come
** from a later call and are never a row's (the batch must roll back).
** obs_insert_drop forgets what waits (rollback).
*/
int obs_insert(struct series_db *db, const struct gs_obs *o, bool defer,
	       struct gs_err *e);
int obs_insert_flush(struct series_db *db, struct gs_err *e);
/* Before a read: what waits is written, so the batch sees its own rows. */
int obs_insert_visible(struct series_db *db, struct gs_err *e);
void obs_insert_drop(struct series_db *db);
void obs_insert_free(struct series_db *db);

/* The SQLite backend's entries (db.c, append.c, query.c). */
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
int sqlite_sources(struct series_db *db, struct source_list *out,
		   struct gs_err *e);
int sqlite_scan(struct series_db *db, const char *glob, int32_t as_of,
		int flags, series_scan_fn fn, void *arg, struct gs_err *e);
/* query.c, shared with scan.c: one observation from the SQL_OBS_READ
 * columns starting at column col (all but the source's name, and the
 * series' dimension and unit when those columns are NULL: left to the
 * caller), its strings copied into pool if given (then key must be one of
 * the pool's); a series' rows read in key order made into what
 * series_observations returns (latest vintages, period order). */
void sqlite_read_obs(sqlite3_stmt *st, int col, const char *key,
		     struct pool *pool, struct gs_obs *o);
void obs_list_finish(struct obs_list *l, int flags);

/* The PostgreSQL backend's reads (pg_query.c) and its helpers (pg.c). */
int pg_list(struct series_db *db, const char *glob, struct series_list *out,
	    struct gs_err *e);
int pg_get(struct series_db *db, const char *key, struct series_info *out,
	   struct gs_err *e);
int pg_observations(struct series_db *db, const char *key, int32_t as_of,
		    int flags, struct obs_list *out, struct gs_err *e);
int pg_sources(struct series_db *db, struct source_list *out,
	       struct gs_err *e);
/* pg_advisory_xact_lock key of writers: "grow" in ASCII. */
#define PG_WRITER_LOCK "1735552887"
/* Take the writers' lock in the open transaction, waiting at most the
 * lock timeout (pg.c). */
int pg_writer_lock(struct series_db *db, struct gs_err *e);
/* Run a statement with no parameters (BEGIN, COMMIT, schema); 0 or -1. */
int pg_exec(struct series_db *db, const char *sql, struct gs_err *e,
	    const char *what);
/* The stored schema version (0: none); migrate it to ours (pg_schema.c). */
int pg_version(struct series_db *db, int *v, struct gs_err *e);
int pg_migrate(struct series_db *db, struct gs_err *e);
/* pg_secret.c: note the password's spellings in conninfo; mask them (and
 * any URI password) in a message of n bytes; forget them. */
void pg_secret_note(struct series_db *db, const char *conninfo);
void pg_secret_scrub(const struct series_db *db, char *msg, size_t n);
void pg_secret_free(struct series_db *db);
/* Fill e from a failed result (or the connection when r is NULL), the
 * password masked; -1. */
int pg_err(struct series_db *db, const PGresult *r, struct gs_err *e,
	   const char *what);
/* Run a statement with text parameters; the result when its status is
 * want, else NULL with e filled (the result cleared). */
PGresult *pg_run(struct series_db *db, const char *sql, int n,
		 const char *const *params, ExecStatusType want,
		 struct gs_err *e, const char *what);
/* A new copy of a field ("" for NULL); its integer value (0 for NULL). */
char *pg_text(const PGresult *r, int row, int col);
long long pg_int(const PGresult *r, int row, int col);
/* The bulk path of a stage flush (pg_bulk.c). */
int pg_bulk_begin(struct series_db *db, const struct srow *const *rows,
		  size_t n, struct gs_err *e);
/* The id and dimension of a series named by the flush's rows: 1 when
 * stored, 0 when not (to be created), -1 when not known here. */
int pg_bulk_series(struct series_db *db, const char *key, int64_t *id,
		   const char **dim);
void pg_bulk_series_set(struct series_db *db, const char *key, int64_t id);
int pg_bulk_append(struct series_db *db, const struct gs_obs *o,
		   enum append_result *res, struct gs_err *e);
int pg_bulk_end(struct series_db *db, bool ok, struct gs_err *e);
/* Drop the stage and its rows (rollback, commit, close). */
void stage_free(struct series_db *db);

#endif
