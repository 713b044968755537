/*
** pg_bulk.c: the PostgreSQL backend's bulk path for staged appends.
**
** Appended one by one, a row costs two round trips to the server (is the
** figure known? store it), about 5,000 rows a second on loopback. For a
** stage flush (stage.c brackets it with flush_begin/flush_end) a fixed
** handful of statements read ahead what its rows need: the ids of their
** series and sources (pg_bulk_ids.c), and for each row whose figure is
** stored with the same as_of, the stored value (pg_stage.c). The "already
** present" / conflict decision is then made in memory by the rule of
** sqlite/sqlite_append.c (present only when the same figure is stored
** with the same as_of and value); new rows join the table (pg_figtab.c:
** later rows of the flush see them) and are queued in COPY's binary
** format, each series' in the primary key's order, streamed through one
** COPY that bulk_end ends. The series the flush names that are not
** stored yet are created in one statement, with the name and description
** of their first row and the dimension of their first row that has one,
** as appending row by row would give them.
*/
#include "pg_bulk.h"
#include "../runs.h"

#include <stdlib.h>
#include <string.h>

/* The new rows' COPY, and how much of it is sent at a time. */
#define OBS_COPY "COPY observations(series_id, kind, period_start," \
	" period_end, base_start, base_end, source_id, as_of, qualifier," \
	" period_prec, base_prec, value, unit, batch_id, note) FROM STDIN" \
	" (FORMAT binary)"
#define COPY_STREAM (1u << 20)
/* Rows one COPY of a plan takes before it ends at a chunk's end: the
 * server keeps a statement's new rows for the parents check
 * (pg_schema.c) in a tuple store that spills to disk past work_mem; so
 * a 10M-row file does not need a temporary file of all its rows. */
#define COPY_ROWS_MAX (1u << 18)

/* o's figure and vintage, its series and source given by id. */
static void fig_of(struct fig *f, const struct gs_obs *o, int64_t series,
		   int64_t source)
{
	memset(f, 0, sizeof(*f));
	f->series = series;
	f->kind = (int)o->kind;
	f->ps = o->period.start;
	f->pe = o->period.end;
	f->bs = o->base.start;
	f->be = o->base.end;
	f->source = source;
	f->qual = (int)o->qual;
	f->as_of = o->as_of;
	f->value = o->value;
}

/*
** A series' new rows wait until its last one is decided, then go to the
** COPY in the primary key's order (kind, period, base, source, qualifier,
** as_of): the server then adds each to the index after the one before
** it. In file order (random within a series), a server-side COPY of 1M
** rows took 1.76-1.93 s and left an index of 81 MB; in key order 1.55-
** 1.63 s and 66 MB. A waiting row is the stage's own (it stays valid
** until the chunk's flush_end: db_internal.h), with its series and source
** ids; a chunk's end sends those still waiting. Kind and qualifier are
** ordered by their names' bytes (obs_key_cmp): a server collation that
** orders them otherwise loses only some of the gain.
*/
struct pend {
	const struct gs_obs *o;
	int64_t sid, src;
};

static int by_key(const void *x, const void *y)
{
	const struct pend *a = x, *b = y;

	return obs_key_cmp(a->o, a->src, b->o, b->src);
}

/* o (series sid, source src) to wait for the rest of its series. */
static void pend_add(struct bulk *b, const struct gs_obs *o, int64_t sid,
		     int64_t src)
{
	struct pend *p;

	if (b->npend == b->cappend) {
		b->cappend = b->cappend ? b->cappend * 2 : 256;
		b->pend = xrealloc(b->pend, b->cappend * sizeof(*b->pend));
	}
	p = &b->pend[b->npend++];
	p->o = o;
	p->sid = sid;
	p->src = src;
}

/* Row p in COPY's binary format into c. */
static void copy_row(struct copybuf *c, const struct pend *p)
{
	const struct gs_obs *o = p->o;

	c->binary = true;
	copy_bin_row(c, 15);
	copy_bin_int8(c, p->sid);
	copy_bin_text(c, kind_name(o->kind));
	copy_bin_int4(c, o->period.start);
	copy_bin_int4(c, o->period.end);
	copy_bin_int4(c, o->base.start);
	copy_bin_int4(c, o->base.end);
	copy_bin_int8(c, p->src);
	copy_bin_int4(c, o->as_of);
	copy_bin_text(c, qual_name(o->qual));
	copy_bin_text(c, prec_name(o->period.prec));
	copy_bin_text(c, o->base.start ? prec_name(o->base.prec) : "");
	copy_bin_double(c, o->value);
	copy_bin_text(c, o->unit_text ? o->unit_text : "");
	copy_bin_int8(c, o->batch);
	copy_bin_text(c, o->note ? o->note : "");
}

/* The waiting rows (one series') into the COPY's buffer, in key order. */
static void pend_flush(struct bulk *b)
{
	if (b->npend > 1)
		qsort(b->pend, b->npend, sizeof(*b->pend), by_key);
	for (size_t i = 0; i < b->npend; i++)
		copy_row(&b->copy, &b->pend[i]);
	b->npend = 0;
}

int pg_bulk_append(struct series_db *db, const struct gs_obs *o,
		   enum append_result *res, struct gs_err *e)
{
	struct bulk *b = PG(db)->bulk;
	struct copybuf *c = &b->copy;
	const struct fig *g;
	struct fig f;

	(void)e;
	assert(b != NULL && db->in_batch); /* inside a flush of a batch */
	/* rows read ahead are taken in as they come, so that the server
	 * is never held up by a full socket */
	if (PG(db)->ahead && ++b->polls % 512 == 0)
		PQconsumeInput(PG(db)->conn);
	fig_of(&f, o, db->series.id, db->source.id);
	if ((g = figtab_find(b, &f)) != NULL) {
		if (g->value == o->value) {
			*res = APPEND_PRESENT;
			return 0;
		}
		return gs_errf(e, GS_EX_DATAERR,
			       "conflicts with the stored figure of series '%s'"
			       " for the same period, qualifier, source and "
			       "as_of (value %.17g); a revision needs a later "
			       "as_of", o->series, g->value);
	}
	figtab_add(b, &f);
	if (b->npend && b->pend[0].sid != db->series.id)
		pend_flush(b);
	pend_add(b, o, db->series.id, db->source.id);
	b->last_sid = db->series.id;
	PG(db)->copy_rows++;
	*res = APPEND_NEW;
	return c->len < COPY_STREAM ? 0 : pg_copy_stream(db, OBS_COPY, c, e);
}

void bulk_free(struct bulk *b)
{
	if (b == NULL)
		return;
	figtab_free(b);
	free(b->pend);
	free(b->ahead_ids);
	copybuf_free(&b->copy);
	bulk_ids_free(b);
	free(b);
}

/* Row i's series and source ids from the flush's maps (0: not stored);
 * rows come by series, so a series key is looked up once per run. */
struct row_ids {
	const struct bulk *b;
	const struct srow *const *rows;
	size_t last;       /* the row whose series was looked up last, + 1 */
	long k;            /* its index in b->keys */
};

static void row_ids(void *arg, size_t i, int64_t *sid, int64_t *src)
{
	struct row_ids *r = arg;
	const struct gs_obs *o = &r->rows[i]->o;
	long m;

	if (r->last == 0 ||
	    strcmp(o->series, r->rows[r->last - 1]->o.series) != 0)
		r->k = bulk_find(r->b->keys, r->b->nkeys, o->series);
	r->last = i + 1;
	m = bulk_find(r->b->srcs, r->b->nsrcs, o->source ? o->source : "");
	*sid = r->k < 0 ? 0 : r->b->ids[r->k];
	*src = m < 0 ? 0 : r->b->src_ids[m];
}

/* For each row whose figure is stored with its as_of, that stored row
 * into the table, by one probe per row (pg_stage.c). */
static int read_probed(struct series_db *db, struct bulk *b,
		       const struct srow *const *rows, size_t n,
		       struct gs_err *e)
{
	struct row_ids ids = { b, rows, 0, -1 };
	PGresult *r = pg_stage_figures(db, rows, n, row_ids, &ids, e);

	if (r == NULL)
		return -1;
	for (int j = 0; j < PQntuples(r); j++) {
		long x = (long)pg_int(r, j, 0);
		int64_t sid, src;
		struct fig f;

		if (x < 0 || (size_t)x >= n)
			continue;
		row_ids(&ids, (size_t)x, &sid, &src);
		fig_of(&f, &rows[x]->o, sid, src);
		f.value = pg_double(r, j, 1); /* -0 is 0 */
		figtab_add(b, &f);
	}
	PQclear(r);
	return 0;
}

/* The stored rows the flush's rows can meet into the table: its series
 * read whole, or a probe per row (pg_stage_pick chooses). Called after
 * read_series and read_sources: the stored rows' series and sources are
 * in their maps. */
int bulk_read_figures(struct series_db *db, struct bulk *b,
		      const struct srow *const *rows, size_t n,
		      struct gs_err *e)
{
	struct row_ids ids = { b, rows, 0, -1 };
	struct pg_pick p;
	PGresult *r = NULL;
	int ret;

	if (pg_stage_pick(db, rows, n, row_ids, &ids, &p, e))
		return -1;
	if (p.by_series && p.nser && b->plan)
		r = plan_ahead_take(db, b, &p);
	ret = p.by_series && p.nser && r == NULL ?
	      bulk_read_stored(db, &p, &r, e) : 0;
	if (ret == 0 && r && b->plan)
		plan_ahead_send(db, b, &p, rows[n - 1]);
	free(p.sids);
	if (ret)
		return ret;
	if (r == NULL)
		return read_probed(db, b, rows, n, e);
	for (int i = 0; i < PQntuples(r); i++) {
		struct fig f;

		bulk_fig_at(&f, r, i);
		if (pg_pick_has_asof(&p, f.as_of))
			figtab_add(b, &f);
	}
	PQclear(r);
	return 0;
}

int pg_bulk_begin(struct series_db *db, const struct srow *const *rows,
		  size_t n, struct gs_err *e)
{
	struct bulk *b = PG(db)->bulk;
	bool any = false;

	bulk_free(b);
	b = PG(db)->bulk = xcalloc(1, sizeof(*b));
	figtab_init(b);
	if (bulk_read_series(db, b, rows, n, &any, e) ||
	    bulk_read_sources(db, b, rows, n, e) ||
	    (any && bulk_read_figures(db, b, rows, n, e)))
		return -1;
	return bulk_create_series(db, b, rows, n, e);
}

/* A chunk of a plan ends: its rows sent, the COPY left open for the next
 * chunk's, and the series that got their first unit written. */
static int chunk_end(struct series_db *db, struct bulk *b, struct gs_err *e)
{
	pend_flush(b);
	if (b->copy.len && pg_copy_stream(db, OBS_COPY, &b->copy, e))
		return -1;
	if (PG(db)->copy_rows >= COPY_ROWS_MAX &&
	    pg_copy_finish(db, true, e))
		return -1;
	return bulk_write_dims(db, b, e);
}

/* Send the queued rows (ok) or drop them; the bulk state goes either way,
 * but for a plan's, which ends with its stage (pg_plan.c). */
int pg_bulk_end(struct series_db *db, bool ok, struct gs_err *e)
{
	struct bulk *b = PG(db)->bulk;
	int ret;

	if (b && b->plan && ok)
		return chunk_end(db, b, e);
	pg_ahead_drop(db);
	PG(db)->bulk = NULL;
	if (b == NULL || !ok) {
		pg_copy_finish(db, false, NULL);
		bulk_free(b);
		return 0;
	}
	/* the rows first (the last of a streamed COPY, or all in one), then
	 * the series' dimensions: either order stores the same */
	pend_flush(b);
	if (PG(db)->copying)
		ret = pg_copy_stream(db, OBS_COPY, &b->copy, e) ||
		      pg_copy_finish(db, true, e) ? -1 : 0;
	else
		ret = b->copy.len == 0 ? 0 :
		      pg_copy_in(db, OBS_COPY, &b->copy, e, "storing figures");
	if (ret == 0)
		ret = bulk_write_dims(db, b, e);
	bulk_free(b);
	return ret;
}
