/*
** db.c: opening and closing the database, the statement cache, errors.
**
** Connections run in WAL mode with a busy timeout, so readers are never
** blocked by an ingest and never see half a batch. Writers use
** synchronous=FULL: a commit is on disk when COMMIT returns, which the drop
** directory relies on before it moves a loaded file to the archive (with
** NORMAL a power cut could lose a commit whose file was already moved).
*/
#include "sqlite_int.h"
#include "../figmem.h"
#include "../glob.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BUSY_TIMEOUT_MS 10000

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
	if (SQ(db)->st[id] == NULL &&
	    sqlite3_prepare_v3(SQ(db)->h, stmt_sql[id], -1,
			       SQLITE_PREPARE_PERSISTENT, &SQ(db)->st[id], NULL)) {
		db_err(db, e, "preparing a statement");
		return NULL;
	}
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

static int open_flags(int flags)
{
	if (flags == SERIES_CREATE)
		return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	if (flags & SERIES_WRITE)
		return SQLITE_OPEN_READWRITE;
	return SQLITE_OPEN_READONLY;
}

/* The file is named db->conninfo; messages name db->path. */
static int exists(const struct series_db *db, struct gs_err *e)
{
	const char *path = db->path;
	struct stat sb;

	if (stat(db->conninfo, &sb) == 0)
		return 0;
	if (errno == ENOENT)
		return gs_errf(e, GS_EX_NOINPUT,
			       "%s: no database here; create one with "
			       "'growthstat init' (or set --db / GROWTHSTAT_DB)",
			       path);
	return gs_errf(e, GS_EX_IOERR, "%s: %s", path, strerror(errno));
}

/* gs_glob(PATTERN, KEY): the one glob language (glob.h). SQLite's own
 * GLOB reads [^x] as "not x" and [!x] literally, unlike the shell. */
static void sql_glob(sqlite3_context *cx, int argc, sqlite3_value **argv)
{
	const unsigned char *p = sqlite3_value_text(argv[0]);
	const unsigned char *k = sqlite3_value_text(argv[1]);

	(void)argc;
	sqlite3_result_int(cx, p && k && glob_match((const char *)p,
						    (const char *)k));
}

static int setup(struct series_db *db, struct gs_err *e)
{
	sqlite3_busy_timeout(SQ(db)->h, BUSY_TIMEOUT_MS);
	sqlite3_extended_result_codes(SQ(db)->h, 1);
	if (sqlite3_create_function(SQ(db)->h, "gs_glob", 2, SQLITE_UTF8 |
				    SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
				    NULL, sql_glob, NULL, NULL) != SQLITE_OK)
		return db_err(db, e, "registering gs_glob");
	if (db_exec(db, "PRAGMA foreign_keys=ON", e))
		return -1;
	if (db->flags & SERIES_WRITE) {
		if (schema_foreign(db, e) ||
		    db_exec(db, "PRAGMA journal_mode=WAL", e) ||
		    db_exec(db, "PRAGMA synchronous=FULL", e))
			return -1;
	}
	return schema_migrate(db, e);
}

/*
** A database opened for writing must be writable, and so must its directory
** unless the write-ahead log is already there: SQLite would otherwise open
** it read-only and fail later with a vaguer message.
*/
static int writable(const struct series_db *db, struct gs_err *e)
{
	const char *file = db->conninfo, *path = db->path;
	char *dir, *wal, *slash;
	size_t n = strlen(file);
	int ret = 0;

	if (access(file, F_OK) != 0)
		return 0; /* to be created: sqlite3_open_v2 says why not */
	if (access(file, W_OK) != 0)
		return gs_errf(e, GS_EX_IOERR, "%s: cannot write to the "
			       "database: %s", path, strerror(errno));
	wal = xmalloc(n + 5);
	gs_snprintf(wal, n + 5, "%s-wal", file);
	dir = xstrdup(file);
	slash = strrchr(dir, '/');
	if (slash)
		slash[slash == dir ? 1 : 0] = '\0';
	if (access(wal, F_OK) != 0 && access(slash ? dir : ".", W_OK) != 0)
		ret = gs_errf(e, GS_EX_IOERR, "%s: cannot write to the "
			      "database's directory (SQLite keeps its journal "
			      "there): %s", path, strerror(errno));
	free(wal);
	free(dir);
	return ret;
}

static int connect(struct series_db *db, const char *name, int oflags,
		   struct gs_err *e)
{
	/* One connection per handle, used by one thread at a time: no mutex
	 * per call. No memory statistics either: they take a global lock on
	 * every allocation, and nothing here reads them. sqlite3_config only
	 * works before SQLite is first used; later calls change nothing. */
	sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
	if (sqlite3_open_v2(name, &SQ(db)->h, oflags | SQLITE_OPEN_NOMUTEX,
			    NULL) != SQLITE_OK)
		return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot open database: %s",
			       db->path, SQ(db)->h ? sqlite3_errmsg(SQ(db)->h) :
			       "out of memory");
	return setup(db, e);
}

/* "file:PATH?immutable=1", PATH percent-encoded (SQLite decodes it). */
static char *immutable_uri(const char *path)
{
	static const char keep[] = "abcdefghijklmnopqrstuvwxyz"
		"ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._~/-";
	size_t n = 3 * strlen(path) + 32, k;
	char *u = xmalloc(n);
	const unsigned char *p;

	/* an absolute path after an empty authority: file:///abs */
	k = gs_snprintf(u, n, "%s", path[0] == '/' ? "file://" : "file:");
	for (p = (const unsigned char *)path; *p; p++)
		k += *p && strchr(keep, *p) ?
			gs_snprintf(u + k, n - k, "%c", *p) :
			gs_snprintf(u + k, n - k, "%%%02X", *p);
	gs_snprintf(u + k, n - k, "?immutable=1");
	return u;
}

/*
** A reader that cannot create the -shm file SQLite's WAL mode needs (a
** read-only directory or file system): SQLite's documented way out is the
** "immutable" URI parameter (wal.html, "Read-Only Databases"), which reads
** the file as it is, without locks or shared memory. Only safe when no
** write-ahead log holds changes the file lacks: those would be ignored, so
** a non-empty -wal is refused instead.
*/
static int open_immutable(struct series_db *db, struct gs_err *e)
{
	size_t n = strlen(db->conninfo) + 5;
	char *wal = xmalloc(n), *uri;
	struct stat sb;
	int ret;

	gs_snprintf(wal, n, "%s-wal", db->conninfo);
	ret = stat(wal, &sb) == 0 && sb.st_size > 0;
	free(wal);
	if (ret)
		return gs_errf(e, GS_EX_IOERR, "%s: cannot read: its "
			       "write-ahead log (-wal) holds changes, and "
			       "SQLite needs write access to the directory "
			       "(for -shm) to read them; run a writing command "
			       "there once (e.g. 'growthstat init') to fold the "
			       "log into the file", db->path);
	sqlite3_close(SQ(db)->h);
	SQ(db)->h = NULL;
	uri = immutable_uri(db->conninfo);
	ret = connect(db, uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, e);
	free(uri);
	return ret;
}

int sqlite_open(struct series_db *db, struct gs_err *e)
{
	int flags = db->flags, rc;
	struct gs_err first;

	db->be = xcalloc(1, sizeof(struct sqlite_state));
	if (flags != SERIES_CREATE && exists(db, e))
		return -1;
	if ((flags & SERIES_WRITE) && writable(db, e))
		return -1;
	gs_err_clear(&first);
	if (connect(db, db->conninfo, open_flags(flags), &first) == 0)
		return 0;
	rc = SQ(db)->h ? sqlite3_errcode(SQ(db)->h) & 0xff : SQLITE_NOMEM;
	if (!(flags & SERIES_WRITE) &&
	    (rc == SQLITE_READONLY || rc == SQLITE_CANTOPEN))
		return open_immutable(db, e);
	*e = first;
	return -1;
}

void sqlite_close(struct series_db *db)
{
	int i;

	if (db->be == NULL)
		return;
	obs_insert_free(db);
	for (i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(SQ(db)->st[i]);
	sqlite3_close(SQ(db)->h);
	figmem_free(SQ(db)->figs);
	free(db->be);
	db->be = NULL;
}

int sqlite_check(struct series_db *db, struct gs_err *e)
{
	sqlite3_stmt *st = NULL;
	int rc, bad = 0;

	if (sqlite3_prepare_v2(SQ(db)->h, "PRAGMA integrity_check", -1, &st, NULL))
		return db_err(db, e, "integrity check");
	while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
		const char *t = (const char *)sqlite3_column_text(st, 0);

		if (t && strcmp(t, "ok") != 0 && !bad) {
			bad = 1;
			gs_errf(e, GS_EX_DATAERR, "%s: integrity check: %s",
				db->path, t);
		}
	}
	sqlite3_finalize(st);
	if (rc != SQLITE_DONE && !bad)
		return db_err(db, e, "integrity check");
	return bad ? -1 : 0;
}

const struct backend_ops sqlite_backend = {
	.name = "sqlite",
	.open = sqlite_open,
	.close = sqlite_close,
	.check = sqlite_check,
	.batch_begin = sqlite_batch_begin,
	.append = sqlite_append,
	.batch_commit = sqlite_batch_commit,
	.batch_rollback = sqlite_batch_rollback,
	.batch_log_refused = sqlite_batch_log_refused,
	.list = sqlite_list,
	.get = sqlite_get,
	.observations = sqlite_observations,
	.sources = sqlite_sources,
	.scan = sqlite_scan,
};
