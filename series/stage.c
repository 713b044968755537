/*
** stage.c: staged appends for bulk loads (see series.h).
**
** Rows of a CSV file arrive in any order of series; appended one by one
** they land all over the observations B-tree, each append a fresh search
** through cold pages. Staged rows are copied into memory, and the whole
** batch is appended in one order: by series, and in file order within a
** series. A series' rows are then written together, the B-tree is walked
** once, and a series created by this batch has all its earlier rows in
** hand (sqlite/sqlite_append.c uses that to skip looking them up).
**
** Memory is bounded: a stage holds at most STAGE_ROWS rows or STAGE_BYTES
** of text. When it fills, it is sorted and spilled to a temporary file as
** a run (runs.c); the final flush merges the runs back. A batch that fits
** in one stage never touches the file. Appending goes through
** series_append, so staged and direct appends follow the same rules, and
** the outcome is that of appending the rows one by one in this order
** (within a series: the first figure sets its dimension, the first of two
** conflicting rows wins). A backend may bracket each written chunk
** (flush_begin/flush_end) to write its rows in bulk. Rows are first held
** against the rows of their series already written by this batch
** (seen.h), so a repeat within the file is already present and a
** conflict within the file names the other line.
*/
#include "db_internal.h"
#include "intern.h"
#include "pool.h"
#include "runs.h"
#include "seen.h"

#include <stdlib.h>
#include <string.h>

#define STAGE_ROWS 65536
#define STAGE_BYTES (16u << 20)

/* $GROWTHSTAT_STAGE_ROWS lowers the stage's row limit, so tests can make
 * small files take the spill-and-merge path. */
static size_t stage_rows(void)
{
	const char *v = getenv("GROWTHSTAT_STAGE_ROWS");
	long n = v ? strtol(v, NULL, 10) : 0;

	return n > 0 && n < STAGE_ROWS ? (size_t)n : STAGE_ROWS;
}

/* A row's place in the sort: its key's rank, its tag, its index (which
 * is its arrival order within the stage). */
struct ord {
	uint32_t rank, i;
	long tag;
};

struct stage {
	struct srow *rows;   /* strings in text */
	struct srow **order; /* the rows in the order to write them */
	uint32_t *kid;       /* the intern id of each row's series key */
	struct ord *ord;     /* sort scratch, as many as rows */
	size_t n, cap, max;  /* rows, allocated, the limit */
	struct pool *text;
	struct intern *names; /* keys, units, sources, names: one copy each */
	uint64_t seq;        /* rows staged in this batch */
	struct runs *runs;   /* spilled runs, or NULL */
	struct seen *seen;   /* rows of the series being written */
	series_row_fn fn;
	void *arg;
	struct batch_counts *c;
	const volatile sig_atomic_t *stop;
};

/* Rows written between two looks at the stop flag. */
#define STOP_EVERY 1024

/* Append a copy of w. */
static void add(struct stage *s, const struct srow *w)
{
	struct srow *r;

	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 1024;
		s->rows = xrealloc(s->rows, s->cap * sizeof(*s->rows));
		s->order = xrealloc(s->order, s->cap * sizeof(*s->order));
		s->kid = xrealloc(s->kid, s->cap * sizeof(*s->kid));
		s->ord = xrealloc(s->ord, s->cap * sizeof(*s->ord));
	}
	r = &s->rows[s->n];
	*r = *w;
	r->o.series = intern_str(s->names, w->o.series, &s->kid[s->n]);
	r->o.unit_text = intern_str(s->names, w->o.unit_text, NULL);
	r->o.source = intern_str(s->names, w->o.source, NULL);
	r->o.note = pool_str(s->text, w->o.note);
	r->name = intern_str(s->names, w->name, NULL);
	r->desc = intern_str(s->names, w->desc, NULL);
	s->n++;
}

static bool full(const struct stage *s)
{
	return s->n >= s->max || pool_bytes(s->text) > STAGE_BYTES;
}

/* The rows in the order they came. */
static void in_order(struct stage *s)
{
	size_t i;

	for (i = 0; i < s->n; i++)
		s->order[i] = &s->rows[i];
}

static void empty(struct stage *s)
{
	intern_reset(s->names);
	pool_reset(s->text);
	s->n = 0;
}

void series_stage_begin(struct series_db *db, series_row_fn fn, void *arg,
			struct batch_counts *c)
{
	struct stage *s = db->stage;

	if (s == NULL) {
		s = db->stage = xcalloc(1, sizeof(*s));
		s->text = pool_new();
		s->names = intern_new(s->text);
		s->seen = seen_new();
	}
	seen_reset(s->seen);
	empty(s);
	runs_free(s->runs);
	s->runs = NULL;
	s->max = stage_rows();
	s->seq = 0;
	s->fn = fn;
	s->arg = arg;
	s->c = c;
	s->stop = NULL;
}

void series_stage_stop(struct series_db *db, const volatile sig_atomic_t *stop)
{
	if (db->stage)
		db->stage->stop = stop;
}

static int stopped(const struct stage *s, size_t i, struct gs_err *e)
{
	if (i % STOP_EVERY != 0 || s->stop == NULL || *s->stop == 0)
		return 0;
	return gs_errf(e, GS_EX_TEMPFAIL, "interrupted");
}

void stage_free(struct series_db *db)
{
	if (db->stage == NULL)
		return;
	runs_free(db->stage->runs);
	seen_free(db->stage->seen);
	free(db->stage->rows);
	free(db->stage->order);
	free(db->stage->kid);
	free(db->stage->ord);
	intern_free(db->stage->names);
	pool_free(db->stage->text);
	free(db->stage);
	db->stage = NULL;
}

static int by_rank(const void *a, const void *b)
{
	const struct ord *x = a, *y = b;

	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	if (x->tag != y->tag)
		return x->tag < y->tag ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

/*
** Sort the rows into srow_cmp order (series key, tag, arrival). Keys are
** compared as strings once per distinct key (intern_rank), then rows by
** integers: comparing the key strings of 65,536 rows, which share long
** prefixes, was a seventh of a large ingest's time. Small entries are
** sorted, not the rows: qsort moves its elements with memcpy, and a row
** is some 250 bytes.
*/
static void sort(struct stage *s)
{
	uint32_t *rank;
	size_t i;

	in_order(s);
	if (s->n < 2)
		return;
	rank = xmalloc(intern_count(s->names) * sizeof(*rank));
	intern_rank(s->names, rank);
	for (i = 0; i < s->n; i++) {
		s->ord[i].rank = rank[s->kid[i]];
		s->ord[i].i = (uint32_t)i;
		s->ord[i].tag = s->rows[i].tag;
	}
	free(rank);
	qsort(s->ord, s->n, sizeof(*s->ord), by_rank);
	for (i = 0; i < s->n; i++)
		s->order[i] = &s->rows[s->ord[i].i];
}

/* Sort the stage and write it out as a run. */
static int spill(struct stage *s, struct gs_err *e)
{
	if (s->runs == NULL)
		s->runs = runs_new();
	sort(s);
	if (runs_write(s->runs, (const struct srow *const *)s->order, s->n,
		       e)) {
		empty(s);
		return -1;
	}
	empty(s);
	return 0;
}

int series_stage(struct series_db *db, const struct gs_obs *o,
		 const char *name, const char *description, long tag,
		 struct gs_err *e)
{
	struct stage *s = db->stage;
	struct srow w;

	if (s == NULL || !db->in_batch)
		return gs_errf(e, GS_EX_SOFTWARE, "staging outside a batch");
	if (full(s) && spill(s, e))
		return -1;
	w.o = *o;
	/* -0 is 0: SQLite keeps a whole REAL as an integer and reads -0 back
	 * as 0, PostgreSQL keeps the sign; one rule on every backend. */
	if (w.o.value == 0)
		w.o.value = 0;
	w.name = name;
	w.desc = description;
	w.tag = tag;
	w.seq = s->seq++;
	add(s, &w);
	return 0;
}

/* Let the backend see the rows before they are appended. */
static int chunk_begin(struct series_db *db, const struct stage *s,
		       struct gs_err *e)
{
	if (db->ops->flush_begin == NULL)
		return 0;
	return db->ops->flush_begin(db, (const struct srow *const *)s->order,
				    s->n, e);
}

static void chunk_abort(struct series_db *db)
{
	if (db->ops->flush_end)
		db->ops->flush_end(db, false, NULL);
}

/* Append one row, unless the rows of its file already settle it. */
static int append_row(struct series_db *db, struct stage *s,
		      const struct srow *r, enum append_result *res,
		      struct gs_err *e)
{
	int k = seen_check(s->seen, r, e);

	if (k < 0)
		return -1;
	if (k == 1) {
		*res = APPEND_PRESENT;
		return 0;
	}
	if (series_append(db, &r->o, r->name, r->desc, res, e))
		return -1;
	seen_add(s->seen, r);
	return 0;
}

/* Append the stage's rows (in s->order), then empty it. */
static int write_rows(struct series_db *db, struct stage *s,
		      struct gs_err *e)
{
	size_t i;

	if (s->n == 0)
		return 0;
	if (chunk_begin(db, s, e)) {
		chunk_abort(db);
		empty(s);
		return -1;
	}
	for (i = 0; i < s->n; i++) {
		const struct srow *r = s->order[i];
		enum append_result res;
		struct gs_err rowerr;

		if (stopped(s, i, e)) {
			chunk_abort(db);
			empty(s);
			return -1;
		}
		gs_err_clear(&rowerr);
		if (append_row(db, s, r, &res, &rowerr) == 0) {
			if (res == APPEND_NEW)
				s->c->rows_new++;
			else
				s->c->rows_present++;
			continue;
		}
		if (rowerr.code != GS_EX_DATAERR) {
			*e = rowerr;
			chunk_abort(db);
			empty(s);
			return -1;
		}
		s->c->rows_rejected++;
		if (s->fn)
			s->fn(s->arg, r->tag, &rowerr);
	}
	empty(s);
	if (db->ops->flush_end)
		return db->ops->flush_end(db, true, e);
	return 0;
}

/* A merged row: into the stage, written out whenever it fills. */
static int merged(void *arg, const struct srow *w, struct gs_err *e)
{
	struct series_db *db = arg;
	struct stage *s = db->stage;

	add(s, w);
	if (!full(s))
		return 0;
	in_order(s);
	return write_rows(db, s, e);
}

int series_stage_flush(struct series_db *db, struct gs_err *e)
{
	struct stage *s = db->stage;
	int ret;

	if (s == NULL)
		return 0;
	assert(db->in_batch); /* rows are staged only inside a batch */
	if (s->runs == NULL) {
		sort(s);
		return write_rows(db, s, e);
	}
	if (spill(s, e))
		return -1;
	ret = runs_merge(s->runs, merged, db, e);
	runs_free(s->runs);
	s->runs = NULL;
	if (ret) {
		empty(s);
		return -1;
	}
	in_order(s);
	return write_rows(db, s, e);
}
