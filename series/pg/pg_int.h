/*
** pg_int.h: what the files of the PostgreSQL backend (series/pg/) share:
** its state behind series_db.be and the helpers. Only files of this folder
** include it.
*/
#ifndef GS_PG_INT_H
#define GS_PG_INT_H

#include "../db_internal.h"

#include <libpq-fe.h>

/* The PostgreSQL backend's state (series_db.be). */
#define PG_STATE_MAGIC 0x5047u /* "PG": a handle of this backend */
struct pg_state {
	unsigned magic;
	PGconn *conn;
	struct bulk *bulk;       /* a stage flush in progress (pg_bulk.c) */
	unsigned prepared;       /* bit i: statement i prepared (pg.c) */
	bool copying;            /* a COPY left open (pg_copy_stream) */
	size_t copy_rows;        /* rows sent through it (pg_bulk.c) */
	bool ahead;              /* a read-ahead sent, not collected */
	PGresult *ahead_r;       /* its rows, collected (pg_plan.c) */
	int64_t batch;           /* the open batch's id (pg.c) */
	char *secret[4];         /* the password's spellings (pg_secret.c) */
};

/* The state of an open PostgreSQL connection. */
static inline struct pg_state *PG(const struct series_db *db)
{
	assert(db->be != NULL &&
	       ((const struct pg_state *)db->be)->magic == PG_STATE_MAGIC);
	return db->be;
}

/* The PostgreSQL backend's reads (pg_query.c) and its helpers (pg.c). */
int pg_list(struct series_db *db, const char *glob, struct series_list *out,
	    struct gs_err *e);
int pg_get(struct series_db *db, const char *key, struct series_info *out,
	   struct gs_err *e);
int pg_observations(struct series_db *db, const char *key, int32_t as_of,
		    int flags, struct obs_list *out, struct gs_err *e);
int pg_batches(struct series_db *db, struct batch_list *out,
	       struct gs_err *e);
int pg_retractions(struct series_db *db, struct retraction_list *out,
		   struct gs_err *e);
int pg_sources(struct series_db *db, struct source_list *out,
	       struct gs_err *e);
/* Row i of a result in SQL_OBS_READ's columns into o: its strings in pool,
 * or (pool NULL) copies of their own (pg_query.c). */
struct pool;
void pg_read_obs(const PGresult *r, int i, const char *key, struct pool *pool,
		 struct gs_obs *o);
/* The same for a result whose columns after the ninth (kind .. qualifier
 * come first, as in SQL_OBS_READ) are elsewhere: their numbers, -1 for a
 * column not sent ("" or 0 then; the source left NULL). */
struct pg_obs_cols {
	int unit, dim, sym, as_of, source, note, batch, retracted;
};
void pg_read_obs_fields(char *const *f, const char *key, struct pool *pool,
			const struct pg_obs_cols *c, struct gs_obs *o);
/* series_scan: one cursor over every series' rows (pg_scan.c). */
int pg_scan(struct series_db *db, const char *glob, int32_t as_of, int flags,
	    series_scan_fn fn, void *arg, struct gs_err *e);
/* pg_advisory_xact_lock key of writers: "grow" in ASCII. */
#define PG_WRITER_LOCK "1735552887"
/* Take the writers' lock in the open transaction, waiting at most the
 * lock timeout (pg.c). */
int pg_writer_lock(struct series_db *db, struct gs_err *e);
/* Keep freed memory for the next result instead of giving it back to
 * the kernel at once (pg_conn.c; glibc only, else nothing). */
void pg_heap_keep(void);
/* A new connection's session settings (pg_session.c): NULL when set, else the
 * failed statement's result, for the caller to report and clear. */
PGresult *pg_session_setup(PGconn *conn);
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
long long pg_int_text(const char *s); /* "" (NULL) is 0 */
/* The double a float8's text reads back as (strtod's answer, -0 as 0);
 * a field's (0 for NULL). */
double pg_strtod(const char *s);
double pg_double(const PGresult *r, int row, int col);
/* s into dst[n], cut to fit, NUL-terminated (gs_snprintf's "%s" without
 * the formatting: called twice a row by reports over every series). */
void pg_copy_text(char *dst, size_t n, const char *s);
/* COPY text built in memory (pg_copy.c): fields escaped for COPY's text
 * format, the last of a row ending it; sent by pg_copy_in as the data of
 * sql, a COPY ... FROM STDIN (0, or -1 with e filled). */
struct copybuf {
	char *p;
	size_t len, cap;
	bool binary;        /* COPY's binary format: copy_bin_* fields */
};
void copy_field(struct copybuf *c, const char *s, bool last);
void copy_int(struct copybuf *c, long long v, bool last);
/* Binary format: a row of nfields, then each field (pg_copy.c). */
void copy_bin_row(struct copybuf *c, int nfields);
void copy_bin_int4(struct copybuf *c, int32_t v);
void copy_bin_int8(struct copybuf *c, int64_t v);
void copy_bin_double(struct copybuf *c, double d);
void copy_bin_text(struct copybuf *c, const char *s);
void copybuf_free(struct copybuf *c);
int pg_copy_in(struct series_db *db, const char *sql,
	       const struct copybuf *c, struct gs_err *e, const char *what);
/* c's rows into a COPY (sql) opened by the first call and left open, so
 * that the server stores them while the client builds the next ones; c
 * is emptied. Every statement sent before pg_copy_finish ends it first
 * (pg_run, pg_exec, pg.c's prepared ones, pg_copy_in). */
int pg_copy_stream(struct series_db *db, const char *sql, struct copybuf *c,
		   struct gs_err *e);
/* Collect the read-ahead in flight, if any, into ahead_r (NULL when it
 * failed: the chunk then reads as it would have); called before any
 * other statement is sent (pg_copy_finish does). */
void pg_ahead_collect(struct series_db *db);
/* Forget a read-ahead (collected first). */
void pg_ahead_drop(struct series_db *db);
/* End the open COPY, if any: its rows stored (ok), or abandoned. */
int pg_copy_finish(struct series_db *db, bool ok, struct gs_err *e);
/* The rows of the n whose figure is stored with their as_of: the row's
 * index and the stored value, looked up through a temporary staging
 * table, a primary-key probe per row (pg_stage.c); ids(arg, i, ...) gives
 * row i's series and source ids (0: not stored, so neither is the row),
 * called for i in order. NULL with e filled. */
typedef void (*pg_row_ids_fn)(void *arg, size_t i, int64_t *sid,
			      int64_t *src);
PGresult *pg_stage_figures(struct series_db *db,
			   const struct srow *const *rows, size_t n,
			   pg_row_ids_fn ids, void *arg, struct gs_err *e);
/* What a flush's rows meet: the stored series they name (distinct, in
 * row order), how many rows could be stored, and whether reading those
 * series whole (pg_figs.c) beats probing row by row (pg_stage.c). */
#define PG_PICK_ASOF 16
struct pg_pick {
	int64_t *sids;      /* owned by the caller once filled */
	size_t nser, nrows;
	int32_t as_of[PG_PICK_ASOF]; /* the rows' distinct as_of dates */
	int nasof;          /* how many; -1: more than PG_PICK_ASOF */
	bool by_series;
};
int pg_stage_pick(struct series_db *db, const struct srow *const *rows,
		  size_t n, pg_row_ids_fn ids, void *arg, struct pg_pick *p,
		  struct gs_err *e);
/* Whether as_of is one of p's rows' dates (always, past PG_PICK_ASOF). */
bool pg_pick_has_asof(const struct pg_pick *p, int32_t as_of);
/* The bulk path of a stage flush (pg_bulk.c). */
int pg_bulk_begin(struct series_db *db, const struct srow *const *rows,
		  size_t n, struct gs_err *e);
/* The id and dimension of a series named by the flush's rows: 1 when
 * stored, 0 when not (to be created), -1 when not known here. */
int pg_bulk_series(struct series_db *db, const char *key, int64_t *id,
		   const char **dim);
void pg_bulk_series_set(struct series_db *db, const char *key, int64_t id);
/* The same for a source named by the flush's rows (*dim is ""). */
int pg_bulk_source(struct series_db *db, const char *name, int64_t *id,
		   const char **dim);
void pg_bulk_source_set(struct series_db *db, const char *name, int64_t id);
/* Queue giving series id its first dimension and unit, written when the
 * flush ends; -1 when no flush is in progress (nothing queued). */
int pg_bulk_set_dim(struct series_db *db, int64_t id, const char *dim,
		    const char *sym);
int pg_bulk_append(struct series_db *db, const struct gs_obs *o,
		   enum append_result *res, struct gs_err *e);
int pg_bulk_end(struct series_db *db, bool ok, struct gs_err *e);
/* flush_plan (pg_plan.c): every series of a spilled stage created before
 * its first chunk, so that one COPY stays open for all its chunks; keys
 * NULL: the plan forgotten (the COPY left open, ended by the next
 * statement). */
int pg_flush_plan(struct series_db *db, const struct stage_key *keys,
		  size_t n, struct gs_err *e);
/* flush_begin (pg_plan.c): a chunk of a plan (no statement unless a row's
 * series was stored before the batch, or a source is new to the plan),
 * or pg_bulk_begin without one. */
int pg_chunk_begin(struct series_db *db, const struct srow *const *rows,
		   size_t n, struct gs_err *e);
/* pg_write.c: the backend's write_begin, write_end and run. */
int pg_write_begin(struct series_db *db, struct gs_err *e);
int pg_write_end(struct series_db *db, bool ok, struct gs_err *e);
int pg_run_ints(struct series_db *db, const char *sql,
		const struct db_run *q, struct gs_err *e);
#endif
