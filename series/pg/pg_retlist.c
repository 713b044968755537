/*
** pg_retlist.c: every retraction record with the row it names
** (SQL_RETRACTIONS_READ), for `growthstat retract --list`, read as every
** other read reads a row (pg_read_obs), as on SQLite.
*/
#include "pg_int.h"
#include "../sql.h"

#include <stdlib.h>
#include <string.h>

int pg_retractions(struct series_db *db, struct retraction_list *out,
		   struct gs_err *e)
{
	PGresult *r = pg_run(db, SQL_RETRACTIONS_READ, 0, NULL,
			     PGRES_TUPLES_OK, e, "listing retractions");
	size_t n, i;

	memset(out, 0, sizeof(*out));
	if (r == NULL)
		return -1;
	n = (size_t)PQntuples(r);
	out->rows.v = xcalloc(n ? n : 1, sizeof(*out->rows.v));
	out->reason = xcalloc(n ? n : 1, sizeof(*out->reason));
	out->recorded = xcalloc(n ? n : 1, sizeof(*out->recorded));
	for (i = 0; i < n; i++) {
		pg_read_obs(r, (int)i, PQgetvalue(r, (int)i, 17), NULL,
			    &out->rows.v[i]);
		out->reason[i] = pg_text(r, (int)i, 18);
		out->recorded[i] = pg_text(r, (int)i, 19);
		out->rows.n++;
	}
	PQclear(r);
	return 0;
}

int pg_batches(struct series_db *db, struct batch_list *out,
	       struct gs_err *e)
{
	PGresult *r = pg_run(db, SQL_BATCHES_READ, 0, NULL, PGRES_TUPLES_OK,
			     e, "listing batches");
	size_t n, i;

	memset(out, 0, sizeof(*out));
	if (r == NULL)
		return -1;
	n = (size_t)PQntuples(r);
	out->v = xcalloc(n ? n : 1, sizeof(*out->v));
	for (i = 0; i < n; i++) {
		struct batch_info *b = &out->v[i];

		b->id = strtoll(PQgetvalue(r, (int)i, 0), NULL, 10);
		b->file = pg_text(r, (int)i, 1);
		b->hash = pg_text(r, (int)i, 2);
		b->started = pg_text(r, (int)i, 3);
		b->rows = strtol(PQgetvalue(r, (int)i, 4), NULL, 10);
		out->n++;
	}
	PQclear(r);
	return 0;
}
