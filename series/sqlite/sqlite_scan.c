/*
** sqlite_scan.c: every series with its observations in one pass (series_scan).
**
** A report over 10,000 series asked series by series ran, for each, a
** lookup with three aggregate subqueries and a range query joined to the
** series and sources tables, and copied every string with its own malloc.
** Here one statement walks the series in key order (the key's unique
** index) and one prepared statement reads each series' rows in
** primary-key order, so no sorter runs and nothing is joined per row:
** source names are read once, by id. A series' strings go into one pool
** (pool.h). Each series is finished exactly as series_observations
** finishes one (obs_list_finish, reads.c).
**
** Reading is two thirds of a report over every series, so it runs on a
** thread of its own, a few series ahead of the caller: a queue bounded in
** series and in rows hands each series over, and fn runs on the caller's
** thread. The connection is used by the reading thread alone until it is
** joined.
*/
#include "sqlite_int.h"
#include "../pool.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define AHEAD 64 /* series read ahead of the caller, at most */
#define AHEAD_ROWS 65536 /* and rows (one series may be longer) */
#define BATCH 16 /* a waiting thread is woken for this many at once */

/* Series in key order (the key's unique index: no sorter). */
static const char series_sql[] =
	"SELECT id, key, name, description, dimension, unit,"
	" EXISTS (SELECT 1 FROM retractions r WHERE r.series_id = series.id)"
	" FROM series WHERE ?1 IS NULL OR gs_glob(?1, key) ORDER BY key";

/* A series' rows in primary-key order, as the SQL_OBS_READ columns; its
 * dimension and unit (columns 10 and 11) come from the series. Without
 * an as_of, no vintage is tested row by row. A row's retraction date is
 * looked up only in a series that has a retraction (?3, from the series
 * statement): a probe per row, though retractions are few or none, was
 * 0.15 s of the 0.36 s the rows of 1M-row database take to read. */
#define OBS_SQL(unit, source, note, batch) \
	"SELECT kind, period_start, period_end, period_prec," \
	" base_start, base_end, base_prec, value, qualifier, " unit ", NULL," \
	" NULL, as_of, " source ", " note ", " batch ", CASE WHEN ?3 THEN " \
	SQL_RETRACTED("observations") " END FROM observations" \
	" WHERE series_id = ?1"
#define OBS_ALL OBS_SQL("unit", "source_id", "note", "batch_id")
#define OBS_FIGURES OBS_SQL("''", "source_id", "''", "0")
#define OBS_AS_OF " AND as_of <= ?2"
#define OBS_ORDER \
	" ORDER BY kind, period_start, period_end, base_start, base_end"

/* By [as_of given][everything wanted, not only the figures]. */
static const char *const obs_sql[2][2] = {
	{ OBS_FIGURES OBS_ORDER, OBS_ALL OBS_ORDER },
	{ OBS_FIGURES OBS_AS_OF OBS_ORDER, OBS_ALL OBS_AS_OF OBS_ORDER },
};

/* Source names by id (ids are dense: INTEGER PRIMARY KEY from 1). */
struct names {
	char **v;
	size_t n;
};

static void names_free(struct names *nm)
{
	size_t i;

	for (i = 0; i < nm->n; i++)
		free(nm->v[i]);
	free(nm->v);
}

static int names_load(struct series_db *db, struct names *nm,
		      struct gs_err *e)
{
	sqlite3_stmt *st = NULL;
	int rc;

	memset(nm, 0, sizeof(*nm));
	if (sqlite3_prepare_v2(SQ(db)->h, "SELECT id, name FROM sources", -1,
			       &st, NULL))
		return db_err(db, e, "reading sources");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		int64_t id = sqlite3_column_int64(st, 0);

		if (id < 0 || id > 100000000)
			continue; /* not made by growthstat; shown as "" */
		if ((size_t)id >= nm->n) {
			size_t n = (size_t)id + 1 > 2 * nm->n ? (size_t)id + 1 :
				   2 * nm->n;

			nm->v = xrealloc(nm->v, n * sizeof(*nm->v));
			memset(nm->v + nm->n, 0, (n - nm->n) * sizeof(*nm->v));
			nm->n = n;
		}
		free(nm->v[id]);
		nm->v[id] = db_col_text(st, 1);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		names_free(nm);
		return db_err(db, e, "reading sources");
	}
	return 0;
}

static const char *name_of(const struct names *nm, int64_t id)
{
	return id >= 0 && (size_t)id < nm->n && nm->v[id] ? nm->v[id] : "";
}

/* A series read, waiting for the caller. */
struct item {
	struct series_info info;
	struct obs_list obs;
};

/* One scan: the reader's statements and the queue between the threads. */
struct scan {
	struct series_db *db;
	const char *glob;
	sqlite3_stmt *series, *obs;
	struct names names;
	int32_t as_of;
	int flags;
	size_t last_n;           /* rows of the series read before */
	size_t cap;              /* room in the list being read */
	pthread_mutex_t lock;
	pthread_cond_t changed;
	struct item q[AHEAD];
	size_t head, n;          /* queued items: q[head], ... (ring) */
	size_t rows;             /* their observations */
	bool done;               /* the reader has finished (see err) */
	bool stop;               /* the caller wants no more */
	bool reader_waits;       /* for room in the queue */
	bool taker_waits;        /* for series in the queue */
	int ret;                 /* the reader's result: 0 or -1 */
	struct gs_err err;
	/* Without a second thread, put() runs fn itself. */
	bool inline_fn;
	series_scan_fn fn;
	void *arg;
	int fn_ret;
	struct gs_err *fn_err;
};

/*
** Room for one more row. Series tend to be alike in length, so a list
** starts with room for as many rows as the series before had (rounded up
** to a power of two, as GS_GROW keeps it: later GS_GROWs stay right),
** instead of growing from one by doubling (about 8 reallocations a series
** of 100 rows).
*/
static void grow(struct scan *sc, struct obs_list *obs)
{
	size_t cap = 1;

	if (obs->n < sc->cap)
		return;
	if (obs->n == 0 && sc->last_n > 1) {
		while (cap < sc->last_n)
			cap *= 2;
		obs->v = xmalloc(cap * sizeof(*obs->v));
		sc->cap = cap;
		return;
	}
	GS_GROW(obs->v, obs->n);
	sc->cap = obs->n ? 2 * obs->n : 1;
}

/* The series at the series cursor, with its rows known at as_of. */
static int read_series(struct series_db *db, struct scan *sc,
		       struct series_info *info, struct obs_list *obs,
		       struct gs_err *e)
{
	struct gs_unit unit;
	const char *key;
	int rc;

	memset(info, 0, sizeof(*info));
	memset(obs, 0, sizeof(*obs));
	sc->cap = 0;
	obs->pool = pool_new();
	info->key = db_col_text(sc->series, 1);
	info->name = db_col_text(sc->series, 2);
	info->description = db_col_text(sc->series, 3);
	info->dim = db_col_text(sc->series, 4);
	info->sym = db_col_text(sc->series, 5);
	key = pool_dup(obs->pool, info->key);
	db_copy_str(unit.dim, sizeof(unit.dim), info->dim);
	db_copy_str(unit.sym, sizeof(unit.sym), info->sym);
	sqlite3_bind_int64(sc->obs, 1, sqlite3_column_int64(sc->series, 0));
	if (sc->as_of > 0)
		sqlite3_bind_int(sc->obs, 2, sc->as_of);
	sqlite3_bind_int(sc->obs, 3, sqlite3_column_int(sc->series, 6));
	while ((rc = sqlite3_step(sc->obs)) == SQLITE_ROW) {
		struct gs_obs *o;

		grow(sc, obs);
		o = &obs->v[obs->n++];
		if (sc->flags & OBSQ_FIGURES)
			sqlite_read_figure(sc->obs, 0, key, obs->pool, o);
		else
			sqlite_read_obs(sc->obs, 0, key, obs->pool, o);
		o->source = name_of(&sc->names,
				    sqlite3_column_int64(sc->obs, 13));
		/* Figures only: the name stays in sc->names, which outlives
		 * fn. It is read all the same, as rows of one figure and
		 * as_of are ordered by source name (obs_list_finish): by
		 * data, as every other read orders them, not by source id,
		 * which is arrival order. */
		if (!(sc->flags & OBSQ_FIGURES))
			o->source = pool_dup(obs->pool, o->source);
		memcpy(o->unit.dim, unit.dim, sizeof(unit.dim));
		memcpy(o->unit.sym, unit.sym, sizeof(unit.sym));
		if (info->first == 0 || o->period.start < info->first)
			info->first = o->period.start;
		if (o->period.end > info->last)
			info->last = o->period.end;
		info->n_obs++;
	}
	sqlite3_reset(sc->obs);
	sc->last_n = obs->n;
	if (rc != SQLITE_DONE) {
		series_info_free(info);
		obs_list_free(obs);
		return db_err(db, e, "reading all series");
	}
	return 0;
}

/* Queue a series for the caller; false when the caller has stopped. */
static bool put(struct scan *sc, struct item *it)
{
	bool ok;

	if (sc->inline_fn) {
		obs_list_finish(&it->obs, sc->flags, sc->as_of);
		sc->fn_ret = sc->fn(sc->arg, &it->info, &it->obs, sc->fn_err);
		return sc->fn_ret == 0;
	}
	pthread_mutex_lock(&sc->lock);
	while ((sc->n == AHEAD ||
		(sc->n > 0 && sc->rows + it->obs.n > AHEAD_ROWS)) && !sc->stop) {
		/* A caller waiting for a batch that will not come is woken
		 * for what there is. */
		if (sc->taker_waits)
			pthread_cond_broadcast(&sc->changed);
		sc->reader_waits = true;
		pthread_cond_wait(&sc->changed, &sc->lock);
		sc->reader_waits = false;
	}
	ok = !sc->stop;
	if (ok) {
		sc->q[(sc->head + sc->n) % AHEAD] = *it;
		sc->n++;
		sc->rows += it->obs.n;
		/* Waking the caller for each series costs more than a
		 * series takes to report: wake it for a batch. */
		if (sc->taker_waits && sc->n >= BATCH)
			pthread_cond_broadcast(&sc->changed);
	}
	pthread_mutex_unlock(&sc->lock);
	if (!ok) {
		series_info_free(&it->info);
		obs_list_free(&it->obs);
	}
	return ok;
}

static int walk(struct scan *sc, struct gs_err *e)
{
	struct series_db *db = sc->db;
	struct item it;
	int rc;

	if (names_load(db, &sc->names, e))
		return -1;
	if (sqlite3_prepare_v2(SQ(db)->h, series_sql, -1, &sc->series, NULL) ||
	    sqlite3_prepare_v2(SQ(db)->h, obs_sql[sc->as_of > 0]
			       [!(sc->flags & OBSQ_FIGURES)], -1, &sc->obs,
			       NULL))
		return db_err(db, e, "reading all series");
	if (sc->glob)
		sqlite3_bind_text(sc->series, 1, sc->glob, -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(sc->series)) == SQLITE_ROW) {
		if (read_series(db, sc, &it.info, &it.obs, e))
			return -1;
		if (!put(sc, &it))
			return 0;
	}
	if (rc != SQLITE_DONE)
		return db_err(db, e, "reading all series");
	return 0;
}

/* The reading thread: every series into the queue, then done. */
static void *reader(void *arg)
{
	struct scan *sc = arg;
	struct gs_err e;
	int ret;

	gs_err_clear(&e);
	ret = walk(sc, &e);
	pthread_mutex_lock(&sc->lock);
	sc->ret = ret;
	sc->err = e;
	sc->done = true;
	pthread_cond_broadcast(&sc->changed);
	pthread_mutex_unlock(&sc->lock);
	return NULL;
}

/* The next queued series: 1, or 0 when the reader is done and the queue
 * empty. */
static int take(struct scan *sc, struct item *it)
{
	int got = 0;

	pthread_mutex_lock(&sc->lock);
	while (sc->n == 0 && !sc->done) {
		sc->taker_waits = true;
		pthread_cond_wait(&sc->changed, &sc->lock);
		sc->taker_waits = false;
	}
	if (sc->n > 0) {
		*it = sc->q[sc->head];
		sc->head = (sc->head + 1) % AHEAD;
		sc->n--;
		sc->rows -= it->obs.n;
		got = 1;
		if (sc->reader_waits && (sc->n <= AHEAD - BATCH ||
					 sc->rows <= AHEAD_ROWS / 2))
			pthread_cond_broadcast(&sc->changed);
	}
	pthread_mutex_unlock(&sc->lock);
	return got;
}

/* Stop the reader and free what it queued. */
static void stop_reading(struct scan *sc)
{
	struct item it;

	pthread_mutex_lock(&sc->lock);
	sc->stop = true;
	pthread_cond_broadcast(&sc->changed);
	pthread_mutex_unlock(&sc->lock);
	while (take(sc, &it)) {
		series_info_free(&it.info);
		obs_list_free(&it.obs);
	}
}

/* Run fn on every series the reader queues; fn's first non-zero result. */
static int consume(struct scan *sc, series_scan_fn fn, void *arg,
		   struct gs_err *e)
{
	struct item it;
	int ret = 0;

	while (ret == 0 && take(sc, &it)) {
		obs_list_finish(&it.obs, sc->flags, sc->as_of);
		ret = fn(arg, &it.info, &it.obs, e);
	}
	if (ret != 0)
		stop_reading(sc);
	return ret;
}

int sqlite_scan(struct series_db *db, const char *glob, int32_t as_of,
		int flags, series_scan_fn fn, void *arg, struct gs_err *e)
{
	struct scan *sc;
	pthread_t t;
	bool own_txn;
	int ret;

	if (obs_insert_visible(db, e))
		return -1;
	sc = xcalloc(1, sizeof(*sc));
	sc->db = db;
	sc->glob = glob;
	sc->as_of = as_of;
	sc->flags = flags;
	/* One read transaction, so the names and the rows agree (or the
	 * open batch's). */
	own_txn = sqlite3_get_autocommit(SQ(db)->h);
	if (own_txn && db_exec(db, "BEGIN", e)) {
		free(sc);
		return -1;
	}
	pthread_mutex_init(&sc->lock, NULL);
	pthread_cond_init(&sc->changed, NULL);
	if (pthread_create(&t, NULL, reader, sc) != 0) {
		/* No thread to be had: read and report in turn. */
		sc->inline_fn = true;
		sc->fn = fn;
		sc->arg = arg;
		sc->fn_err = e;
		reader(sc);
		ret = sc->fn_ret;
	} else {
		ret = consume(sc, fn, arg, e);
		pthread_join(t, NULL);
	}
	if (ret == 0 && sc->ret != 0) {
		*e = sc->err;
		ret = sc->ret;
	}
	sqlite3_finalize(sc->series);
	sqlite3_finalize(sc->obs);
	names_free(&sc->names);
	if (own_txn)
		db_exec(db, "COMMIT", NULL);
	pthread_cond_destroy(&sc->changed);
	pthread_mutex_destroy(&sc->lock);
	free(sc);
	return ret;
}
