/*
** pg_stage.c: how a stage flush finds the stored rows its rows meet
** (pg_stage_pick), and the lookup through a temporary staging table.
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
** Two ways to find the stored rows a flush's rows meet, chosen by what
** they read (pg_stage_pick):
** - by_probe: one probe of the primary key per staged row (a lateral
**   subquery; LIMIT 1 keeps it from being pulled up into a join), about
**   1.8 us a row: best when the flush's series have many more stored rows
**   than it stages (a daily file: a row or two per series). Rows come
**   with their series' and source's ids (the flush has read them:
**   pg_bulk_ids.c), and only rows whose series and source are both
**   stored are staged: no other can be.
** - by series: every stored row of the flush's series (an index range per
**   series) read into the client and held in memory against the rows
**   (pg_figs.c): best when the flush restates most of what its series
**   hold (re-ingest). It used to be a join of the staged rows against
**   those series on the server; reading them is a third of that server
**   time and needs no staging COPY (1M rows: 39 ms -> 12 ms a chunk).
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

/* By series when the stored rows of the staged rows' nser series are
 * about as many as the rows (at most twice), by probe otherwise.
 * GROWTHSTAT_PG_LOOKUP=probe or =series forces one (tests run both). */
static bool pick_series(double per_series, size_t nser, size_t nrows)
{
	const char *force = getenv("GROWTHSTAT_PG_LOOKUP");

	if (force && strcmp(force, "probe") == 0)
		return false;
	if (force && strcmp(force, "series") == 0)
		return true;
	if (per_series <= 0 || nrows == 0)
		return false;
	return per_series * (double)nser <= 2.0 * (double)nrows;
}

/* as_of into p's distinct dates, or the list given up (-1) past
 * PG_PICK_ASOF: a file rarely restates more than a few vintages. */
static void note_asof(struct pg_pick *p, int32_t as_of)
{
	for (int i = 0; i < p->nasof; i++)
		if (p->as_of[i] == as_of)
			return;
	if (p->nasof < 0 || p->nasof == PG_PICK_ASOF)
		p->nasof = -1;
	else
		p->as_of[p->nasof++] = as_of;
}

bool pg_pick_has_asof(const struct pg_pick *p, int32_t as_of)
{
	for (int i = 0; i < p->nasof; i++)
		if (p->as_of[i] == as_of)
			return true;
	return p->nasof < 0;
}

int pg_stage_pick(struct series_db *db, const struct srow *const *rows,
		  size_t n, pg_row_ids_fn ids, void *arg, struct pg_pick *p,
		  struct gs_err *e)
{
	int64_t last = 0, sid, src;
	double per_series;

	memset(p, 0, sizeof(*p));
	for (size_t i = 0; i < n; i++) {
		ids(arg, i, &sid, &src);
		if (sid > 0 && src > 0)
			note_asof(p, rows[i]->o.as_of);
		if (sid <= 0 || src <= 0 || sid == last)
			p->nrows += sid > 0 && src > 0;
		else {
			/* rows come by series: a new id is a new series */
			p->sids = xrealloc(p->sids, (p->nser + 1) *
					   sizeof(*p->sids));
			p->sids[p->nser++] = last = sid;
			p->nrows++;
		}
	}
	if ((per_series = rows_per_series(db, e)) < 0) {
		free(p->sids);
		p->sids = NULL;
		return -1;
	}
	p->by_series = pick_series(per_series, p->nser, p->nrows);
	return 0;
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
	int64_t sid, src;
	int ret;

	/* JIT compiling the probes costs more than it saves (for the
	 * batch's transaction: its other statements are small) */
	if (pg_exec(db, create_sql, e, "staging rows") ||
	    pg_exec(db, "TRUNCATE gs_stage", e, "staging rows") ||
	    pg_exec(db, "SET LOCAL jit = off", e, "staging rows"))
		return NULL;
	for (size_t i = 0; i < n; i++) {
		ids(arg, i, &sid, &src);
		if (sid > 0 && src > 0)
			stage_row(&c, i, &rows[i]->o, sid, src);
	}
	ret = pg_copy_in(db, "COPY gs_stage FROM STDIN", &c, e, "staging rows");
	copybuf_free(&c);
	if (ret)
		return NULL;
	return pg_run(db, by_probe, 0, NULL, PGRES_TUPLES_OK, e,
		      "looking up figures");
}
