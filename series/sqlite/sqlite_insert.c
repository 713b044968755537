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
** Waiting rows keep copies of their strings, so the caller's may go.
*/
#include "sqlite_int.h"
#include "../pool.h"

#include <stdlib.h>
#include <string.h>

#define PER_STMT 64
#define NCOLS 15

#define ROW_VALUES "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
#define V4 ROW_VALUES "," ROW_VALUES "," ROW_VALUES "," ROW_VALUES
#define INSERT_HEAD \
	"INSERT INTO observations(series_id, kind, period_start," \
	" period_end, base_start, base_end, source_id, as_of," \
	" qualifier, period_prec, base_prec, value, unit, batch_id, note)" \
	" VALUES "

#define V16 V4 "," V4 "," V4 "," V4
static const char insert_many[] = INSERT_HEAD V16 "," V16 "," V16 "," V16;

struct row {
	struct gs_obs o;       /* unit_text and note in text */
	int64_t series_id, source_id;
};

struct pending {
	struct row rows[PER_STMT];
	size_t n;
	struct pool *text;
	sqlite3_stmt *many;    /* insert_many, prepared on first use */
};

static int bind_text(sqlite3_stmt *st, int i, const char *s)
{
	return sqlite3_bind_text(st, i, s ? s : "", -1, SQLITE_STATIC);
}

/* The 15 columns of one row, from parameter at + 1 on. */
static void bind_row(sqlite3_stmt *st, int at, const struct gs_obs *o,
		     int64_t series_id, int64_t source_id)
{
	sqlite3_bind_int64(st, at + 1, series_id);
	bind_text(st, at + 2, kind_name(o->kind));
	sqlite3_bind_int(st, at + 3, o->period.start);
	sqlite3_bind_int(st, at + 4, o->period.end);
	sqlite3_bind_int(st, at + 5, o->base.start);
	sqlite3_bind_int(st, at + 6, o->base.end);
	sqlite3_bind_int64(st, at + 7, source_id);
	sqlite3_bind_int(st, at + 8, o->as_of);
	bind_text(st, at + 9, qual_name(o->qual));
	bind_text(st, at + 10, prec_name(o->period.prec));
	bind_text(st, at + 11, o->base.start ? prec_name(o->base.prec) : "");
	sqlite3_bind_double(st, at + 12, o->value);
	bind_text(st, at + 13, o->unit_text);
	sqlite3_bind_int64(st, at + 14, o->batch);
	bind_text(st, at + 15, o->note);
}

static int insert_one(struct series_db *db, const struct gs_obs *o,
		      int64_t series_id, int64_t source_id, struct gs_err *e)
{
	sqlite3_stmt *st;

	if ((st = db_stmt(db, ST_OBS_INSERT, e)) == NULL)
		return -1;
	bind_row(st, 0, o, series_id, source_id);
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

int obs_insert_flush(struct series_db *db, struct gs_err *e)
{
	struct pending *p = SQ(db)->pending;
	size_t i;
	int ret = 0;

	if (p == NULL || p->n == 0)
		return 0;
	if (p->n == PER_STMT) {
		if (p->many == NULL &&
		    sqlite3_prepare_v2(SQ(db)->h, insert_many, -1, &p->many, NULL))
			ret = db_err(db, e, "storing figures");
		for (i = 0; ret == 0 && i < p->n; i++)
			bind_row(p->many, (int)i * NCOLS, &p->rows[i].o,
				 p->rows[i].series_id, p->rows[i].source_id);
		if (ret == 0 && sqlite3_step(p->many) != SQLITE_DONE)
			ret = db_err(db, e, "storing figures");
		if (p->many)
			sqlite3_reset(p->many);
	} else {
		for (i = 0; ret == 0 && i < p->n; i++)
			ret = insert_one(db, &p->rows[i].o, p->rows[i].series_id,
					 p->rows[i].source_id, e);
	}
	p->n = 0;
	pool_reset(p->text);
	return ret ? not_a_row_error(e) : 0;
}

bool obs_insert_waits(const struct series_db *db, int64_t series_id)
{
	const struct pending *p = SQ(db)->pending;
	size_t i;

	for (i = 0; p && i < p->n; i++)
		if (p->rows[i].series_id == series_id)
			return true;
	return false;
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

	if (!defer) {
		if (obs_insert_flush(db, e))
			return -1;
		return insert_one(db, o, db->series.id, db->source.id, e);
	}
	if (SQ(db)->pending == NULL) {
		SQ(db)->pending = xcalloc(1, sizeof(*SQ(db)->pending));
		SQ(db)->pending->text = pool_new();
	}
	p = SQ(db)->pending;
	assert(p->n < PER_STMT); /* a full statement is written at once */
	r = &p->rows[p->n++];
	r->o = *o;
	r->o.series = NULL;
	r->o.source = NULL;
	r->o.unit_text = pool_str(p->text, o->unit_text);
	r->o.note = pool_str(p->text, o->note);
	r->series_id = db->series.id;
	r->source_id = db->source.id;
	if (p->n == PER_STMT)
		return obs_insert_flush(db, e);
	return 0;
}

void obs_insert_drop(struct series_db *db)
{
	if (SQ(db)->pending) {
		SQ(db)->pending->n = 0;
		pool_reset(SQ(db)->pending->text);
	}
}

void obs_insert_free(struct series_db *db)
{
	if (SQ(db)->pending == NULL)
		return;
	sqlite3_finalize(SQ(db)->pending->many);
	pool_free(SQ(db)->pending->text);
	free(SQ(db)->pending);
	SQ(db)->pending = NULL;
}
