/*
** pg_figs.c: every stored row of a stage flush's series, read once for
** the flush's table of figures (pg_bulk.c), where pg_bulk_append decides
** new / already present / conflict in memory, as the SQLite backend does
** after reading a series by a primary-key range (sqlite/sqlite_figs.c).
**
** Used when the flush restates about what its series hold (re-ingest).
** Before, the flush's keys went by COPY into a temporary table and the
** server joined them against these same rows: 11 ms for the COPY and
** 28 ms for the join per 32 Ki-row chunk at 1M rows, while the client
** waited. Reading the rows takes the server about 12 ms. They come as
** text: the server wrote binary results with a few per cent more CPU
** (its send functions allocate a buffer per field; 0.65 against 0.69 s
** for a 1M re-ingest's reads, four alternated runs), the client parses
** either as fast (pg_int, and pg_double's exact fast path for values).
** Only rows at the as_of dates of the flush's rows are kept: no other can
** make a row present or conflict. The rows are bounded: past LIMIT the caller probes row by
** row instead, so a flush of a few rows of a very long series holds no
** more than it would have staged.
*/
#include "pg_bulk.h"
#include "../runs.h"

#include <stdlib.h>
#include <string.h>

/* ORDER BY keeps the plan on the primary key: on a table just loaded,
 * before autovacuum has analysed it, the planner guesses that a few
 * hundred series hold most of the table and, with the LIMIT, scanned the
 * whole table per chunk. The as_of dates are not in the query for the
 * same reason: with them the planner's guess fell and it chose a
 * parallel scan of the whole table (56 ms a chunk against 11 ms; server
 * CPU of a 1M re-ingest right after the first ingest 1.3 s -> 4 s). The
 * rows of other dates are dropped as they are decoded (pg_bulk.c). */
static const char by_series_sql[] =
	"SELECT series_id, kind, period_start, period_end, base_start,"
	" base_end, source_id, qualifier, as_of, value FROM observations"
	" WHERE series_id = ANY($1::bigint[]) ORDER BY series_id LIMIT $2";

void bulk_fig_at(struct fig *f, const PGresult *r, int i)
{
	memset(f, 0, sizeof(*f));
	f->series = pg_int(r, i, 0);
	f->kind = (int)kind_from_name(PQgetvalue(r, i, 1));
	f->ps = (int32_t)pg_int(r, i, 2);
	f->pe = (int32_t)pg_int(r, i, 3);
	f->bs = (int32_t)pg_int(r, i, 4);
	f->be = (int32_t)pg_int(r, i, 5);
	f->source = pg_int(r, i, 6);
	f->qual = (int)qual_from_name(PQgetvalue(r, i, 7));
	f->as_of = (int32_t)pg_int(r, i, 8);
	f->value = pg_double(r, i, 9);
}

/* The numbers as a PostgreSQL array literal: {1,2,3}. */
static char *num_array(const int64_t *v, size_t n)
{
	size_t cap = n * 21 + 3, len = 1;
	char *s = xmalloc(cap);

	s[0] = '{';
	for (size_t i = 0; i < n; i++)
		len += gs_snprintf(s + len, cap - len, "%s%lld", i ? "," : "",
				   (long long)v[i]);
	gs_snprintf(s + len, cap - len, "}");
	return s;
}

bool bulk_send_stored(struct series_db *db, const int64_t *sids, size_t n,
		      size_t limit)
{
	char lim[32], *ids = num_array(sids, n);
	const char *params[2] = { ids, lim };
	int ok;

	gs_snprintf(lim, sizeof(lim), "%zu", limit + 1);
	ok = PQsendQueryParams(PG(db)->conn, by_series_sql, 2, NULL, params,
			       NULL, NULL, 0);
	free(ids);
	return ok == 1;
}

int bulk_read_stored(struct series_db *db, const struct pg_pick *p,
		     PGresult **out, struct gs_err *e)
{
	size_t limit = 3 * p->nrows + 1024;
	char lim[32], *ids;
	const char *params[2];
	PGresult *r;

	*out = NULL;
	/* JIT compiling costs more than it saves (as for the probes) */
	if (pg_exec(db, "SET LOCAL jit = off", e, "looking up figures"))
		return -1;
	ids = num_array(p->sids, p->nser);
	gs_snprintf(lim, sizeof(lim), "%zu", limit + 1);
	params[0] = ids;
	params[1] = lim;
	r = PQexecParams(PG(db)->conn, by_series_sql, 2, NULL, params, NULL,
			 NULL, 0);
	free(ids);
	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		pg_err(db, r, e, "looking up figures");
		PQclear(r);
		return -1;
	}
	if ((size_t)PQntuples(r) > limit)
		PQclear(r); /* too many: the caller probes instead */
	else
		*out = r;
	return 0;
}

static int by_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

PGresult *plan_ahead_take(struct series_db *db, struct bulk *b,
			  const struct pg_pick *p)
{
	PGresult *r;

	pg_ahead_collect(db);
	r = PG(db)->ahead_r;
	PG(db)->ahead_r = NULL;
	if (r == NULL || b->nahead == 0 ||
	    (size_t)PQntuples(r) > b->ahead_limit)
		goto miss;
	for (size_t i = 0; i < p->nser; i++)
		if (!bsearch(&p->sids[i], b->ahead_ids, b->nahead,
			     sizeof(*b->ahead_ids), by_id))
			goto miss;
	return r;
miss:
	PQclear(r);
	return NULL;
}

void plan_ahead_send(struct series_db *db, struct bulk *b,
		     const struct pg_pick *p, const struct srow *last)
{
	long k = bulk_find(b->keys, b->nkeys, last->o.series);
	size_t want = p->nser + 2;

	pg_ahead_drop(db);
	b->nahead = 0;
	b->polls = 0;
	free(b->ahead_ids);
	b->ahead_ids = xcalloc(want, sizeof(*b->ahead_ids));
	for (size_t i = k < 0 ? b->nkeys : (size_t)k;
	     i < b->nkeys && b->nahead < want; i++)
		if (b->before[i])
			b->ahead_ids[b->nahead++] = b->ids[i];
	if (b->nahead == 0)
		return;
	qsort(b->ahead_ids, b->nahead, sizeof(*b->ahead_ids), by_id);
	b->ahead_limit = 3 * p->nrows + 1024;
	PG(db)->ahead = bulk_send_stored(db, b->ahead_ids, b->nahead,
					 b->ahead_limit);
}
