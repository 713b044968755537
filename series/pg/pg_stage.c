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

static const char create_sql[] =
	"CREATE TEMP TABLE IF NOT EXISTS gs_stage(i integer, key text, kind text,"
	" ps integer, pe integer, bs integer, be integer, src text,"
	" qual text, as_of integer) ON COMMIT DELETE ROWS";

/*
** For each staged row, the value stored for its figure at its as_of. A
** lateral subquery (LIMIT 1 keeps it from being pulled up into a join),
** so each row is one probe of the primary key: as a plain join the
** planner hashed every stored row for each chunk, 1.1 s a chunk at 1M
** stored rows against 0.4 s. The key is unique, so LIMIT 1 drops nothing.
*/
static const char figures_sql[] =
	"SELECT t.i, o.value FROM gs_stage t"
	" JOIN series s ON s.key = t.key"
	" JOIN sources r ON r.name = t.src"
	" CROSS JOIN LATERAL (SELECT o.value FROM observations o"
	"  WHERE o.series_id = s.id AND o.kind = t.kind"
	"  AND o.period_start = t.ps AND o.period_end = t.pe"
	"  AND o.base_start = t.bs AND o.base_end = t.be"
	"  AND o.source_id = r.id AND o.qualifier = t.qual"
	"  AND o.as_of = t.as_of LIMIT 1) o";

static void stage_row(struct copybuf *c, size_t i, const struct gs_obs *o)
{
	copy_int(c, (long long)i, false);
	copy_field(c, o->series, false);
	copy_field(c, kind_name(o->kind), false);
	copy_int(c, o->period.start, false);
	copy_int(c, o->period.end, false);
	copy_int(c, o->base.start, false);
	copy_int(c, o->base.end, false);
	copy_field(c, o->source ? o->source : "", false);
	copy_field(c, qual_name(o->qual), false);
	copy_int(c, o->as_of, true);
}

PGresult *pg_stage_figures(struct series_db *db,
			   const struct srow *const *rows, size_t n,
			   struct gs_err *e)
{
	struct copybuf c = { 0 };
	size_t i;
	int ret;

	/* JIT compiling the probes costs more than it saves (for the
	 * batch's transaction: its other statements are small) */
	if (pg_exec(db, create_sql, e, "staging rows") ||
	    pg_exec(db, "TRUNCATE gs_stage", e, "staging rows") ||
	    pg_exec(db, "SET LOCAL jit = off", e, "staging rows"))
		return NULL;
	for (i = 0; i < n; i++)
		stage_row(&c, i, &rows[i]->o);
	ret = pg_copy_in(db, "COPY gs_stage FROM STDIN", &c, e, "staging rows");
	copybuf_free(&c);
	if (ret)
		return NULL;
	return pg_run(db, figures_sql, 0, NULL, PGRES_TUPLES_OK, e,
		      "looking up figures");
}
