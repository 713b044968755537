/*
** pg_scan.c: every series with its observations in one streaming pass
** (series_scan) on PostgreSQL.
**
** Asked series by series, a report over 10,000 series cost two queries
** (and two round trips) per series: 23x the SQLite scan's time at 100k
** rows. Here the series are listed once, in key order ("C" collation, as
** pg_list orders them, the glob matched in C by the same matcher), and
** the rows of all of them come through one COPY ... TO STDOUT, ordered by
** the same key: the server streams them as the client takes them in, row
** by row, so the client holds one row and one series. Source names
** are read once and found by id. Each series is finished exactly as
** series_observations finishes one (obs_list_finish, reads.c).
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
#include "pg_int.h"
#include "../glob.h"
#include "../pool.h"
#include "../sql.h"

#include <stdlib.h>
#include <string.h>

/*
** The rows of the listed series known at the as-of date: the columns of
** SQL_OBS_READ that a read wants (pg_read_obs_fields reads them by
** scan_cols; dimension and unit come from the series, the source name
** from its id), the series id in column 12. Constant columns are not
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
** scan, whose rows group_figures puts in order. Ordering by figure in SQL too cost an incremental sort per
** series (1 s of 2.6 at 1M rows), so the order within a series is
** checked here instead, and a series that came in another order (another
** plan) is sorted (group_figures). JIT is off for the scan: compiling
** took longer than it saved. A row's retraction date is looked up only
** in a series that has a retraction (has_r, one probe per series): a
** probe per row, though retractions are few or none, was half the
** server's time at 1M rows (the query took 1.15 s, 0.60 s without).
** Measured and not kept (twelfth session, the server's CPU per COPY of
** 1M rows read from /proc in 10 ms ticks): leaving the series with a
** retraction out of the COPY, with no has_r column, and reading their
** rows by one query before it gave 43.5 -> 42 ticks (3 %); a plain index
** scan instead of the bitmap scan, no change. The scan and join alone
** take 16 ticks, writing the 13 columns as text the other 27 or so.
*/
#define SCAN_IDS "(SELECT nullif(current_setting('gs.scan_ids'), ''))"
#define SCAN_SQL(more) \
	"COPY (SELECT o.kind, o.period_start, o.period_end, o.period_prec," \
	" o.base_start, o.base_end, o.base_prec, o.value, o.qualifier," \
	" o.as_of, o.source_id," \
	" CASE WHEN s.has_r THEN " SQL_RETRACTED("o") " END, s.id" more \
	" FROM (SELECT id, key, EXISTS (SELECT 1 FROM retractions r" \
	"  WHERE r.series_id = series.id) AS has_r FROM series" \
	"  WHERE " SCAN_IDS " IS NULL OR id = ANY(" SCAN_IDS "::bigint[])" \
	"  ORDER BY key COLLATE \"C\") s" \
	" CROSS JOIN LATERAL (SELECT * FROM observations o" \
	"  WHERE o.series_id = s.id AND o.as_of <=" \
	"  (SELECT current_setting('gs.scan_as_of')::integer) OFFSET 0) o" \
	" ORDER BY s.key COLLATE \"C\") TO STDOUT"

/* The scan's columns: the source id and the series id after SQL_OBS_READ's
 * first nine; how many each statement sends. */
#define SCAN_SOURCE_COL 10
#define SCAN_ID_COL 12
#define SCAN_MAX_COLS 16

static const char *const scan_sql[2] = {
	SCAN_SQL(", o.unit, o.note, o.batch_id"), /* everything */
	SCAN_SQL(""),                             /* OBSQ_FIGURES */
};
static const int scan_ncols[2] = { 16, 13 };

/* Where pg_read_obs_fields finds the rest, by scan_sql[]. */
static const struct pg_obs_cols scan_cols[2] = {
	{ 13, -1, -1, 9, -1, 14, 15, 11 },
	{ -1, -1, -1, 9, -1, -1, -1, 11 },
};

/* One scan: the series, the row read last and the names. */
struct scan {
	struct series_db *db;
	PGresult *list;  /* id, key, name, description, dimension, unit */
	char *row;       /* the COPY's row read last, NULL once taken */
	char *f[SCAN_MAX_COLS]; /* its fields, unescaped in place */
	long long id;    /* its series id */
	bool end;        /* the COPY has no more rows */
	bool copying;    /* the COPY is on (its rows not all read) */
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

/* A field of COPY's text format as its text, in place: \N (NULL) is ""
 * as PQgetvalue gives it; \t, \n and the other escapes COPY writes are
 * their characters. */
static void unescape(char *s)
{
	char *w = s;

	if (s[0] == '\\' && s[1] == 'N' && s[2] == '\0') {
		s[0] = '\0';
		return;
	}
	for (const char *r = s; *r; r++) {
		if (*r != '\\' || r[1] == '\0') {
			*w++ = *r;
			continue;
		}
		switch (*++r) {
		case 'b': *w++ = '\b'; break;
		case 'f': *w++ = '\f'; break;
		case 'n': *w++ = '\n'; break;
		case 'r': *w++ = '\r'; break;
		case 't': *w++ = '\t'; break;
		case 'v': *w++ = '\v'; break;
		default: *w++ = *r; break;
		}
	}
	*w = '\0';
}

/* Row buf[0..n) (its fields tab-separated, ending in a newline) into
 * sc->f; false when it has not the statement's number of fields. */
static bool split_row(struct scan *sc, char *buf, int n)
{
	int want = scan_ncols[(sc->flags & OBSQ_FIGURES) != 0], k = 0;
	char *p = buf, *end = buf + n;

	if (n > 0 && end[-1] == '\n')
		*--end = '\0';
	while (k < want) {
		char *t = memchr(p, '\t', (size_t)(end - p));
		bool esc;

		if (t)
			*t = '\0';
		esc = memchr(p, '\\', (size_t)((t ? t : end) - p)) != NULL;
		sc->f[k++] = p;
		if (esc)
			unescape(p);
		if (t == NULL)
			break;
		p = t + 1;
	}
	return k == want && p <= end;
}

/* The COPY's end: its status. */
static int copy_done(struct scan *sc, struct gs_err *e)
{
	PGconn *conn = PG(sc->db)->conn;
	PGresult *r = PQgetResult(conn), *more;
	int ret = 0;

	sc->copying = false;
	sc->end = true;
	if (PQresultStatus(r) != PGRES_COMMAND_OK)
		ret = pg_err(sc->db, r, e, "reading all series");
	PQclear(r);
	while ((more = PQgetResult(conn)) != NULL)
		PQclear(more);
	return ret;
}

/* The series id of the COPY's next row, reading it when needed; 0 at
 * the end. */
static int next_id(struct scan *sc, long long *id, struct gs_err *e)
{
	int n;

	*id = 0;
	if (sc->row) {
		*id = sc->id;
		return 0;
	}
	if (sc->end)
		return 0;
	n = PQgetCopyData(PG(sc->db)->conn, &sc->row, 0);
	if (n == -1)
		return copy_done(sc, e);
	if (n < 0) { /* the connection failed: no more rows come */
		sc->copying = false;
		sc->end = true;
		return pg_err(sc->db, NULL, e, "reading all series");
	}
	if (!split_row(sc, sc->row, n)) { /* the rest is drained */
		sc->end = true;
		return gs_errf(e, GS_EX_IOERR, "%s: reading all series: a row"
			       " of %d bytes with too few fields", sc->db->path,
			       n);
	}
	*id = sc->id = pg_int_text(sc->f[SCAN_ID_COL]);
	return 0;
}

/* The row read last is used: free it. */
static void take_row(struct scan *sc)
{
	PQfreemem(sc->row);
	sc->row = NULL;
}

/* Stopped early (or done): the rest of the COPY is read and dropped, as
 * the connection takes no other statement until it ends. */
static void drain(struct scan *sc)
{
	char *buf;

	take_row(sc);
	if (!sc->copying)
		return;
	while (PQgetCopyData(PG(sc->db)->conn, &buf, 0) >= 0)
		PQfreemem(buf);
	copy_done(sc, NULL);
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
		pg_read_obs_fields(sc->f, key, obs->pool,
				   &scan_cols[(sc->flags & OBSQ_FIGURES) != 0], o);
		/* a series' rows mostly share a source: its name copied once */
		if (pg_int_text(sc->f[SCAN_SOURCE_COL]) != src_id) {
			src_id = pg_int_text(sc->f[SCAN_SOURCE_COL]);
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
		take_row(sc);
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
	p[1] = ids ? ids : "";
	r = pg_run(sc->db, "SELECT set_config('gs.scan_as_of', $1, true),"
		   " set_config('gs.scan_ids', $2, true)", 2, p,
		   PGRES_TUPLES_OK, e, "reading all series");
	free(ids);
	if (r == NULL)
		return -1;
	PQclear(r);
	r = pg_run(sc->db, scan_sql[(sc->flags & OBSQ_FIGURES) != 0], 0, NULL,
		   PGRES_COPY_OUT, e, "reading all series");
	if (r == NULL)
		return -1;
	PQclear(r);
	sc->copying = true;
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
	drain(&sc);
	PQclear(sc.list);
	PQclear(sc.names);
	if (own_txn)
		pg_exec(db, "ROLLBACK", NULL, "");
	return ret;
}
