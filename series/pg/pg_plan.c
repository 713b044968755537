/*
** pg_plan.c: one COPY for every chunk of a spilled stage.
**
** A stage larger than one buffer is written in chunks of 32 Ki rows, and
** each chunk's new series must exist before its rows reach observations.
** Chunk by chunk, that meant ending the COPY at each chunk, looking up and
** creating the next chunk's series and opening a new COPY: 31 times in a
** 1M-row file, the server idle meanwhile. The stage now names every
** series of the file before its first chunk (flush_plan, stagekeys.c), so
** they are looked up and the missing ones created by two statements, with
** what appending row by row would give them, and the flush's maps
** (struct bulk) live until the stage ends. A chunk then sends a statement
** only when it must: a source the plan has not met, the stored rows of
** series stored before the batch (re-ingest), a series' first unit.
**
** A series created by the batch has no stored rows but those its earlier
** chunks wrote. Rows come by series, so only the last series of a chunk
** can go on in the next: its rows stay in the table of figures for the
** next chunk (up to CARRY_MAX; past that they are read back), where they
** were read back from the server before.
**
** A chunk that restates stored series (re-ingest) reads their stored rows
** (pg_figs.c); the server took 12-20 ms for it while the client waited,
** then the client decided the chunk's rows while the server waited. Once
** a chunk has its rows, the stored rows of the series that follow its
** last one in the plan (as many as it had, and two more) are asked
** for at once and taken in while the chunk is decided; the next chunk
** uses them when they hold all its series. A statement the chunk must
** send meanwhile collects them first (pg_copy_finish). The read-ahead
** is in pg_figs.c, with the read it repeats.
*/
#include "pg_bulk.h"
#include "../runs.h"

#include <stdlib.h>
#include <string.h>

/* Rows of the last series of a chunk kept for the next one at most. */
#define CARRY_MAX 65536

/* Forget the plan, if any; its COPY stays open. */
static void plan_drop(struct series_db *db)
{
	struct bulk *b = PG(db)->bulk;

	pg_ahead_drop(db);
	if (b == NULL || !b->plan)
		return;
	PG(db)->bulk = NULL;
	bulk_free(b);
}

/* The series of keys[0..n) that are not stored, created together. */
static int create_missing(struct series_db *db, struct bulk *b,
			  const struct stage_key *keys, struct gs_err *e)
{
	struct arrays a;
	int nnew = 0;

	memset(&a, 0, sizeof(a));
	for (size_t i = 0; i < b->nkeys; i++) {
		if (b->ids[i] != 0)
			continue;
		arr_series(&a, &keys[i]);
		nnew++;
	}
	return bulk_insert_series(db, b, &a, nnew, PG(db)->batch, e);
}

int pg_flush_plan(struct series_db *db, const struct stage_key *keys,
		  size_t n, struct gs_err *e)
{
	struct bulk *b;
	bool any;

	plan_drop(db);
	if (keys == NULL)
		return 0;
	bulk_free(PG(db)->bulk); /* none is left, but for a failed flush's */
	b = PG(db)->bulk = xcalloc(1, sizeof(*b));
	figtab_init(b);
	b->plan = true;
	b->keys = xcalloc(n + 1, sizeof(*b->keys));
	b->ids = xcalloc(n + 1, sizeof(*b->ids));
	b->dims = xcalloc(n + 1, sizeof(*b->dims));
	b->before = xcalloc(n + 1, sizeof(*b->before));
	for (size_t i = 0; i < n; i++) {
		b->keys[i] = xstrdup(keys[i].key);
		b->dims[i] = xstrdup("");
	}
	b->nkeys = n;
	if (bulk_query_series(db, b, &any, e))
		return -1;
	for (size_t i = 0; i < n; i++)
		b->before[i] = b->ids[i] != 0;
	return create_missing(db, b, keys, e);
}

/* Empty the table of figures for the chunk of rows[0..n), but for the
 * rows of its first series when the chunk before wrote them; true when
 * they were too many to keep (to be read back). */
static bool keep_carry(struct bulk *b, const struct srow *const *rows,
		       size_t n)
{
	long k = n ? bulk_find(b->keys, b->nkeys, rows[0]->o.series) : -1;
	int64_t sid = k < 0 ? 0 : b->ids[k];
	size_t m = 0;

	if (sid != 0 && sid == b->last_sid)
		for (size_t i = 0; i < b->n; i++)
			if (b->v[i].series == sid)
				b->v[m++] = b->v[i];
	b->last_sid = 0;
	bulk_table_keep(b, m > CARRY_MAX ? 0 : m);
	return m > CARRY_MAX;
}

/* Whether a series of rows[0..n) (grouped by series) was stored before
 * the batch, or is unknown to the plan. */
static bool stored_before(const struct bulk *b, const struct srow *const *rows,
			  size_t n)
{
	for (size_t i = 0; i < n; i++) {
		long k;

		if (i && strcmp(rows[i]->o.series, rows[i - 1]->o.series) == 0)
			continue;
		k = bulk_find(b->keys, b->nkeys, rows[i]->o.series);
		if (k < 0 || b->before[k])
			return true;
	}
	return false;
}

static int plan_chunk(struct series_db *db, struct bulk *b,
		      const struct srow *const *rows, size_t n,
		      struct gs_err *e)
{
	bool read = keep_carry(b, rows, n);

	read = stored_before(b, rows, n) || read;
	if (bulk_read_sources(db, b, rows, n, e))
		return -1;
	return read ? bulk_read_figures(db, b, rows, n, e) : 0;
}

/* flush_begin: a chunk of the plan, or a flush without one. */
int pg_chunk_begin(struct series_db *db, const struct srow *const *rows,
		   size_t n, struct gs_err *e)
{
	struct bulk *b = PG(db)->bulk;

	if (b && b->plan)
		return plan_chunk(db, b, rows, n, e);
	return pg_bulk_begin(db, rows, n, e);
}
