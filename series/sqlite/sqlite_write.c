/*
** sqlite_write.c: the SQLite side of the small writes that are not an
** ingest (retract.c): a write transaction, and one statement of sql.h
** run with text parameters. A bound text compared with an INTEGER column
** takes the column's affinity, and the statements cast the values they
** store, so the text reads as the number it spells, as on PostgreSQL.
*/
#include "sqlite_int.h"

int sqlite_write_begin(struct series_db *db, struct gs_err *e)
{
	if (db->in_batch)
		return gs_errf(e, GS_EX_SOFTWARE, "a batch is already open");
	if (db_exec(db, "BEGIN IMMEDIATE", e))
		return -1;
	db->in_batch = true;
	return 0;
}

int sqlite_write_end(struct series_db *db, bool ok, struct gs_err *e)
{
	int rc = 0;

	if (!db->in_batch)
		return 0;
	if (ok)
		rc = db_exec(db, "COMMIT", e);
	if (!ok || rc)
		db_exec(db, "ROLLBACK", NULL);
	db->in_batch = false;
	return rc;
}

int sqlite_run(struct series_db *db, const char *sql,
	       const struct db_run *q, struct gs_err *e)
{
	sqlite3_stmt *st = NULL;
	int i, rc;

	q->rows[0] = 0;
	if (sqlite3_prepare_v2(SQ(db)->h, sql, -1, &st, NULL))
		return db_err(db, e, q->what);
	for (i = 0; i < q->n; i++)
		sqlite3_bind_text(st, i + 1, q->p[i], -1, SQLITE_STATIC);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (q->rows[0] >= q->max)
			continue;
		for (i = 0; i < q->ncols; i++)
			q->out[q->rows[0] * q->ncols + i] =
				sqlite3_column_int64(st, i);
		q->rows[0]++;
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE)
		return db_err(db, e, q->what);
	if (q->changes)
		*q->changes = sqlite3_changes(SQ(db)->h);
	return 0;
}
