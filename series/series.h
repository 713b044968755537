/*
** series.h: the storage layer. The only part of growthstat that talks SQL.
**
** A struct series_db is an open database: one SQLite file in WAL mode whose
** schema is versioned with PRAGMA user_version, or a PostgreSQL database
** (a postgresql:// URI; version in table gs_meta), migrated forward when
** opened for writing. Both backends keep the same rules (db_internal.h). Observations are append-only, and the database itself
** enforces it: triggers abort any UPDATE or DELETE on them. A correction is a
** new row with a later as_of (vintage); reads return, for each figure, the
** latest vintage at or before the as_of asked for.
**
** Every function returns 0 on success and -1 on failure with the error
** record filled. Strings in results are owned by the result and freed with it.
*/
#ifndef GS_SERIES_H
#define GS_SERIES_H

#include "obs.h"

#include <signal.h>

struct series_db;

enum series_open_flags {
	SERIES_READ = 0,        /* must exist; read-only */
	SERIES_WRITE = 1,       /* must exist; read-write, migrates */
	SERIES_CREATE = 3,      /* created when missing; read-write, migrates */
};

/* Seconds a writer waits for another by default (series_set_lock_timeout). */
#define SERIES_LOCK_TIMEOUT 30

/* Current schema version written to PRAGMA user_version. */
#define SERIES_SCHEMA_VERSION 5

/* The as_of of a read of "now" (as_of 0): after every stored date. */
#define SERIES_AS_OF_NOW 99991231

/*
** `path` is a SQLite file, or a postgresql:// (or postgres://) URI naming a
** PostgreSQL database (libpq syntax; see docs/postgres.md), where the same
** schema, triggers and rules apply.
*/
struct series_db *series_open(const char *path, int flags, struct gs_err *e);
/*
** 0 when path names a database that outlives the program; -1 with e
** filled (GS_EX_NOTSTORED) for what SQLite would keep in memory or in a
** temporary file deleted on close ("", ":memory:") and for "file:" URIs
** (this SQLite reads them as URIs: file::memory:, ?mode=memory; and the
** ingest lock beside the name would not be the database's). series_open
** checks it for SERIES_WRITE; commands that write check it first.
*/
int series_persists(const char *path, struct gs_err *e);
/*
** How long a writer waits for another to finish, in seconds (0: not at
** all; the default is 30, ingest's --lock-timeout). On PostgreSQL this
** bounds the wait for the writers' advisory lock of each batch; on SQLite
** the ingest lock (collector/lock.c) does the waiting and this changes
** nothing.
*/
void series_set_lock_timeout(struct series_db *db, double seconds);
/* True when path names a database server rather than a file. */
bool series_is_uri(const char *path);
/*
** Where the ingest lock of the database at db_path lives (collector/lock.c
** takes it): "REAL.lock" beside the database's real path, so a symlinked
** path takes the same lock (the path as given while the database does not
** exist yet); NULL for a database server, which serializes writers itself
** (an advisory lock per batch). A new string, the caller frees it.
*/
char *series_lock_path(const char *db_path);
/*
** The files of the SQLite database at db that no output may be: db + each
** suffix of series_file_suffix ("" the database itself, "-wal", "-shm",
** "-journal": SQLite deletes a file of that name it cannot read as a
** rollback journal, whatever was written there; ".lock": the ingest
** lock). NULL-terminated.
*/
extern const char *const series_file_suffix[];
/*
** The first of those files that path is, as same(path, file) judges: its
** index in series_file_suffix, with *file its name (a new string, the
** caller frees it); -1 when none (*file NULL). db is the name to put the
** suffixes on (as given, or its real path: the caller's choice).
*/
int series_file_of(const char *db, const char *path,
		   bool (*same)(const char *path, const char *file),
		   char **file);
void series_close(struct series_db *db);
/* The path, or the URI with any password masked. */
const char *series_path(const struct series_db *db);
/* Result of PRAGMA integrity_check: 0 when "ok". */
int series_check(struct series_db *db, struct gs_err *e);

/* ---- writing: one batch = one transaction ---- */

struct batch_counts {
	long rows_read;
	long rows_new;
	long rows_present;
	long rows_rejected;
};

enum append_result {
	APPEND_NEW = 1,     /* stored */
	APPEND_PRESENT = 2, /* the latest vintage already says the same */
};

/*
** Start a batch for the input named `file` (BEGIN IMMEDIATE; waits up to the
** busy timeout for another writer, on PostgreSQL up to the lock timeout).
** The batch row is written in the same transaction, so a rolled-back batch
** leaves nothing behind. Test only: with GROWTHSTAT_TEST_HOLD_LOCK=S in
** the environment the batch, once begun, sleeps S seconds holding the
** writers' lock (tests/cli/085-lock-timeout.sh).
*/
int series_batch_begin(struct series_db *db, const char *file,
		       int64_t *batch_id, struct gs_err *e);

/*
** Append one observation to the open batch. The series and source are
** created on first use; a figure whose unit's dimension differs from its
** series' is refused. `name` and `description` (may be NULL or "") are used
** only when the series is created. A figure that conflicts with a stored one
** of the same series, kind, period, base, source and as_of is refused.
*/
int series_append(struct series_db *db, const struct gs_obs *o,
		  const char *name, const char *description,
		  enum append_result *res, struct gs_err *e);

/*
** Staged appends, for bulk loads. Rows are copied into a bounded stage; a
** full stage is sorted and spilled to a temporary file ($TMPDIR) as a run,
** and series_stage_flush merges everything staged and appends it in one
** order, by series and then as staged (by series_append's rules): the
** B-tree is walked once, and a new series' rows come together (stage.c).
** Outcomes are counted in *c as rows are written;
** a row refused then (unit of another dimension, conflict with a stored
** figure) is counted as rejected and passed to fn with its tag (e.g. its
** line). series_stage and series_stage_flush fail (-1) only on errors that
** are not a row's fault. The batch's commit flushes what is left; its
** rollback drops it.
*/
typedef void (*series_row_fn)(void *arg, long tag, const struct gs_err *e);
void series_stage_begin(struct series_db *db, series_row_fn fn, void *arg,
			struct batch_counts *c);
/* While staged rows are written, a non-zero *stop (a signal handler's
 * flag) ends the writing with GS_EX_TEMPFAIL; the batch then rolls back.
 * After any failure the stage is empty and the batch must roll back. */
void series_stage_stop(struct series_db *db, const volatile sig_atomic_t *stop);
int series_stage(struct series_db *db, const struct gs_obs *o,
		 const char *name, const char *description, long tag,
		 struct gs_err *e);
int series_stage_flush(struct series_db *db, struct gs_err *e);

/* Commit the batch with its counts and content hash (hex text). */
int series_batch_commit(struct series_db *db, int64_t batch_id,
			const struct batch_counts *c, const char *hash,
			struct gs_err *e);
/* Roll the open batch back (safe to call when none is open). */
void series_batch_rollback(struct series_db *db);
/*
** Record a refused attempt in the batch log, in a transaction of its own,
** after the rollback: the file, its counts and the first error.
*/
int series_batch_log_refused(struct series_db *db, const char *file,
			     const struct batch_counts *c, const char *hash,
			     const char *reason, struct gs_err *e);

/* ---- retractions (retract.c) ---- */

/*
** A retraction: from `date` (yyyymmdd) on, reads leave the retracted rows
** out (an --as-of before it still sees them; nothing is deleted), and the
** latest vintage of each figure falls back to the one before, if any.
*/
struct retraction {
	int32_t date;
	const char *reason; /* required */
};

/*
** Retract the rows v[0..n), each named by its natural key (series, kind,
** period, base, source, qualifier, as_of: a row as series_observations
** read it), in one transaction. *added counts the rows retracted now; the
** others were retracted already, and their first record stands.
*/
int series_retract_rows(struct series_db *db, const struct gs_obs *v,
			size_t n, const struct retraction *r, long *added,
			struct gs_err *e);
/*
** Retract every row batch `batch` stored (not the rows it found already
** present: those are an earlier batch's), in one transaction. *rows: the
** batch's rows; *added as above. A batch not in the log, or not committed
** (refused), is GS_EX_DATAERR.
*/
int series_retract_batch(struct series_db *db, int64_t batch,
			 const struct retraction *r, long *rows, long *added,
			 struct gs_err *e);
/* The one committed batch that read `file`: the name as the batch log
 * records it, else a file there by its content hash, else the base name
 * (batchfind.c); GS_EX_DATAERR when none or several (listed). */
int series_batch_of_file(struct series_db *db, const char *file,
			 int64_t *batch, struct gs_err *e);

/*
** The kinds of figures the stored rows of each of n series hold (in the
** open batch's transaction, its own rows too): fam[i] bit 1 levels (kind
** level), bit 2 flows (kind flow); 0 for neither or a series not stored
** (kinds.c).
*/
#define SERIES_FAM_LEVELS 1u
#define SERIES_FAM_FLOWS 2u
int series_kind_families(struct series_db *db, const char *const *keys,
			 size_t n, unsigned *fam, struct gs_err *e);
/* How many series batch created (their first rows are its own). */
int series_created_in(struct series_db *db, int64_t batch, long *n,
		      struct gs_err *e);

/* ---- reading ---- */

struct series_info {
	char *key;
	char *name;
	char *description;
	char *dim;     /* dimension key, e.g. currency:RUB; "" when unknown */
	char *sym;     /* base unit symbol, e.g. RUB */
	long n_obs;    /* rows, all vintages */
	int32_t first; /* first period start (yyyymmdd) */
	int32_t last;  /* last period end */
};

struct series_list {
	struct series_info *v;
	size_t n;
};

/* Every series whose key matches the glob (NULL = all), ordered by key. */
int series_list(struct series_db *db, const char *glob,
		struct series_list *out, struct gs_err *e);
void series_list_free(struct series_list *l);
/* Leave out the series with no rows but retracted ones (the only series
 * without rows: an ingest creates a series with its rows), which are
 * gone for every read. */
void series_list_drop_empty(struct series_list *l);
/* One series by key; GS_EX_DATAERR "unknown series" when absent. */
int series_get(struct series_db *db, const char *key, struct series_info *out,
	       struct gs_err *e);
void series_info_free(struct series_info *s);

struct obs_list {
	struct gs_obs *v; /* strings owned by the list */
	size_t n;
	struct pool *pool; /* when set, the strings live there (the SQLite
			    * scan, sqlite/sqlite_scan.c) */
};

enum obs_query_flags {
	OBSQ_LATEST = 0,       /* latest vintage of each figure */
	OBSQ_ALL_VINTAGES = 1, /* every row */
	OBSQ_FIGURES = 2,      /* series_scan: figures only; units as written,
				* notes and batches left empty */
};

/*
** Observations of series `key` known at `as_of` (yyyymmdd; 0 = now),
** ordered by period, kind, base, as_of. A series with no rows gives an
** empty list; an unknown key is an error.
*/
int series_observations(struct series_db *db, const char *key, int32_t as_of,
			int flags, struct obs_list *out, struct gs_err *e);
void obs_list_free(struct obs_list *l);
/* True when o is retracted for a read at as_of (0: now). */
bool obs_retracted(const struct gs_obs *o, int32_t as_of);
/* Leave out of l (read with OBSQ_ALL_VINTAGES) the rows retracted at
 * as_of, keeping the order of the rest, as every other read does. */
void obs_list_drop_retracted(struct obs_list *l, int32_t as_of);
/* Make l (read with OBSQ_ALL_VINTAGES at as_of) what OBSQ_LATEST gives:
 * the rows retracted at as_of left out, then the latest vintage of each
 * figure. A list read with OBSQ_LATEST is left as it is. */
void obs_list_keep_latest(struct obs_list *l, int32_t as_of);

/*
** Every series whose key matches the glob (NULL = all), in key order, each
** with its observations known at as_of exactly as series_observations
** gives them: one pass over the database instead of queries per series
** (a report over all series). fn takes ownership of info and obs (it frees
** them); in info, n_obs, first and last count the rows known at as_of. A
** non-zero return of fn stops the scan and is returned. fn must not use
** db: the next series are being read meanwhile (sqlite/sqlite_scan.c).
** Inside an open batch the scan sees what the batch wrote.
*/
typedef int (*series_scan_fn)(void *arg, struct series_info *info,
			      struct obs_list *obs, struct gs_err *e);
int series_scan(struct series_db *db, const char *glob, int32_t as_of,
		int flags, series_scan_fn fn, void *arg, struct gs_err *e);

struct source_info {
	char *name;
	long n_obs;
	int32_t first_as_of;
	int32_t last_as_of;
};

struct source_list {
	struct source_info *v;
	size_t n;
};

int series_sources(struct series_db *db, struct source_list *out,
		   struct gs_err *e);
void source_list_free(struct source_list *l);

/* ---- retraction records (retract.c) ---- */

/*
** Every retraction record, in the order recorded: the row it names (as
** series_observations reads it with OBSQ_ALL_VINTAGES; o.retracted is the
** date it takes effect), its reason and when it was recorded (UTC,
** 2026-12-05T10:00:00Z). Free with retraction_list_free.
*/
struct retraction_list {
	struct obs_list rows;
	char **reason;
	char **recorded;
};

int series_retractions(struct series_db *db, struct retraction_list *out,
		       struct gs_err *e);
void retraction_list_free(struct retraction_list *l);

/*
** The committed batches, oldest first: each ingest that stored a file,
** with the file's name as ingest was given it, its content hash, when it
** started (UTC text) and the rows it stored (SQL_BATCHES_READ). For
** `retract --list-batches` and `--file NAME`. Free with batch_list_free.
*/
struct batch_info {
	int64_t id;
	char *file, *hash, *started;
	long rows; /* rows stored (not those found already present) */
};

struct batch_list {
	struct batch_info *v;
	size_t n;
};

int series_batches(struct series_db *db, struct batch_list *out,
		   struct gs_err *e);
void batch_list_free(struct batch_list *l);

#endif
