/*
** sqlite_insert.c: writing observation rows to SQLite, several per statement.
**
** Once rows are new (sqlite_append.c decided), writing them is most of a bulk
** load, and a good part of each INSERT is the statement itself: starting
** it, checking the schema, ending it. The rows of a staged batch may wait
** here and go PER_STMT at a time through one multi-row INSERT; nothing
** reads them before they are written (sqlite_append.c answers for the
** series being written from memory, and writes what is waiting before any
** other query that could see them).
**
** Waiting rows are written in the order of the table's key, not in the
** order they came: a series' rows come in the order of its file, the
** periods shuffled, and each landed somewhere inside the series' part of
** the B-tree, a search from the root and often a page split in the middle.
** In key order each row after the first of a statement goes right after
** the one before (SQLite then skips the search), and a new series' rows are
** appended at the table's end. So rows wait until a series ends with at
** least FLUSH_AT waiting, or WAIT_MAX wait. Which rows are stored is the
** same; only the order SQLite is given them changes.
** Waiting rows keep copies of their strings, so the caller's may go.
*/
#include "sqlite_int.h"
#include "../pool.h"

#include <stdlib.h>
#include <string.h>

#define PER_STMT 64
#define NCOLS 15
/* Rows waiting: at a series' end from FLUSH_AT on, and at most WAIT_MAX
 * (a series of more is written in parts). */
#define FLUSH_AT 4096
#define WAIT_MAX 8192
/* Slots of the set of waiting series ids: a power of two, over WAIT_MAX. */
#define ID_SLOTS (2 * WAIT_MAX)

/* OR FAIL: with the default ABORT a statement of many rows keeps a
 * statement journal, to undo its own rows if a later one fails; a failed
 * INSERT here ends the batch, which rolls back whole (not_a_row_error),
 * so that undo is never needed (callgrind, 200k rows: 2.4 % fewer
 * instructions in sqlite3_step). */
#define ROW_VALUES "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
#define V4 ROW_VALUES "," ROW_VALUES "," ROW_VALUES "," ROW_VALUES
#define INSERT_HEAD \
	"INSERT OR FAIL INTO observations(series_id, kind, period_start," \
	" period_end, base_start, base_end, source_id, as_of," \
	" qualifier, period_prec, base_prec, value, unit, batch_id, note)" \
	" VALUES "

#define V16 V4 "," V4 "," V4 "," V4
static const char insert_many[] = INSERT_HEAD V16 "," V16 "," V16 "," V16;

struct row {
	struct gs_obs o;       /* unit_text and note in text */
	int64_t series_id, source_id;
};

/*
** What one row's part of insert_many holds since it was last bound.
** SQLite keeps a statement's parameters across sqlite3_reset, so a column
** whose value is the one already there is not bound again: the source,
** the batch, the kind, the precisions, the date of the figures repeat
** from statement to statement, and binding was a fifth of the writing
** thread's instructions (every bind releases what the parameter held).
** Texts kept this way are static (kind_name() and the like), compared by
** pointer; the unit and note live in the pool and are bound every time.
*/
struct bound {
	int64_t num[NCOLS + 1];  /* by column, 1-based as the parameters */
	const char *str[NCOLS + 1];
	bool set;                /* the part was bound once */
};

struct pending {
	struct bound bound[PER_STMT];
	struct row *rows;      /* WAIT_MAX of them */
	struct row **order;    /* the rows in key order, to write them */
	size_t n;
	struct pool *text;
	sqlite3_stmt *many;    /* insert_many, prepared on first use */
	int64_t *ids;          /* the series of waiting rows, a set: open
				* addressing over ID_SLOTS, 0 free (ids
				* start at 1) */
	size_t *used;          /* its taken slots, to empty it */
	size_t nused;
};

static int bind_text(sqlite3_stmt *st, int i, const char *s)
{
	return sqlite3_bind_text(st, i, s ? s : "", -1, SQLITE_STATIC);
}

static void keep_int(sqlite3_stmt *st, struct bound *b, int at, int col,
		     int64_t v)
{
	if (b->set && b->num[col] == v)
		return;
	sqlite3_bind_int64(st, at + col, v);
	b->num[col] = v;
}

/* s is a static string (its pointer stays valid and names its text). */
static void keep_static(sqlite3_stmt *st, struct bound *b, int at, int col,
			const char *s)
{
	if (b->set && b->str[col] == s)
		return;
	bind_text(st, at + col, s);
	b->str[col] = s;
}

/* The 15 columns of row r, from parameter at + 1 on, into a part of a
 * statement that holds b (all of them when b is not set yet). */
static void bind_kept(sqlite3_stmt *st, struct bound *b, int at,
		      const struct row *r)
{
	const struct gs_obs *o = &r->o;

	keep_int(st, b, at, 1, r->series_id);
	keep_static(st, b, at, 2, kind_name(o->kind));
	keep_int(st, b, at, 3, o->period.start);
	keep_int(st, b, at, 4, o->period.end);
	keep_int(st, b, at, 5, o->base.start);
	keep_int(st, b, at, 6, o->base.end);
	keep_int(st, b, at, 7, r->source_id);
	keep_int(st, b, at, 8, o->as_of);
	keep_static(st, b, at, 9, qual_name(o->qual));
	keep_static(st, b, at, 10, prec_name(o->period.prec));
	keep_static(st, b, at, 11, o->base.start ? prec_name(o->base.prec) : "");
	sqlite3_bind_double(st, at + 12, o->value);
	bind_text(st, at + 13, o->unit_text);
	keep_int(st, b, at, 14, o->batch);
	bind_text(st, at + 15, o->note);
	b->set = true;
}

static int insert_one(struct series_db *db, const struct row *r,
		      struct gs_err *e)
{
	struct bound b = { .set = false };
	sqlite3_stmt *st;

	if ((st = db_stmt(db, ST_OBS_INSERT, e)) == NULL)
		return -1;
	bind_kept(st, &b, 0, r);
	if (sqlite3_step(st) != SQLITE_DONE)
		return db_err(db, e, "storing a figure");
	return 0;
}

/*
** Waiting rows were counted as stored when they were queued, so if the
** database refuses one (it cannot, for rows the collector validated), the
** error is not a row's: it must stop the batch, which then rolls back
** whole, rather than be counted against whichever row came next.
*/
static int not_a_row_error(struct gs_err *e)
{
	if (e->code == GS_EX_DATAERR)
		e->code = GS_EX_SOFTWARE;
	return -1;
}

static int cmp_int(int64_t a, int64_t b)
{
	return a < b ? -1 : a > b;
}

/* The order of the observations table's primary key (obs_key_cmp). */
static int key_cmp(const void *pa, const void *pb)
{
	const struct row *a = *(const struct row *const *)pa;
	const struct row *b = *(const struct row *const *)pb;
	int c = cmp_int(a->series_id, b->series_id);

	return c ? c : obs_key_cmp(&a->o, a->source_id, &b->o, b->source_id);
}

/* Rows order[at..at+PER_STMT) through the one multi-row statement. */
static int insert_many_rows(struct series_db *db, struct pending *p,
			    size_t at, struct gs_err *e)
{
	size_t i;
	int ret = 0;

	if (p->many == NULL &&
	    sqlite3_prepare_v2(SQ(db)->h, insert_many, -1, &p->many, NULL))
		return db_err(db, e, "storing figures");
	for (i = 0; i < PER_STMT; i++)
		bind_kept(p->many, &p->bound[i], (int)i * NCOLS,
			  p->order[at + i]);
	if (sqlite3_step(p->many) != SQLITE_DONE)
		ret = db_err(db, e, "storing figures");
	sqlite3_reset(p->many);
	return ret;
}

static void ids_empty(struct pending *p)
{
	size_t i;

	for (i = 0; i < p->nused; i++)
		p->ids[p->used[i]] = 0;
	p->nused = 0;
}

/* The slot of id in the set: where it is, or the free one to take. */
static size_t ids_slot(const struct pending *p, int64_t id)
{
	size_t i = (size_t)((uint64_t)id * 0x9E3779B97F4A7C15u >> 40) &
		(ID_SLOTS - 1);

	while (p->ids[i] != 0 && p->ids[i] != id)
		i = (i + 1) & (ID_SLOTS - 1);
	return i;
}

int obs_insert_flush(struct series_db *db, struct gs_err *e)
{
	struct pending *p = SQ(db)->pending;
	size_t i;
	int ret = 0;

	if (p == NULL || p->n == 0)
		return 0;
	for (i = 0; i < p->n; i++)
		p->order[i] = &p->rows[i];
	qsort(p->order, p->n, sizeof(*p->order), key_cmp);
	for (i = 0; ret == 0 && i + PER_STMT <= p->n; i += PER_STMT)
		ret = insert_many_rows(db, p, i, e);
	for (; ret == 0 && i < p->n; i++)
		ret = insert_one(db, p->order[i], e);
	p->n = 0;
	pool_reset(p->text);
	ids_empty(p);
	return ret ? not_a_row_error(e) : 0;
}

bool obs_insert_waits(const struct series_db *db, int64_t series_id)
{
	const struct pending *p = SQ(db)->pending;

	return p && p->nused > 0 && p->ids[ids_slot(p, series_id)] != 0;
}

int obs_insert_series_end(struct series_db *db, struct gs_err *e)
{
	const struct pending *p = SQ(db)->pending;

	if (p == NULL || p->n < FLUSH_AT)
		return 0;
	return obs_insert_flush(db, e);
}

static struct pending *pending_new(void)
{
	struct pending *p = xcalloc(1, sizeof(*p));

	p->rows = xmalloc(WAIT_MAX * sizeof(*p->rows));
	p->order = xmalloc(WAIT_MAX * sizeof(*p->order));
	p->ids = xcalloc(ID_SLOTS, sizeof(*p->ids));
	p->used = xmalloc(WAIT_MAX * sizeof(*p->used));
	p->text = pool_new();
	return p;
}

int obs_insert_visible(struct series_db *db, struct gs_err *e)
{
	return db->in_batch ? obs_insert_flush(db, e) : 0;
}

int obs_insert(struct series_db *db, const struct gs_obs *o, bool defer,
	       struct gs_err *e)
{
	struct pending *p;
	struct row *r;
	size_t slot;

	if (!defer) {
		struct row one = { *o, db->series.id, db->source.id };

		if (obs_insert_flush(db, e))
			return -1;
		return insert_one(db, &one, e);
	}
	if (SQ(db)->pending == NULL)
		SQ(db)->pending = pending_new();
	p = SQ(db)->pending;
	assert(p->n < WAIT_MAX); /* written at once when full */
	r = &p->rows[p->n++];
	r->o = *o;
	r->o.series = NULL;
	r->o.source = NULL;
	r->o.unit_text = pool_str(p->text, o->unit_text);
	r->o.note = pool_str(p->text, o->note);
	r->series_id = db->series.id;
	r->source_id = db->source.id;
	slot = ids_slot(p, r->series_id);
	if (p->ids[slot] == 0) {
		p->ids[slot] = r->series_id;
		p->used[p->nused++] = slot;
	}
	if (p->n == WAIT_MAX)
		return obs_insert_flush(db, e);
	return 0;
}

void obs_insert_drop(struct series_db *db)
{
	if (SQ(db)->pending) {
		SQ(db)->pending->n = 0;
		pool_reset(SQ(db)->pending->text);
		ids_empty(SQ(db)->pending);
	}
}

void obs_insert_free(struct series_db *db)
{
	if (SQ(db)->pending == NULL)
		return;
	sqlite3_finalize(SQ(db)->pending->many);
	pool_free(SQ(db)->pending->text);
	free(SQ(db)->pending->rows);
	free(SQ(db)->pending->order);
	free(SQ(db)->pending->ids);
	free(SQ(db)->pending->used);
	free(SQ(db)->pending);
	SQ(db)->pending = NULL;
}
