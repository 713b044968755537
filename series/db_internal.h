/*
** db_internal.h: what the files of series/ share about an open database.
** Not for use outside series/.
*/
#ifndef GS_DB_INTERNAL_H
#define GS_DB_INTERNAL_H

#include <sqlite3.h>

#include "series.h"

/* Prepared statements kept for the life of the handle (see db.c). */
enum stmt_id {
	ST_SERIES_FIND,
	ST_SERIES_INSERT,
	ST_SERIES_SET_DIM,
	ST_SOURCE_FIND,
	ST_SOURCE_INSERT,
	ST_OBS_LATEST,
	ST_OBS_INSERT,
	ST_COUNT
};

/* A one-entry cache: consecutive rows of a file are mostly one series. */
struct id_cache {
	char *key;
	int64_t id;
	char dim[64];
};

struct series_db {
	sqlite3 *db;
	char *path;
	int flags;
	bool in_batch;
	sqlite3_stmt *st[ST_COUNT];
	struct id_cache series;
	struct id_cache source;
	struct stage *stage;     /* staged rows of the open batch (stage.c) */
};

/* Fill e from the connection's last error, prefixed by what was being done. */
int db_err(struct series_db *db, struct gs_err *e, const char *what);
/* The cached statement id, prepared on first use; NULL with e filled. */
sqlite3_stmt *db_stmt(struct series_db *db, enum stmt_id id, struct gs_err *e);
/* Run SQL with no parameters and no results (schema, pragmas, BEGIN). */
int db_exec(struct series_db *db, const char *sql, struct gs_err *e);
/* Text column as a new string ("" for NULL). */
char *db_col_text(sqlite3_stmt *st, int col);

int schema_migrate(struct series_db *db, struct gs_err *e);
/* Drop the stage and its rows (rollback, commit, close). */
void stage_free(struct series_db *db);

#endif
