/*
** sqlite_db.c: the bottom of the SQLite backend: the statement cache,
** running SQL, errors and column helpers, used by every other file of
** series/sqlite/ (which calls nothing above it).
*/
#include "sqlite_int.h"

#include <string.h>

/*
** The statement text of each cached statement. Every parameter is bound;
** no user text is ever pasted into SQL.
*/
static const char *const stmt_sql[ST_COUNT] = {
	[ST_SERIES_GET] = SQL_SERIES_COLS " WHERE s.key = ?1",
	[ST_OBS_READ] = SQL_OBS_READ,
	[ST_SERIES_FIND] = "SELECT id, dimension FROM series WHERE key = ?1",
	[ST_SERIES_INSERT] =
		"INSERT INTO series(key, name, description, dimension, unit,"
		" created_batch) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
	[ST_SERIES_SET_DIM] =
		"UPDATE series SET dimension = ?2, unit = ?3"
		" WHERE id = ?1 AND dimension = ''",
	[ST_SOURCE_FIND] = "SELECT id FROM sources WHERE name = ?1",
	[ST_SOURCE_INSERT] =
		"INSERT INTO sources(name, created_batch) VALUES (?1, ?2)",
	[ST_OBS_LATEST] =
		"SELECT as_of, value, qualifier FROM observations"
		" WHERE series_id = ?1 AND kind = ?2 AND period_start = ?3"
		" AND period_end = ?4 AND base_start = ?5 AND base_end = ?6"
		" AND source_id = ?7 AND qualifier = ?9 AND as_of <= ?8"
		" ORDER BY as_of DESC LIMIT 1",
	/* One more than figs_load takes, so it knows there are more. */
	[ST_OBS_FIGS] =
		"SELECT kind, period_start, period_end, base_start, base_end,"
		" source_id, qualifier, as_of, value FROM observations"
		" WHERE series_id = ?1 LIMIT 4097",
	[ST_OBS_INSERT] =
		"INSERT INTO observations(series_id, kind, period_start,"
		" period_end, base_start, base_end, source_id, as_of,"
		" qualifier, period_prec, base_prec, value, unit, batch_id, note)"
		" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12,"
		" ?13, ?14, ?15)",
};

/* The operating system's reason behind an I/O failure: " (No space left
 * on device)", or "" when SQLite's message says it all. */
static void os_reason(struct series_db *db, char *buf, size_t n)
{
	int ext = sqlite3_extended_errcode(SQ(db)->h), rc = ext & 0xff;
	int err = sqlite3_system_errno(SQ(db)->h);

	buf[0] = '\0';
	if (err && (rc == SQLITE_IOERR || rc == SQLITE_FULL ||
		    rc == SQLITE_CANTOPEN || rc == SQLITE_READONLY))
		gs_snprintf(buf, n, " (%s)", strerror(err));
	else if (ext == SQLITE_IOERR_WRITE || ext == SQLITE_IOERR_FSYNC ||
		 ext == SQLITE_IOERR_TRUNCATE || ext == SQLITE_IOERR_SHMSIZE)
		gs_snprintf(buf, n, " (a write failed: is the disk full?)");
}

int db_err(struct series_db *db, struct gs_err *e, const char *what)
{
	int rc = sqlite3_extended_errcode(SQ(db)->h);
	int code = GS_EX_IOERR;
	char why[128];

	if ((rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED)
		code = GS_EX_TEMPFAIL;
	else if ((rc & 0xff) == SQLITE_CONSTRAINT)
		code = GS_EX_DATAERR;
	os_reason(db, why, sizeof(why));
	return gs_errf(e, code, "%s: %s: %s%s", db->path, what,
		       sqlite3_errmsg(SQ(db)->h), why);
}

int db_exec(struct series_db *db, const char *sql, struct gs_err *e)
{
	char *msg = NULL;
	char why[128];

	if (sqlite3_exec(SQ(db)->h, sql, NULL, NULL, &msg) == SQLITE_OK)
		return 0;
	os_reason(db, why, sizeof(why));
	gs_errf(e, GS_EX_IOERR, "%s: %s%s", db->path,
		msg ? msg : sqlite3_errmsg(SQ(db)->h), why);
	if ((sqlite3_extended_errcode(SQ(db)->h) & 0xff) == SQLITE_BUSY && e)
		e->code = GS_EX_TEMPFAIL;
	sqlite3_free(msg);
	return -1;
}

sqlite3_stmt *db_stmt(struct series_db *db, enum stmt_id id, struct gs_err *e)
{
	assert(id >= 0 && id < ST_COUNT && stmt_sql[id] != NULL);
	if (SQ(db)->st[id] == NULL &&
	    sqlite3_prepare_v3(SQ(db)->h, stmt_sql[id], -1,
			       SQLITE_PREPARE_PERSISTENT, &SQ(db)->st[id], NULL)) {
		db_err(db, e, "preparing a statement");
		return NULL;
	}
	/* The shared texts of sql.h number "$N" parameters by appearance. */
	assert(id != ST_OBS_READ ||
	       sqlite3_bind_parameter_index(SQ(db)->st[id], "$2") == 2);
	sqlite3_reset(SQ(db)->st[id]);
	sqlite3_clear_bindings(SQ(db)->st[id]);
	return SQ(db)->st[id];
}

void db_copy_str(char *dst, size_t n, const char *src)
{
	size_t k = src ? strlen(src) : 0;

	if (k >= n)
		k = n - 1;
	memcpy(dst, src ? src : "", k);
	dst[k] = '\0';
}

char *db_col_text(sqlite3_stmt *st, int col)
{
	const unsigned char *t = sqlite3_column_text(st, col);

	return xstrdup(t ? (const char *)t : "");
}
