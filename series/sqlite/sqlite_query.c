/*
** query.c: reading series, observations and sources.
**
** Reads see only committed batches (WAL gives each statement a snapshot).
** "Latest vintage" is decided per figure, i.e. per series, kind, period and
** base: the row with the greatest as_of at or before the date asked for,
** ties going to the later batch.
*/
#include "../db_internal.h"
#include "../pool.h"

#include <stdlib.h>
#include <string.h>

static void read_info(sqlite3_stmt *st, struct series_info *s)
{
	s->key = db_col_text(st, 0);
	s->name = db_col_text(st, 1);
	s->description = db_col_text(st, 2);
	s->dim = db_col_text(st, 3);
	s->sym = db_col_text(st, 4);
	s->n_obs = sqlite3_column_int64(st, 5);
	s->first = sqlite3_column_int(st, 6);
	s->last = sqlite3_column_int(st, 7);
}

void series_info_free(struct series_info *s)
{
	free(s->key);
	free(s->name);
	free(s->description);
	free(s->dim);
	free(s->sym);
	memset(s, 0, sizeof(*s));
}

int sqlite_list(struct series_db *db, const char *glob,
		struct series_list *out, struct gs_err *e)
{
	static const char sql[] = SQL_SERIES_COLS
		" WHERE ?1 IS NULL OR gs_glob(?1, s.key) ORDER BY s.key";
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	if (obs_insert_visible(db, e))
		return -1;
	if (sqlite3_prepare_v2(db->db, sql, -1, &st, NULL))
		return db_err(db, e, "listing series");
	if (glob)
		sqlite3_bind_text(st, 1, glob, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (out->n == cap) {
			cap = cap ? cap * 2 : 16;
			out->v = xrealloc(out->v, cap * sizeof(*out->v));
		}
		read_info(st, &out->v[out->n++]);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		series_list_free(out);
		return db_err(db, e, "listing series");
	}
	return 0;
}

void series_list_free(struct series_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		series_info_free(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

int sqlite_get(struct series_db *db, const char *key, struct series_info *out,
	       struct gs_err *e)
{
	sqlite3_stmt *st;
	int rc;

	memset(out, 0, sizeof(*out));
	if (obs_insert_visible(db, e))
		return -1;
	if ((st = db_stmt(db, ST_SERIES_GET, e)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		read_info(st, out);
	/* A cached statement left unreset would hold its read snapshot. */
	sqlite3_reset(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc == SQLITE_DONE)
		return gs_errf(e, GS_EX_DATAERR, "unknown series '%s'", key);
	return db_err(db, e, "reading a series");
}

/* Text column i as a C string ("" for NULL). */
static const char *col_str(sqlite3_stmt *st, int i)
{
	const char *t = (const char *)sqlite3_column_text(st, i);

	return t ? t : "";
}

/* One row of SQL_OBS_READ (db_internal.h), its columns from c on, but
 * the source's name (column c + 13), which the caller sets. */
void sqlite_read_obs(sqlite3_stmt *st, int c, const char *key,
		     struct pool *pool, struct gs_obs *o)
{
	memset(o, 0, sizeof(*o));
	o->series = pool ? key : xstrdup(key);
	o->kind = kind_from_name(col_str(st, c));
	o->period.start = sqlite3_column_int(st, c + 1);
	o->period.end = sqlite3_column_int(st, c + 2);
	o->period.prec = prec_from_name(col_str(st, c + 3));
	o->base.start = sqlite3_column_int(st, c + 4);
	o->base.end = sqlite3_column_int(st, c + 5);
	o->base.prec = prec_from_name(col_str(st, c + 6));
	o->value = sqlite3_column_double(st, c + 7);
	o->qual = qual_from_name(col_str(st, c + 8));
	o->unit_text = pool ? pool_str(pool, col_str(st, c + 9)) :
			      db_col_text(st, c + 9);
	if (sqlite3_column_type(st, c + 10) != SQLITE_NULL) {
		db_copy_str(o->unit.dim, sizeof(o->unit.dim),
			    col_str(st, c + 10));
		db_copy_str(o->unit.sym, sizeof(o->unit.sym),
			    col_str(st, c + 11));
	}
	o->unit.factor = 1;
	o->as_of = sqlite3_column_int(st, c + 12);
	o->note = pool ? pool_str(pool, col_str(st, c + 14)) :
			 db_col_text(st, c + 14);
	o->batch = sqlite3_column_int64(st, c + 15);
}

static bool same_figure(const struct gs_obs *a, const struct gs_obs *b)
{
	return a->kind == b->kind && a->period.start == b->period.start &&
	       a->period.end == b->period.end && a->base.start == b->base.start &&
	       a->base.end == b->base.end;
}

static void obs_free(const struct obs_list *l, struct gs_obs *o)
{
	if (l->pool)
		return;
	free((char *)o->series);
	free((char *)o->unit_text);
	free((char *)o->source);
	free((char *)o->note);
}

/*
** Keep, of each figure (adjacent rows with one kind, period and base), the
** rows of its latest vintage: all of them, as a text may state one figure
** with two qualifiers ("100 to 150") or two sources on the same day.
*/
static void keep_latest(struct obs_list *l)
{
	size_t i = 0, j, k, n = 0;

	while (i < l->n) {
		int32_t top = l->v[i].as_of;

		for (j = i + 1; j < l->n && same_figure(&l->v[i], &l->v[j]); j++)
			if (l->v[j].as_of > top)
				top = l->v[j].as_of;
		for (k = i; k < j; k++) {
			if (l->v[k].as_of == top)
				l->v[n++] = l->v[k];
			else
				obs_free(l, &l->v[k]);
		}
		i = j;
	}
	l->n = n;
}

static int cmp_int(int64_t a, int64_t b)
{
	return a < b ? -1 : a > b;
}

/* The alphabetical rank of a kind's and a qualifier's name (the order
 * the output has always had), without comparing the names. */
static int kind_rank(enum gs_kind k)
{
	static const signed char rank[] = {
		[GS_KIND_NONE] = 0, [GS_KIND_FLOW] = 1, [GS_KIND_LEVEL] = 2,
		[GS_KIND_MULTIPLE] = 3, [GS_KIND_PERCENT] = 4,
		[GS_KIND_PLAN] = 5, [GS_KIND_TARGET] = 6,
	};

	return (unsigned)k < GS_ARRAY_LEN(rank) ? rank[k] : 7;
}

static int qual_rank(enum gs_qual q)
{
	static const signed char rank[] = {
		[GS_QUAL_NONE] = 0, [GS_QUAL_ABOUT] = 1, [GS_QUAL_ALMOST] = 2,
		[GS_QUAL_AT_LEAST] = 3, [GS_QUAL_OVER] = 4,
		[GS_QUAL_UNDER] = 5, [GS_QUAL_UP_TO] = 6,
	};

	return (unsigned)q < GS_ARRAY_LEN(rank) ? rank[q] : 7;
}

/* Output order: by period end, start, kind, base, as_of, qualifier, source.
 * The rows of one figure (kind, period, base) are adjacent in it too. */
static int by_period(const void *pa, const void *pb)
{
	const struct gs_obs *a = pa, *b = pb;
	int c;

	if ((c = cmp_int(a->period.end, b->period.end)) ||
	    (c = cmp_int(a->period.start, b->period.start)) ||
	    (c = cmp_int(kind_rank(a->kind), kind_rank(b->kind))) ||
	    (c = cmp_int(a->base.start, b->base.start)) ||
	    (c = cmp_int(a->base.end, b->base.end)) ||
	    (c = cmp_int(a->as_of, b->as_of)) ||
	    (c = cmp_int(qual_rank(a->qual), qual_rank(b->qual))))
		return c;
	return strcmp(a->source, b->source);
}

int sqlite_observations(struct series_db *db, const char *key, int32_t as_of,
			int flags, struct obs_list *out, struct gs_err *e)
{
	sqlite3_stmt *st;
	size_t cap = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	if (obs_insert_visible(db, e))
		return -1;
	if ((st = db_stmt(db, ST_SERIES_FIND, e)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	rc = sqlite3_step(st);
	sqlite3_reset(st);
	if (rc == SQLITE_DONE)
		return gs_errf(e, GS_EX_DATAERR, "unknown series '%s'", key);
	if (rc != SQLITE_ROW)
		return db_err(db, e, "reading a series");
	if ((st = db_stmt(db, ST_OBS_READ, e)) == NULL)
		return -1;
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, as_of > 0 ? as_of : 99991231);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (out->n == cap) {
			cap = cap ? cap * 2 : 32;
			out->v = xrealloc(out->v, cap * sizeof(*out->v));
		}
		sqlite_read_obs(st, 0, key, NULL, &out->v[out->n]);
		out->v[out->n++].source = db_col_text(st, 13);
	}
	sqlite3_reset(st);
	if (rc != SQLITE_DONE) {
		obs_list_free(out);
		return db_err(db, e, "reading observations");
	}
	obs_list_finish(out, flags);
	return 0;
}

void obs_list_finish(struct obs_list *l, int flags)
{
	size_t i;

	if (!(flags & OBSQ_ALL_VINTAGES))
		keep_latest(l);
	/* Rows of a series are mostly read in this order already. */
	for (i = 1; i < l->n; i++)
		if (by_period(&l->v[i - 1], &l->v[i]) > 0)
			break;
	if (i < l->n)
		qsort(l->v, l->n, sizeof(*l->v), by_period);
}

void obs_list_free(struct obs_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		obs_free(l, &l->v[i]);
	pool_free(l->pool);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

int sqlite_sources(struct series_db *db, struct source_list *out,
		   struct gs_err *e)
{
	static const char sql[] =
		"SELECT src.name, count(o.as_of), min(o.as_of), max(o.as_of)"
		" FROM sources src LEFT JOIN observations o"
		" ON o.source_id = src.id GROUP BY src.id ORDER BY src.name";
	sqlite3_stmt *st = NULL;
	size_t cap = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	if (obs_insert_visible(db, e))
		return -1;
	if (sqlite3_prepare_v2(db->db, sql, -1, &st, NULL))
		return db_err(db, e, "listing sources");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct source_info *s;

		if (out->n == cap) {
			cap = cap ? cap * 2 : 16;
			out->v = xrealloc(out->v, cap * sizeof(*out->v));
		}
		s = &out->v[out->n++];
		s->name = db_col_text(st, 0);
		s->n_obs = sqlite3_column_int64(st, 1);
		s->first_as_of = sqlite3_column_int(st, 2);
		s->last_as_of = sqlite3_column_int(st, 3);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		source_list_free(out);
		return db_err(db, e, "listing sources");
	}
	return 0;
}

void source_list_free(struct source_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i].name);
	free(l->v);
	memset(l, 0, sizeof(*l));
}
