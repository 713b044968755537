/*
** pg_scan.c: every series with its observations in one streaming pass
** (series_scan) on PostgreSQL.
**
** Asked series by series, a report over 10,000 series cost two queries
** (and two round trips) per series: 23x the SQLite scan's time at 100k
** rows. Here the series are listed once, in key order ("C" collation, as
** pg_list orders them, the glob matched in C by the same matcher), and
** the rows of all of them come through COPY ... TO STDOUT, ordered by
** the same key: the server streams them as the client takes them in, row
** by row. Source names are read once and found by id. Each series is
** finished exactly as series_observations finishes one (obs_list_finish,
** reads.c).
**
** One COPY was bound by the server: its backend's 0.5 s of CPU for 1M
** rows (writing the columns as text, about two thirds of it) came to more
** than the SQLite report's CPU on both its threads (0.42 s). So with more
** than a block of series, a second connection imports the first's
** snapshot and the two COPYs deal the series out, block by block in key
** order (scan.s[], SCAN_BLOCK): two backends write at once, and while the
** client reads one's block the other's waits in its socket. A reading
** thread takes the rows in and builds each series (pg_scanq.c), the
** caller's thread reports them; at most 64 series and 65,536 rows wait
** between them.
**
** It was a server-side cursor fetched 8,192 rows at a time; libpq built
** a result of each block (a copy and an allocation per field) and the
** fields were read back through it: a quarter of the client's
** instructions at 1M rows. COPY's text rows are split here in place.
** COPY takes no parameters: the as-of date and the listed ids are bound
** to set_config (settings of the transaction) and read by the query once
** each (an InitPlan), so no value is written into the statement.
**
** The list and the rows read one snapshot (REPEATABLE READ, or the open
** batch's transaction), so they agree on which series exist.
*/
#include "pg_scan_int.h"
#include "pg_scanq.h"
#include "../glob.h"
#include "../pool.h"
#include "../sql.h"

#include <stdlib.h>
#include <string.h>

/*
** The rows of the listed series known at the as-of date: the columns of
** SQL_OBS_READ that a read wants (pg_read_obs_fields reads them by
** scan_stmts[].cols; dimension and unit come from the series, the source
** name from its id), the retraction date and the series id last; of the
** listed series those of this stream's share (the settings block,
** streams and stream: rows n of the list with (n - 1) / block % streams
** = stream, n counted in key order). Constant columns are not
** sent: a report over every series wants no unit, note or batch, and the
** server spent 0.09-0.2 s of its 0.6-0.75 writing five empty columns a
** million times.
** Ordered by key only. Written as a lateral join so that the planner
** sorts the 10,000 keys and reads each series' rows by the primary key,
** whose order keeps the rows of a figure adjacent (obs_list_finish relies
** on nothing else); as a plain join it hashed and sorted every row, on
** disk. OFFSET 0 keeps the lateral subquery from being pulled up into
** such a join: a cursor's plan favoured the first rows and stayed on the
** nested loop, a COPY's is planned for all of them, and on a table not
** yet analysed (right after a first ingest) it hashed 1M rows and sorted
** them (a report 1.4 s -> 2.9 s). There it reads a series by a bitmap
** scan, whose rows group_figures puts in order. Ordering by figure in SQL
** too cost an incremental sort per series (1 s of 2.6 at 1M rows), so the
** order within a series is checked here instead, and a series that came
** in another order (another plan) is sorted (group_figures). JIT is off
** for the scan: compiling took longer than it saved. A row's retraction
** date is looked up only in a series that has a retraction (has_r, one
** probe per series): a probe per row, though retractions are few or none,
** was half the server's time at 1M rows (the query took 1.15 s, 0.60 s
** without).
** Measured and not kept (twelfth session, the server's CPU per COPY of
** 1M rows read from /proc in 10 ms ticks): leaving the series with a
** retraction out of the COPY, with no has_r column, and reading their
** rows by one query before it gave 43.5 -> 42 ticks (3 %); a plain index
** scan instead of the bitmap scan, no change. The scan and join alone
** take 16 ticks, writing the 13 columns as text the other 27 or so.
*/
#define SCAN_IDS "(SELECT nullif(current_setting('gs.scan_ids'), ''))"
#define SCAN_SET(x) "(SELECT current_setting('gs.scan_" x "')::integer)"
#define SCAN_SQL(cols) \
	"COPY (SELECT " cols ", CASE WHEN s.has_r THEN " SQL_RETRACTED("o") \
	" END, s.id" \
	" FROM (SELECT id, key, EXISTS (SELECT 1 FROM retractions r" \
	"  WHERE r.series_id = series.id) AS has_r FROM" \
	"  (SELECT id, key, row_number() OVER (ORDER BY key COLLATE \"C\")" \
	"   AS n FROM series WHERE " SCAN_IDS " IS NULL" \
	"   OR id = ANY(" SCAN_IDS "::bigint[])) series" \
	"  WHERE (n - 1) / " SCAN_SET("block") " % " SCAN_SET("streams") \
	"  = " SCAN_SET("stream") " ORDER BY key COLLATE \"C\") s" \
	" CROSS JOIN LATERAL (SELECT * FROM observations o" \
	"  WHERE o.series_id = s.id AND o.as_of <= " SCAN_SET("as_of") \
	"  OFFSET 0) o ORDER BY s.key COLLATE \"C\") TO STDOUT"

/*
** A figures-only read (OBSQ_FIGURES: project --all) sends two columns
** fewer: a figure's base (start, end and precision) is one column, NULL
** when it has none, as most figures have not (a relative change has).
** Every column a row sends costs the server about 0.02-0.035 s of CPU
** per million rows (its output function and COPY's escaping): 0.53-0.56
** s for the 13 columns of all the rows (the scan and join alone about
** 0.19), 0.49-0.52 s for these 11 (tests/pg/scancost.py). Measured and
** not kept: the value as binary (COPY's binary format, or float8send in
** text) cost more than its shortest decimal (each binary field is a
** palloc'd buffer); the series id once per series, in a row of its own
** before its rows (a UNION ALL in the lateral subquery), no cheaper;
** period_end sent as its distance from period_start, the same; source
** and as_of sent as NULL when equal to the series' first row's, more.
*/
#define FIG_BASE \
	"CASE WHEN o.base_start <> 0 OR o.base_end <> 0 OR o.base_prec <> ''" \
	" THEN concat(o.base_start, ' ', o.base_end, ' ', o.base_prec) END"

static const struct scan_stmt scan_stmts[2] = {
	{ SCAN_SQL("o.kind, o.period_start, o.period_end, o.period_prec,"
		   " o.base_start, o.base_end, o.base_prec, o.value,"
		   " o.qualifier, o.as_of, o.source_id, o.unit, o.note,"
		   " o.batch_id"), 16, 10, 15,
	  { 11, -1, -1, 9, -1, 12, 13, 14 } },
	{ SCAN_SQL("o.kind, o.period_start, o.period_end, o.period_prec, "
		   FIG_BASE ", o.value, o.qualifier, o.as_of, o.source_id"),
	  11, 8, 10, { 0 } },
};

/* The name of source id ("" when unknown), by binary search. */
static const char *source_name(const struct scan *sc, long long id)
{
	int lo = 0, hi = PQntuples(sc->names);

	while (lo < hi) {
		int mid = lo + (hi - lo) / 2;
		long long v = pg_int(sc->names, mid, 0);

		if (v == id)
			return PQgetvalue(sc->names, mid, 1);
		if (v < id)
			lo = mid + 1;
		else
			hi = mid;
	}
	return "";
}

/* The primary key's order of figures: kind (by name, as the key's text
 * sorts), period, base. */
static int fig_cmp(const void *pa, const void *pb)
{
	const struct gs_obs *a = pa, *b = pb;
	int c = strcmp(kind_name(a->kind), kind_name(b->kind));

	if (c)
		return c;
	if (a->period.start != b->period.start)
		return a->period.start < b->period.start ? -1 : 1;
	if (a->period.end != b->period.end)
		return a->period.end < b->period.end ? -1 : 1;
	if (a->base.start != b->base.start)
		return a->base.start < b->base.start ? -1 : 1;
	return a->base.end < b->base.end ? -1 : a->base.end > b->base.end;
}

/* Make the rows of each figure adjacent, if the server did not. */
static void group_figures(struct obs_list *obs)
{
	size_t i;

	for (i = 1; i < obs->n; i++)
		if (fig_cmp(&obs->v[i - 1], &obs->v[i]) > 0)
			break;
	if (i < obs->n)
		qsort(obs->v, obs->n, sizeof(*obs->v), fig_cmp);
}

/* Row i of the list: key, name, description, dimension, unit. */
static void list_info(const PGresult *r, int i, struct series_info *info)
{
	memset(info, 0, sizeof(*info));
	info->key = pg_text(r, i, 1);
	info->name = pg_text(r, i, 2);
	info->description = pg_text(r, i, 3);
	info->dim = pg_text(r, i, 4);
	info->sym = pg_text(r, i, 5);
}

/* The row stream s read last into o, in obs's pool; the source's name (a
 * series' rows mostly share one: copied once) in *src, its id in *sid. */
static void read_row(struct scan *sc, struct stream *s, struct obs_list *obs,
		     const char *key, struct gs_obs *o, long long *sid,
		     const char **src)
{
	long long id = pg_int_text(s->f[sc->st->source_col]);

	if (sc->flags & OBSQ_FIGURES)
		scan_read_figure(s->f, key, o);
	else
		pg_read_obs_fields(s->f, key, obs->pool, &sc->st->cols, o);
	if (id != *sid) {
		*sid = id;
		*src = pool_dup(obs->pool, source_name(sc, id));
	}
	o->source = *src;
}

/* Series i of the list with its rows: the next rows of its stream with
 * its id. */
static int read_series(struct scan *sc, int i, struct series_info *info,
		       struct obs_list *obs, struct gs_err *e)
{
	struct stream *s = &sc->s[(sc->matched++ / SCAN_BLOCK) % sc->nstreams];
	long long want = pg_int(sc->list, i, 0), id, sid = -1;
	const char *key, *src = "";
	struct gs_unit unit;
	int rc;

	list_info(sc->list, i, info);
	memset(obs, 0, sizeof(*obs));
	obs->pool = pool_new();
	key = pool_dup(obs->pool, info->key);
	pg_copy_text(unit.dim, sizeof(unit.dim), info->dim);
	pg_copy_text(unit.sym, sizeof(unit.sym), info->sym);
	while ((rc = scan_next_id(sc, s, &id, e)) == 0 && id == want) {
		struct gs_obs *o;

		GS_GROW(obs->v, obs->n);
		o = &obs->v[obs->n++];
		read_row(sc, s, obs, key, o, &sid, &src);
		memcpy(o->unit.dim, unit.dim, sizeof(unit.dim));
		memcpy(o->unit.sym, unit.sym, sizeof(unit.sym));
		if (info->first == 0 || o->period.start < info->first)
			info->first = o->period.start;
		if (o->period.end > info->last)
			info->last = o->period.end;
		info->n_obs++;
		scan_take_row(s);
	}
	if (rc != 0) {
		series_info_free(info);
		obs_list_free(obs);
		return -1;
	}
	return 0;
}

/* The series to report: in key order, those the glob matches; their ids
 * as an array literal into *ids (NULL: every series), how many into *n. */
static int list_series(struct scan *sc, const char *glob, char **ids,
		       int *n, struct gs_err *e)
{
	PGresult *r = pg_run(sc->db, "SELECT id, key, name, description,"
			     " dimension, unit FROM series"
			     " ORDER BY key COLLATE \"C\"", 0, NULL,
			     PGRES_TUPLES_OK, e, "listing series");
	struct gs_buf b = { 0 };
	int i;

	*ids = NULL;
	if (r == NULL)
		return -1;
	sc->list = r;
	*n = PQntuples(r);
	if (glob == NULL)
		return 0;
	/* Only the matching series' rows are asked for; walk() skips the
	 * others in the list too. */
	gs_buf_add(&b, "{");
	*n = 0;
	for (i = 0; i < PQntuples(r); i++) {
		if (!glob_match(glob, PQgetvalue(r, i, 1)))
			continue;
		++*n;
		if (b.len > 1)
			gs_buf_add(&b, ",");
		gs_buf_add(&b, PQgetvalue(r, i, 0));
	}
	gs_buf_add(&b, "}");
	*ids = b.s;
	return 0;
}

/* Statement sql with n parameters on conn (a second stream's): NULL
 * when it returned want, else its result (the caller clears it; it is
 * never NULL then). */
static PGresult *run_on(PGconn *conn, const char *sql, int n,
			const char *const *p, ExecStatusType want)
{
	PGresult *r = PQexecParams(conn, sql, n, NULL, p, NULL, NULL, 0);

	if (PQresultStatus(r) == want) {
		PQclear(r);
		return NULL;
	}
	return r ? r : PQmakeEmptyPGresult(conn, PGRES_FATAL_ERROR);
}

/* A second connection reading the snapshot of the first (exported as
 * snap), its transaction begun; NULL when none is to be had (the scan
 * then reads through one). SET TRANSACTION SNAPSHOT takes no parameter:
 * the name, made by the server of hex digits and dashes, is checked and
 * quoted. */
static PGconn *second_conn(struct scan *sc, const char *snap)
{
	PGconn *c;
	PGresult *r;
	char *lit, sql[128];

	if (snap[0] == '\0' || strspn(snap, "0123456789ABCDEFabcdef-") !=
	    strlen(snap) || strlen(snap) > 64)
		return NULL;
	c = PQconnectdb(sc->db->conninfo);
	if (c == NULL || PQstatus(c) != CONNECTION_OK) {
		PQfinish(c);
		return NULL;
	}
	lit = PQescapeLiteral(c, snap, strlen(snap));
	gs_snprintf(sql, sizeof(sql), "SET TRANSACTION SNAPSHOT %s",
		    lit ? lit : "''");
	PQfreemem(lit);
	if ((r = pg_session_setup(c)) != NULL ||
	    (r = run_on(c, "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
			0, NULL, PGRES_COMMAND_OK)) != NULL ||
	    (r = run_on(c, sql, 0, NULL, PGRES_COMMAND_OK)) != NULL ||
	    (r = run_on(c, "SET LOCAL jit = off", 0, NULL,
			PGRES_COMMAND_OK)) != NULL) {
		PQclear(r);
		PQfinish(c);
		return NULL;
	}
	return c;
}

/*
** How many streams: two when the scan has its own transaction (a batch's
** writes are seen by its connection only) and more than a block of
** series to read, on a server without Citus (open_streams), unless
** GROWTHSTAT_PG_SCAN_STREAMS says how many (1 to SCAN_STREAMS; to
** compare).
*/
static int want_streams(bool own_txn, int n)
{
	const char *v = getenv("GROWTHSTAT_PG_SCAN_STREAMS");
	int k = v && v[0] >= '1' && v[0] < '1' + SCAN_STREAMS && !v[1] ?
		v[0] - '0' : 2;

	return !own_txn || n <= SCAN_BLOCK ? 1 : k;
}

/* The other streams' connections, as many as can be had of those
 * wanted. */
static int open_streams(struct scan *sc, bool own_txn, int n,
			struct gs_err *e)
{
	int want = want_streams(own_txn, n);
	PGresult *r;

	sc->nstreams = 1;
	sc->s[0].conn = PG(sc->db)->conn;
	if (want == 1)
		return 0;
	r = pg_run(sc->db, "SELECT pg_export_snapshot(), EXISTS (SELECT 1"
		   " FROM pg_extension WHERE extname = 'citus')", 0, NULL,
		   PGRES_TUPLES_OK, e, "reading all series");
	if (r == NULL)
		return -1;
	/* On Citus a snapshot imported on the coordinator is not the
	 * shards': one COPY, which reads them as one transaction. */
	while (sc->nstreams < want && strcmp(PQgetvalue(r, 0, 1), "t") != 0 &&
	       (sc->s[sc->nstreams].conn = second_conn(sc,
				PQgetvalue(r, 0, 0))) != NULL)
		sc->nstreams++;
	PQclear(r);
	return 0;
}

/* Stream k's settings and its COPY. */
static int start_copy(struct scan *sc, int k, const char *at,
		      const char *ids, struct gs_err *e)
{
	static const char set[] = "SELECT set_config('gs.scan_as_of', $1, true),"
		" set_config('gs.scan_ids', $2, true),"
		" set_config('gs.scan_block', $3, true),"
		" set_config('gs.scan_streams', $4, true),"
		" set_config('gs.scan_stream', $5, true)";
	char block[16], streams[16], stream[16];
	const char *p[5] = { at, ids, block, streams, stream };
	struct stream *s = &sc->s[k];

	gs_snprintf(block, sizeof(block), "%d", SCAN_BLOCK);
	gs_snprintf(streams, sizeof(streams), "%d", sc->nstreams);
	gs_snprintf(stream, sizeof(stream), "%d", k);
	if (k > 0) {
		PGresult *r = run_on(s->conn, set, 5, p, PGRES_TUPLES_OK);
		int ret;

		if (r == NULL)
			r = run_on(s->conn, sc->st->sql, 0, NULL,
				   PGRES_COPY_OUT);
		if (r != NULL) {
			ret = scan_stream_err(sc, s, r, e);
			PQclear(r);
			return ret;
		}
	} else {
		PGresult *r = pg_run(sc->db, set, 5, p, PGRES_TUPLES_OK, e,
				     "reading all series");

		if (r == NULL)
			return -1;
		PQclear(r);
		r = pg_run(sc->db, sc->st->sql, 0, NULL, PGRES_COPY_OUT, e,
			   "reading all series");
		if (r == NULL)
			return -1;
		PQclear(r);
	}
	s->copying = true;
	return 0;
}

/* The names of the sources, the list of series and the streams. */
static int open_scan(struct scan *sc, const char *glob, int32_t as_of,
		     bool own_txn, struct gs_err *e)
{
	char at[16], *ids = NULL;
	int k, n = 0, ret = 0;

	sc->names = pg_run(sc->db, "SELECT id, name FROM sources ORDER BY id",
			   0, NULL, PGRES_TUPLES_OK, e, "reading sources");
	if (sc->names == NULL || list_series(sc, glob, &ids, &n, e))
		return -1;
	gs_snprintf(at, sizeof(at), "%ld", (long)(as_of > 0 ? as_of : 99991231));
	ret = open_streams(sc, own_txn, n, e);
	for (k = 0; k < sc->nstreams && ret == 0; k++)
		ret = start_copy(sc, k, at, ids ? ids : "", e);
	free(ids);
	return ret;
}

/* The next listed series (that the glob matches) with its rows: 1, 0
 * after the last; on the reading thread (pg_scan_queue). */
static int next_series(void *arg, struct series_info *info,
		       struct obs_list *obs, struct gs_err *e)
{
	struct scan *sc = arg;

	while (sc->next < PQntuples(sc->list) && sc->glob &&
	       !glob_match(sc->glob, PQgetvalue(sc->list, sc->next, 1)))
		sc->next++;
	if (sc->next >= PQntuples(sc->list))
		return 0;
	if (read_series(sc, sc->next++, info, obs, e))
		return -1;
	group_figures(obs);
	return 1;
}

/* Every stream drained; the second's connection closed. */
static void close_scan(struct scan *sc)
{
	for (int k = 0; k < SCAN_STREAMS; k++) {
		if (sc->s[k].conn == NULL)
			continue;
		scan_drain(sc, &sc->s[k]);
		if (k > 0)
			PQfinish(sc->s[k].conn);
	}
	PQclear(sc->list);
	PQclear(sc->names);
}

int pg_scan(struct series_db *db, const char *glob, int32_t as_of, int flags,
	    series_scan_fn fn, void *arg, struct gs_err *e)
{
	struct scan sc;
	bool own_txn = !db->in_batch;
	int ret;

	memset(&sc, 0, sizeof(sc));
	sc.db = db;
	sc.flags = flags;
	sc.st = &scan_stmts[(flags & OBSQ_FIGURES) != 0];
	sc.glob = glob;
	if (own_txn && pg_exec(db, "BEGIN ISOLATION LEVEL REPEATABLE READ", e,
			       "reading all series"))
		return -1;
	if (pg_exec(db, "SET LOCAL jit = off", e, "reading all series")) {
		if (own_txn)
			pg_exec(db, "ROLLBACK", NULL, "");
		return -1;
	}
	ret = open_scan(&sc, glob, as_of, own_txn, e);
	if (ret == 0)
		ret = pg_scan_queue(next_series, &sc, flags, as_of, fn, arg, e);
	close_scan(&sc);
	if (own_txn)
		pg_exec(db, "ROLLBACK", NULL, "");
	return ret;
}
