/*
** sqlite_fk.c: the foreign keys of a batch's rows, checked once at commit.
**
** With PRAGMA foreign_keys on, SQLite looks up the parent row of every
** inserted observation (its series, source and batch): three index probes
** per row, about a tenth of a bulk load (observations are the only table
** with foreign keys). The ids a batch writes all come
** from the id caches (sqlite_append.c), each one found in or inserted into
** its parent table in this very transaction, so a batch turns the per-row
** checks off and notes here each id it hands out instead; before COMMIT
** every distinct noted id is looked up once in its parent table. A missing
** parent refuses the commit (the batch rolls back whole), which is the
** guarantee the per-row checks gave. Parents are never deleted (triggers
** refuse it), so a parent found once stays. Other connections keep their
** own setting: the pragma is per connection.
*/
#include "sqlite_int.h"

#include <stdlib.h>

enum { FK_SERIES, FK_SOURCES, FK_BATCHES, FK_NTABLES };

static const char *const check_sql[FK_NTABLES] = {
	"SELECT 1 FROM series WHERE id = ?1",
	"SELECT 1 FROM sources WHERE id = ?1",
	"SELECT 1 FROM batches WHERE id = ?1",
};

static const char *const table_name[FK_NTABLES] = {
	"series", "source", "batch",
};

struct fk_ids {
	int64_t *id[FK_NTABLES];
	size_t n[FK_NTABLES], cap[FK_NTABLES];
};

static struct fk_ids *ids_of(struct series_db *db)
{
	if (SQ(db)->fk == NULL)
		SQ(db)->fk = xcalloc(1, sizeof(*SQ(db)->fk));
	return SQ(db)->fk;
}

static void note(struct series_db *db, int t, int64_t id)
{
	struct fk_ids *f = ids_of(db);

	/* Rows come grouped by series: most notes repeat the last one. */
	if (f->n[t] > 0 && f->id[t][f->n[t] - 1] == id)
		return;
	if (f->n[t] == f->cap[t]) {
		f->cap[t] = f->cap[t] ? f->cap[t] * 2 : 256;
		f->id[t] = xrealloc(f->id[t], f->cap[t] * sizeof(int64_t));
	}
	f->id[t][f->n[t]++] = id;
}

void fk_note_row(struct series_db *db, int64_t series_id, int64_t source_id,
		 int64_t batch_id)
{
	note(db, FK_SERIES, series_id);
	note(db, FK_SOURCES, source_id);
	note(db, FK_BATCHES, batch_id);
}

static int by_id(const void *a, const void *b)
{
	int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;

	return (x > y) - (x < y);
}

/* Every distinct id of table t has its parent row: 0, or -1 with e. */
static int check_table(struct series_db *db, struct fk_ids *f, int t,
		       struct gs_err *e)
{
	sqlite3_stmt *st = NULL;
	size_t i;
	int rc = SQLITE_ROW;

	if (f->n[t] == 0)
		return 0;
	qsort(f->id[t], f->n[t], sizeof(int64_t), by_id);
	if (sqlite3_prepare_v2(SQ(db)->h, check_sql[t], -1, &st, NULL))
		return db_err(db, e, "checking foreign keys");
	for (i = 0; i < f->n[t] && rc == SQLITE_ROW; i++) {
		if (i > 0 && f->id[t][i] == f->id[t][i - 1])
			continue;
		sqlite3_bind_int64(st, 1, f->id[t][i]);
		rc = sqlite3_step(st);
		sqlite3_reset(st);
	}
	sqlite3_finalize(st);
	if (rc == SQLITE_ROW)
		return 0;
	if (rc != SQLITE_DONE)
		return db_err(db, e, "checking foreign keys");
	return gs_errf(e, GS_EX_SOFTWARE, "FOREIGN KEY constraint failed: a"
		       " figure refers to %s id %lld, which does not exist",
		       table_name[t], (long long)f->id[t][i - 1]);
}

int fk_check(struct series_db *db, struct gs_err *e)
{
	struct fk_ids *f = ids_of(db);
	int t;

	for (t = 0; t < FK_NTABLES; t++)
		if (check_table(db, f, t, e))
			return -1;
	return 0;
}

int fk_off(struct series_db *db, struct gs_err *e)
{
	fk_forget(db);
	return db_exec(db, "PRAGMA foreign_keys=OFF", e);
}

void fk_on(struct series_db *db)
{
	fk_forget(db);
	db_exec(db, "PRAGMA foreign_keys=ON", NULL);
}

void fk_forget(struct series_db *db)
{
	int t;

	if (SQ(db)->fk == NULL)
		return;
	for (t = 0; t < FK_NTABLES; t++)
		SQ(db)->fk->n[t] = 0;
}

void fk_free(struct series_db *db)
{
	int t;

	if (SQ(db)->fk == NULL)
		return;
	for (t = 0; t < FK_NTABLES; t++)
		free(SQ(db)->fk->id[t]);
	free(SQ(db)->fk);
	SQ(db)->fk = NULL;
}
