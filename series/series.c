/*
** series.c: the public storage API of series.h, dispatched to a backend:
** PostgreSQL (pg/) for a postgresql:// or postgres:// URI, SQLite (sqlite/)
** for anything else, which is a file path.
*/
#include "db_internal.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

bool series_is_uri(const char *path)
{
	return path && (strncmp(path, "postgresql://", 13) == 0 ||
			strncmp(path, "postgres://", 11) == 0);
}

char *series_lock_path(const char *db_path)
{
	char *real, *p;
	size_t n;

	if (series_is_uri(db_path))
		return NULL;
	real = realpath(db_path, NULL);
	n = strlen(real ? real : db_path) + sizeof(".lock");
	p = xmalloc(n);
	gs_snprintf(p, n, "%s.lock", real ? real : db_path);
	free(real);
	return p;
}

const char *const series_file_suffix[] = { "", "-wal", "-shm", "-journal",
					   ".lock", NULL };

int series_file_of(const char *db, const char *path,
		   bool (*same)(const char *path, const char *file),
		   char **file)
{
	size_t n = strlen(db) + sizeof("-journal");
	int i;

	*file = xmalloc(n);
	for (i = 0; series_file_suffix[i]; i++) {
		gs_snprintf(*file, n, "%s%s", db, series_file_suffix[i]);
		if (same(path, *file))
			return i;
	}
	free(*file);
	*file = NULL;
	return -1;
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

/* The backend for path; NULL for a server URI in a build without
 * PostgreSQL (make PG=no), with e filled. */
static const struct backend_ops *backend_for(const char *path,
					     struct gs_err *e)
{
	if (!series_is_uri(path))
		return &sqlite_backend;
#ifdef GS_NO_PG
	char *name = shown(path);

	gs_errf(e, GS_EX_USAGE, "%s: this growthstat was built without "
		"PostgreSQL support (make PG=no); give a SQLite file, or "
		"build it with PostgreSQL", name);
	free(name);
	return NULL;
#else
	(void)e;
	return &pg_backend;
#endif
}

struct series_db *series_open(const char *path, int flags, struct gs_err *e)
{
	const struct backend_ops *ops;
	struct series_db *db;

	if (!series_is_uri(path) && series_persists(path, e)) {
		if (flags & SERIES_WRITE)
			return NULL;
		/* a reader: no stored database can be behind such a name,
		 * and `init` would refuse it, so do not send people there */
		e->code = GS_EX_NOINPUT;
		if (strncmp(path, "file:", 5) == 0)
			return NULL;
		gs_err_clear(e);
		gs_errf(e, GS_EX_NOINPUT, "'%s' names no database file (SQLite "
			"would open an empty temporary one); give the path of "
			"a database with --db or GROWTHSTAT_DB", path);
		return NULL;
	}
	if ((ops = backend_for(path, e)) == NULL)
		return NULL;
	db = xcalloc(1, sizeof(*db));
	db->lock_timeout = SERIES_LOCK_TIMEOUT;

	db->flags = flags;
	db->ops = ops;
	db->conninfo = xstrdup(path);
	db->path = shown(path);
	if (db->ops->open(db, e)) {
		series_close(db);
		return NULL;
	}
	return db;
}

void series_close(struct series_db *db)
{
	if (db == NULL)
		return;
	if (db->in_batch)
		series_batch_rollback(db);
	stage_free(db);
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

int series_batch_begin(struct series_db *db, const char *file,
		       int64_t *batch_id, struct gs_err *e)
{
	if (db->ops->batch_begin(db, file, batch_id, e))
		return -1;
	series_test_hold();
	return 0;
}

/* The stage is written here, above the backends, so that no backend
 * calls back into the files that call it. */
int series_batch_commit(struct series_db *db, int64_t batch_id,
			const struct batch_counts *c, const char *hash,
			struct gs_err *e)
{
	int ret;

	if (!db->in_batch)
		return gs_errf(e, GS_EX_SOFTWARE, "no batch is open");
	if (series_stage_flush(db, e)) {
		series_batch_rollback(db);
		return -1;
	}
	ret = db->ops->batch_commit(db, batch_id, c, hash, e);
	stage_free(db);
	/* committed or rolled back, the batch is over either way */
	assert(!db->in_batch);
	return ret;
}

void series_batch_rollback(struct series_db *db)
{
	stage_free(db);
	db->ops->batch_rollback(db);
	assert(!db->in_batch);
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
	if (db->ops->get(db, key, out, e) == 0)
		return 0;
	series_hint_unknown(db, key, e);
	return -1;
}

int series_observations(struct series_db *db, const char *key, int32_t as_of,
			int flags, struct obs_list *out, struct gs_err *e)
{
	if (db->ops->observations(db, key, as_of, flags, out, e) == 0)
		return 0;
	series_hint_unknown(db, key, e);
	return -1;
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
		obs_list_finish(&obs, flags, as_of);
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

/* A source whose every figure is retracted is left out, as `series`
 * leaves out such a series: the list is the current view's, the one an
 * export ingested elsewhere reproduces (163-series-retracted.sh). */
int series_sources(struct series_db *db, struct source_list *out,
		   struct gs_err *e)
{
	size_t i, n = 0;

	if (db->ops->sources(db, out, e))
		return -1;
	for (i = 0; i < out->n; i++) {
		if (out->v[i].n_obs > 0)
			out->v[n++] = out->v[i];
		else
			free(out->v[i].name);
	}
	out->n = n;
	return 0;
}
