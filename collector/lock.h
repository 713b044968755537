/*
** lock.h: the ingest lock: one writer at a time per database.
**
** An exclusive flock(2) on a lock file beside the database (DB.lock, the
** database's real path when it exists, so a symlinked path takes the same
** lock). The kernel drops the lock when the process ends, however it ends,
** so a crashed run never leaves a stale lock; the file itself is kept (it
** holds the pid of the last holder, for messages) and never needs removing.
** Readers (show, report, chart) take no lock: SQLite's WAL serves them.
*/
#ifndef GS_LOCK_H
#define GS_LOCK_H

#include "../common.h"

#include <signal.h>

struct ingest_lock;

/*
** Take the lock for the database at db_path, waiting up to timeout seconds
** (0 = do not wait) and giving up early once *stop is non-zero (NULL =
** never). Returns the lock, or NULL with e filled: GS_EX_TEMPFAIL "another
** ingest is running" when it is held, GS_EX_TEMPFAIL "interrupted" when
** stopped, GS_EX_IOERR when the lock file cannot be created.
*/
struct ingest_lock *lock_acquire(const char *db_path, double timeout,
				 const volatile sig_atomic_t *stop,
				 struct gs_err *e);
/* Release and free the lock (NULL is fine). */
void lock_release(struct ingest_lock *l);
/* The lock file's path. */
const char *lock_path(const struct ingest_lock *l);

#endif
