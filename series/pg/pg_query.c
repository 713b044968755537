/*
** pg_query.c: reading series, observations and sources on PostgreSQL; the
** same queries (sql.h) and orderings as sqlite_query.c, and a series' rows
** finished by the same latest-vintage rule (reads.c). Orderings on text
** use the "C" collation, so both backends sort keys byte by byte.
*/
#include "pg_int.h"
#include "../glob.h"
#include "../pool.h"
#include "../sql.h"

#include <stdlib.h>
#include <string.h>

static void read_info(const PGresult *r, int i, struct series_info *s)
{
	s->key = pg_text(r, i, 0);
	s->name = pg_text(r, i, 1);
	s->description = pg_text(r, i, 2);
	s->dim = pg_text(r, i, 3);
	s->sym = pg_text(r, i, 4);
	s->n_obs = (long)pg_int(r, i, 5);
	s->first = (int32_t)pg_int(r, i, 6);
	s->last = (int32_t)pg_int(r, i, 7);
}

int pg_list(struct series_db *db, const char *glob, struct series_list *out,
	    struct gs_err *e)
{
	/* The glob is matched here, in C, by the same matcher as SQLite's
	 * (glob.h): a regular expression on the server read [!x], [] and a
	 * lone '[' otherwise. */
	static const char sql[] = SQL_SERIES_COLS " ORDER BY s.key COLLATE \"C\"";
	PGresult *r = pg_run(db, sql, 0, NULL, PGRES_TUPLES_OK, e,
			     "listing series");
	int i;

	memset(out, 0, sizeof(*out));
	if (r == NULL)
		return -1;
	out->v = xcalloc((size_t)PQntuples(r) + 1, sizeof(*out->v));
	for (i = 0; i < PQntuples(r); i++)
		if (glob == NULL || glob_match(glob, PQgetvalue(r, i, 0)))
			read_info(r, i, &out->v[out->n++]);
	PQclear(r);
	return 0;
}

int pg_get(struct series_db *db, const char *key, struct series_info *out,
	   struct gs_err *e)
{
	static const char sql[] = SQL_SERIES_COLS " WHERE s.key = $1";
	const char *p[1] = { key };
	PGresult *r = pg_run(db, sql, 1, p, PGRES_TUPLES_OK, e,
			     "reading a series");

	memset(out, 0, sizeof(*out));
	if (r == NULL)
		return -1;
	if (PQntuples(r) == 0) {
		PQclear(r);
		return gs_errf(e, GS_EX_DATAERR, "unknown series '%s'", key);
	}
	read_info(r, 0, out);
	PQclear(r);
	return 0;
}

/* Field c of a row, "" when not sent. */
static const char *col_text(char *const *f, int c)
{
	return c < 0 ? "" : f[c];
}

/* Field c in the pool (an empty one is a static ""), or a new copy
 * without one: nothing points into the row, which is freed soon. */
static const char *field(char *const *f, int c, struct pool *pool)
{
	const char *v = col_text(f, c);

	if (pool == NULL)
		return xstrdup(v);
	return v[0] ? pool_dup(pool, v) : "";
}

void pg_read_obs_fields(char *const *f, const char *key, struct pool *pool,
			const struct pg_obs_cols *c, struct gs_obs *o)
{
	memset(o, 0, sizeof(*o));
	o->series = pool ? key : xstrdup(key);
	o->kind = kind_from_name(f[0]);
	o->period.start = (int32_t)pg_int_text(f[1]);
	o->period.end = (int32_t)pg_int_text(f[2]);
	o->period.prec = prec_from_name(f[3]);
	o->base.start = (int32_t)pg_int_text(f[4]);
	o->base.end = (int32_t)pg_int_text(f[5]);
	o->base.prec = prec_from_name(f[6]);
	/* pg_strtod reads a -0 stored before stage.c normalised it as 0,
	 * as SQLite reads it */
	o->value = pg_strtod(f[7]);
	o->qual = qual_from_name(f[8]);
	o->unit_text = field(f, c->unit, pool);
	pg_copy_text(o->unit.dim, sizeof(o->unit.dim), col_text(f, c->dim));
	pg_copy_text(o->unit.sym, sizeof(o->unit.sym), col_text(f, c->sym));
	o->unit.factor = 1;
	o->as_of = (int32_t)pg_int_text(f[c->as_of]);
	if (c->source >= 0)
		o->source = field(f, c->source, pool);
	o->note = field(f, c->note, pool);
	o->batch = c->batch < 0 ? 0 : pg_int_text(f[c->batch]);
	/* NULL: 0 */
	o->retracted = c->retracted < 0 ? 0 : (int32_t)pg_int_text(f[c->retracted]);
}

void pg_read_obs(const PGresult *r, int i, const char *key, struct pool *pool,
		 struct gs_obs *o)
{
	static const struct pg_obs_cols sql_obs_read = {
		9, 10, 11, 12, 13, 14, 15, 16
	};
	char *f[17];

	for (int c = 0; c < 17; c++)
		f[c] = PQgetvalue(r, i, c); /* "" for NULL */
	pg_read_obs_fields(f, key, pool, &sql_obs_read, o);
}

int pg_observations(struct series_db *db, const char *key, int32_t as_of,
		    int flags, struct obs_list *out, struct gs_err *e)
{
	struct series_info info;
	char at[16];
	const char *p[2] = { key, at };
	PGresult *r;
	int i;

	memset(out, 0, sizeof(*out));
	if (pg_get(db, key, &info, e))
		return -1;
	series_info_free(&info);
	gs_snprintf(at, sizeof(at), "%ld", (long)(as_of > 0 ? as_of : 99991231));
	r = pg_run(db, SQL_OBS_READ, 2, p, PGRES_TUPLES_OK, e,
		   "reading observations");
	if (r == NULL)
		return -1;
	out->n = (size_t)PQntuples(r);
	out->v = xcalloc(out->n ? out->n : 1, sizeof(*out->v));
	for (i = 0; i < PQntuples(r); i++)
		pg_read_obs(r, i, key, NULL, &out->v[i]);
	PQclear(r);
	obs_list_finish(out, flags, as_of);
	return 0;
}

int pg_sources(struct series_db *db, struct source_list *out,
	       struct gs_err *e)
{
	static const char sql[] = SQL_SOURCES
		" ORDER BY src.name COLLATE \"C\"";
	PGresult *r = pg_run(db, sql, 0, NULL, PGRES_TUPLES_OK, e,
			     "listing sources");
	int i;

	memset(out, 0, sizeof(*out));
	if (r == NULL)
		return -1;
	out->n = (size_t)PQntuples(r);
	out->v = xcalloc(out->n ? out->n : 1, sizeof(*out->v));
	for (i = 0; i < PQntuples(r); i++) {
		struct source_info *s = &out->v[i];

		s->name = pg_text(r, i, 0);
		s->n_obs = (long)pg_int(r, i, 1);
		s->first_as_of = (int32_t)pg_int(r, i, 2);
		s->last_as_of = (int32_t)pg_int(r, i, 3);
	}
	PQclear(r);
	return 0;
}
