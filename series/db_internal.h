/*
** db_internal.h: what the files of series/ share about an open database,
** whatever its backend. Not for use outside series/. Each backend keeps its
** own state (its connection, statement cache ...) behind series_db.be, in
** a private header of its folder: sqlite/sqlite_int.h, pg/pg_int.h. No
** header includes both sqlite3.h and libpq-fe.h.
*/
#ifndef GS_DB_INTERNAL_H
#define GS_DB_INTERNAL_H

#include "series.h" /* first: common.h sets the feature macros */

/* assert() states internal invariants, as in SQLite: compiled in for the
 * sanitizer builds (make check's second pass, make tsan), out of the
 * release build (-DNDEBUG in the Makefile), so it never costs a user. */
#include <assert.h>

struct srow; /* a staged row (runs.h) */

/* A series a spilled stage is about to write (stage.c, flush_plan): what
 * appending its rows in merge order would create it with, were it not
 * stored: the name and description of its first row, and the dimension
 * and unit of its first row that is not a relative change ("" when there
 * is none or that row is a plain number). */
struct stage_key {
	const char *key, *name, *desc, *dim, *sym;
};

/* A one-entry cache: consecutive rows of a file are mostly one series. */
struct id_cache {
	char *key;
	int64_t id;
	char dim[64];
};

/*
** One statement of sql.h for the small writes that are not an ingest
** (retract.c): n text parameters p; what names it in errors. A query
** gives its first ncols columns as integers, out[row * ncols + col], at
** most max rows, their number in *rows; *changes (may be NULL) gets the
** rows a write wrote.
*/
struct db_run {
	const char *what;
	int n;
	const char *const *p;
	int ncols, max;
	int64_t *out;
	int *rows;
	long *changes;
};

/*
** A storage backend: series.c checks the arguments and state shared by
** both, then calls these. The SQLite one is in sqlite/, the PostgreSQL one in
** pg/. open gets a handle
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
	/* Every retraction record (SQL_RETRACTIONS_READ). */
	int (*retractions)(struct series_db *db, struct retraction_list *out,
			   struct gs_err *e);
	/* The committed batches (SQL_BATCHES_READ). */
	int (*batches)(struct series_db *db, struct batch_list *out,
		       struct gs_err *e);
	/* May be NULL: series.c then reads series by series. */
	int (*scan)(struct series_db *db, const char *glob, int32_t as_of,
		    int flags, series_scan_fn fn, void *arg, struct gs_err *e);
	/* Around a stage flush (may be NULL): flush_begin sees the n rows
	 * about to be appended, in order (to read ahead what they need, and
	 * create the series they name); flush_end writes what append
	 * queued, or drops it when !ok. The rows flush_begin saw, and every
	 * o given to append until flush_end, stay valid until flush_end
	 * returns. */
	int (*flush_begin)(struct series_db *db, const struct srow *const *rows,
			   size_t n, struct gs_err *e);
	int (*flush_end)(struct series_db *db, bool ok, struct gs_err *e);
	/* May be NULL. Before the first flush_begin of a stage that was
	 * spilled: every series its rows name, in key order (stagekeys.c),
	 * so that the backend can create them all before the first row is
	 * written; after the last flush_end: keys NULL (forget them). */
	int (*flush_plan)(struct series_db *db, const struct stage_key *keys,
			  size_t n, struct gs_err *e);
	/* A write transaction outside any batch (retract.c): begin takes
	 * the writers' lock as a batch does; end commits when ok, else
	 * rolls back. run runs one statement in it (struct db_run). */
	int (*write_begin)(struct series_db *db, struct gs_err *e);
	int (*write_end)(struct series_db *db, bool ok, struct gs_err *e);
	int (*run)(struct series_db *db, const char *sql,
		   const struct db_run *q, struct gs_err *e);
};

/* After "unknown series 'KEY'" in e: "did you mean" the stored key one or
 * two slips away, or that a GLOB is not a KEY (suggest.c). */
void series_hint_unknown(struct series_db *db, const char *key,
			 struct gs_err *e);

/* The backends (sqlite/sqlite_open.c, pg/pg.c; pg_backend is not
 * built with make PG=no). */
extern const struct backend_ops sqlite_backend;
extern const struct backend_ops pg_backend;

/*
** An open database: what series.c and stage.c keep for every backend, and
** the backend's own state (be), which only that backend's files read.
*/
struct series_db {
	const struct backend_ops *ops;
	void *be;                /* the backend's state (its private header) */
	char *conninfo;          /* the URI or file name as given (path is
				  * for messages: a password masked) */
	char *path;
	int flags;
	double lock_timeout;     /* seconds a writer waits (series.h) */
	bool in_batch;
	struct id_cache series;
	struct id_cache source;
	struct stage *stage;     /* staged rows of the open batch (stage.c) */
};

/* backend.c: what both backends share when writing. */
/* Remember key -> id (and dimension) in a one-entry cache. */
void id_cache_set(struct id_cache *c, const char *key, int64_t id,
		  const char *dim);
/* Forget both caches (ids made in a rolled-back transaction are gone). */
void id_cache_forget(struct series_db *db);

/*
** The dimension rule, the same on every backend: 0 when o fits the series
** in the cache (or has no dimension of its own), 1 when o gives the series
** its dimension (its first dimensioned figure: the caller records it), -1
** with e filled when o's unit measures another dimension.
*/
int dim_rule(const struct id_cache *series, const struct gs_obs *o,
	     struct gs_err *e);
/*
** The observations table's primary key order after series_id, for rows a
** backend writes in key order (a of source asrc against b of bsrc): kind,
** period, base, source, qualifier, as_of; kind and qualifier by their
** names' bytes, as SQLite's BINARY collation and PostgreSQL's "C" order
** them (the same kind is the same name, and mostly they are the same).
*/
int obs_key_cmp(const struct gs_obs *a, int64_t asrc, const struct gs_obs *b,
		int64_t bsrc);
/* GROWTHSTAT_TEST_HOLD_LOCK=S: hold the writers' lock S seconds (tests). */
void series_test_hold(void);

/*
** reads.c: a series' rows, read in any order that keeps the rows of one
** figure (kind, period, base) adjacent, made into what series_observations
** returns: unless flags has OBSQ_ALL_VINTAGES, the rows retracted at as_of
** (0: now) left out, and of the rest only the latest vintage of each
** figure (its greatest as_of, all rows with it); then in period order,
** ties by source name. The one statement of the latest-vintage rule: both
** backends feed it.
*/
void obs_list_finish(struct obs_list *l, int flags, int32_t as_of);

/* stage.c: drop the stage and its rows (rollback, commit, close). */
void stage_free(struct series_db *db);

#endif
