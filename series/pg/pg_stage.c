/*
** pg_stage.c: the stored rows a stage flush's rows meet, looked up
** through a temporary staging table.
**
** Sent as nine array parameters, the keys of 64 Ki rows took the server
** longer to parse (bind) than to join; COPY into a temporary table is
** the cheapest way in, and the join then reads it like any table. The
** table lives as long as the session (created when missing, emptied per
** flush and at commit) and is the session's own: nothing another writer
** sees.
*/
#include "pg_int.h"
#include "../runs.h"

#include <stdlib.h>
#include <string.h>

static const char create_sql[] =
	"CREATE TEMP TABLE IF NOT EXISTS gs_stage(i integer, sid bigint,"
	" kind text, ps integer, pe integer, bs integer, be integer,"
	" src bigint, qual text, as_of integer) ON COMMIT DELETE ROWS";

/*
** For each staged row, the value stored for its figure at its as_of.
** Rows come with their series' and source's ids (the flush has read them:
** pg_bulk_ids.c), and only rows whose series and source are both stored
** are staged: no other can be. With ids there is no join to series or
** sources, and the key text no longer travels (re-ingest at 1M rows:
** 4.2 s -> 4.0 s).
**
** Two ways to find them, chosen by what they read (pick_way):
** - by_probe: one probe of the primary key per staged row (a lateral
**   subquery; LIMIT 1 keeps it from being pulled up into a join), about
**   1.8 us a row: best when the flush's series have many more stored rows
**   than it stages (a daily file: a row or two per series);
** - by_series: every stored row of the flush's series (an index range per
**   series), hashed against the staged rows, about 0.5-0.9 us per stored
**   row: best when the flush stages most of what its series hold
**   (re-ingest, 1M rows: 4.0 s -> 2.9 s; the lookups 2.4 s -> 0.9 s).
** The planner, left to choose on a plain join, chose wrong both ways
** (the temporary table has no statistics until analysed, and with them
** it still probed 62,000 rows one by one and hashed all 1M for 10,000).
*/
static const char by_probe[] =
	"SELECT t.i, o.value FROM gs_stage t"
	" CROSS JOIN LATERAL (SELECT o.value FROM observations o"
	"  WHERE o.series_id = t.sid AND o.kind = t.kind"
	"  AND o.period_start = t.ps AND o.period_end = t.pe"
	"  AND o.base_start = t.bs AND o.base_end = t.be"
	"  AND o.source_id = t.src AND o.qualifier = t.qual"
	"  AND o.as_of = t.as_of LIMIT 1) o";
static const char by_series[] =
	"SELECT t.i, o.value FROM gs_stage t JOIN observations o"
	" ON o.series_id = t.sid AND o.kind = t.kind"
	" AND o.period_start = t.ps AND o.period_end = t.pe"
	" AND o.base_start = t.bs AND o.base_end = t.be"
	" AND o.source_id = t.src AND o.qualifier = t.qual"
	" AND o.as_of = t.as_of"
	" WHERE o.series_id = ANY(ARRAY(SELECT DISTINCT sid FROM gs_stage))";

/* Stored rows per series, on average, from the server's statistics
 * (live rows, counted as rows are written, no ANALYZE needed); 0 when
 * unknown (no statistics yet, or Citus's coordinator, which holds none
 * for a distributed table). */
static double rows_per_series(struct series_db *db, struct gs_err *e)
{
	PGresult *r = pg_run(db, "SELECT pg_stat_get_live_tuples("
			     "'observations'::regclass),"
			     " pg_stat_get_live_tuples('series'::regclass)",
			     0, NULL, PGRES_TUPLES_OK, e, "staging rows");
	double obs, ser;

	if (r == NULL)
		return -1;
	obs = (double)pg_int(r, 0, 0);
	ser = (double)pg_int(r, 0, 1);
	PQclear(r);
	return obs > 0 && ser > 0 ? obs / ser : 0;
}

/* by_series when the stored rows of the staged rows' nser series are
 * about as many as the rows (at most twice), by_probe otherwise.
 * GROWTHSTAT_PG_LOOKUP=probe or =series forces one (tests run both). */
static const char *pick_way(double per_series, size_t nser, size_t nrows)
{
	const char *force = getenv("GROWTHSTAT_PG_LOOKUP");

	if (force && strcmp(force, "probe") == 0)
		return by_probe;
	if (force && strcmp(force, "series") == 0)
		return by_series;
	if (per_series <= 0 || nrows == 0)
		return by_probe;
	return per_series * (double)nser <= 2.0 * (double)nrows ?
	       by_series : by_probe;
}

static void stage_row(struct copybuf *c, size_t i, const struct gs_obs *o,
		      int64_t sid, int64_t src)
{
	copy_int(c, (long long)i, false);
	copy_int(c, sid, false);
	copy_field(c, kind_name(o->kind), false);
	copy_int(c, o->period.start, false);
	copy_int(c, o->period.end, false);
	copy_int(c, o->base.start, false);
	copy_int(c, o->base.end, false);
	copy_int(c, src, false);
	copy_field(c, qual_name(o->qual), false);
	copy_int(c, o->as_of, true);
}

PGresult *pg_stage_figures(struct series_db *db,
			   const struct srow *const *rows, size_t n,
			   pg_row_ids_fn ids, void *arg, struct gs_err *e)
{
	struct copybuf c = { 0 };
	size_t i, nrows = 0, nser = 0;
	int64_t last = 0, sid, src;
	double per_series;
	int ret;

	/* JIT compiling the probes costs more than it saves (for the
	 * batch's transaction: its other statements are small) */
	if (pg_exec(db, create_sql, e, "staging rows") ||
	    pg_exec(db, "TRUNCATE gs_stage", e, "staging rows") ||
	    pg_exec(db, "SET LOCAL jit = off", e, "staging rows"))
		return NULL;
	for (i = 0; i < n; i++) {
		ids(arg, i, &sid, &src);
		if (sid <= 0 || src <= 0)
			continue;
		nser += sid != last; /* rows come by series */
		last = sid;
		nrows++;
		stage_row(&c, i, &rows[i]->o, sid, src);
	}
	ret = pg_copy_in(db, "COPY gs_stage FROM STDIN", &c, e, "staging rows");
	copybuf_free(&c);
	if (ret || (per_series = rows_per_series(db, e)) < 0)
		return NULL;
	return pg_run(db, pick_way(per_series, nser, nrows), 0, NULL,
		      PGRES_TUPLES_OK, e, "looking up figures");
}
