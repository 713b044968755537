/*
** stage.c: staged appends for bulk loads (see series.h).
**
** Rows of a CSV file arrive in any order of series; appended one by one
** they land all over the observations B-tree, and random inserts dominate a
** large ingest. Staged rows are copied into memory (bounded: at most
** STAGE_ROWS rows or STAGE_BYTES of text) and, when the stage is full or
** flushed, sorted by series (in file order within one) and appended in
** that order, so each flush walks the B-tree once. Appending goes through series_append, so staged
** and direct appends follow the same rules. A backend may bracket a flush
** (flush_begin/flush_end) to write its rows in bulk.
*/
#include "db_internal.h"

#include <stdlib.h>
#include <string.h>

#define STAGE_ROWS 65536
#define STAGE_BYTES (16u << 20)

struct staged {
	struct gs_obs o;     /* strings are offsets into the arena until flush */
	size_t name, desc;   /* arena offsets */
	long tag;
};

struct stage {
	struct staged *rows;
	size_t n, cap;
	char *arena;
	size_t len, acap;
	series_row_fn fn;
	void *arg;
	struct batch_counts *c;
};

/* Copy s into the arena; its offset (0 is the empty string). */
static size_t keep(struct stage *s, const char *str)
{
	size_t n = str ? strlen(str) : 0, at;

	if (n == 0)
		return 0;
	if (s->len + n + 1 > s->acap) {
		while (s->len + n + 1 > s->acap)
			s->acap *= 2;
		s->arena = xrealloc(s->arena, s->acap);
	}
	at = s->len;
	memcpy(s->arena + at, str, n + 1);
	s->len += n + 1;
	return at;
}

void series_stage_begin(struct series_db *db, series_row_fn fn, void *arg,
			struct batch_counts *c)
{
	struct stage *s = db->stage;

	if (s == NULL) {
		s = db->stage = xcalloc(1, sizeof(*s));
		s->acap = 1u << 16;
		s->arena = xmalloc(s->acap);
	}
	s->arena[0] = '\0';
	s->len = 1;
	s->n = 0;
	s->fn = fn;
	s->arg = arg;
	s->c = c;
}

void stage_free(struct series_db *db)
{
	if (db->stage == NULL)
		return;
	free(db->stage->rows);
	free(db->stage->arena);
	free(db->stage);
	db->stage = NULL;
}

int series_stage(struct series_db *db, const struct gs_obs *o,
		 const char *name, const char *description, long tag,
		 struct gs_err *e)
{
	struct stage *s = db->stage;
	struct staged *r;

	if (s == NULL || !db->in_batch)
		return gs_errf(e, GS_EX_SOFTWARE, "staging outside a batch");
	if (s->n == STAGE_ROWS || s->len > STAGE_BYTES) {
		if (series_stage_flush(db, e))
			return -1;
	}
	if (s->n == s->cap) {
		s->cap = s->cap ? s->cap * 2 : 1024;
		s->rows = xrealloc(s->rows, s->cap * sizeof(*s->rows));
	}
	r = &s->rows[s->n++];
	r->o = *o;
	r->o.series = (const char *)(uintptr_t)keep(s, o->series);
	r->o.unit_text = (const char *)(uintptr_t)keep(s, o->unit_text);
	r->o.source = (const char *)(uintptr_t)keep(s, o->source);
	r->o.note = (const char *)(uintptr_t)keep(s, o->note);
	r->name = keep(s, name);
	r->desc = keep(s, description);
	r->tag = tag;
	return 0;
}

static const char *text(const struct stage *s, const char *off)
{
	return s->arena + (uintptr_t)off;
}

/* The arena the comparator reads; qsort has no context argument. */
static const struct stage *sorting;

/*
** By series, then in file order: a series' rows are contiguous in the
** observations B-tree (its key starts with the series), so this is nearly
** as local as a full key sort, and within a series the rows are written in
** the order they came, so the outcome is the one of appending one by one
** (the first figure sets the series' dimension, the first of two
** conflicting rows wins).
*/
static int by_series(const void *pa, const void *pb)
{
	const struct staged *a = pa, *b = pb;
	int c = strcmp(text(sorting, a->o.series), text(sorting, b->o.series));

	if (c)
		return c;
	return a->tag < b->tag ? -1 : a->tag > b->tag ? 1 :
	       a < b ? -1 : a > b;
}

/* A staged row with its strings as pointers. */
static void resolve(const struct stage *s, const struct staged *r,
		    struct gs_obs *o)
{
	*o = r->o;
	o->series = text(s, r->o.series);
	o->unit_text = text(s, r->o.unit_text);
	o->source = text(s, r->o.source);
	o->note = text(s, r->o.note);
}

/* Let the backend see the sorted rows before they are appended. */
static int flush_begin(struct series_db *db, struct stage *s,
		       struct gs_err *e)
{
	struct gs_obs *all;
	size_t i;
	int ret;

	if (db->ops->flush_begin == NULL)
		return 0;
	all = xmalloc(s->n * sizeof(*all));
	for (i = 0; i < s->n; i++)
		resolve(s, &s->rows[i], &all[i]);
	ret = db->ops->flush_begin(db, all, s->n, e);
	free(all);
	return ret;
}

static void flush_abort(struct series_db *db)
{
	if (db->ops->flush_end)
		db->ops->flush_end(db, false, NULL);
}

int series_stage_flush(struct series_db *db, struct gs_err *e)
{
	struct stage *s = db->stage;
	size_t i;

	if (s == NULL || s->n == 0)
		return 0;
	sorting = s;
	qsort(s->rows, s->n, sizeof(*s->rows), by_series);
	sorting = NULL;
	if (flush_begin(db, s, e)) {
		flush_abort(db);
		return -1;
	}
	for (i = 0; i < s->n; i++) {
		struct staged *r = &s->rows[i];
		struct gs_obs o;
		enum append_result res;
		struct gs_err rowerr;

		resolve(s, r, &o);
		gs_err_clear(&rowerr);
		if (series_append(db, &o, s->arena + r->name, s->arena + r->desc,
				  &res, &rowerr) == 0) {
			if (res == APPEND_NEW)
				s->c->rows_new++;
			else
				s->c->rows_present++;
			continue;
		}
		if (rowerr.code != GS_EX_DATAERR) {
			*e = rowerr;
			flush_abort(db);
			return -1;
		}
		s->c->rows_rejected++;
		if (s->fn)
			s->fn(s->arg, r->tag, &rowerr);
	}
	s->n = 0;
	s->len = 1;
	if (db->ops->flush_end)
		return db->ops->flush_end(db, true, e);
	return 0;
}
