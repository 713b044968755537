/*
** sqlite_walbuf.c: a VFS over SQLite's default one that gathers a writer's
** writes to the write-ahead log into large ones.
**
** SQLite writes each page to the log as two writes (a 24-byte frame header,
** then the page), so a log frame never starts on a file-system block: every
** page written cost the kernel two system calls, and the zeroing of a new
** block it only partly covers. In a bulk ingest that was a fifth of the
** writing thread's time, and at 10M rows more than a quarter. Here writes
** that continue one another are copied into one buffer of WAL_BUF bytes
** and reach the file together; a write into what the buffer holds (SQLite
** rewrites a frame of its own transaction in place) changes the buffer.
**
** Nothing is weaker for it: the buffer is written before every other
** operation on the log (a read that overlaps it, a sync, a truncation, the
** size, a file control, closing), so SQLite's own order of writes and syncs
** reaches the file unchanged. A commit syncs the log (synchronous=FULL), so
** a committed batch is in the file, on disk, before COMMIT returns; a crash
** before that loses only what no commit had promised. Other files (the
** database, its shared memory, journals) go to the default VFS untouched.
**
** That needs every commit to sync the log, as synchronous=FULL (which
** every writer sets, sqlite_open.c) does: with NORMAL a commit's last
** frames could still be here when other connections are told of it.
** Only connections that write use it (sqlite_open.c); the buffer belongs to
** the one connection that opened the log, used by one thread at a time.
** The database file itself is not buffered: SQLite ignores what the end
** of a checkpoint's copying returns (SQLITE_FCNTL_CKPT_DONE), so a
** gathered write failing there could not stop it from recording pages the
** file never got.
*/
#include "sqlite_int.h"

#include <pthread.h>
#include <stdatomic.h>
#include <string.h>

#define WALBUF_VFS "growthstat-walbuf"
#define WAL_BUF (1 << 20)
/* The most the default VFS writes at once is 128 KiB less a byte. */
#define PIECE (124 << 10)

/* A log file: this struct, then the default VFS's own file. */
struct wfile {
	sqlite3_file base;
	sqlite3_file *real;
	char *buf;
	sqlite3_int64 off;       /* where buf[0] goes in the file */
	int len;                 /* bytes in buf */
	sqlite3_int64 top;       /* the end of the furthest write */
};

static sqlite3_vfs walbuf;
static sqlite3_io_methods wmethods;
/* For walbuf_counts(). */
static atomic_ulong n_calls, n_writes, n_rewrites;

#define REAL(p) (((struct wfile *)(p))->real)
#define ROOT(v) ((sqlite3_vfs *)(v)->pAppData)

/* What the buffer holds goes to the file, in writes the default VFS takes
 * (under 128 KiB each), each but the last ending on a 4 KiB boundary. */
static int flush(struct wfile *f)
{
	int at = 0, rc = SQLITE_OK;

	while (rc == SQLITE_OK && at < f->len) {
		sqlite3_int64 end = (f->off + at + PIECE) & ~(sqlite3_int64)4095;
		int n = f->len - at;

		if (end - (f->off + at) < n)
			n = (int)(end - (f->off + at));
		rc = f->real->pMethods->xWrite(f->real, f->buf + at, n,
					       f->off + at);
		atomic_fetch_add_explicit(&n_writes, 1, memory_order_relaxed);
		at += n;
	}
	f->len = 0;
	return rc;
}

static int w_write(sqlite3_file *p, const void *z, int n, sqlite3_int64 off)
{
	struct wfile *f = (struct wfile *)p;
	sqlite3_int64 end = f->off + f->len;
	int rc;

	atomic_fetch_add_explicit(&n_calls, 1, memory_order_relaxed);
	/* the log's header at 0 starts it anew (after a checkpoint) */
	if (off > 0 && off < f->top)
		atomic_fetch_add_explicit(&n_rewrites, 1, memory_order_relaxed);
	else
		f->top = off + n;
	if (f->len > 0 && off >= f->off && off + n <= end) {
		memcpy(f->buf + (off - f->off), z, (size_t)n);
		return SQLITE_OK;
	}
	if (f->len > 0 && off == end && f->len + n <= WAL_BUF) {
		memcpy(f->buf + f->len, z, (size_t)n);
		f->len += n;
		return SQLITE_OK;
	}
	if ((rc = flush(f)) != SQLITE_OK)
		return rc;
	if (n > WAL_BUF) {
		atomic_fetch_add_explicit(&n_writes, 1, memory_order_relaxed);
		return f->real->pMethods->xWrite(f->real, z, n, off);
	}
	memcpy(f->buf, z, (size_t)n);
	f->off = off;
	f->len = n;
	return SQLITE_OK;
}

/* A read of bytes the buffer holds waits for them to be in the file. */
static int w_read(sqlite3_file *p, void *z, int n, sqlite3_int64 off)
{
	struct wfile *f = (struct wfile *)p;
	int rc;

	if (f->len > 0 && off < f->off + f->len && off + n > f->off &&
	    (rc = flush(f)) != SQLITE_OK)
		return rc;
	return f->real->pMethods->xRead(f->real, z, n, off);
}

static int w_close(sqlite3_file *p)
{
	struct wfile *f = (struct wfile *)p;
	int rc = flush(f), rc2;

	rc2 = f->real->pMethods->xClose(f->real);
	sqlite3_free(f->buf);
	f->buf = NULL;
	return rc != SQLITE_OK ? rc : rc2;
}

static int w_truncate(sqlite3_file *p, sqlite3_int64 size)
{
	int rc = flush((struct wfile *)p);

	return rc ? rc : REAL(p)->pMethods->xTruncate(REAL(p), size);
}

static int w_sync(sqlite3_file *p, int flags)
{
	int rc = flush((struct wfile *)p);

	return rc ? rc : REAL(p)->pMethods->xSync(REAL(p), flags);
}

static int w_size(sqlite3_file *p, sqlite3_int64 *size)
{
	int rc = flush((struct wfile *)p);

	return rc ? rc : REAL(p)->pMethods->xFileSize(REAL(p), size);
}

static int w_fcntl(sqlite3_file *p, int op, void *arg)
{
	int rc = flush((struct wfile *)p);

	return rc ? rc : REAL(p)->pMethods->xFileControl(REAL(p), op, arg);
}

/* The rest as the default VFS does them (locks are the database file's,
 * not the log's: SQLite keeps them in shared memory). */
static int w_lock(sqlite3_file *p, int l)
{
	return REAL(p)->pMethods->xLock(REAL(p), l);
}

static int w_unlock(sqlite3_file *p, int l)
{
	return REAL(p)->pMethods->xUnlock(REAL(p), l);
}

static int w_reserved(sqlite3_file *p, int *out)
{
	return REAL(p)->pMethods->xCheckReservedLock(REAL(p), out);
}

static int w_sector(sqlite3_file *p)
{
	return REAL(p)->pMethods->xSectorSize(REAL(p));
}

static int w_caps(sqlite3_file *p)
{
	return REAL(p)->pMethods->xDeviceCharacteristics(REAL(p));
}

static int w_open(sqlite3_vfs *v, const char *name, sqlite3_file *p,
		  int flags, int *out)
{
	struct wfile *f = (struct wfile *)p;
	int rc;

	if (!(flags & SQLITE_OPEN_WAL))
		return ROOT(v)->xOpen(ROOT(v), name, p, flags, out);
	memset(f, 0, sizeof(*f));
	f->real = (sqlite3_file *)(f + 1);
	rc = ROOT(v)->xOpen(ROOT(v), name, f->real, flags, out);
	if (rc != SQLITE_OK)
		return rc;
	if ((f->buf = sqlite3_malloc(WAL_BUF)) == NULL) {
		f->real->pMethods->xClose(f->real);
		return SQLITE_NOMEM;
	}
	f->base.pMethods = &wmethods;
	return SQLITE_OK;
}

static int v_delete(sqlite3_vfs *v, const char *name, int sync)
{
	return ROOT(v)->xDelete(ROOT(v), name, sync);
}

static int v_access(sqlite3_vfs *v, const char *name, int flags, int *out)
{
	return ROOT(v)->xAccess(ROOT(v), name, flags, out);
}

static int v_full(sqlite3_vfs *v, const char *name, int n, char *out)
{
	return ROOT(v)->xFullPathname(ROOT(v), name, n, out);
}

static int v_random(sqlite3_vfs *v, int n, char *out)
{
	return ROOT(v)->xRandomness(ROOT(v), n, out);
}

static int v_sleep(sqlite3_vfs *v, int us)
{
	return ROOT(v)->xSleep(ROOT(v), us);
}

static int v_time(sqlite3_vfs *v, double *out)
{
	return ROOT(v)->xCurrentTime(ROOT(v), out);
}

static int v_error(sqlite3_vfs *v, int n, char *out)
{
	return ROOT(v)->xGetLastError(ROOT(v), n, out);
}

static int v_time64(sqlite3_vfs *v, sqlite3_int64 *out)
{
	return ROOT(v)->xCurrentTimeInt64(ROOT(v), out);
}

static void *v_dlopen(sqlite3_vfs *v, const char *name)
{
	return ROOT(v)->xDlOpen(ROOT(v), name);
}

static void v_dlerror(sqlite3_vfs *v, int n, char *out)
{
	ROOT(v)->xDlError(ROOT(v), n, out);
}

static void (*v_dlsym(sqlite3_vfs *v, void *h, const char *sym))(void)
{
	return ROOT(v)->xDlSym(ROOT(v), h, sym);
}

static void v_dlclose(sqlite3_vfs *v, void *h)
{
	ROOT(v)->xDlClose(ROOT(v), h);
}

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int registered;

static void setup(void)
{
	sqlite3_vfs *root = sqlite3_vfs_find(NULL);

	/* The default VFS's files may need version 3 entries (shared
	 * memory, memory maps): none of them is the log's. */
	if (root == NULL || root->iVersion < 2 || root->xCurrentTimeInt64 == NULL)
		return;
	wmethods.iVersion = 1;
	wmethods.xClose = w_close;
	wmethods.xRead = w_read;
	wmethods.xWrite = w_write;
	wmethods.xTruncate = w_truncate;
	wmethods.xSync = w_sync;
	wmethods.xFileSize = w_size;
	wmethods.xLock = w_lock;
	wmethods.xUnlock = w_unlock;
	wmethods.xCheckReservedLock = w_reserved;
	wmethods.xFileControl = w_fcntl;
	wmethods.xSectorSize = w_sector;
	wmethods.xDeviceCharacteristics = w_caps;
	walbuf.iVersion = 2;
	walbuf.szOsFile = (int)sizeof(struct wfile) + root->szOsFile;
	walbuf.mxPathname = root->mxPathname;
	walbuf.zName = WALBUF_VFS;
	walbuf.pAppData = root;
	walbuf.xOpen = w_open;
	walbuf.xDelete = v_delete;
	walbuf.xAccess = v_access;
	walbuf.xFullPathname = v_full;
	walbuf.xDlOpen = v_dlopen;
	walbuf.xDlError = v_dlerror;
	walbuf.xDlSym = v_dlsym;
	walbuf.xDlClose = v_dlclose;
	walbuf.xRandomness = v_random;
	walbuf.xSleep = v_sleep;
	walbuf.xCurrentTime = v_time;
	walbuf.xGetLastError = v_error;
	walbuf.xCurrentTimeInt64 = v_time64;
	registered = sqlite3_vfs_register(&walbuf, 0) == SQLITE_OK;
}

const char *walbuf_vfs(void)
{
	pthread_once(&once, setup);
	return registered ? WALBUF_VFS : NULL;
}

void walbuf_counts(struct walbuf_counts *c)
{
	c->calls = atomic_load(&n_calls);
	c->writes = atomic_load(&n_writes);
	c->rewrites = atomic_load(&n_rewrites);
}
