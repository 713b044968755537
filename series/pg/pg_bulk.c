/*
** pg_bulk.c: the PostgreSQL backend's bulk path for staged appends.
**
** Appended one by one, a row costs two round trips to the server (is the
** figure known? store it), about 5,000 rows a second on loopback. For a
** stage flush (stage.c brackets it with flush_begin/flush_end) two queries
** read ahead what its rows need: the ids of their series, and for each row
** the stored row of its figure with the same as_of, if any (a join over
** the rows sent as arrays). The "already present" / conflict decision is
** then made in memory by the rule of sqlite/sqlite_append.c (present only
** when the same figure is stored with the same as_of and value); new
** rows join the table (later rows of the flush see them) and are queued as
** COPY text, which bulk_end sends in one COPY. The series the flush names
** that are not stored yet are created in one statement too, with the name
** and description of their first row and the dimension of their first
** row that has one, as appending row by row would give them. New sources
** are still created by statement.
*/
#include "pg_int.h"
#include "../runs.h"

#include <stdlib.h>
#include <string.h>

struct fig {
	int64_t series;
	int32_t ps, pe, bs, be, as_of;
	int64_t source;
	int kind, qual;
	double value;
	size_t next;        /* chain: index + 1, 0 ends */
};

struct arrays;

struct bulk {
	char **keys;        /* the flush's series, sorted, distinct */
	int64_t *ids;       /* their ids; 0 when not stored */
	char **dims;
	size_t nkeys;
	struct fig *v;
	size_t n, cap;
	size_t *head;       /* hash heads: index + 1 */
	size_t nhead;
	char **srcs;        /* the flush's sources, sorted, distinct */
	int64_t *src_ids;   /* their ids; 0 when not stored */
	size_t nsrcs;
	struct copybuf copy; /* the new rows, queued */
	struct arrays *dims_set; /* series given their dimension, queued */
};

static size_t fig_hash(const struct fig *f, size_t nhead)
{
	uint64_t h = 1469598103934665603u;
	int64_t k[8] = { f->series, f->ps, f->pe, f->bs, f->be, f->source,
			 f->kind, f->qual };

	for (int i = 0; i < 8; i++)
		h = (h ^ (uint64_t)k[i]) * 1099511628211u;
	return (size_t)(h % nhead);
}

static bool same_figure(const struct fig *a, const struct fig *b)
{
	return a->series == b->series && a->ps == b->ps && a->pe == b->pe && a->bs == b->bs &&
	       a->be == b->be && a->source == b->source &&
	       a->kind == b->kind && a->qual == b->qual;
}

static void rehash(struct bulk *b, size_t nhead)
{
	free(b->head);
	b->nhead = nhead;
	b->head = xcalloc(nhead, sizeof(*b->head));
	for (size_t i = 0; i < b->n; i++) {
		size_t h = fig_hash(&b->v[i], nhead);

		b->v[i].next = b->head[h];
		b->head[h] = i + 1;
	}
}

static void add(struct bulk *b, const struct fig *f)
{
	size_t h;

	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 1024;
		b->v = xrealloc(b->v, b->cap * sizeof(*b->v));
	}
	if (b->n + 1 > b->nhead)
		rehash(b, b->nhead ? b->nhead * 4 : 1024);
	b->v[b->n] = *f;
	h = fig_hash(f, b->nhead);
	b->v[b->n].next = b->head[h];
	b->head[h] = ++b->n;
}

/* The row of f's figure with f's as_of; NULL if none. */
static const struct fig *stored(const struct bulk *b, const struct fig *f)
{
	size_t i;

	if (b->nhead == 0)
		return NULL;
	for (i = b->head[fig_hash(f, b->nhead)]; i; i = b->v[i - 1].next) {
		const struct fig *g = &b->v[i - 1];

		if (same_figure(g, f) && g->as_of == f->as_of)
			return g;
	}
	return NULL;
}

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

int pg_bulk_append(struct series_db *db, const struct gs_obs *o,
		   enum append_result *res, struct gs_err *e)
{
	struct bulk *b = PG(db)->bulk;
	struct copybuf *c = &b->copy;
	const struct fig *g;
	struct fig f;
	char num[32];

	(void)e;
	assert(b != NULL && db->in_batch); /* inside a flush of a batch */
	fig_of(&f, o, db->series.id, db->source.id);
	if ((g = stored(b, &f)) != NULL) {
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
	add(b, &f);
	copy_int(c, db->series.id, false);
	copy_field(c, kind_name(o->kind), false);
	copy_int(c, o->period.start, false);
	copy_int(c, o->period.end, false);
	copy_int(c, o->base.start, false);
	copy_int(c, o->base.end, false);
	copy_int(c, db->source.id, false);
	copy_int(c, o->as_of, false);
	copy_field(c, qual_name(o->qual), false);
	copy_field(c, prec_name(o->period.prec), false);
	copy_field(c, o->base.start ? prec_name(o->base.prec) : "", false);
	gs_snprintf(num, sizeof(num), "%.17g", o->value);
	copy_field(c, num, false);
	copy_field(c, o->unit_text, false);
	copy_int(c, o->batch, false);
	copy_field(c, o->note, true);
	*res = APPEND_NEW;
	return 0;
}

static void arrays_free(struct arrays *a);

static void bulk_free(struct bulk *b)
{
	if (b == NULL)
		return;
	for (size_t i = 0; i < b->nkeys; i++) {
		free(b->keys[i]);
		free(b->dims[i]);
	}
	free(b->keys);
	free(b->ids);
	free(b->dims);
	for (size_t i = 0; i < b->nsrcs; i++)
		free(b->srcs[i]);
	free(b->srcs);
	free(b->src_ids);
	free(b->v);
	free(b->head);
	copybuf_free(&b->copy);
	arrays_free(b->dims_set);
	free(b);
}

static int by_key(const void *k, const void *e)
{
	return strcmp(k, *(char *const *)e);
}

/* The index of key in v[0..n), sorted; -1 when absent. */
static long find_in(char *const *v, size_t n, const char *key)
{
	char *const *at = bsearch(key, v, n, sizeof(*v), by_key);

	return at ? (long)(at - v) : -1;
}

static long find_key(const struct bulk *b, const char *key)
{
	return find_in(b->keys, b->nkeys, key);
}

int pg_bulk_series(struct series_db *db, const char *key, int64_t *id,
		   const char **dim)
{
	long i = PG(db)->bulk ? find_key(PG(db)->bulk, key) : -1;

	if (i < 0)
		return -1;
	*id = PG(db)->bulk->ids[i];
	*dim = PG(db)->bulk->dims[i];
	return *id != 0;
}

void pg_bulk_series_set(struct series_db *db, const char *key, int64_t id)
{
	long i = PG(db)->bulk ? find_key(PG(db)->bulk, key) : -1;

	if (i >= 0)
		PG(db)->bulk->ids[i] = id;
}

int pg_bulk_source(struct series_db *db, const char *name, int64_t *id)
{
	const struct bulk *b = PG(db)->bulk;
	long i = b ? find_in(b->srcs, b->nsrcs, name) : -1;

	if (i < 0)
		return -1;
	*id = b->src_ids[i];
	return *id != 0;
}

void pg_bulk_source_set(struct series_db *db, const char *name, int64_t id)
{
	const struct bulk *b = PG(db)->bulk;
	long i = b ? find_in(b->srcs, b->nsrcs, name) : -1;

	if (i >= 0)
		b->src_ids[i] = id;
}

/* Array literals ("{...}") sent as parameters: one per column. */
struct arrays {
	char *buf[9];
	size_t len[9], cap[9];
};

static void arr_put(struct arrays *a, int i, const char *s, size_t n)
{
	if (a->len[i] + n + 2 > a->cap[i]) {
		while (a->len[i] + n + 2 > a->cap[i])
			a->cap[i] = a->cap[i] ? a->cap[i] * 2 : 4096;
		a->buf[i] = xrealloc(a->buf[i], a->cap[i]);
	}
	memcpy(a->buf[i] + a->len[i], s, n);
	a->len[i] += n;
	a->buf[i][a->len[i]] = '\0';
}

static void arr_text(struct arrays *a, int i, const char *s)
{
	arr_put(a, i, a->len[i] ? ",\"" : "{\"", 2);
	for (; s && *s; s++) {
		if (*s == '"' || *s == '\\')
			arr_put(a, i, "\\", 1);
		arr_put(a, i, s, 1);
	}
	arr_put(a, i, "\"", 1);
}

static void arr_close(struct arrays *a, int i)
{
	arr_put(a, i, a->len[i] ? "}" : "{}", a->len[i] ? 1 : 2);
}

static void arrays_free(struct arrays *a)
{
	if (a == NULL)
		return;
	for (int i = 0; i < 9; i++)
		free(a->buf[i]);
	free(a);
}

int pg_bulk_set_dim(struct series_db *db, int64_t id, const char *dim,
		    const char *sym)
{
	struct bulk *b = PG(db)->bulk;
	char t[24];

	if (b == NULL)
		return -1;
	if (b->dims_set == NULL)
		b->dims_set = xcalloc(1, sizeof(*b->dims_set));
	gs_snprintf(t, sizeof(t), "%lld", (long long)id);
	arr_text(b->dims_set, 0, t);
	arr_text(b->dims_set, 1, dim);
	arr_text(b->dims_set, 2, sym);
	return 0;
}

/* Give the queued series their dimension and unit, in one statement. */
static int write_dims(struct series_db *db, struct arrays *a,
		      struct gs_err *e)
{
	const char *p[3];
	PGresult *r;

	if (a == NULL)
		return 0;
	for (int k = 0; k < 3; k++) {
		arr_close(a, k);
		p[k] = a->buf[k];
	}
	r = pg_run(db, "UPDATE series SET dimension = t.d, unit = t.u FROM"
		   " unnest($1::bigint[], $2::text[], $3::text[]) AS t(id, d, u)"
		   " WHERE series.id = t.id AND series.dimension = ''", 3, p,
		   PGRES_COMMAND_OK, e, "setting series' units");
	if (r == NULL)
		return -1;
	PQclear(r);
	return 0;
}

/* Rows of (key, id, dimension) into the flush's series. */
static void take_series(struct bulk *b, const PGresult *r)
{
	for (int k = 0; k < PQntuples(r); k++) {
		long at = find_key(b, PQgetvalue(r, k, 0));

		if (at < 0)
			continue;
		b->ids[at] = pg_int(r, k, 1);
		free(b->dims[at]);
		b->dims[at] = pg_text(r, k, 2);
	}
}

/*
** Create the flush's series that are not stored: keys[i] for each i with
** ids[i] == 0. Rows are grouped by series (stage.c). A series gets the
** dimension appending would give it at once (dim_rule): that of its first
** row that is not a multiple or percent change, when that row has one. If
** that row is a plain number, the series starts without one, as it would.
*/
static int create_series(struct series_db *db, struct bulk *b,
			 const struct srow *const *rows, size_t n,
			 struct gs_err *e)
{
	static const char sql[] =
		"INSERT INTO series(key, name, description, dimension, unit,"
		" created_batch) SELECT k, nm, d, dim, u, $6::bigint"
		" FROM unnest($1::text[], $2::text[], $3::text[], $4::text[],"
		" $5::text[]) AS t(k, nm, d, dim, u) RETURNING key, id, dimension";
	struct arrays a;
	const char *p[6];
	char batch[24];
	PGresult *r;
	size_t i, j;
	int k, nnew = 0;

	memset(&a, 0, sizeof(a));
	for (i = 0; i < n; i = j) {
		const struct srow *first = rows[i], *dim = NULL;
		long at = find_key(b, first->o.series);

		for (j = i; j < n && strcmp(rows[j]->o.series,
					    first->o.series) == 0; j++)
			if (dim == NULL && !kind_is_relative(rows[j]->o.kind))
				dim = rows[j];
		if (dim && dim->o.unit.dim[0] == '\0')
			dim = NULL;
		if (at < 0 || b->ids[at] != 0)
			continue;
		arr_text(&a, 0, first->o.series);
		arr_text(&a, 1, first->name);
		arr_text(&a, 2, first->desc);
		arr_text(&a, 3, dim ? dim->o.unit.dim : "");
		arr_text(&a, 4, dim ? dim->o.unit.sym : "");
		nnew++;
	}
	if (nnew == 0)
		return 0;
	for (k = 0; k < 5; k++) {
		arr_close(&a, k);
		p[k] = a.buf[k];
	}
	gs_snprintf(batch, sizeof(batch), "%lld", (long long)rows[0]->o.batch);
	p[5] = batch;
	r = pg_run(db, sql, 6, p, PGRES_TUPLES_OK, e, "creating series");
	for (k = 0; k < 5; k++)
		free(a.buf[k]);
	if (r == NULL)
		return -1;
	take_series(b, r);
	PQclear(r);
	return 0;
}

/* The flush's series: their ids and dimensions. */
static int read_series(struct series_db *db, struct bulk *b,
		       const struct srow *const *rows, size_t n, bool *any,
		       struct gs_err *e)
{
	struct arrays a;
	const char *p[1];
	PGresult *r;
	size_t i;

	memset(&a, 0, sizeof(a));
	b->keys = xcalloc(n, sizeof(*b->keys));
	b->ids = xcalloc(n, sizeof(*b->ids));
	b->dims = xcalloc(n, sizeof(*b->dims));
	for (i = 0; i < n; i++) {
		const char *key = rows[i]->o.series;

		if (b->nkeys && strcmp(b->keys[b->nkeys - 1], key) == 0)
			continue;
		b->dims[b->nkeys] = xstrdup("");
		b->keys[b->nkeys++] = xstrdup(key);
		arr_text(&a, 0, key);
	}
	arr_close(&a, 0);
	p[0] = a.buf[0];
	r = pg_run(db, "SELECT key, id, dimension FROM series"
		   " WHERE key = ANY($1::text[])", 1, p, PGRES_TUPLES_OK, e,
		   "looking up series");
	free(a.buf[0]);
	if (r == NULL)
		return -1;
	*any = PQntuples(r) > 0;
	take_series(b, r);
	PQclear(r);
	return 0;
}

/* For each row whose figure is stored with its as_of, that stored row
 * into the table (pg_stage.c looks them up). Called after read_series and
 * read_sources: the stored rows' series and sources are in their maps. */
static int read_figures(struct series_db *db, struct bulk *b,
			const struct srow *const *rows, size_t n,
			struct gs_err *e)
{
	PGresult *r = pg_stage_figures(db, rows, n, e);
	int k;

	if (r == NULL)
		return -1;
	for (k = 0; k < PQntuples(r); k++) {
		long i = (long)pg_int(r, k, 0), ser, src;
		const struct gs_obs *o;
		struct fig f;

		if (i < 0 || (size_t)i >= n)
			continue;
		o = &rows[i]->o;
		ser = find_key(b, o->series);
		src = find_in(b->srcs, b->nsrcs, o->source ? o->source : "");
		if (ser < 0 || src < 0)
			continue; /* cannot be: both were found stored */
		fig_of(&f, o, b->ids[ser], b->src_ids[src]);
		f.value = strtod(PQgetvalue(r, k, 1), NULL) + 0.0; /* -0 is 0 */
		add(b, &f);
	}
	PQclear(r);
	return 0;
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The flush's sources and the ids of those stored: a row then finds its
 * source here, and a new one is created once (pg.c), not looked up per
 * row as the sources of consecutive rows change. */
static int read_sources(struct series_db *db, struct bulk *b,
			const struct srow *const *rows, size_t n,
			struct gs_err *e)
{
	struct arrays a;
	const char *p[1];
	PGresult *r;
	size_t i;
	int k;

	memset(&a, 0, sizeof(a));
	b->srcs = xcalloc(n, sizeof(*b->srcs));
	for (i = 0; i < n; i++) {
		const char *src = rows[i]->o.source ? rows[i]->o.source : "";

		if (b->nsrcs == 0 || strcmp(b->srcs[b->nsrcs - 1], src) != 0)
			b->srcs[b->nsrcs++] = (char *)src;
	}
	qsort(b->srcs, b->nsrcs, sizeof(*b->srcs), by_name);
	for (i = 0, k = 0; i < b->nsrcs; i++)
		if (k == 0 || strcmp(b->srcs[k - 1], b->srcs[i]) != 0)
			b->srcs[k++] = b->srcs[i];
	b->nsrcs = (size_t)k;
	b->src_ids = xcalloc(b->nsrcs + 1, sizeof(*b->src_ids));
	for (i = 0; i < b->nsrcs; i++) {
		b->srcs[i] = xstrdup(b->srcs[i]);
		arr_text(&a, 0, b->srcs[i]);
	}
	arr_close(&a, 0);
	p[0] = a.buf[0];
	r = pg_run(db, "SELECT name, id FROM sources WHERE name = ANY($1::text[])",
		   1, p, PGRES_TUPLES_OK, e, "looking up sources");
	free(a.buf[0]);
	if (r == NULL)
		return -1;
	for (k = 0; k < PQntuples(r); k++) {
		long at = find_in(b->srcs, b->nsrcs, PQgetvalue(r, k, 0));

		if (at >= 0)
			b->src_ids[at] = pg_int(r, k, 1);
	}
	PQclear(r);
	return 0;
}

int pg_bulk_begin(struct series_db *db, const struct srow *const *rows,
		  size_t n, struct gs_err *e)
{
	struct bulk *b;
	bool any = false;

	bulk_free(PG(db)->bulk);
	b = PG(db)->bulk = xcalloc(1, sizeof(*b));
	if (read_series(db, b, rows, n, &any, e) ||
	    read_sources(db, b, rows, n, e) ||
	    (any && read_figures(db, b, rows, n, e)))
		return -1;
	return create_series(db, b, rows, n, e);
}

/* Send the queued rows (ok) or drop them; the bulk state goes either way. */
int pg_bulk_end(struct series_db *db, bool ok, struct gs_err *e)
{
	struct bulk *b = PG(db)->bulk;
	int ret;

	PG(db)->bulk = NULL;
	if (b == NULL || !ok) {
		bulk_free(b);
		return 0;
	}
	if (write_dims(db, b->dims_set, e)) {
		bulk_free(b);
		return -1;
	}
	if (b->copy.len == 0) {
		bulk_free(b);
		return 0;
	}
	ret = pg_copy_in(db, "COPY observations(series_id, kind, period_start,"
			 " period_end, base_start, base_end, source_id, as_of,"
			 " qualifier, period_prec, base_prec, value, unit,"
			 " batch_id, note) FROM STDIN", &b->copy, e,
			 "storing figures");
	bulk_free(b);
	return ret;
}
