/*
** pg_bulk_ids.c: the ids of the series and sources a stage flush names
** (pg_bulk.c), read in one query each, and what the flush changes about
** them in one statement each: the series not stored yet, created
** together, and the stored series that get their first unit.
** Keys travel as array literals ("{...}") bound as parameters.
*/
#include "pg_bulk.h"
#include "../runs.h"
#include "../stagekeys.h"

#include <stdlib.h>
#include <string.h>

static int by_key(const void *k, const void *e)
{
	return strcmp(k, *(char *const *)e);
}

long bulk_find(char *const *v, size_t n, const char *key)
{
	char *const *at = n ? bsearch(key, v, n, sizeof(*v), by_key) : NULL;

	return at ? (long)(at - v) : -1;
}

static long find_key(const struct bulk *b, const char *key)
{
	return bulk_find(b->keys, b->nkeys, key);
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

int pg_bulk_source(struct series_db *db, const char *name, int64_t *id,
		   const char **dim)
{
	const struct bulk *b = PG(db)->bulk;
	long i = b ? bulk_find(b->srcs, b->nsrcs, name) : -1;

	*dim = ""; /* a source has none: the series' signature (pg.c) */
	if (i < 0)
		return -1;
	*id = b->src_ids[i];
	return *id != 0;
}

void pg_bulk_source_set(struct series_db *db, const char *name, int64_t id)
{
	const struct bulk *b = PG(db)->bulk;
	long i = b ? bulk_find(b->srcs, b->nsrcs, name) : -1;

	if (i >= 0)
		b->src_ids[i] = id;
}

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

void arr_text(struct arrays *a, int i, const char *s)
{
	arr_put(a, i, a->len[i] ? ",\"" : "{\"", 2);
	for (; s && *s; s++) {
		if (*s == '"' || *s == '\\')
			arr_put(a, i, "\\", 1);
		arr_put(a, i, s, 1);
	}
	arr_put(a, i, "\"", 1);
}

void arr_series(struct arrays *a, const struct stage_key *k)
{
	arr_text(a, 0, k->key);
	arr_text(a, 1, k->name);
	arr_text(a, 2, k->desc);
	arr_text(a, 3, k->dim);
	arr_text(a, 4, k->sym);
}

void arr_close(struct arrays *a, int i)
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
	long i;

	if (b == NULL)
		return -1;
	if (db->series.key && (i = find_key(b, db->series.key)) >= 0) {
		free(b->dims[i]); /* later chunks of a plan see it */
		b->dims[i] = xstrdup(dim);
	}
	if (b->dims_set == NULL)
		b->dims_set = xcalloc(1, sizeof(*b->dims_set));
	gs_snprintf(t, sizeof(t), "%lld", (long long)id);
	arr_text(b->dims_set, 0, t);
	arr_text(b->dims_set, 1, dim);
	arr_text(b->dims_set, 2, sym);
	return 0;
}

/* Give the queued series their dimension and unit, in one statement. */
int bulk_write_dims(struct series_db *db, struct bulk *b, struct gs_err *e)
{
	struct arrays *a = b->dims_set;
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
	arrays_free(a);
	b->dims_set = NULL;
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

int bulk_insert_series(struct series_db *db, struct bulk *b,
		       struct arrays *a, int nnew, int64_t batch_id,
		       struct gs_err *e)
{
	static const char sql[] =
		"INSERT INTO series(key, name, description, dimension, unit,"
		" created_batch) SELECT k, nm, d, dim, u, $6::bigint"
		" FROM unnest($1::text[], $2::text[], $3::text[], $4::text[],"
		" $5::text[]) AS t(k, nm, d, dim, u) RETURNING key, id, dimension";
	const char *p[6];
	char batch[24];
	PGresult *r;
	int k;

	for (k = 0; k < 5 && nnew > 0; k++) {
		arr_close(a, k);
		p[k] = a->buf[k];
	}
	gs_snprintf(batch, sizeof(batch), "%lld", (long long)batch_id);
	p[5] = batch;
	r = nnew ? pg_run(db, sql, 6, p, PGRES_TUPLES_OK, e,
			  "creating series") : NULL;
	for (k = 0; k < 5; k++)
		free(a->buf[k]);
	if (nnew == 0)
		return 0;
	if (r == NULL)
		return -1;
	take_series(b, r);
	PQclear(r);
	return 0;
}

/*
** Create the flush's series that are not stored: keys[i] for each i with
** ids[i] == 0. Rows are grouped by series (stage.c). A series gets the
** dimension appending would give it at once (dim_rule): that of its first
** row that is not a multiple or percent change, when that row has one. If
** that row is a plain number, the series starts without one, as it would.
*/
int bulk_create_series(struct series_db *db, struct bulk *b,
		       const struct srow *const *rows, size_t n,
		       struct gs_err *e)
{
	struct arrays a;
	size_t i, j;
	int nnew = 0;

	memset(&a, 0, sizeof(a));
	for (i = 0; i < n; i = j) {
		struct stage_key k;
		long at = find_key(b, rows[i]->o.series);

		for (j = i + 1; j < n && strcmp(rows[j]->o.series,
						rows[i]->o.series) == 0; j++)
			;
		if (at < 0 || b->ids[at] != 0)
			continue;
		stage_key_of(&k, rows + i, j - i);
		arr_series(&a, &k);
		nnew++;
	}
	return bulk_insert_series(db, b, &a, nnew, rows[0]->o.batch, e);
}

int bulk_query_series(struct series_db *db, struct bulk *b, bool *any,
		      struct gs_err *e)
{
	struct arrays a;
	const char *p[1];
	PGresult *r;

	memset(&a, 0, sizeof(a));
	for (size_t i = 0; i < b->nkeys; i++)
		arr_text(&a, 0, b->keys[i]);
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

/* The flush's series: their ids and dimensions. */
int bulk_read_series(struct series_db *db, struct bulk *b,
		     const struct srow *const *rows, size_t n, bool *any,
		     struct gs_err *e)
{
	b->keys = xcalloc(n, sizeof(*b->keys));
	b->ids = xcalloc(n, sizeof(*b->ids));
	b->dims = xcalloc(n, sizeof(*b->dims));
	for (size_t i = 0; i < n; i++) {
		const char *key = rows[i]->o.series;

		if (b->nkeys && strcmp(b->keys[b->nkeys - 1], key) == 0)
			continue;
		b->dims[b->nkeys] = xstrdup("");
		b->keys[b->nkeys++] = xstrdup(key);
	}
	return bulk_query_series(db, b, any, e);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The names of the rows' sources that b's map lacks, sorted, distinct
 * (*k of them; the rows' strings). */
static char **new_sources(const struct bulk *b, const struct srow *const *rows,
			  size_t n, size_t *k)
{
	char **v = xcalloc(n + 1, sizeof(*v));
	size_t i, m = 0, j = 0;

	for (i = 0; i < n; i++) {
		const char *src = rows[i]->o.source ? rows[i]->o.source : "";

		if ((m && strcmp(v[m - 1], src) == 0) ||
		    bulk_find(b->srcs, b->nsrcs, src) >= 0)
			continue;
		v[m++] = (char *)src;
	}
	qsort(v, m, sizeof(*v), by_name);
	for (i = 0; i < m; i++)
		if (j == 0 || strcmp(v[j - 1], v[i]) != 0)
			v[j++] = v[i];
	*k = j;
	return v;
}

/* names[0..k) (sorted, none in b's map) and their ids into the map, which
 * stays sorted. */
static void add_sources(struct bulk *b, char *const *names,
			const int64_t *ids, size_t k)
{
	size_t n = b->nsrcs + k, i = 0, j = 0, m = 0;
	char **s = xcalloc(n + 1, sizeof(*s));
	int64_t *id = xcalloc(n + 1, sizeof(*id));

	while (i < b->nsrcs || j < k) {
		if (j == k || (i < b->nsrcs && strcmp(b->srcs[i], names[j]) < 0)) {
			id[m] = b->src_ids[i];
			s[m++] = b->srcs[i++];
		} else {
			id[m] = ids[j];
			s[m++] = xstrdup(names[j++]);
		}
	}
	free(b->srcs);
	free(b->src_ids);
	b->srcs = s;
	b->src_ids = id;
	b->nsrcs = n;
}

/* The flush's sources and the ids of those stored: a row then finds its
 * source here, and a new one is created once (pg.c), not looked up per
 * row as the sources of consecutive rows change. Sources already in the
 * map (a plan's earlier chunks: pg_plan.c) are not looked up again. */
int bulk_read_sources(struct series_db *db, struct bulk *b,
		      const struct srow *const *rows, size_t n,
		      struct gs_err *e)
{
	struct arrays a;
	const char *p[1];
	PGresult *r;
	size_t k;
	char **names = new_sources(b, rows, n, &k);
	int64_t *ids = xcalloc(k + 1, sizeof(*ids));

	memset(&a, 0, sizeof(a));
	for (size_t i = 0; i < k; i++)
		arr_text(&a, 0, names[i]);
	arr_close(&a, 0);
	p[0] = a.buf[0];
	r = k == 0 ? NULL :
	    pg_run(db, "SELECT name, id FROM sources WHERE name = ANY($1::text[])",
		   1, p, PGRES_TUPLES_OK, e, "looking up sources");
	free(a.buf[0]);
	for (int j = 0; r && j < PQntuples(r); j++) {
		long at = bulk_find(names, k, PQgetvalue(r, j, 0));

		if (at >= 0)
			ids[at] = pg_int(r, j, 1);
	}
	if (r || k == 0)
		add_sources(b, names, ids, k);
	PQclear(r);
	free(names);
	free(ids);
	return r || k == 0 ? 0 : -1;
}

void bulk_ids_free(struct bulk *b)
{
	for (size_t i = 0; i < b->nkeys; i++) {
		free(b->keys[i]);
		free(b->dims[i]);
	}
	free(b->keys);
	free(b->ids);
	free(b->dims);
	free(b->before);
	for (size_t i = 0; i < b->nsrcs; i++)
		free(b->srcs[i]);
	free(b->srcs);
	free(b->src_ids);
	arrays_free(b->dims_set);
}
