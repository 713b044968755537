/*
** test_scan.c: series_scan against the per-series reads it replaces.
**
** A database is built in several batches: series created in an order other
** than their key order, several kinds per series (so the primary-key order
** differs from the period order reads return), two qualifiers of one
** figure, two sources, revisions (later as_of, other value), a row that is
** already present, a late-arriving old vintage, non-ASCII names and notes,
** units with dimensions, a series whose rows all come after some of the
** dates asked for, and (SQLite) a series with no rows at all. For every
** combination of flags, as_of and glob, series_scan must give the series of
** series_list(glob) in the same order, each with exactly the observations
** series_observations gives, field by field; its n_obs, first and last must
** count the rows known at as_of, checked against the test's own record of
** what it stored and (SQLite) a direct query of the file. Also: a
** callback that stops the scan (its value returned, nothing leaked, the
** database usable after), a glob that matches nothing, and a scan inside
** an open batch.
**
** On SQLite the scan reads on a thread of its own; every check runs again
** with thread creation failing (pthread_create is interposed below), where
** the scan reads and reports in turn. The same checks run on PostgreSQL
** (the generic scan of series.c) when GS_SCAN_PG_URI names an empty
** database; unset, only SQLite runs.
**
** The callback must not use the database (series.h): scan.c's reading
** thread owns the connection until the scan ends.
*/
#define _GNU_SOURCE /* RTLD_NEXT */

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "series/parse.h"
#include "series/series.h"

#include "db_fx.h"

#define V1 20240301
#define V2 20240915
#define V3 20250310
#define V4 20251001

/* What the test appended, and whether it was stored (APPEND_NEW). */
struct rec {
	const char *key;
	enum gs_kind kind;
	struct gs_period p, b;
	int32_t as_of;
	bool stored;
};

struct fx {
	char path[256];
	bool pg;
	struct series_db *db;
	int64_t batch;
	struct rec recs[128];
	size_t nrecs;
	bool has_empty; /* "mid.empty", a series with no rows */
};

static const char *backend_uri; /* NULL: SQLite */

/* pthread_create, failing while no_threads is set; threads counts the
 * threads made. */
static bool no_threads;
static int threads;

typedef int (*create_fn)(pthread_t *, const pthread_attr_t *,
			 void *(*)(void *), void *);

int pthread_create(pthread_t *t, const pthread_attr_t *attr,
		   void *(*start)(void *), void *arg)
{
	static create_fn real;

	if (no_threads)
		return EAGAIN;
	if (real == NULL)
		real = (create_fn)dlsym(RTLD_NEXT, "pthread_create");
	if (real == NULL)
		return EAGAIN;
	threads++;
	return real(t, attr, start, arg);
}

/*
** Whether the scans of this run read on a second thread: both backends
** do (PostgreSQL's COPY rows are parsed on one since pg_scanq.c) unless
** thread creation fails.
*/
static bool threaded(void)
{
	return !no_threads;
}

/* Where a comparison stands, for failure messages. */
static char ctx[256];

#define EXPECT(c)                                                          \
	do {                                                               \
		if (!(c))                                                  \
			fail_msg("%s: %s (line %d)", ctx, #c, __LINE__);   \
	} while (0)

#define EXPECT_STR(a, b)                                                   \
	do {                                                               \
		const char *a_ = (a), *b_ = (b);                           \
		if (a_ == NULL || b_ == NULL || strcmp(a_, b_) != 0)       \
			fail_msg("%s: %s = \"%s\" but %s = \"%s\" (line %d)", \
				 ctx, #a, a_ ? a_ : "(null)", #b,          \
				 b_ ? b_ : "(null)", __LINE__);            \
	} while (0)

static void add(struct fx *f, const char *key, const char *name,
		const char *period, enum gs_kind kind, double v,
		const char *unit, enum gs_qual q, const char *base,
		int32_t as_of, const char *source, const char *note,
		enum append_result want)
{
	struct gs_obs o = { 0 };
	enum append_result res;
	const char *why;
	struct gs_err e;
	struct rec *r;

	gs_err_clear(&e);
	o.series = key;
	o.kind = kind;
	assert_int_equal(period_parse(period, &o.period, &why), 0);
	assert_int_equal(period_parse(base, &o.base, &why), 0);
	assert_int_equal(unit_parse(unit, &o.unit, &why), 0);
	o.unit_text = unit;
	o.value = kind_is_relative(kind) ? v : v * o.unit.factor;
	o.qual = q;
	o.as_of = as_of;
	o.source = source;
	o.note = note;
	o.batch = f->batch;
	if (series_append(f->db, &o, name, name[0] ? "Описание: «тест»" : "",
			  &res, &e))
		fail_msg("append %s %s: %s", key, period, e.msg);
	assert_int_equal(res, want);
	assert_true(f->nrecs < GS_ARRAY_LEN(f->recs));
	r = &f->recs[f->nrecs++];
	r->key = key;
	r->kind = kind;
	r->p = o.period;
	r->b = o.base;
	r->as_of = as_of;
	r->stored = res == APPEND_NEW;
}

static void begin(struct fx *f, const char *file)
{
	struct gs_err e;

	gs_err_clear(&e);
	if (series_batch_begin(f->db, file, &f->batch, &e))
		fail_msg("batch_begin: %s", e.msg);
}

static void commit(struct fx *f)
{
	struct batch_counts c = { 0 };
	struct gs_err e;

	gs_err_clear(&e);
	if (series_batch_commit(f->db, f->batch, &c, "", &e))
		fail_msg("batch_commit: %s", e.msg);
}

#define N GS_QUAL_NONE
#define LEVEL GS_KIND_LEVEL
#define FLOW GS_KIND_FLOW
#define MULT GS_KIND_MULTIPLE
#define PCT GS_KIND_PERCENT
#define TARGET GS_KIND_TARGET

static const char pharma[] = "moscow.pharma.output";
static const char pharma_name[] = "Фармацевтика Москвы";

static void build(struct fx *f)
{
	/* Batch 1: created zeta, pharma, alpha, Beta (key order: Beta,
	 * alpha, ..., moscow.*, zeta). */
	begin(f, "b1.csv");
	add(f, "zeta.output", "Zeta", "2023", LEVEL, 500, "", N, "", V1,
	    "rosstat", "", APPEND_NEW);
	add(f, "zeta.output", "Zeta", "2023-H1", FLOW, 240, "", N, "", V1,
	    "rosstat", "", APPEND_NEW);
	add(f, pharma, pharma_name, "2024", LEVEL, 154, "billion rubles", N,
	    "", V1, "rosstat", "по данным Минпромторга", APPEND_NEW);
	add(f, pharma, pharma_name, "2023", LEVEL, 120, "billion rubles", N,
	    "", V1, "rosstat", "", APPEND_NEW);
	/* The same figure from a second source, same as_of. */
	add(f, pharma, pharma_name, "2023", LEVEL, 121, "млрд руб.", N, "", V1,
	    "ministry", "оценка — Минпромторг", APPEND_NEW);
	add(f, pharma, pharma_name, "2024", MULT, 2.8, "times", N, "2020", V1,
	    "rosstat", "", APPEND_NEW);
	add(f, pharma, pharma_name, "2030", MULT, 1.5, "times", N, "2024", V1,
	    "rosstat", "", APPEND_NEW);
	add(f, pharma, pharma_name, "2030", TARGET, 230, "billion rubles", N,
	    "", V1, "rosstat", "", APPEND_NEW);
	add(f, pharma, pharma_name, "2024-01..2024-06", FLOW, 70,
	    "billion rubles", N, "", V1, "rosstat",
	    "январь–июнь, «предварительно»", APPEND_NEW);
	/* One figure, two qualifiers ("40 to 45"). */
	add(f, pharma, pharma_name, "2024-Q2", LEVEL, 40, "billion rubles",
	    GS_QUAL_AT_LEAST, "", V1, "rosstat", "", APPEND_NEW);
	add(f, pharma, pharma_name, "2024-Q2", LEVEL, 45, "billion rubles",
	    GS_QUAL_UP_TO, "", V1, "rosstat", "", APPEND_NEW);
	add(f, "alpha.jobs", "", "2023", LEVEL, 7, "jobs", GS_QUAL_ABOUT, "",
	    V1, "ministry", "", APPEND_NEW);
	add(f, "alpha.jobs", "", "2023", LEVEL, 8, "jobs", N, "", V1,
	    "ministry", "", APPEND_NEW);
	add(f, "alpha.jobs", "", "2026", TARGET, 12, "thousand jobs", N, "",
	    V1, "rosstat", "", APPEND_NEW);
	add(f, "Beta.plain", "Beta", "2022", LEVEL, 3.5, "", N, "", V1,
	    "rosstat", "", APPEND_NEW);
	commit(f);

	/* Batch 2: revisions, a new series, a late-arriving old vintage. */
	begin(f, "b2.csv");
	add(f, "moscow.retail", "Розница", "2024", FLOW, 5.5,
	    "trillion rubles", N, "", V2, "mosstat", "Розница — Мосстат 😀",
	    APPEND_NEW);
	add(f, "moscow.retail", "Розница", "2024-12", LEVEL, 0.6,
	    "trillion rubles", GS_QUAL_OVER, "", V2, "mosstat", "",
	    APPEND_NEW);
	add(f, pharma, pharma_name, "2024", LEVEL, 160, "billion rubles", N,
	    "", V2, "rosstat", "уточнение", APPEND_NEW);
	add(f, pharma, pharma_name, "2024", LEVEL, 154, "billion rubles", N,
	    "", V1, "rosstat", "", APPEND_PRESENT);
	add(f, pharma, pharma_name, "2030", MULT, 1.6, "times", N, "2024", V2,
	    "rosstat", "", APPEND_NEW);
	add(f, pharma, pharma_name, "2025-Q1", LEVEL, 41, "billion rubles",
	    GS_QUAL_ABOUT, "", V2, "rosstat", "", APPEND_NEW);
	add(f, pharma, pharma_name, "2025-01..2025-03", PCT, 10.5, "%", N,
	    "2024-01..2024-03", V2, "rosstat", "", APPEND_NEW);
	/* Two bases with one start and different ends. */
	add(f, pharma, pharma_name, "2025", MULT, 1.2, "times", N, "2024", V2,
	    "rosstat", "", APPEND_NEW);
	add(f, pharma, pharma_name, "2025", MULT, 2.1, "times", N,
	    "2024-01..2024-06", V2, "rosstat", "", APPEND_NEW);
	/* An old vintage arriving in a later batch. */
	add(f, pharma, pharma_name, "2022", LEVEL, 100, "billion rubles", N,
	    "", V1, "rosstat", "", APPEND_NEW);
	add(f, "alpha.jobs", "", "2023", LEVEL, 9, "jobs", N, "", V3,
	    "ministry", "revised", APPEND_NEW);
	/* The same value at a later vintage is a row of its own. */
	add(f, "alpha.jobs", "", "2023", LEVEL, 7, "jobs", GS_QUAL_ABOUT, "",
	    V3, "ministry", "", APPEND_NEW);
	commit(f);

	/* Batch 3: more revisions, another source's vintage, a series known
	 * only from V4 on. */
	begin(f, "b3.csv");
	add(f, pharma, pharma_name, "2030", TARGET, 250, "billion rubles", N,
	    "", V3, "rosstat", "", APPEND_NEW);
	add(f, pharma, pharma_name, "2024", LEVEL, 165, "billion rubles", N,
	    "", V3, "ministry", "", APPEND_NEW);
	add(f, "zeta.output", "Zeta", "2023", LEVEL, 510, "", N, "", V3,
	    "rosstat", "", APPEND_NEW);
	add(f, "late.series", "Late", "2024", LEVEL, 1, "billion rubles", N,
	    "", V4, "late-source", "", APPEND_NEW);
	add(f, "late.series", "Late", "2025", FLOW, 2, "billion rubles", N,
	    "", V4, "late-source", "", APPEND_NEW);
	commit(f);

	/* Batch 4: the same rows again add nothing. */
	begin(f, "b4.csv");
	add(f, "zeta.output", "Zeta", "2023", LEVEL, 510, "", N, "", V3,
	    "rosstat", "", APPEND_PRESENT);
	commit(f);
}

/* A series with no rows. series_append leaves one only when the insert of
 * a new series' first row fails (e.g. an invalid kind) and the batch is
 * committed anyway; the SQLite file gets it directly instead. */
static void add_empty_series(struct fx *f)
{
	sqlite3 *s;
	char *err = NULL;
	int rc;

	assert_int_equal(sqlite3_open(f->path, &s), SQLITE_OK);
	sqlite3_busy_timeout(s, 5000);
	rc = sqlite3_exec(s, "INSERT INTO series(key, name, description,"
			  " dimension, unit, created_batch)"
			  " VALUES ('mid.empty', 'Пусто', '', '', '', 1)",
			  NULL, NULL, &err);
	if (rc != SQLITE_OK)
		fail_msg("inserting mid.empty: %s", err ? err : "?");
	sqlite3_free(err);
	sqlite3_close(s);
	f->has_empty = true;
}

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));
	struct gs_err e;

	gs_err_clear(&e);
	if (backend_uri) {
		f->pg = true;
		snprintf(f->path, sizeof(f->path), "%s", backend_uri);
	} else {
		snprintf(f->path, sizeof(f->path), "/tmp/gs-test-scan-%ld.db",
			 (long)getpid());
		unlink(f->path);
	}
	f->db = series_open(f->path, SERIES_CREATE, &e);
	if (f->db == NULL)
		fail_msg("open %s: %s", f->path, e.msg);
	build(f);
	if (!f->pg)
		add_empty_series(f);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;

	series_close(f->db);
	if (!f->pg)
		fx_unlink_db(f->path);
	free(f);
	return 0;
}

/* ---- what the scan must give, worked out independently ---- */

static bool known_at(int32_t as_of, int32_t when)
{
	return when <= 0 || as_of <= when;
}

static bool same_figure(const struct rec *a, const struct rec *b)
{
	return strcmp(a->key, b->key) == 0 && a->kind == b->kind &&
	       a->p.start == b->p.start && a->p.end == b->p.end &&
	       a->b.start == b->b.start && a->b.end == b->b.end;
}

/* Rows of key stored and known at when; their span. */
static void expect_span(const struct fx *f, const char *key, int32_t when,
			long *n, int32_t *first, int32_t *last)
{
	size_t i;

	*n = 0;
	*first = *last = 0;
	for (i = 0; i < f->nrecs; i++) {
		const struct rec *r = &f->recs[i];

		if (!r->stored || strcmp(r->key, key) != 0 ||
		    !known_at(r->as_of, when))
			continue;
		if (*n == 0 || r->p.start < *first)
			*first = r->p.start;
		if (*n == 0 || r->p.end > *last)
			*last = r->p.end;
		(*n)++;
	}
}

/* How many observations series_observations should give. */
static size_t expect_count(const struct fx *f, const char *key, int32_t when,
			   int flags)
{
	size_t i, j, n = 0;

	for (i = 0; i < f->nrecs; i++) {
		const struct rec *r = &f->recs[i];
		int32_t top = 0;

		if (!r->stored || strcmp(r->key, key) != 0 ||
		    !known_at(r->as_of, when))
			continue;
		if (flags & OBSQ_ALL_VINTAGES) {
			n++;
			continue;
		}
		for (j = 0; j < f->nrecs; j++)
			if (f->recs[j].stored && same_figure(r, &f->recs[j]) &&
			    known_at(f->recs[j].as_of, when) &&
			    f->recs[j].as_of > top)
				top = f->recs[j].as_of;
		n += r->as_of == top;
	}
	return n;
}

/* The same span, straight from the SQLite file. */
static void sql_span(const struct fx *f, const char *key, int32_t when,
		     long *n, int32_t *first, int32_t *last)
{
	sqlite3 *s;
	sqlite3_stmt *st;

	assert_int_equal(sqlite3_open_v2(f->path, &s, SQLITE_OPEN_READONLY,
					 NULL), SQLITE_OK);
	assert_int_equal(sqlite3_prepare_v2(s,
		"SELECT count(o.as_of), coalesce(min(o.period_start), 0),"
		" coalesce(max(o.period_end), 0) FROM series s"
		" LEFT JOIN observations o ON o.series_id = s.id AND o.as_of <= ?2"
		" WHERE s.key = ?1", -1, &st, NULL), SQLITE_OK);
	sqlite3_bind_text(st, 1, key, -1, SQLITE_STATIC);
	sqlite3_bind_int(st, 2, when > 0 ? when : 99991231);
	assert_int_equal(sqlite3_step(st), SQLITE_ROW);
	*n = (long)sqlite3_column_int64(st, 0);
	*first = sqlite3_column_int(st, 1);
	*last = sqlite3_column_int(st, 2);
	sqlite3_finalize(st);
	sqlite3_close(s);
}

/* ---- comparisons ---- */

static void same_obs(const struct gs_obs *a, const struct gs_obs *b)
{
	EXPECT_STR(a->series, b->series);
	EXPECT(a->kind == b->kind);
	EXPECT(a->period.start == b->period.start);
	EXPECT(a->period.end == b->period.end);
	EXPECT(a->period.prec == b->period.prec);
	EXPECT(a->base.start == b->base.start);
	EXPECT(a->base.end == b->base.end);
	EXPECT(a->base.prec == b->base.prec);
	EXPECT(memcmp(&a->value, &b->value, sizeof(a->value)) == 0);
	EXPECT(a->qual == b->qual);
	EXPECT_STR(a->unit_text, b->unit_text);
	EXPECT_STR(a->unit.dim, b->unit.dim);
	EXPECT_STR(a->unit.sym, b->unit.sym);
	EXPECT(a->unit.factor == b->unit.factor);
	EXPECT(a->as_of == b->as_of);
	EXPECT_STR(a->source, b->source);
	EXPECT_STR(a->note, b->note);
	EXPECT(a->batch == b->batch);
}

/*
** One series of a scan against the per-series reads: ref is its entry in
** series_list (or series_get), obs what series_observations gives.
*/
static void check_series(const struct fx *f, const struct series_info *ref,
			 const struct series_info *info,
			 const struct obs_list *obs, int32_t when, int flags)
{
	struct obs_list want;
	struct gs_err e;
	int32_t first, last, sfirst, slast;
	long n, sn;
	size_t i;
	size_t len = strlen(ctx);

	snprintf(ctx + len, sizeof(ctx) - len, " series %s", info->key);
	EXPECT_STR(info->key, ref->key);
	EXPECT_STR(info->name, ref->name);
	EXPECT_STR(info->description, ref->description);
	EXPECT_STR(info->dim, ref->dim);
	EXPECT_STR(info->sym, ref->sym);

	expect_span(f, info->key, when, &n, &first, &last);
	EXPECT(info->n_obs == n);
	EXPECT(info->first == first);
	EXPECT(info->last == last);
	if (!f->pg) {
		sql_span(f, info->key, when, &sn, &sfirst, &slast);
		EXPECT(sn == n && sfirst == first && slast == last);
	}
	if (when <= 0) { /* everything is known: series_list agrees */
		EXPECT(info->n_obs == ref->n_obs);
		EXPECT(info->first == ref->first);
		EXPECT(info->last == ref->last);
	}

	gs_err_clear(&e);
	if (series_observations(f->db, info->key, when, flags, &want, &e))
		fail_msg("%s: series_observations: %s", ctx, e.msg);
	EXPECT(want.n == expect_count(f, info->key, when, flags));
	if (obs->n != want.n)
		fail_msg("%s: scan gives %zu observations, series_observations"
			 " %zu", ctx, obs->n, want.n);
	for (i = 0; i < want.n; i++) {
		size_t l2 = strlen(ctx);

		snprintf(ctx + l2, sizeof(ctx) - l2, " obs %zu", i);
		same_obs(&obs->v[i], &want.v[i]);
		ctx[l2] = '\0';
	}
	obs_list_free(&want);
	ctx[len] = '\0';
}

/* What a scan gave: the callback keeps it. */
struct got {
	struct series_info info[16];
	struct obs_list obs[16];
	size_t n;
};

static int collect(void *arg, struct series_info *info, struct obs_list *obs,
		   struct gs_err *e)
{
	struct got *g = arg;

	(void)e;
	if (g->n == GS_ARRAY_LEN(g->info)) {
		series_info_free(info);
		obs_list_free(obs);
		return -1;
	}
	g->info[g->n] = *info;
	g->obs[g->n] = *obs;
	g->n++;
	return 0;
}

static void got_free(struct got *g)
{
	size_t i;

	for (i = 0; i < g->n; i++) {
		series_info_free(&g->info[i]);
		obs_list_free(&g->obs[i]);
	}
	g->n = 0;
}

static const int flag_set[] = { OBSQ_LATEST, OBSQ_ALL_VINTAGES };
/* now; between V1 and V2; V2 itself; between V2 and V3; before
 * everything */
static const int32_t date_set[] = { 0, 20240601, V2, 20250101, 20230101 };
static const char *const glob_set[] = { NULL, "moscow.*", "*e*",
					"nomatch.*" };

static void set_ctx(const char *what, int flags, int32_t when,
		    const char *glob)
{
	snprintf(ctx, sizeof(ctx), "%s flags=%d as_of=%ld glob=%s", what,
		 flags, (long)when, glob ? glob : "NULL");
}

/* Every combination: the scan against series_list + series_observations. */
static void test_scan_matches_reads(void **state)
{
	struct fx *f = *state;
	size_t fi, di, gi, i;

	for (fi = 0; fi < GS_ARRAY_LEN(flag_set); fi++)
	for (di = 0; di < GS_ARRAY_LEN(date_set); di++)
	for (gi = 0; gi < GS_ARRAY_LEN(glob_set); gi++) {
		int flags = flag_set[fi];
		int32_t when = date_set[di];
		const char *glob = glob_set[gi];
		struct series_list l;
		struct got g;
		struct gs_err e;
		int rc;

		set_ctx(f->pg ? "postgres" : no_threads ? "sqlite-inline" :
			"sqlite", flags, when, glob);
		memset(&g, 0, sizeof(g));
		gs_err_clear(&e);
		rc = series_scan(f->db, glob, when, flags, collect, &g, &e);
		if (rc != 0)
			fail_msg("%s: series_scan = %d: %s", ctx, rc, e.msg);
		if (series_list(f->db, glob, &l, &e))
			fail_msg("%s: series_list: %s", ctx, e.msg);
		if (g.n != l.n)
			fail_msg("%s: scan gives %zu series, series_list %zu",
				 ctx, g.n, l.n);
		for (i = 0; i < l.n; i++)
			check_series(f, &l.v[i], &g.info[i], &g.obs[i], when,
				     flags);
		/* The fixture is what it is meant to be. */
		if (glob == NULL)
			EXPECT(l.n == (f->has_empty ? 7u : 6u));
		else if (strcmp(glob, "moscow.*") == 0)
			EXPECT(l.n == 2);
		else if (strcmp(glob, "nomatch.*") == 0)
			EXPECT(l.n == 0);
		series_list_free(&l);
		got_free(&g);
	}
}

/* The key order is not the creation order, nor a case-blind one. */
static void test_scan_key_order(void **state)
{
	struct fx *f = *state;
	static const char *const keys[] = {
		"Beta.plain", "alpha.jobs", "late.series", "mid.empty",
		pharma, "moscow.retail", "zeta.output",
	};
	struct got g;
	struct gs_err e;
	size_t i, k = 0;

	memset(&g, 0, sizeof(g));
	gs_err_clear(&e);
	assert_int_equal(series_scan(f->db, NULL, 0, OBSQ_LATEST, collect, &g,
				     &e), 0);
	for (i = 0; i < GS_ARRAY_LEN(keys); i++) {
		if (!f->has_empty && strcmp(keys[i], "mid.empty") == 0)
			continue;
		assert_true(k < g.n);
		assert_string_equal(g.info[k].key, keys[i]);
		k++;
	}
	assert_int_equal(k, g.n);
	got_free(&g);
}

/* Spot checks of the fixture through the scan, worked out by hand. */
static void test_scan_known_values(void **state)
{
	struct fx *f = *state;
	struct got g;
	struct gs_err e;
	const struct obs_list *o;
	size_t i;

	memset(&g, 0, sizeof(g));
	gs_err_clear(&e);
	/* At 2024-06-01: pharma has its V1 rows (10 stored with as_of V1,
	 * the late-arriving 2022 among them); late.series has rows, none
	 * known yet. */
	assert_int_equal(series_scan(f->db, "[lm]*", 20240601, OBSQ_LATEST,
				     collect, &g, &e), 0);
	assert_true(g.n >= 3);
	assert_string_equal(g.info[0].key, "late.series");
	assert_int_equal(g.info[0].n_obs, 0);
	assert_int_equal(g.info[0].first, 0);
	assert_int_equal(g.info[0].last, 0);
	assert_int_equal(g.obs[0].n, 0);
	i = f->has_empty ? 2 : 1;
	if (f->has_empty) {
		assert_string_equal(g.info[1].key, "mid.empty");
		assert_string_equal(g.info[1].name, "Пусто");
		assert_int_equal(g.info[1].n_obs, 0);
		assert_int_equal(g.obs[1].n, 0);
	}
	assert_string_equal(g.info[i].key, pharma);
	assert_string_equal(g.info[i].name, pharma_name);
	assert_string_equal(g.info[i].dim, "currency:RUB");
	assert_int_equal(g.info[i].n_obs, 10);
	assert_int_equal(g.info[i].first, 20220101);
	assert_int_equal(g.info[i].last, 20301231);
	o = &g.obs[i];
	/* 2022, 2023 x2 sources, 2024-Q2 x2 qualifiers, H1 flow, 2024
	 * level, 2024 multiple, 2030 multiple, 2030 target. */
	assert_int_equal(o->n, 10);
	assert_int_equal(o->v[0].period.start, 20220101);
	for (i = 1; i < o->n; i++)
		assert_true(o->v[i - 1].period.end <= o->v[i].period.end);
	got_free(&g);

	/* Now: the 2024 level of pharma is ministry's 165 of V3 alone. */
	assert_int_equal(series_scan(f->db, pharma, 0, OBSQ_LATEST, collect,
				     &g, &e), 0);
	assert_int_equal(g.n, 1);
	o = &g.obs[0];
	for (i = 0; i < o->n; i++)
		if (o->v[i].kind == GS_KIND_LEVEL &&
		    o->v[i].period.start == 20240101 &&
		    o->v[i].period.end == 20241231)
			break;
	assert_true(i < o->n);
	assert_string_equal(o->v[i].source, "ministry");
	assert_true(o->v[i].value == 165e9);
	assert_int_equal(o->v[i].as_of, V3);
	assert_true(i + 1 == o->n || o->v[i + 1].kind != GS_KIND_LEVEL ||
		    o->v[i + 1].period.start != 20240101);
	got_free(&g);
}

/* A callback that stops the scan: its value comes back. */
struct stopper {
	size_t calls, stop_at;
	int ret;
	char first[64];
};

static int stop(void *arg, struct series_info *info, struct obs_list *obs,
		struct gs_err *e)
{
	struct stopper *s = arg;

	if (s->calls++ == 0)
		snprintf(s->first, sizeof(s->first), "%s", info->key);
	series_info_free(info);
	obs_list_free(obs);
	if (s->calls == s->stop_at) {
		if (s->ret < 0)
			return gs_errf(e, GS_EX_DATAERR, "stopped here");
		return s->ret;
	}
	return 0;
}

static void test_scan_stops(void **state)
{
	struct fx *f = *state;
	struct stopper s = { 0, 1, 7, "" };
	struct gs_err e;
	int64_t id;
	int t0 = threads;

	gs_err_clear(&e);
	assert_int_equal(series_scan(f->db, NULL, 0, OBSQ_LATEST, stop, &s,
				     &e), 7);
	assert_int_equal(s.calls, 1);
	/* The path this run is meant to take. */
	assert_int_equal(threads - t0, threaded() ? 1 : 0);
	assert_string_equal(s.first, "Beta.plain");

	/* Stopped on the second series, with an error of the callback's. */
	memset(&s, 0, sizeof(s));
	s.stop_at = 2;
	s.ret = -1;
	gs_err_clear(&e);
	assert_int_equal(series_scan(f->db, "moscow.*", 20240601,
				     OBSQ_ALL_VINTAGES, stop, &s, &e), -1);
	assert_int_equal(s.calls, 2);
	assert_string_equal(s.first, pharma);
	assert_string_equal(e.msg, "stopped here");

	/* The stopped scans left no transaction open: a batch can start. */
	gs_err_clear(&e);
	if (series_batch_begin(f->db, "after-stop", &id, &e))
		fail_msg("batch_begin after a stopped scan: %s", e.msg);
	series_batch_rollback(f->db);

	/* And a scan runs to its end again. */
	memset(&s, 0, sizeof(s));
	gs_err_clear(&e);
	assert_int_equal(series_scan(f->db, NULL, 0, OBSQ_LATEST, stop, &s,
				     &e), 0);
	assert_int_equal(s.calls, f->has_empty ? 7 : 6);
}

/* A glob that matches nothing calls nothing. */
static void test_scan_no_match(void **state)
{
	struct fx *f = *state;
	struct stopper s = { 0, 1, 7, "" };
	struct gs_err e;

	gs_err_clear(&e);
	assert_int_equal(series_scan(f->db, "nomatch.*", 0, OBSQ_LATEST, stop,
				     &s, &e), 0);
	assert_int_equal(s.calls, 0);
	assert_int_equal(series_scan(f->db, "moscow", 0, OBSQ_ALL_VINTAGES,
				     stop, &s, &e), 0);
	assert_int_equal(s.calls, 0);
}

/* Counts the series a scan gives. */
static int count_series(void *arg, struct series_info *info,
			struct obs_list *obs, struct gs_err *e)
{
	(void)e;
	++*(size_t *)arg;
	series_info_free(info);
	obs_list_free(obs);
	return 0;
}

/* Inside an open batch the scan reads in the batch's transaction: it sees
 * a series staged and written in it, and the batch can still commit or
 * roll back after. */
static void test_scan_in_batch(void **state)
{
	struct fx *f = *state;
	struct gs_obs o;
	enum append_result res;
	struct gs_err e;
	int64_t batch;
	size_t before = 0, during = 0, after = 0;

	gs_err_clear(&e);
	assert_int_equal(series_scan(f->db, NULL, 0, OBSQ_LATEST,
				     count_series, &before, &e), 0);
	assert_int_equal(series_batch_begin(f->db, "in-batch", &batch, &e), 0);
	memset(&o, 0, sizeof(o));
	o.series = "zz.in.batch";
	o.kind = GS_KIND_LEVEL;
	o.period.start = 20240101;
	o.period.end = 20241231;
	o.period.prec = GS_PREC_YEAR;
	o.value = 1;
	o.as_of = 20250101;
	o.source = "t";
	o.unit_text = "";
	o.note = "";
	o.batch = batch;
	assert_int_equal(series_append(f->db, &o, "", "", &res, &e), 0);
	if (series_scan(f->db, NULL, 0, OBSQ_LATEST, count_series, &during,
			&e))
		fail_msg("scan in a batch: %s", e.msg);
	assert_int_equal(during, before + 1);
	series_batch_rollback(f->db);
	assert_int_equal(series_scan(f->db, NULL, 0, OBSQ_LATEST,
				     count_series, &after, &e), 0);
	assert_int_equal(after, before);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_scan_matches_reads),
		cmocka_unit_test(test_scan_key_order),
		cmocka_unit_test(test_scan_known_values),
		cmocka_unit_test(test_scan_stops),
		cmocka_unit_test(test_scan_no_match),
		cmocka_unit_test(test_scan_in_batch),
	};
	int rc;

	rc = cmocka_run_group_tests_name("scan_sqlite", tests, setup,
					 teardown);
	no_threads = true;
	rc |= cmocka_run_group_tests_name("scan_sqlite_no_thread", tests,
					  setup, teardown);
	no_threads = false;
	backend_uri = getenv("GS_SCAN_PG_URI");
	if (backend_uri && backend_uri[0])
		rc |= cmocka_run_group_tests_name("scan_postgres", tests,
						  setup, teardown);
	return rc;
}
