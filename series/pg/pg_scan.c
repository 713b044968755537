/*
** pg_scan.c: every series with its observations in one streaming pass
** (series_scan) on PostgreSQL.
**
** Asked series by series, a report over 10,000 series cost two queries
** (and two round trips) per series: 23x the SQLite scan's time at 100k
** rows. Here the series are listed once, in key order ("C" collation, as
** pg_list orders them, the glob matched in C by the same matcher), and
** the rows of all of them come through one server-side cursor, ordered by
** the same key and fetched in blocks: a handful of round trips, and no
** more than two blocks and one series in the client's memory. The next
** block is asked for as soon as one arrives, so the server reads it while
** the client reports on this one. Source names
** are read once and found by id. Each series is finished exactly as
** series_observations finishes one (obs_list_finish, reads.c).
**
** The list and the cursor read one snapshot (REPEATABLE READ, or the open
** batch's transaction), so they agree on which series exist.
*/
#include "pg_int.h"
#include "../glob.h"
#include "../pool.h"
#include "../sql.h"

#include <stdlib.h>
#include <string.h>

#define FETCH "FETCH 8192 FROM gs_scan"

/*
** The rows of the listed series known at $1: the columns of SQL_OBS_READ
** that a read wants (pg_read_obs_cols reads them by scan_cols; dimension
** and unit come from the series, the source name from its id), the series
** id in column 12. Constant columns are not sent: a report over every
** series wants no unit, note or batch, and the server spent 0.09-0.2 s of
** its 0.6-0.75 writing five empty columns a million times.
** Ordered by key only. Written as a lateral join so that the planner
** sorts the 10,000 keys and reads each series' rows by the primary key,
** whose order keeps the rows of a figure adjacent (obs_list_finish relies
** on nothing else); as a plain join it hashed and sorted every row, on
** disk. Ordering by figure in SQL too cost an incremental sort per
** series (1 s of 2.6 at 1M rows), so the order within a series is
** checked here instead, and a series that came in another order (another
** plan) is sorted (group_figures). JIT is off for the scan: compiling
** took longer than it saved. A row's retraction date is looked up only
** in a series that has a retraction (has_r, one probe per series): a
** probe per row, though retractions are few or none, was half the
** server's time at 1M rows (the query took 1.15 s, 0.60 s without).
*/
#define SCAN_SQL(more) \
	"DECLARE gs_scan NO SCROLL CURSOR FOR" \
	" SELECT o.kind, o.period_start, o.period_end, o.period_prec," \
	" o.base_start, o.base_end, o.base_prec, o.value, o.qualifier," \
	" o.as_of, o.source_id," \
	" CASE WHEN s.has_r THEN " SQL_RETRACTED("o") " END, s.id" more \
	" FROM (SELECT id, key, EXISTS (SELECT 1 FROM retractions r" \
	"  WHERE r.series_id = series.id) AS has_r FROM series" \
	"  WHERE $2::bigint[] IS NULL OR id = ANY($2)" \
	"  ORDER BY key COLLATE \"C\") s" \
	" CROSS JOIN LATERAL (SELECT * FROM observations o" \
	"  WHERE o.series_id = s.id AND o.as_of <= $1) o" \
	" ORDER BY s.key COLLATE \"C\""

/* The scan's columns: the source id and the series id after SQL_OBS_READ's
 * first nine. */
#define SCAN_SOURCE_COL 10
#define SCAN_ID_COL 12

static const char *const scan_sql[2] = {
	SCAN_SQL(", o.unit, o.note, o.batch_id"), /* everything */
	SCAN_SQL(""),                             /* OBSQ_FIGURES */
};

/* Where pg_read_obs_cols finds the rest, by scan_sql[]. */
static const struct pg_obs_cols scan_cols[2] = {
	{ 13, -1, -1, 9, -1, 14, 15, 11 },
	{ -1, -1, -1, 9, -1, -1, -1, 11 },
};

/* One scan: the series, the cursor's current block and the names. */
struct scan {
	struct series_db *db;
	PGresult *list;  /* id, key, name, description, dimension, unit */
	PGresult *block; /* the cursor's rows fetched last */
	int row;         /* the next row of block */
	bool end;        /* the cursor has no more rows */
	bool declared;   /* the cursor is open */
	bool pending;    /* a FETCH sent, its result not read */
	PGresult *names; /* id, name: sorted by id */
	int flags;
	int32_t as_of;   /* the read's as-of, for the retraction rule */
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

/* Ask for the next block without waiting for it: the server reads it
 * while the client reports on this one. */
static void ask_next(struct scan *sc)
{
	sc->pending = PQsendQuery(PG(sc->db)->conn, FETCH) == 1;
}

/* The block asked for (or, if asking failed, asked for now). */
static PGresult *next_block(struct scan *sc, struct gs_err *e)
{
	PGresult *r, *last = NULL;

	if (!sc->pending)
		return pg_run(sc->db, FETCH, 0, NULL, PGRES_TUPLES_OK, e,
			      "reading all series");
	sc->pending = false;
	while ((r = PQgetResult(PG(sc->db)->conn)) != NULL) {
		PQclear(last);
		last = r;
	}
	if (last && PQresultStatus(last) == PGRES_TUPLES_OK)
		return last;
	pg_err(sc->db, last, e, "reading all series");
	PQclear(last);
	return NULL;
}

/* The id of the cursor's next row, fetching a block when needed; 0 at
 * the end. */
static int next_id(struct scan *sc, long long *id, struct gs_err *e)
{
	if (sc->block && sc->row < PQntuples(sc->block)) {
		*id = pg_int(sc->block, sc->row, SCAN_ID_COL);
		return 0;
	}
	*id = 0;
	if (sc->end)
		return 0;
	PQclear(sc->block);
	sc->row = 0;
	if ((sc->block = next_block(sc, e)) == NULL)
		return -1;
	if (PQntuples(sc->block) == 0) {
		sc->end = true;
		return 0;
	}
	ask_next(sc);
	*id = pg_int(sc->block, 0, SCAN_ID_COL);
	return 0;
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

/* Series i of the list with its rows (the cursor's next rows with its id). */
static int read_series(struct scan *sc, int i, struct series_info *info,
		       struct obs_list *obs, struct gs_err *e)
{
	long long want = pg_int(sc->list, i, 0), id, src_id = -1;
	const char *key, *src = "";
	int rc;

	list_info(sc->list, i, info);
	memset(obs, 0, sizeof(*obs));
	obs->pool = pool_new();
	key = pool_dup(obs->pool, info->key);
	while ((rc = next_id(sc, &id, e)) == 0 && id == want) {
		struct gs_obs *o;

		GS_GROW(obs->v, obs->n);
		o = &obs->v[obs->n++];
		pg_read_obs_cols(sc->block, sc->row, key, obs->pool,
				 &scan_cols[(sc->flags & OBSQ_FIGURES) != 0], o);
		/* a series' rows mostly share a source: its name copied once */
		if (pg_int(sc->block, sc->row, SCAN_SOURCE_COL) != src_id) {
			src_id = pg_int(sc->block, sc->row, SCAN_SOURCE_COL);
			src = pool_dup(obs->pool, source_name(sc, src_id));
		}
		o->source = src;
		pg_copy_text(o->unit.dim, sizeof(o->unit.dim), info->dim);
		pg_copy_text(o->unit.sym, sizeof(o->unit.sym), info->sym);
		if (info->first == 0 || o->period.start < info->first)
			info->first = o->period.start;
		if (o->period.end > info->last)
			info->last = o->period.end;
		info->n_obs++;
		sc->row++;
	}
	if (rc != 0) {
		series_info_free(info);
		obs_list_free(obs);
		return -1;
	}
	return 0;
}

/* The series to report: in key order, those the glob matches; their ids
 * as an array literal into *ids (NULL: every series). */
static int list_series(struct scan *sc, const char *glob, char **ids,
		       struct gs_err *e)
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
	if (glob == NULL)
		return 0;
	/* Only the matching series' rows are asked for; walk() skips the
	 * others in the list too. */
	gs_buf_add(&b, "{");
	for (i = 0; i < PQntuples(r); i++) {
		if (!glob_match(glob, PQgetvalue(r, i, 1)))
			continue;
		if (b.len > 1)
			gs_buf_add(&b, ",");
		gs_buf_add(&b, PQgetvalue(r, i, 0));
	}
	gs_buf_add(&b, "}");
	*ids = b.s;
	return 0;
}

/* The names of the sources, the list of series and the cursor. */
static int open_scan(struct scan *sc, const char *glob, int32_t as_of,
		     struct gs_err *e)
{
	char at[16], *ids = NULL;
	const char *p[2] = { at, NULL };
	PGresult *r;

	sc->names = pg_run(sc->db, "SELECT id, name FROM sources ORDER BY id",
			   0, NULL, PGRES_TUPLES_OK, e, "reading sources");
	if (sc->names == NULL || list_series(sc, glob, &ids, e))
		return -1;
	gs_snprintf(at, sizeof(at), "%ld", (long)(as_of > 0 ? as_of : 99991231));
	p[1] = ids;
	r = pg_run(sc->db, scan_sql[(sc->flags & OBSQ_FIGURES) != 0], 2, p,
		   PGRES_COMMAND_OK, e, "reading all series");
	free(ids);
	if (r == NULL)
		return -1;
	PQclear(r);
	sc->declared = true;
	return 0;
}

/* Hand every listed series (that the glob matches) to fn. */
static int walk(struct scan *sc, const char *glob, series_scan_fn fn,
		void *arg, struct gs_err *e)
{
	int i, ret = 0;

	for (i = 0; i < PQntuples(sc->list) && ret == 0; i++) {
		struct series_info info;
		struct obs_list obs;

		if (glob && !glob_match(glob, PQgetvalue(sc->list, i, 1)))
			continue;
		if (read_series(sc, i, &info, &obs, e))
			return -1;
		group_figures(&obs);
		obs_list_finish(&obs, sc->flags, sc->as_of);
		ret = fn(arg, &info, &obs, e);
	}
	return ret;
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
	sc.as_of = as_of;
	if (own_txn && pg_exec(db, "BEGIN ISOLATION LEVEL REPEATABLE READ", e,
			       "reading all series"))
		return -1;
	if (pg_exec(db, "SET LOCAL jit = off", e, "reading all series")) {
		if (own_txn)
			pg_exec(db, "ROLLBACK", NULL, "");
		return -1;
	}
	ret = open_scan(&sc, glob, as_of, e);
	if (ret == 0)
		ret = walk(&sc, glob, fn, arg, e);
	if (sc.pending) /* stopped early: the block asked for is not wanted */
		PQclear(next_block(&sc, NULL));
	PQclear(sc.list);
	PQclear(sc.block);
	PQclear(sc.names);
	/* The cursor goes with the transaction; inside a batch it is closed
	 * (a failed statement has aborted the batch's transaction anyway). */
	if (own_txn)
		pg_exec(db, "ROLLBACK", NULL, "");
	else if (sc.declared &&
		 PQtransactionStatus(PG(db)->conn) == PQTRANS_INTRANS)
		pg_exec(db, "CLOSE gs_scan", NULL, "");
	return ret;
}
