/*
** series.c: the public storage API of series.h, dispatched to a backend:
** PostgreSQL (pg.c) for a postgresql:// or postgres:// URI, SQLite (db.c)
** for anything else, which is a file path.
*/
#include "db_internal.h"
#include "figmem.h"
#include "parse.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

bool series_is_uri(const char *path)
{
	return path && (strncmp(path, "postgresql://", 13) == 0 ||
			strncmp(path, "postgres://", 11) == 0);
}

/* The name for messages: a password in it is masked. A file path keeps
 * its name (unless it reads like a connection string with a password). */
static char *shown(const char *path)
{
	size_t n = strlen(path) + 8;

	return gs_redact_uri(xmalloc(n), n, path);
}

int series_persists(const char *path, struct gs_err *e)
{
	if (path == NULL || path[0] == '\0')
		return gs_errf(e, GS_EX_NOTSTORED, "the database name is empty: "
			       "SQLite would write to a temporary file deleted "
			       "on close, and nothing would be stored; give a "
			       "file path with --db or GROWTHSTAT_DB");
	if (strcmp(path, ":memory:") == 0)
		return gs_errf(e, GS_EX_NOTSTORED, "%s: an in-memory database "
			       "would be lost on exit, and nothing would be "
			       "stored; give a file path", path);
	if (strncmp(path, "file:", 5) == 0)
		return gs_errf(e, GS_EX_NOTSTORED, "%s: a SQLite URI (it may "
			       "name an in-memory or temporary database); give "
			       "a plain file path (./%s for a file of that name)",
			       path, path);
	return 0;
}

struct series_db *series_open(const char *path, int flags, struct gs_err *e)
{
	struct series_db *db;

	if ((flags & SERIES_WRITE) && !series_is_uri(path) &&
	    series_persists(path, e))
		return NULL;
	db = xcalloc(1, sizeof(*db));
	db->lock_timeout = SERIES_LOCK_TIMEOUT;

	db->flags = flags;
	db->ops = series_is_uri(path) ? &pg_backend : &sqlite_backend;
	db->conninfo = xstrdup(path);
	db->path = shown(path);
	if (db->ops->open(db, e)) {
		series_close(db);
		return NULL;
	}
	return db;
}

void id_cache_set(struct id_cache *c, const char *key, int64_t id,
		  const char *dim)
{
	free(c->key);
	c->key = xstrdup(key);
	c->id = id;
	gs_snprintf(c->dim, sizeof(c->dim), "%s", dim ? dim : "");
}

int dim_rule(const struct id_cache *series, const struct gs_obs *o,
	     struct gs_err *e)
{
	if (kind_is_relative(o->kind))
		return 0;
	/* Plain numbers do not fix a series' dimension. */
	if (o->unit.dim[0] == '\0' && series->dim[0] == '\0')
		return 0;
	if (series->dim[0] == '\0')
		return 1;
	if (unit_dim_same(series->dim, o->unit.dim))
		return 0;
	return gs_errf(e, GS_EX_DATAERR, "unit '%s' (%s) does not match "
		       "series '%s', which is measured in %s", o->unit_text,
		       o->unit.dim[0] ? o->unit.dim : "a plain number",
		       o->series, series->dim);
}

void series_close(struct series_db *db)
{
	if (db == NULL)
		return;
	if (db->in_batch)
		series_batch_rollback(db);
	stage_free(db);
	figmem_free(db->figs);
	db->ops->close(db);
	free(db->series.key);
	free(db->source.key);
	free(db->conninfo);
	free(db->path);
	free(db);
}

const char *series_path(const struct series_db *db)
{
	return db->path;
}

int series_check(struct series_db *db, struct gs_err *e)
{
	return db->ops->check(db, e);
}

void series_set_lock_timeout(struct series_db *db, double seconds)
{
	if (db)
		db->lock_timeout = seconds > 0 ? seconds : 0;
}

/* GROWTHSTAT_TEST_HOLD_LOCK=S: hold the writers' lock S seconds (tests). */
static void test_hold(void)
{
	const char *s = getenv("GROWTHSTAT_TEST_HOLD_LOCK");
	struct timespec ts;
	double v = s ? strtod(s, NULL) : 0;

	if (!(v > 0 && v < 3600))
		return;
	ts.tv_sec = (time_t)v;
	ts.tv_nsec = (long)((v - (double)ts.tv_sec) * 1e9);
	nanosleep(&ts, NULL);
}

int series_batch_begin(struct series_db *db, const char *file,
		       int64_t *batch_id, struct gs_err *e)
{
	if (db->ops->batch_begin(db, file, batch_id, e))
		return -1;
	test_hold();
	return 0;
}

int series_append(struct series_db *db, const struct gs_obs *o,
		  const char *name, const char *description,
		  enum append_result *res, struct gs_err *e)
{
	/* What the collector validates, checked again at the door: a row
	 * may wait to be written (insert.c), so the database's own checks
	 * would come too late to name it. */
	if (o->series == NULL || o->series[0] == '\0')
		return gs_errf(e, GS_EX_DATAERR, "a figure without a series");
	if (o->kind < GS_KIND_LEVEL || o->kind > GS_KIND_PLAN)
		return gs_errf(e, GS_EX_DATAERR, "series '%s': no such kind",
			       o->series);
	if (o->period.start <= 0 || o->period.end < o->period.start)
		return gs_errf(e, GS_EX_DATAERR, "series '%s': no period",
			       o->series);
	return db->ops->append(db, o, name, description, res, e);
}

int series_batch_commit(struct series_db *db, int64_t batch_id,
			const struct batch_counts *c, const char *hash,
			struct gs_err *e)
{
	return db->ops->batch_commit(db, batch_id, c, hash, e);
}

void series_batch_rollback(struct series_db *db)
{
	db->ops->batch_rollback(db);
}

int series_batch_log_refused(struct series_db *db, const char *file,
			     const struct batch_counts *c, const char *hash,
			     const char *reason, struct gs_err *e)
{
	return db->ops->batch_log_refused(db, file, c, hash, reason, e);
}

int series_list(struct series_db *db, const char *glob,
		struct series_list *out, struct gs_err *e)
{
	return db->ops->list(db, glob, out, e);
}

int series_get(struct series_db *db, const char *key, struct series_info *out,
	       struct gs_err *e)
{
	return db->ops->get(db, key, out, e);
}

int series_observations(struct series_db *db, const char *key, int32_t as_of,
			int flags, struct obs_list *out, struct gs_err *e)
{
	return db->ops->observations(db, key, as_of, flags, out, e);
}

/* A scan made of the per-series reads, for a backend without its own. */
static int scan_each(struct series_db *db, const char *glob, int32_t as_of,
		     int flags, series_scan_fn fn, void *arg, struct gs_err *e)
{
	struct series_list l;
	size_t i;
	int ret = 0;

	if (series_list(db, glob, &l, e))
		return -1;
	for (i = 0; i < l.n && ret == 0; i++) {
		struct series_info *info = &l.v[i];
		struct obs_list obs;
		size_t k;

		/* Every vintage known at as_of, to count them as the scan
		 * does, then what flags ask for. */
		if (series_observations(db, info->key, as_of, OBSQ_ALL_VINTAGES,
					&obs, e)) {
			ret = -1;
			break;
		}
		info->n_obs = (long)obs.n;
		info->first = info->last = 0;
		for (k = 0; k < obs.n; k++) {
			if (k == 0 || obs.v[k].period.start < info->first)
				info->first = obs.v[k].period.start;
			if (obs.v[k].period.end > info->last)
				info->last = obs.v[k].period.end;
		}
		obs_list_finish(&obs, flags);
		ret = fn(arg, info, &obs, e);
		memset(&l.v[i], 0, sizeof(l.v[i])); /* fn owns it now */
	}
	series_list_free(&l);
	return ret;
}

int series_scan(struct series_db *db, const char *glob, int32_t as_of,
		int flags, series_scan_fn fn, void *arg, struct gs_err *e)
{
	if (db->ops->scan == NULL)
		return scan_each(db, glob, as_of, flags, fn, arg, e);
	return db->ops->scan(db, glob, as_of, flags, fn, arg, e);
}

int series_sources(struct series_db *db, struct source_list *out,
		   struct gs_err *e)
{
	return db->ops->sources(db, out, e);
}
