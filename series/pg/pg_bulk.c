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

struct bulk {
	char **keys;        /* the flush's series, sorted, distinct */
	int64_t *ids;       /* their ids; 0 when not stored */
	char **dims;
	size_t nkeys;
	struct fig *v;
	size_t n, cap;
	size_t *head;       /* hash heads: index + 1 */
	size_t nhead;
	char *copy;         /* queued COPY text */
	size_t len, ccap;
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

static void put(struct bulk *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->ccap) {
		while (b->len + n + 1 > b->ccap)
			b->ccap = b->ccap ? b->ccap * 2 : 1u << 20;
		b->copy = xrealloc(b->copy, b->ccap);
	}
	memcpy(b->copy + b->len, s, n);
	b->len += n;
}

/* One COPY text field: backslash, tab, newline and CR escaped. */
static void field(struct bulk *b, const char *s, bool last)
{
	for (; s && *s; s++) {
		const char *esc = *s == '\\' ? "\\\\" : *s == '\t' ? "\\t" :
				  *s == '\n' ? "\\n" : *s == '\r' ? "\\r" : NULL;

		if (esc)
			put(b, esc, 2);
		else
			put(b, s, 1);
	}
	put(b, last ? "\n" : "\t", 1);
}

int pg_bulk_append(struct series_db *db, const struct gs_obs *o,
		   enum append_result *res, struct gs_err *e)
{
	struct bulk *b = PG(db)->bulk;
	const struct fig *g;
	struct fig f;
	char num[32];

	(void)e;
	assert(b != NULL && db->in_batch); /* inside a flush of a batch */
	memset(&f, 0, sizeof(f));
	f.series = db->series.id;
	f.kind = (int)o->kind;
	f.ps = o->period.start;
	f.pe = o->period.end;
	f.bs = o->base.start;
	f.be = o->base.end;
	f.source = db->source.id;
	f.qual = (int)o->qual;
	f.as_of = o->as_of;
	f.value = o->value;
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
	gs_snprintf(num, sizeof(num), "%lld", (long long)db->series.id);
	field(b, num, false);
	field(b, kind_name(o->kind), false);
	gs_snprintf(num, sizeof(num), "%ld", (long)o->period.start);
	field(b, num, false);
	gs_snprintf(num, sizeof(num), "%ld", (long)o->period.end);
	field(b, num, false);
	gs_snprintf(num, sizeof(num), "%ld", (long)o->base.start);
	field(b, num, false);
	gs_snprintf(num, sizeof(num), "%ld", (long)o->base.end);
	field(b, num, false);
	gs_snprintf(num, sizeof(num), "%lld", (long long)db->source.id);
	field(b, num, false);
	gs_snprintf(num, sizeof(num), "%ld", (long)o->as_of);
	field(b, num, false);
	field(b, qual_name(o->qual), false);
	field(b, prec_name(o->period.prec), false);
	field(b, o->base.start ? prec_name(o->base.prec) : "", false);
	gs_snprintf(num, sizeof(num), "%.17g", o->value);
	field(b, num, false);
	field(b, o->unit_text, false);
	gs_snprintf(num, sizeof(num), "%lld", (long long)o->batch);
	field(b, num, false);
	field(b, o->note, true);
	*res = APPEND_NEW;
	return 0;
}

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
	free(b->v);
	free(b->head);
	free(b->copy);
	free(b);
}

static int by_key(const void *k, const void *e)
{
	return strcmp(k, *(char *const *)e);
}

static long find_key(const struct bulk *b, const char *key)
{
	char **at = bsearch(key, b->keys, b->nkeys, sizeof(*b->keys), by_key);

	return at ? (long)(at - b->keys) : -1;
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

static void arr_int(struct arrays *a, int i, long v)
{
	char t[24];

	gs_snprintf(t, sizeof(t), "%s%ld", a->len[i] ? "," : "{", v);
	arr_put(a, i, t, strlen(t));
}

static void arr_close(struct arrays *a, int i)
{
	arr_put(a, i, a->len[i] ? "}" : "{}", a->len[i] ? 1 : 2);
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

/* For each row, the stored row of its figure with its as_of (if any),
 * into the table. */
static int read_figures(struct series_db *db, struct bulk *b,
			const struct srow *const *rows, size_t n,
			struct gs_err *e)
{
	static const char sql[] =
		"SELECT s.id, r.id, t.kind, t.ps, t.pe, t.bs, t.be, t.qual,"
		" o.as_of, o.value FROM unnest($1::text[], $2::text[],"
		" $3::int[], $4::int[], $5::int[], $6::int[], $7::text[],"
		" $8::text[], $9::int[])"
		" AS t(key, kind, ps, pe, bs, be, src, qual, as_of)"
		" JOIN series s ON s.key = t.key"
		" JOIN sources r ON r.name = t.src"
		" JOIN observations o ON o.series_id = s.id AND o.kind = t.kind"
		"  AND o.period_start = t.ps AND o.period_end = t.pe"
		"  AND o.base_start = t.bs AND o.base_end = t.be"
		"  AND o.source_id = r.id AND o.qualifier = t.qual"
		"  AND o.as_of = t.as_of";
	struct arrays a;
	const char *p[9];
	PGresult *r;
	size_t i;
	int k;

	memset(&a, 0, sizeof(a));
	for (i = 0; i < n; i++) {
		const struct gs_obs *o = &rows[i]->o;

		arr_text(&a, 0, o->series);
		arr_text(&a, 1, kind_name(o->kind));
		arr_int(&a, 2, (long)o->period.start);
		arr_int(&a, 3, (long)o->period.end);
		arr_int(&a, 4, (long)o->base.start);
		arr_int(&a, 5, (long)o->base.end);
		arr_text(&a, 6, o->source ? o->source : "");
		arr_text(&a, 7, qual_name(o->qual));
		arr_int(&a, 8, (long)o->as_of);
	}
	for (k = 0; k < 9; k++) {
		arr_close(&a, k);
		p[k] = a.buf[k];
	}
	r = pg_run(db, sql, 9, p, PGRES_TUPLES_OK, e, "looking up figures");
	for (k = 0; k < 9; k++)
		free(a.buf[k]);
	if (r == NULL)
		return -1;
	for (k = 0; k < PQntuples(r); k++) {
		struct fig f;

		memset(&f, 0, sizeof(f));
		f.series = pg_int(r, k, 0);
		f.source = pg_int(r, k, 1);
		f.kind = (int)kind_from_name(PQgetvalue(r, k, 2));
		f.ps = (int32_t)pg_int(r, k, 3);
		f.pe = (int32_t)pg_int(r, k, 4);
		f.bs = (int32_t)pg_int(r, k, 5);
		f.be = (int32_t)pg_int(r, k, 6);
		f.qual = (int)qual_from_name(PQgetvalue(r, k, 7));
		f.as_of = (int32_t)pg_int(r, k, 8);
		f.value = strtod(PQgetvalue(r, k, 9), NULL) + 0.0; /* -0 is 0 */
		add(b, &f);
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
	    (any && read_figures(db, b, rows, n, e)))
		return -1;
	return create_series(db, b, rows, n, e);
}

/* Send the queued rows (ok) or drop them; the bulk state goes either way. */
int pg_bulk_end(struct series_db *db, bool ok, struct gs_err *e)
{
	struct bulk *b = PG(db)->bulk;
	PGresult *r;
	int ret = 0;

	PG(db)->bulk = NULL;
	if (b == NULL || !ok || b->len == 0) {
		bulk_free(b);
		return 0;
	}
	r = PQexec(PG(db)->conn, "COPY observations(series_id, kind, period_start,"
		   " period_end, base_start, base_end, source_id, as_of,"
		   " qualifier, period_prec, base_prec, value, unit, batch_id,"
		   " note) FROM STDIN");
	if (PQresultStatus(r) != PGRES_COPY_IN) {
		ret = pg_err(db, r, e, "storing figures");
		PQclear(r);
		bulk_free(b);
		return ret;
	}
	PQclear(r);
	if (PQputCopyData(PG(db)->conn, b->copy, (int)b->len) != 1 ||
	    PQputCopyEnd(PG(db)->conn, NULL) != 1)
		ret = pg_err(db, NULL, e, "storing figures");
	while ((r = PQgetResult(PG(db)->conn)) != NULL) {
		if (ret == 0 && PQresultStatus(r) != PGRES_COMMAND_OK)
			ret = pg_err(db, r, e, "storing figures");
		PQclear(r);
	}
	bulk_free(b);
	return ret;
}
