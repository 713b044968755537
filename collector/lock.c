/*
** lock.c: the ingest lock of lock.h, an flock on the file series_lock_path
** names (DB.lock).
*/
#include "lock.h"
#include "../series/series.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* How often a waiting run tries again. */
#define POLL_MS 100

struct ingest_lock {
	int fd;
	char *path;
};

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* The pid the holder wrote into the file, or 0. */
static long holder(int fd)
{
	char buf[32];
	ssize_t n = pread(fd, buf, sizeof(buf) - 1, 0);
	long pid;
	char *end;

	if (n <= 0)
		return 0;
	buf[n] = '\0';
	pid = strtol(buf, &end, 10);
	return end != buf && pid > 0 ? pid : 0;
}

static void write_pid(int fd)
{
	char buf[32];
	size_t n = gs_snprintf(buf, sizeof(buf), "%ld\n", (long)getpid());

	/* Informational only: failures (a full disk) do not matter. */
	if (ftruncate(fd, 0) == 0 && pwrite(fd, buf, n, 0) < 0)
		return;
}

static int busy(struct ingest_lock *l, double waited, struct gs_err *e)
{
	long pid = holder(l->fd);
	char who[48] = "";

	if (pid)
		gs_snprintf(who, sizeof(who), " (pid %ld)", pid);
	if (waited > 0)
		return gs_errf(e, GS_EX_TEMPFAIL, "another ingest is running%s; "
			       "gave up after waiting %.0f s for %s", who,
			       waited, l->path);
	return gs_errf(e, GS_EX_TEMPFAIL, "another ingest is running%s "
		       "(%s is locked)", who, l->path);
}

/* The lock file could not be opened: a link planted there is refused
 * as every output through a link is (73); else the directory's fault. */
static void lock_open_failed(const char *path, int err, struct gs_err *e)
{
	if (err == ELOOP)
		gs_errf(e, GS_EX_CANTCREAT, "%s: the lock file is a symbolic "
			"link; growthstat never writes through a link: remove "
			"it", path);
	else
		gs_errf(e, GS_EX_IOERR, "%s: cannot create the lock file: "
			"%s (ingest needs write access to the database's "
			"directory)", path, strerror(err));
}

struct ingest_lock *lock_acquire(const char *db_path, double timeout,
				 const volatile sig_atomic_t *stop,
				 struct gs_err *e)
{
	struct ingest_lock *l = xcalloc(1, sizeof(*l));
	double start = now();
	struct stat sb;
	int err;

	/* Where the lock lives is the database's business (series.h); a
	 * server serializes writers itself: no file to lock beside it. */
	if (!series_is_uri(db_path) && gs_refuse_secret_path(db_path, e)) {
		free(l);
		return NULL;
	}
	l->path = series_lock_path(db_path);
	if (l->path == NULL) {
		l->fd = -1;
		l->path = xstrdup("(server-side lock)");
		return l;
	}
	/* Never through a planted link (the pid would be written into its
	 * target), never blocking on a FIFO. */
	l->fd = open(l->path, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK |
		     O_CLOEXEC, 0666);
	/* Someone else's lock file, or a read-only file system: a read-only
	 * descriptor locks as well. */
	err = errno;
	if (l->fd < 0 && (err == EACCES || err == EROFS))
		l->fd = open(l->path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK |
			     O_CLOEXEC);
	if (l->fd < 0) {
		lock_open_failed(l->path, err, e);
		goto fail;
	}
	if (fstat(l->fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		gs_errf(e, GS_EX_IOERR, "%s: the lock file is not a regular "
			"file", l->path);
		goto fail;
	}
	/* A hard link planted there is another file under a second name:
	 * the pid written below would truncate it. */
	if (sb.st_nlink > 1) {
		gs_errf(e, GS_EX_IOERR, "%s: the lock file has %ju names (a hard "
			"link to another file?); refusing to write into it",
			l->path, (uintmax_t)sb.st_nlink);
		goto fail;
	}
	for (;;) {
		struct timespec ts = { 0, POLL_MS * 1000000L };

		if (flock(l->fd, LOCK_EX | LOCK_NB) == 0)
			break;
		if (errno != EWOULDBLOCK && errno != EINTR) {
			gs_errf(e, GS_EX_IOERR, "%s: cannot lock: %s", l->path,
				strerror(errno));
			goto fail;
		}
		if (stop && *stop) {
			gs_errf(e, GS_EX_TEMPFAIL, "interrupted while waiting "
				"for another ingest to finish");
			goto fail;
		}
		if (now() - start >= timeout) {
			busy(l, timeout, e);
			goto fail;
		}
		nanosleep(&ts, NULL);
	}
	write_pid(l->fd);
	return l;
fail:
	lock_release(l);
	return NULL;
}

void lock_release(struct ingest_lock *l)
{
	if (l == NULL)
		return;
	if (l->fd >= 0)
		close(l->fd);
	free(l->path);
	free(l);
}

const char *lock_path(const struct ingest_lock *l)
{
	return l->path;
}
