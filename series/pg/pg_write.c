/*
** pg_write.c: the PostgreSQL side of the small writes that are not an
** ingest (retract.c): a write transaction holding the writers' lock, as
** every batch does, and one statement of sql.h run with text parameters.
*/
#include "pg_int.h"

#include <stdlib.h>

int pg_write_begin(struct series_db *db, struct gs_err *e)
{
	if (db->in_batch)
		return gs_errf(e, GS_EX_SOFTWARE, "a batch is already open");
	if (pg_exec(db, "BEGIN", e, "starting a write"))
		return -1;
	db->in_batch = true;
	if (pg_writer_lock(db, e) == 0)
		return 0;
	pg_write_end(db, false, NULL);
	return -1;
}

int pg_write_end(struct series_db *db, bool ok, struct gs_err *e)
{
	int rc = 0;

	if (!db->in_batch)
		return 0;
	if (ok)
		rc = pg_exec(db, "COMMIT", e, "committing");
	if ((!ok || rc) && PQtransactionStatus(PG(db)->conn) != PQTRANS_IDLE)
		pg_exec(db, "ROLLBACK", NULL, "");
	db->in_batch = false;
	return rc;
}

int pg_run_ints(struct series_db *db, const char *sql,
		const struct db_run *q, struct gs_err *e)
{
	PGresult *r = pg_run(db, sql, q->n, q->p, q->ncols ? PGRES_TUPLES_OK :
			     PGRES_COMMAND_OK, e, q->what);
	int i, j;

	q->rows[0] = 0;
	if (r == NULL)
		return -1;
	for (i = 0; q->ncols && i < PQntuples(r) && i < q->max; i++) {
		for (j = 0; j < q->ncols; j++)
			q->out[i * q->ncols + j] = pg_int(r, i, j);
		q->rows[0]++;
	}
	if (q->changes)
		*q->changes = strtol(PQcmdTuples(r), NULL, 10);
	PQclear(r);
	return 0;
}
