/*
** sqlite_retlist.c: every retraction record with the row it names
** (SQL_RETRACTIONS_READ), for `growthstat retract --list`. The rows are
** read as every other read reads them (sqlite_read_obs), so the list shows
** a retracted figure exactly as `show --all-vintages` does.
*/
#include "sqlite_int.h"
#include "../sql.h"

#include <string.h>

int sqlite_retractions(struct series_db *db, struct retraction_list *out,
		       struct gs_err *e)
{
	sqlite3_stmt *st = NULL;
	int rc;

	memset(out, 0, sizeof(*out));
	if (sqlite3_prepare_v2(SQ(db)->h, SQL_RETRACTIONS_READ, -1, &st,
			       NULL))
		return db_err(db, e, "listing retractions");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct obs_list *l = &out->rows;
		struct gs_obs *o;

		GS_GROW(l->v, l->n);
		GS_GROW(out->reason, l->n);
		GS_GROW(out->recorded, l->n);
		o = &l->v[l->n];
		sqlite_read_obs(st, 0, (const char *)sqlite3_column_text(st, 17),
				NULL, o);
		o->source = db_col_text(st, 13);
		out->reason[l->n] = db_col_text(st, 18);
		out->recorded[l->n] = db_col_text(st, 19);
		l->n++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		retraction_list_free(out);
		return db_err(db, e, "listing retractions");
	}
	return 0;
}

int sqlite_batches(struct series_db *db, struct batch_list *out,
		   struct gs_err *e)
{
	sqlite3_stmt *st = NULL;
	int rc;

	memset(out, 0, sizeof(*out));
	if (sqlite3_prepare_v2(SQ(db)->h, SQL_BATCHES_READ, -1, &st, NULL))
		return db_err(db, e, "listing batches");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		struct batch_info *b;

		GS_GROW(out->v, out->n);
		b = &out->v[out->n++];
		b->id = sqlite3_column_int64(st, 0);
		b->file = db_col_text(st, 1);
		b->hash = db_col_text(st, 2);
		b->started = db_col_text(st, 3);
		b->rows = (long)sqlite3_column_int64(st, 4);
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE) {
		batch_list_free(out);
		return db_err(db, e, "listing batches");
	}
	return 0;
}
