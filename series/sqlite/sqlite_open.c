/*
** sqlite_open.c: the SQLite backend as a whole: opening and closing the
** database, the integrity check, and the table of entries series.c
** dispatches to (the top of series/sqlite/: nothing here calls it).
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


static int writable(const struct series_db *db, struct gs_err *e);

/*
** A reader opens the file read-write where it could write it, and never
** writes: SQLite removes the -wal and -shm a WAL-mode connection creates
** only when a read-write connection closes last, so a read-only one left
** them behind after every show or report. Elsewhere it opens read-only
** (and, failing that, immutable: open_immutable).
*/
static int open_flags(const struct series_db *db)
{
	struct gs_err ignored;

	if (db->flags == SERIES_CREATE)
		return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
	if (db->flags & SERIES_WRITE)
		return SQLITE_OPEN_READWRITE;
	gs_err_clear(&ignored);
	return writable(db, &ignored) == 0 ? SQLITE_OPEN_READWRITE :
	       SQLITE_OPEN_READONLY;
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
	} else if (db_exec(db, "PRAGMA query_only=ON", e)) {
		/* a reader may open read-write (to remove -wal and -shm as the
		 * last to close): SQLite refuses any write it might attempt */
		return -1;
	}
	return schema_migrate(db, e);
}

/*
** The -wal and -shm beside the database, when there, must be writable
** too: a reader running as another user that could not write the file
** made them its own and left them (SQLite removes them only from a
** read-write connection), and SQLite would then refuse the write with
** "attempt to write a readonly database".
*/
static int logs_writable(const struct series_db *db, struct gs_err *e)
{
	static const char *const suffix[] = { "-wal", "-shm" };
	size_t n = strlen(db->conninfo) + 5, i;
	char *name = xmalloc(n);
	struct stat sb;
	int ret = 0;

	for (i = 0; i < GS_ARRAY_LEN(suffix) && ret == 0; i++) {
		gs_snprintf(name, n, "%s%s", db->conninfo, suffix[i]);
		if (stat(name, &sb) == 0 && access(name, W_OK) != 0)
			ret = gs_errf(e, GS_EX_IOERR, "%s: cannot write its %s "
				      "file (owner uid %ld): %s; probably left "
				      "by a reader running as another user: "
				      "remove it while nothing uses the "
				      "database, or run readers as the writer",
				      db->path,
				      suffix[i], (long)sb.st_uid,
				      strerror(errno));
	}
	free(name);
	return ret;
}

/*
** A database opened for writing must be writable, and so must its directory
** unless the write-ahead log is already there: SQLite would otherwise open
** it read-only and fail later with a vaguer message.
*/
/* The directory of the file named file, "." when it names none; free it. */
static char *dir_of(const char *file)
{
	char *dir = xstrdup(file), *slash = strrchr(dir, '/');

	if (slash == NULL)
		return strcpy(xrealloc(dir, 2), ".");
	slash[slash == dir ? 1 : 0] = '\0'; /* "/a.db" is in "/" */
	return dir;
}

static int writable(const struct series_db *db, struct gs_err *e)
{
	const char *file = db->conninfo, *path = db->path;
	char *dir, *wal;
	size_t n = strlen(file);
	int ret = 0;

	if (access(file, F_OK) != 0)
		return 0; /* to be created: sqlite3_open_v2 says why not */
	if (access(file, W_OK) != 0)
		return gs_errf(e, GS_EX_IOERR, "%s: cannot write to the "
			       "database: %s", path, strerror(errno));
	wal = xmalloc(n + 5);
	gs_snprintf(wal, n + 5, "%s-wal", file);
	dir = dir_of(file);
	if (access(wal, F_OK) != 0 && access(dir, W_OK) != 0)
		ret = gs_errf(e, GS_EX_IOERR, "%s: cannot write to the "
			      "database's directory (SQLite keeps its journal "
			      "there): %s", path, strerror(errno));
	free(wal);
	free(dir);
	return ret ? ret : logs_writable(db, e);
}

/* Why a database to be created could not be: SQLite says only "unable to
 * open database file", also when its directory is missing. */
static int not_created(const struct series_db *db, struct gs_err *e)
{
	char *dir = dir_of(db->conninfo), shown[1024];
	struct stat sb;
	int ret = 0;

	/* shown as the path is: "POSTGRESQL://u:PW@h/db" is a path too */
	gs_redact_uri(shown, sizeof(shown), dir);
	if (stat(dir, &sb) != 0)
		ret = gs_errf(e, GS_EX_CANTCREAT, "%s: cannot create the "
			      "database: its directory %s: %s", db->path,
			      shown, strerror(errno));
	else if (!S_ISDIR(sb.st_mode))
		ret = gs_errf(e, GS_EX_CANTCREAT, "%s: cannot create the "
			      "database: %s is not a directory", db->path,
			      shown);
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
			    (db->flags & SERIES_WRITE) ? walbuf_vfs() : NULL) !=
	    SQLITE_OK) {
		if ((oflags & SQLITE_OPEN_CREATE) && not_created(db, e))
			return -1;
		return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot open database: %s",
			       db->path, SQ(db)->h ? sqlite3_errmsg(SQ(db)->h) :
			       "out of memory");
	}
	return setup(db, e);
}

/*
** A writer never creates a file through a symbolic link: not the database
** (a dangling link at --db would have SQLite create its target, wherever
** it points), nor the -wal, -shm, -journal or .lock beside it. A link to
** an existing database is the administrator's choice and is followed; a
** link to nothing, or any link where SQLite or the ingest lock creates a
** file of its own, is refused (73) before anything is touched.
*/
static int no_links(const struct series_db *db, struct gs_err *e)
{
	static const char *const suffix[] = { "-wal", "-shm", "-journal",
					      ".lock" };
	size_t n = strlen(db->conninfo) + 9, i;
	char *name = xmalloc(n);
	struct stat sb;
	int ret = 0;

	if (lstat(db->conninfo, &sb) == 0 && S_ISLNK(sb.st_mode) &&
	    stat(db->conninfo, &sb) != 0 && errno == ENOENT)
		ret = gs_errf(e, GS_EX_CANTCREAT, "%s: a symbolic link to "
			      "nothing; growthstat never creates the database "
			      "through a link: name the file itself",
			      db->path);
	for (i = 0; i < GS_ARRAY_LEN(suffix) && ret == 0; i++) {
		gs_snprintf(name, n, "%s%s", db->conninfo, suffix[i]);
		if (lstat(name, &sb) == 0 && S_ISLNK(sb.st_mode))
			ret = gs_errf(e, GS_EX_CANTCREAT, "%s%s: a symbolic "
				      "link beside the database; growthstat "
				      "never writes through a link: remove it",
				      db->path, suffix[i]);
	}
	free(name);
	return ret;
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
	struct sqlite_state *st = xcalloc(1, sizeof(*st));
	int flags = db->flags, rc;
	struct gs_err first;

	st->magic = SQLITE_STATE_MAGIC;
	db->be = st;
	if (gs_refuse_secret_path(db->conninfo, e))
		return -1;
	if ((flags & SERIES_WRITE) && no_links(db, e))
		return -1;
	if (flags != SERIES_CREATE && exists(db, e))
		return -1;
	if ((flags & SERIES_WRITE) && writable(db, e))
		return -1;
	gs_err_clear(&first);
	if (connect(db, db->conninfo, open_flags(db), &first) == 0)
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
	fk_free(db);
	for (i = 0; i < ST_COUNT; i++)
		sqlite3_finalize(SQ(db)->st[i]);
	sqlite3_close(SQ(db)->h);
	figmem_free(SQ(db)->figs);
	free(SQ(db)->batch_file);
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
	.retractions = sqlite_retractions,
	.batches = sqlite_batches,
	.scan = sqlite_scan,
	.write_begin = sqlite_write_begin,
	.write_end = sqlite_write_end,
	.run = sqlite_run,
};
