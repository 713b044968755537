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
** Memory is bounded: a stage is two buffers (stagebuf.h) of at most
** STAGE_ROWS rows or 8 MB of text each. When one fills, a worker thread
** sorts it and spills it to a temporary file as a run (runs.c) while the
** other fills; the final flush merges the runs back on the worker, which
** fills one buffer while this thread writes the other (relay.h). So the
** second core parses, sorts and merges while the first reads records and
** then inserts. A batch that fits in one buffer never touches the file
** and starts no thread. Appending goes through
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
#include "relay.h"
#include "runs.h"
#include "seen.h"
#include "stagebuf.h"
#include "stagekeys.h"

#include <stdlib.h>
#include <string.h>

/* Rows of one buffer: with two buffers the memory is that of one stage of
 * 65,536 rows before there was a worker. */
#define STAGE_ROWS 32768

/* $GROWTHSTAT_STAGE_ROWS lowers a buffer's row limit, so tests can make
 * small files take the spill-and-merge path. */
static size_t stage_rows(void)
{
	const char *v = getenv("GROWTHSTAT_STAGE_ROWS");
	long n = v ? strtol(v, NULL, 10) : 0;

	return n > 0 && n < STAGE_ROWS ? (size_t)n : STAGE_ROWS;
}

struct stage {
	struct sbuf *buf[2];
	struct sbuf *cur;    /* the buffer being filled by series_stage */
	size_t max;          /* rows in a buffer */
	uint64_t seq;        /* rows staged in this batch */
	struct runs *runs;   /* spilled runs, or NULL */
	struct relay *spiller; /* the worker sorting and spilling, or NULL */
	struct seen *seen;   /* rows of the series being written */
	struct stagekeys *keys; /* the series spilled, for flush_plan */
	series_row_fn fn;
	void *arg;
	struct batch_counts *c;
	const volatile sig_atomic_t *stop;
};

/* Rows written between two looks at the stop flag. */
#define STOP_EVERY 1024

/* Stop the worker, if any, without waiting for what it was given. */
static void halt(struct stage *s)
{
	if (s->spiller)
		relay_finish(s->spiller, true, NULL);
	s->spiller = NULL;
}

static void empty_all(struct stage *s)
{
	sbuf_empty(s->buf[0]);
	sbuf_empty(s->buf[1]);
	s->cur = s->buf[0];
}

void series_stage_begin(struct series_db *db, series_row_fn fn, void *arg,
			struct batch_counts *c)
{
	struct stage *s = db->stage;

	if (s == NULL) {
		s = db->stage = xcalloc(1, sizeof(*s));
		s->buf[0] = sbuf_new();
		s->buf[1] = sbuf_new();
		s->seen = seen_new();
	}
	halt(s);
	seen_reset(s->seen);
	empty_all(s);
	runs_free(s->runs);
	s->runs = NULL;
	stagekeys_free(s->keys);
	s->keys = db->ops->flush_plan ? stagekeys_new() : NULL;
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
	struct stage *s = db->stage;

	if (s == NULL)
		return;
	halt(s);
	runs_free(s->runs);
	stagekeys_free(s->keys);
	seen_free(s->seen);
	sbuf_free(s->buf[0]);
	sbuf_free(s->buf[1]);
	free(s);
	db->stage = NULL;
}

/* Sort b and write it out as a run, then empty it; its series into keys
 * (when not NULL). */
static int spill(struct runs *runs, struct stagekeys *keys, struct sbuf *b,
		 struct gs_err *e)
{
	int ret;

	sbuf_sort(b);
	if (keys)
		stagekeys_note(keys, b);
	ret = runs_write(runs, (const struct srow *const *)b->order, b->n, e);
	sbuf_empty(b);
	return ret;
}

/* The worker of the reading phase: spill each buffer it is handed. */
static int spill_each(struct relay *r, void *arg, struct gs_err *e)
{
	struct stage *s = arg;
	struct sbuf *b;

	while ((b = relay_take(r)) != NULL) {
		/* A failed buffer is not given back: the caller's next
		 * hand_over finds the worker ended, not a free buffer. */
		if (spill(s->runs, s->keys, b, e))
			return -1;
		relay_done(r);
	}
	return 0;
}

/* The current buffer is full: hand it to the worker (started on the first
 * full buffer) and go on with the other one once the worker gave it back. */
static int hand_over(struct stage *s, struct gs_err *e)
{
	if (s->spiller == NULL) {
		s->runs = runs_new();
		s->spiller = relay_start(spill_each, s, s->buf[0], s->buf[1], e);
		if (s->spiller == NULL)
			return -1;
		relay_fill(s->spiller); /* s->cur, buf[0] */
	}
	relay_filled(s->spiller);
	if ((s->cur = relay_fill(s->spiller)) != NULL)
		return 0;
	/* The worker failed. */
	relay_finish(s->spiller, false, e);
	s->spiller = NULL;
	empty_all(s);
	return -1;
}

int series_stage(struct series_db *db, const struct gs_obs *o,
		 const char *name, const char *description, long tag,
		 struct gs_err *e)
{
	struct stage *s = db->stage;
	struct srow w;

	if (s == NULL || !db->in_batch)
		return gs_errf(e, GS_EX_SOFTWARE, "staging outside a batch");
	if (sbuf_full(s->cur, s->max) && hand_over(s, e))
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
	sbuf_add(s->cur, &w);
	return 0;
}
/* Let the backend see the rows before they are appended. */
static int chunk_begin(struct series_db *db, const struct sbuf *b,
		       struct gs_err *e)
{
	if (db->ops->flush_begin == NULL)
		return 0;
	return db->ops->flush_begin(db, (const struct srow *const *)b->order,
				    b->n, e);
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


/* Append b's rows (in b->order), then empty it. */
static int write_rows(struct series_db *db, struct stage *s, struct sbuf *b,
		      struct gs_err *e)
{
	size_t i;
	int ret;

	if (b->n == 0)
		return 0;
	if (chunk_begin(db, b, e)) {
		chunk_abort(db);
		sbuf_empty(b);
		return -1;
	}
	for (i = 0; i < b->n; i++) {
		const struct srow *r = b->order[i];
		enum append_result res;
		struct gs_err rowerr;

		if (stopped(s, i, e)) {
			chunk_abort(db);
			sbuf_empty(b);
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
			sbuf_empty(b);
			return -1;
		}
		s->c->rows_rejected++;
		if (s->fn)
			s->fn(s->arg, r->tag, &rowerr);
	}
	/* the backend may hold the rows it was given until flush_end */
	ret = db->ops->flush_end ? db->ops->flush_end(db, true, e) : 0;
	sbuf_empty(b);
	return ret;
}

/* The merge on the worker: rows into one buffer, handed over full. */
struct merger {
	struct relay *r;
	struct sbuf *b;
	size_t max;
};

/* A merged row: 0, or 1 when the writer stopped taking buffers. */
static int merged(void *arg, const struct srow *w, struct gs_err *e)
{
	struct merger *m = arg;

	(void)e;
	sbuf_add(m->b, w);
	if (!sbuf_full(m->b, m->max))
		return 0;
	relay_filled(m->r);
	m->b = relay_fill(m->r);
	return m->b == NULL;
}

/* The worker of the writing phase. */
static int merge_all(struct relay *r, void *arg, struct gs_err *e)
{
	struct stage *s = arg;
	struct merger m;
	int ret;

	m.r = r;
	m.max = s->max;
	if ((m.b = relay_fill(r)) == NULL)
		return 0;
	runs_consume(s->runs); /* the one merge: give the file back as it goes */
	ret = runs_merge(s->runs, merged, &m, e);
	if (ret == 0 && m.b->n > 0)
		relay_filled(r);
	return ret < 0 ? -1 : 0;
}

/* Write each buffer the worker merges, while it merges into the other. */
static int write_merged(struct series_db *db, struct stage *s,
			struct gs_err *e)
{
	struct relay *r = relay_start(merge_all, s, s->buf[0], s->buf[1], e);
	struct sbuf *b;

	if (r == NULL)
		return -1;
	while ((b = relay_take(r)) != NULL) {
		int k;

		sbuf_in_order(b);
		k = write_rows(db, s, b, e);
		relay_done(r);
		if (k) {
			relay_finish(r, true, NULL);
			return -1;
		}
	}
	return relay_finish(r, false, e);
}

/* Show the backend every series of the spilled stage (flush_plan), unless
 * there are too many to note. */
static int plan(struct series_db *db, struct stage *s, struct gs_err *e)
{
	const struct stage_key *keys;
	size_t n;
	int ret;

	if (s->keys == NULL)
		return 0;
	keys = stagekeys_list(s->keys, &n);
	ret = keys ? db->ops->flush_plan(db, keys, n, e) : 0;
	/* the backend keeps what it needs: the list's memory goes now */
	stagekeys_reset(s->keys);
	return ret;
}

int series_stage_flush(struct series_db *db, struct gs_err *e)
{
	struct stage *s = db->stage;
	int ret;

	if (s == NULL)
		return 0;
	assert(db->in_batch); /* rows are staged only inside a batch */
	if (s->runs == NULL) {
		sbuf_sort(s->cur);
		return write_rows(db, s, s->cur, e);
	}
	if (s->spiller) {
		/* The last buffer goes to the worker too; every run is
		 * written once the worker ends. */
		if (s->cur->n > 0)
			relay_filled(s->spiller);
		ret = relay_finish(s->spiller, false, e);
		s->spiller = NULL;
	} else {
		/* The worker failed before: try again here, as a stage
		 * did before there was a worker. */
		ret = spill(s->runs, s->keys, s->cur, e);
	}
	if (ret == 0)
		ret = plan(db, s, e);
	if (ret == 0)
		ret = write_merged(db, s, e);
	if (s->keys) { /* forgotten: a later flush notes its own */
		db->ops->flush_plan(db, NULL, 0, NULL);
		stagekeys_reset(s->keys);
	}
	runs_free(s->runs);
	s->runs = NULL;
	empty_all(s);
	return ret;
}
