/*
** outfile.c: output files created exclusively, put in place whole
** (struct gs_out in common.h): a temporary name beside the target,
** written, synced, then renamed or linked into place; removed when a
** signal ends the run.
*/
#include "common.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <dirent.h>
#include <unistd.h>

/* A name for the temporary file: ".NAME.XXXXXX" beside path, NAME cut
 * where the whole would be longer than a file name may be (a target of
 * 248 bytes or more could otherwise never be written). */
static char *tmp_name(const char *path, unsigned seq)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	size_t dlen = slash ? (size_t)(slash - path) + 1 : 0;
	size_t n = strlen(path) + 32, blen = strlen(base);
	char *t = xmalloc(n);

	if (blen > NAME_MAX - 8)
		blen = NAME_MAX - 8;
	gs_snprintf(t, n, "%.*s.%.*s.%06x", (int)dlen, path, (int)blen, base,
		    seq & 0xffffffu);
	return t;
}

/*
** Replacing renames a new file over path: right for a file or a link (the
** link itself goes, its target is never written), wrong for a FIFO, a
** device, a socket or a directory, which are not outputs of this program.
** As root, renaming over /dev/null replaces the system's null device.
*/
static int replaceable(const char *path, struct gs_err *e)
{
	struct stat sb;

	if (lstat(path, &sb) != 0 || S_ISREG(sb.st_mode) ||
	    S_ISLNK(sb.st_mode))
		return 0;
	return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot create: it exists and "
		       "is not a regular file", path);
}

/*
** The temporary names of the outputs being written, removed by a signal
** that ends the run (gs_out_catch_signals): an interrupted report, chart
** or export leaves no hidden half-file beside its target. A slot is
** cleared before its name is freed, so the handler never reads freed
** memory; with every slot taken a name is simply not tracked.
*/
static char *volatile out_tmp[16];

static void out_track(char *tmp, char *old)
{
	size_t i;

	for (i = 0; i < GS_ARRAY_LEN(out_tmp); i++)
		if (out_tmp[i] == old) {
			out_tmp[i] = tmp;
			return;
		}
}

static void out_on_signal(int sig)
{
	size_t i;

	for (i = 0; i < GS_ARRAY_LEN(out_tmp); i++)
		if (out_tmp[i])
			unlink(out_tmp[i]);
	signal(sig, SIG_DFL);
	raise(sig);
}

void gs_out_catch_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa, old;
	size_t i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = out_on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < GS_ARRAY_LEN(sigs); i++)
		/* a signal ignored from the start (a background job) stays so */
		if (sigaction(sigs[i], NULL, &old) == 0 &&
		    old.sa_handler != SIG_IGN)
			sigaction(sigs[i], &sa, NULL);
}

/*
** The process's umask, read without changing it (another thread could
** create a file in between): /proc/self/status says it on Linux 4.7 and
** later; elsewhere it is set and put back.
*/
static unsigned process_umask(void)
{
	FILE *f = fopen("/proc/self/status", "re");
	char line[128];
	unsigned m = 0;
	mode_t old;

	while (f && fgets(line, sizeof(line), f))
		if (sscanf(line, "Umask: %o", &m) == 1) {
			fclose(f);
			return m & 0777u;
		}
	if (f)
		fclose(f);
	old = umask(022);
	umask(old);
	return (unsigned)old & 0777u;
}

int gs_out_open(struct gs_out *o, const char *path, bool noreplace,
		struct gs_err *e)
{
	struct timespec ts;
	unsigned seed;
	int fd = -1, tries;

	memset(o, 0, sizeof(*o));
	if (!noreplace && replaceable(path, e))
		return -1;
	clock_gettime(CLOCK_REALTIME, &ts);
	seed = (unsigned)ts.tv_nsec ^ ((unsigned)getpid() << 12);
	for (tries = 0; tries < 100 && fd < 0; tries++) {
		free(o->tmp);
		seed = seed * 1103515245u + 12345u;
		o->tmp = tmp_name(path, seed >> 8);
		fd = open(o->tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW |
			  O_CLOEXEC, 0600);
		if (fd < 0 && errno != EEXIST)
			break;
	}
	if (fd < 0 || (o->fp = fdopen(fd, "w")) == NULL) {
		int err = errno;

		if (fd >= 0) {
			close(fd);
			unlink(o->tmp);
		}
		free(o->tmp);
		o->tmp = NULL;
		return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot create: %s",
			       path, strerror(err));
	}
	o->path = xstrdup(path);
	o->noreplace = noreplace;
	o->mode = 0666u & ~process_umask();
	out_track(o->tmp, NULL);
	return 0;
}

int gs_out_private_as(struct gs_out *o, unsigned src_mode)
{
	/* the owner keeps what the umask gave (a reject CSV is for
	 * correcting); group and others get no more than the source had.
	 * Only the mode given at commit narrows: the file was created 0600,
	 * so nobody else could open it in between. */
	o->mode &= 0700u | (src_mode & 077u);
	return 0;
}

static int fsync_parent(const char *path)
{
	const char *slash = strrchr(path, '/');
	char *dir = slash ? xstrndup(path, slash == path ? 1 :
				     (size_t)(slash - path)) : xstrdup(".");
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC), rc = 0;

	if (fd >= 0) {
		rc = fsync(fd);
		close(fd);
	}
	free(dir);
	return rc;
}

/* Flush, sync and close the temporary file: 0 or an errno. */
static int settle(struct gs_out *o)
{
	FILE *fp = o->fp;
	bool ok;
	int err = 0;

	ok = fflush(fp) == 0;
	ok = fchmod(fileno(fp), o->mode) == 0 && ok;
	ok = fsync(fileno(fp)) == 0 && ok;
	if (!ok)
		err = errno;
	ok = fclose(fp) == 0 && ok;
	if (!ok && err == 0)
		err = errno ? errno : EIO;
	o->fp = NULL;
	return err;
}

/* Put the temporary file in place as name: linked (never replacing) or
 * renamed (replacing a file or a link, never a link's target). */
static int place(const struct gs_out *o, const char *name)
{
	int rc = o->noreplace ? link(o->tmp, name) : rename(o->tmp, name);

	return rc == 0 ? 0 : errno;
}

/* The end of a commit that placed the file as name (err 0) or failed. */
static int finish(struct gs_out *o, const char *name, int err,
		  struct gs_err *e)
{
	if (err || o->noreplace)
		unlink(o->tmp);
	out_track(NULL, o->tmp);
	free(o->tmp);
	o->tmp = NULL;
	if (err == 0)
		(void)fsync_parent(name);
	else
		gs_errf(e, GS_EX_CANTCREAT, "%s: cannot create: %s", name,
			err == EEXIST ? "a file of that name exists" :
			strerror(err));
	free(o->path);
	o->path = NULL;
	return err ? -1 : 0;
}

int gs_out_commit(struct gs_out *o, struct gs_err *e)
{
	char *name;
	int err, ret;

	if (o->fp == NULL)
		return gs_errf(e, GS_EX_SOFTWARE, "output not open");
	name = xstrdup(o->path);
	err = settle(o);
	if (err == 0)
		err = place(o, name);
	ret = finish(o, name, err, e);
	free(name);
	return ret;
}

void gs_numbered_name(const char *path, unsigned k, char *out, size_t n)
{
	const char *slash = strrchr(path, '/');
	const char *base = slash ? slash + 1 : path;
	const char *dot = strrchr(base, '.');
	size_t stem = dot && dot != base ? (size_t)(dot - path) : strlen(path);

	if (k == 0)
		gs_snprintf(out, n, "%s", path);
	else
		gs_snprintf(out, n, "%.*s.%u%s", (int)stem, path, k,
			    path + stem);
}

int gs_link_free(const char *from, const char *path, char *used, size_t n)
{
	unsigned k;

	for (k = 0; k < GS_OUT_NUMBERS; k++) {
		gs_numbered_name(path, k, used, n);
		if (link(from, used) == 0)
			return 0;
		if (errno != EEXIST)
			return errno;
	}
	return EEXIST;
}

int gs_out_commit_free(struct gs_out *o, char *used, size_t n,
		       struct gs_err *e)
{
	size_t len;
	char *name;
	int err, ret;

	if (o->fp == NULL)
		return gs_errf(e, GS_EX_SOFTWARE, "output not open");
	o->noreplace = true;    /* finish() removes the linked temporary */
	len = strlen(o->path) + 16;
	name = xmalloc(len);
	gs_snprintf(name, len, "%s", o->path);
	err = settle(o);
	if (err == 0)
		err = gs_link_free(o->tmp, o->path, name, len);
	ret = finish(o, name, err, e);
	if (ret == 0 && used)
		gs_snprintf(used, n, "%s", name);
	free(name);
	return ret;
}

void gs_out_abort(struct gs_out *o)
{
	if (o->fp)
		fclose(o->fp);
	if (o->tmp) {
		unlink(o->tmp);
		out_track(NULL, o->tmp);
	}
	free(o->tmp);
	free(o->path);
	memset(o, 0, sizeof(*o));
}

void *gs_open_read(const char *path, bool follow)
{
	struct stat sb;
	FILE *fp;
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC |
		      (follow ? 0 : O_NOFOLLOW));

	if (fd < 0)
		return NULL;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		close(fd);
		errno = EINVAL;
		return NULL;
	}
	if ((fp = fdopen(fd, "rb")) == NULL)
		close(fd);
	return fp;
}

void *gs_open_append(const char *path, struct gs_err *e)
{
	struct stat sb;
	FILE *fp;
	int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NOFOLLOW |
		      O_NONBLOCK | O_NOCTTY | O_CLOEXEC, 0600);

	if (fd < 0)
		return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot open: %s", path,
			       errno == ELOOP ? "a symbolic link" :
			       strerror(errno)), NULL;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		close(fd);
		return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot open: not a "
			       "regular file", path), NULL;
	}
	/* A hard link planted there is another file under a second name
	 * (the lock refuses one too): lines would be appended to it. */
	if (sb.st_nlink > 1) {
		close(fd);
		return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot open: it has %ju "
			       "names (a hard link to another file?); refusing "
			       "to write into it", path,
			       (uintmax_t)sb.st_nlink), NULL;
	}
	if ((fp = fdopen(fd, "a")) == NULL) {
		close(fd);
		return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot open: %s", path,
			       strerror(errno)), NULL;
	}
	return fp;
}

int gs_out_only_ours(const char *path,
		     bool (*ours)(const char *head, size_t n),
		     const char *what, struct gs_err *e)
{
	char head[GS_OUT_HEAD];
	struct stat sb;
	ssize_t n = 0;
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY |
		      O_CLOEXEC);

	/* nothing there, or a link: replaced, never followed */
	if (fd < 0 && (errno == ENOENT || errno == ELOOP))
		return 0;
	if (fd >= 0 && fstat(fd, &sb) == 0 &&
	    (!S_ISREG(sb.st_mode) || sb.st_size == 0)) {
		close(fd);
		return 0; /* empty, or no file (gs_out_open refuses that) */
	}
	if (fd >= 0) {
		n = read(fd, head, sizeof(head));
		close(fd);
	}
	if (n > 0 && ours(head, (size_t)n))
		return 0;
	return gs_errf(e, GS_EX_CANTCREAT, "%s: exists and is not %s "
		       "growthstat wrote; not replaced (move it away or name "
		       "another file)", path, what);
}

bool gs_out_is_temporary(const char *name)
{
	size_t n = strlen(name);

	return n >= 9 && name[0] == '.' && name[n - 7] == '.' &&
	       strspn(name + n - 6, "0123456789abcdef") == 6;
}

void gs_out_sweep(const char *path)
{
	const char *slash = strrchr(path, '/'), *name = slash ? slash + 1 : path;
	char *dir = slash ? xstrndup(path, slash == path ? 1 :
				     (size_t)(slash - path)) : xstrdup(".");
	size_t n = strlen(name);
	DIR *d = opendir(dir);
	struct dirent *de;
	struct stat sb;

	while (d && (de = readdir(d)) != NULL) {
		const char *f = de->d_name;
		char *full;

		if (strlen(f) != n + 8 || strncmp(f + 1, name, n) != 0 ||
		    !gs_out_is_temporary(f))
			continue;
		full = xmalloc(strlen(dir) + strlen(f) + 2);
		sprintf(full, "%s/%s", dir, f);
		if (lstat(full, &sb) == 0 &&
		    (S_ISREG(sb.st_mode) || S_ISLNK(sb.st_mode)))
			unlink(full);
		free(full);
	}
	if (d)
		closedir(d);
	free(dir);
}
