/*
** pg.c: the PostgreSQL backend: connecting, the schema and its versions,
** batches and appends (the reads are in pg_query.c).
**
** The rules are those of the SQLite backend (see sqlite_append.c): one
** transaction per batch, a row is present only if its figure is stored
** with the same as_of and value, and the server refuses
** every UPDATE or DELETE of observations by trigger (pg_schema.c). Writers serialize on a
** transaction-level advisory lock, the counterpart of SQLite's BEGIN
** IMMEDIATE, waiting at most the lock timeout (--lock-timeout). Every statement is sent with
** parameters; no user text is pasted into SQL.
*/
#include "pg_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>


/* Statements prepared once per connection. */
enum pg_stmt {
	PS_SERIES_FIND,
	PS_SERIES_INSERT,
	PS_SERIES_SET_DIM,
	PS_SOURCE_FIND,
	PS_SOURCE_INSERT,
	PS_OBS_LATEST,
	PS_OBS_INSERT,
	PS_COUNT
};

static const char *const ps_sql[PS_COUNT] = {
	[PS_SERIES_FIND] = "SELECT id, dimension FROM series WHERE key = $1",
	[PS_SERIES_INSERT] =
		"INSERT INTO series(key, name, description, dimension, unit,"
		" created_batch) VALUES ($1, $2, $3, '', '', $4) RETURNING id",
	[PS_SERIES_SET_DIM] =
		"UPDATE series SET dimension = $2, unit = $3"
		" WHERE id = $1 AND dimension = ''",
	[PS_SOURCE_FIND] = "SELECT id FROM sources WHERE name = $1",
	[PS_SOURCE_INSERT] =
		"INSERT INTO sources(name, created_batch) VALUES ($1, $2)"
		" RETURNING id",
	[PS_OBS_LATEST] =
		"SELECT as_of, value FROM observations"
		" WHERE series_id = $1 AND kind = $2 AND period_start = $3"
		" AND period_end = $4 AND base_start = $5 AND base_end = $6"
		" AND source_id = $7 AND as_of <= $8 AND qualifier = $9"
		" ORDER BY as_of DESC LIMIT 1",
	[PS_OBS_INSERT] =
		"INSERT INTO observations(series_id, kind, period_start,"
		" period_end, base_start, base_end, source_id, as_of,"
		" qualifier, period_prec, base_prec, value, unit, batch_id, note)"
		" VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12,"
		" $13, $14, $15)",
};

static PGresult *ps_run(struct series_db *db, enum pg_stmt id, int n,
			const char *const *params, ExecStatusType want,
			struct gs_err *e, const char *what)
{
	PGresult *r;
	char name[16];

	if (pg_copy_finish(db, true, e))
		return NULL;
	gs_snprintf(name, sizeof(name), "gs%d", (int)id);
	if (!(PG(db)->prepared & (1u << id))) {
		r = PQprepare(PG(db)->conn, name, ps_sql[id], n, NULL);
		if (PQresultStatus(r) != PGRES_COMMAND_OK) {
			pg_err(db, r, e, "preparing a statement");
			PQclear(r);
			return NULL;
		}
		PQclear(r);
		PG(db)->prepared |= 1u << id;
	}
	r = PQexecPrepared(PG(db)->conn, name, n, params, NULL, NULL, 0);
	if (PQresultStatus(r) == want)
		return r;
	pg_err(db, r, e, what);
	PQclear(r);
	return NULL;
}

/*
** A server that is down or busy is worth another try (75); one that asked
** for a password and refused the one given, or got none, is not: a cron
** job must not retry a wrong password quietly forever (74). A server may
** still turn a login away after the password for want of room (reserved
** slots, a role's or a database's connection limit): that is 75. libpq
** gives no SQLSTATE for a failed connection, so a refused password is
** told by the server's words; in another language they fall back to 75,
** the side that retries.
*/
static bool login_refused(const PGconn *conn)
{
	return conn && (PQconnectionNeedsPassword(conn) ||
			(PQconnectionUsedPassword(conn) &&
			 strstr(PQerrorMessage(conn), "authentication failed")));
}

static int pg_open(struct series_db *db, struct gs_err *e)
{
	struct pg_state *st = xcalloc(1, sizeof(*st));
	PGresult *r;

	st->magic = PG_STATE_MAGIC;
	db->be = st;
	pg_secret_note(db, db->conninfo);
	pg_heap_keep();
	PG(db)->conn = PQconnectdb(db->conninfo);
	if (PG(db)->conn == NULL || PQstatus(PG(db)->conn) != CONNECTION_OK) {
		pg_err(db, NULL, e, "cannot connect");
		if (login_refused(PG(db)->conn))
			e->code = GS_EX_IOERR;
		return -1;
	}
	if ((r = pg_session_setup(PG(db)->conn)) != NULL) {
		pg_err(db, r, e, "setting up");
		PQclear(r);
		return -1;
	}
	if (!(db->flags & SERIES_WRITE) &&
	    pg_exec(db, "SET default_transaction_read_only = on", e,
		    "setting up"))
		return -1;
	return pg_migrate(db, e);
}

static void pg_close(struct series_db *db)
{
	if (db->be == NULL)
		return;
	PQclear(PG(db)->ahead_r);
	PQfinish(PG(db)->conn);
	PG(db)->conn = NULL;
	pg_secret_free(db);
	free(db->be);
	db->be = NULL;
}

/* The schema is there and at our version (the server checks itself). */
static int pg_check(struct series_db *db, struct gs_err *e)
{
	int v;

	if (pg_version(db, &v, e))
		return -1;
	if (v != SERIES_SCHEMA_VERSION)
		return gs_errf(e, GS_EX_DATAERR, "%s: schema version %d, want %d",
			       db->path, v, SERIES_SCHEMA_VERSION);
	return 0;
}

static void now_text(char *buf, size_t n)
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static void pg_rollback(struct series_db *db)
{
	pg_bulk_end(db, false, NULL);
	if (!db->in_batch)
		return;
	if (PQtransactionStatus(PG(db)->conn) != PQTRANS_IDLE)
		pg_exec(db, "ROLLBACK", NULL, "");
	db->in_batch = false;
	id_cache_forget(db);
}

static int pg_begin(struct series_db *db, const char *file, int64_t *batch_id,
		    struct gs_err *e)
{
	char now[32];
	const char *p[2] = { file ? file : "", now };
	PGresult *r;

	if (db->in_batch)
		return gs_errf(e, GS_EX_SOFTWARE, "a batch is already open");
	if (pg_exec(db, "BEGIN", e, "starting a batch"))
		return -1;
	db->in_batch = true;
	now_text(now, sizeof(now));
	if (pg_writer_lock(db, e))
		goto fail;
	/* The next number after the last batch, as SQLite's INTEGER PRIMARY
	 * KEY gives it, not the identity sequence: a rolled-back attempt
	 * (a refused file) would use a number up, and batch numbers would
	 * run ahead of SQLite's. The writers' lock makes this safe. */
	r = pg_run(db, "INSERT INTO batches(id, file, status, started)"
		   " SELECT coalesce(max(id), 0) + 1, $1, 'open', $2"
		   " FROM batches RETURNING id", 2, p,
		   PGRES_TUPLES_OK, e, "starting a batch");
	if (r == NULL)
		goto fail;
	*batch_id = PG(db)->batch = pg_int(r, 0, 0);
	PQclear(r);
	return 0;
fail:
	pg_rollback(db);
	return -1;
}

static int finish(struct series_db *db, int64_t id, const char *status,
		  const struct batch_counts *c, const char *hash,
		  const char *msg, struct gs_err *e)
{
	char t[5][24], now[32];
	const char *p[9] = { t[0], status, now, t[1], t[2], t[3], t[4],
			     hash ? hash : "", msg ? msg : "" };
	PGresult *r;

	now_text(now, sizeof(now));
	gs_snprintf(t[0], sizeof(t[0]), "%lld", (long long)id);
	gs_snprintf(t[1], sizeof(t[1]), "%ld", c->rows_read);
	gs_snprintf(t[2], sizeof(t[2]), "%ld", c->rows_new);
	gs_snprintf(t[3], sizeof(t[3]), "%ld", c->rows_present);
	gs_snprintf(t[4], sizeof(t[4]), "%ld", c->rows_rejected);
	r = pg_run(db, "UPDATE batches SET status = $2, finished = $3,"
		   " rows_read = $4, rows_new = $5, rows_present = $6,"
		   " rows_rejected = $7, hash = $8, message = $9 WHERE id = $1",
		   9, p, PGRES_COMMAND_OK, e, "closing a batch");
	if (r == NULL)
		return -1;
	PQclear(r);
	return 0;
}

static int pg_commit(struct series_db *db, int64_t batch_id,
		     const struct batch_counts *c, const char *hash,
		     struct gs_err *e)
{
	if (!db->in_batch)
		return gs_errf(e, GS_EX_SOFTWARE, "no batch is open");
	if (finish(db, batch_id, "committed", c, hash, "", e) ||
	    pg_exec(db, "COMMIT", e, "committing a batch")) {
		pg_rollback(db);
		return -1;
	}
	db->in_batch = false;
	return 0;
}

static int pg_log_refused(struct series_db *db, const char *file,
			  const struct batch_counts *c, const char *hash,
			  const char *reason, struct gs_err *e)
{
	int64_t id;

	if (pg_begin(db, file, &id, e))
		return -1;
	if (finish(db, id, "refused", c, hash, reason, e) ||
	    pg_exec(db, "COMMIT", e, "logging a refused batch")) {
		pg_rollback(db);
		return -1;
	}
	db->in_batch = false;
	return 0;
}

/*
** A parent of observations (a series, a source) by its key: the id
** cached for the last row, else the flush's read-ahead maps (pg_bulk_ids.c),
** else one lookup, and created when not stored. What differs between the
** two is their statements and maps.
*/
struct parent {
	enum pg_stmt find, insert; /* find returns id (and dimension) */
	int ninsert;               /* insert's parameters, the batch last */
	const char *finding, *creating;
	int (*bulk_get)(struct series_db *db, const char *key, int64_t *id,
			const char **dim);
	void (*bulk_set)(struct series_db *db, const char *key, int64_t id);
};

static const struct parent series_parent = {
	PS_SERIES_FIND, PS_SERIES_INSERT, 4, "looking up a series",
	"creating a series", pg_bulk_series, pg_bulk_series_set,
};

static const struct parent source_parent = {
	PS_SOURCE_FIND, PS_SOURCE_INSERT, 2, "looking up a source",
	"creating a source", pg_bulk_source, pg_bulk_source_set,
};

/* c's id for key; p: insert's parameters, key first, the batch's slot
 * last (filled here). */
static int parent_id(struct series_db *db, struct id_cache *c,
		     const struct parent *k, const char *key, const char **p,
		     int64_t batch_id, struct gs_err *e)
{
	char batch[24];
	const char *dim = "";
	int64_t id;
	PGresult *r;

	if (c->key && strcmp(c->key, key) == 0)
		return 0;
	switch (k->bulk_get(db, key, &id, &dim)) {
	case 1:
		id_cache_set(c, key, id, dim);
		return 0;
	case 0:
		goto create; /* read ahead: not stored */
	}
	r = ps_run(db, k->find, 1, p, PGRES_TUPLES_OK, e, k->finding);
	if (r == NULL)
		return -1;
	if (PQntuples(r) == 1) {
		id_cache_set(c, key, pg_int(r, 0, 0),
			     PQnfields(r) > 1 ? PQgetvalue(r, 0, 1) : "");
		PQclear(r);
		return 0;
	}
	PQclear(r);
create:
	gs_snprintf(batch, sizeof(batch), "%lld", (long long)batch_id);
	p[k->ninsert - 1] = batch;
	r = ps_run(db, k->insert, k->ninsert, p, PGRES_TUPLES_OK, e,
		   k->creating);
	if (r == NULL)
		return -1;
	id_cache_set(c, key, pg_int(r, 0, 0), "");
	k->bulk_set(db, key, c->id);
	PQclear(r);
	return 0;
}

static int series_id(struct series_db *db, const struct gs_obs *o,
		     const char *name, const char *desc, struct gs_err *e)
{
	const char *p[4] = { o->series, name ? name : "", desc ? desc : "",
			     NULL };

	return parent_id(db, &db->series, &series_parent, o->series, p,
			 o->batch, e);
}

static int check_dim(struct series_db *db, const struct gs_obs *o,
		     struct gs_err *e)
{
	char id[24];
	const char *p[3] = { id, o->unit.dim, o->unit.sym };
	PGresult *r;
	int k;

	if ((k = dim_rule(&db->series, o, e)) <= 0)
		return k;
	if (pg_bulk_set_dim(db, db->series.id, o->unit.dim, o->unit.sym) == 0)
		goto set; /* with the flush's other series, in one statement */
	gs_snprintf(id, sizeof(id), "%lld", (long long)db->series.id);
	r = ps_run(db, PS_SERIES_SET_DIM, 3, p, PGRES_COMMAND_OK, e,
		   "setting a series' unit");
	if (r == NULL)
		return -1;
	PQclear(r);
set:
	gs_snprintf(db->series.dim, sizeof(db->series.dim), "%s", o->unit.dim);
	return 0;
}

static int source_id(struct series_db *db, const struct gs_obs *o,
		     struct gs_err *e)
{
	const char *name = o->source ? o->source : "";
	const char *p[2] = { name, NULL };

	return parent_id(db, &db->source, &source_parent, name, p, o->batch,
			 e);
}

/* The parameters of an observation row, as text ($1..$15). */
struct row_text {
	char n[9][24];
	const char *p[15];
};

static void row_params(struct row_text *t, const struct series_db *db,
		       const struct gs_obs *o)
{
	gs_snprintf(t->n[0], 24, "%lld", (long long)db->series.id);
	gs_snprintf(t->n[1], 24, "%ld", (long)o->period.start);
	gs_snprintf(t->n[2], 24, "%ld", (long)o->period.end);
	gs_snprintf(t->n[3], 24, "%ld", (long)o->base.start);
	gs_snprintf(t->n[4], 24, "%ld", (long)o->base.end);
	gs_snprintf(t->n[5], 24, "%lld", (long long)db->source.id);
	gs_snprintf(t->n[6], 24, "%ld", (long)o->as_of);
	gs_snprintf(t->n[7], 24, "%.17g", o->value);
	gs_snprintf(t->n[8], 24, "%lld", (long long)o->batch);
	t->p[0] = t->n[0];
	t->p[1] = kind_name(o->kind);
	t->p[2] = t->n[1];
	t->p[3] = t->n[2];
	t->p[4] = t->n[3];
	t->p[5] = t->n[4];
	t->p[6] = t->n[5];
	t->p[7] = t->n[6];
	t->p[8] = qual_name(o->qual);
	t->p[9] = prec_name(o->period.prec);
	t->p[10] = o->base.start ? prec_name(o->base.prec) : "";
	t->p[11] = t->n[7];
	t->p[12] = o->unit_text ? o->unit_text : "";
	t->p[13] = t->n[8];
	t->p[14] = o->note ? o->note : "";
}

/* As known() in sqlite_append.c: 1 same, 0 new, -1 error or conflict. */
static int known(struct series_db *db, const struct gs_obs *o,
		 const struct row_text *t, struct gs_err *e)
{
	PGresult *r = ps_run(db, PS_OBS_LATEST, 9, t->p, PGRES_TUPLES_OK, e,
			     "looking up a figure");
	long as_of;
	double v;

	if (r == NULL)
		return -1;
	if (PQntuples(r) == 0) {
		PQclear(r);
		return 0;
	}
	as_of = (long)pg_int(r, 0, 0);
	v = pg_double(r, 0, 1); /* -0 is 0 */
	PQclear(r);
	if (as_of != (long)o->as_of)
		return 0; /* an earlier vintage: this one is new */
	if (v == o->value)
		return 1;
	if (as_of == (long)o->as_of)
		return gs_errf(e, GS_EX_DATAERR,
			       "conflicts with the stored figure of series '%s'"
			       " for the same period, qualifier, source and "
			       "as_of (value %.17g); a revision needs a later "
			       "as_of",
			       o->series, v);
	return 0;
}

static int pg_append(struct series_db *db, const struct gs_obs *o,
		     const char *name, const char *description,
		     enum append_result *res, struct gs_err *e)
{
	struct row_text t;
	PGresult *r;
	int k;

	if (series_id(db, o, name, description, e) || check_dim(db, o, e) ||
	    source_id(db, o, e))
		return -1;
	if (PG(db)->bulk)
		return pg_bulk_append(db, o, res, e);
	row_params(&t, db, o);
	if ((k = known(db, o, &t, e)) < 0)
		return -1;
	if (k == 1) {
		*res = APPEND_PRESENT;
		return 0;
	}
	r = ps_run(db, PS_OBS_INSERT, 15, t.p, PGRES_COMMAND_OK, e,
		   "storing a figure");
	if (r == NULL)
		return -1;
	PQclear(r);
	*res = APPEND_NEW;
	return 0;
}

const struct backend_ops pg_backend = {
	.name = "postgresql",
	.open = pg_open,
	.close = pg_close,
	.check = pg_check,
	.batch_begin = pg_begin,
	.append = pg_append,
	.batch_commit = pg_commit,
	.batch_rollback = pg_rollback,
	.batch_log_refused = pg_log_refused,
	.list = pg_list,
	.get = pg_get,
	.observations = pg_observations,
	.sources = pg_sources,
	.retractions = pg_retractions,
	.batches = pg_batches,
	.scan = pg_scan,
	.flush_begin = pg_chunk_begin,
	.flush_end = pg_bulk_end,
	.flush_plan = pg_flush_plan,
	.write_begin = pg_write_begin,
	.write_end = pg_write_end,
	.run = pg_run_ints,
};
