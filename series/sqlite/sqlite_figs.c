/*
** sqlite_figs.c: the stored figures of one series, read at once.
**
** Appending to a series the batch did not create asks, row by row, "is
** this figure stored at this vintage?" (sqlite_append.c): a B-tree seek
** each, which made a re-ingest or a new vintage of a whole file cost
** nearly a query per row. When a series gets many such lookups, its rows
** are read in one range scan of the primary key instead and the rest are
** answered from memory. Bounded: a series of more than FIGS_MAX rows is
** left to the per-row queries, so a small file never reads a long history.
*/
#include "sqlite_int.h"
#include "../figmem.h"

#include <string.h>

#define FIGS_MAX 4096 /* the LIMIT of ST_OBS_FIGS, less one */

/* The figure of the current row, with its names read back exactly: 0, or
 * -1 for a kind or qualifier this program does not write. */
static int row_key(sqlite3_stmt *st, struct fig_key *k)
{
	const char *kind = (const char *)sqlite3_column_text(st, 0);
	const char *qual = (const char *)sqlite3_column_text(st, 6);
	enum gs_kind kd;
	enum gs_qual q;

	if (kind == NULL || qual == NULL)
		return -1;
	kd = kind_from_name(kind);
	q = qual_from_name(qual);
	if (kd == GS_KIND_NONE || strcmp(kind_name(kd), kind) != 0 ||
	    strcmp(qual_name(q), qual) != 0)
		return -1;
	memset(k, 0, sizeof(*k));
	k->kind = kd;
	k->pstart = sqlite3_column_int(st, 1);
	k->pend = sqlite3_column_int(st, 2);
	k->bstart = sqlite3_column_int(st, 3);
	k->bend = sqlite3_column_int(st, 4);
	k->source_id = sqlite3_column_int64(st, 5);
	k->qual = q;
	return 0;
}

/* Add the current row unless figs has it (written by this batch). */
static int add_row(sqlite3_stmt *st, struct figmem *figs)
{
	struct fig_key k;
	int32_t as_of;
	double v;

	if (row_key(st, &k))
		return -1;
	as_of = sqlite3_column_int(st, 7);
	if (figmem_find(figs, &k, as_of, &v, NULL))
		return 0;
	return figmem_add(figs, &k, as_of, sqlite3_column_double(st, 8), 0);
}

int figs_load(struct series_db *db, struct figmem *figs, struct gs_err *e)
{
	sqlite3_stmt *st;
	int rc, n = 0, ret = 1;

	if ((st = db_stmt(db, ST_OBS_FIGS, e)) == NULL)
		return -1;
	sqlite3_bind_int64(st, 1, db->series.id);
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		if (++n > FIGS_MAX || add_row(st, figs)) {
			ret = 0;
			break;
		}
	}
	if (ret == 1 && rc != SQLITE_DONE) {
		db_err(db, e, "reading a series' figures");
		ret = -1;
	}
	sqlite3_reset(st);
	return ret;
}
