/*
** dropclaim.c: opening a drop-directory file and claiming it for its move
** as the same object that was read (dropclaim.h).
*/
#ifndef _GNU_SOURCE
#define _GNU_SOURCE 1 /* renameat2 */
#endif
#include "dropclaim.h"
#include "dropdir.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int drop_open(const char *path, struct drop_obj *o, struct gs_err *e)
{
	/* O_NONBLOCK: opening a FIFO must not wait for a writer */
	o->fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY |
		     O_CLOEXEC);
	if (o->fd < 0 && errno == ELOOP)
		return gs_errf_at(e, GS_EX_DATAERR, path, 0, 0, "a symbolic "
				  "link: refused, not followed");
	if (o->fd < 0)
		return gs_errf_at(e, GS_EX_NOINPUT, path, 0, 0, "cannot open: "
				  "%s", strerror(errno));
	if (fstat(o->fd, &o->sb) != 0 || !S_ISREG(o->sb.st_mode)) {
		drop_obj_close(o);
		return gs_errf_at(e, GS_EX_DATAERR, path, 0, 0, "not a regular "
				  "file: refused, not read");
	}
	return 0;
}

void drop_obj_close(struct drop_obj *o)
{
	if (o->fd >= 0)
		close(o->fd);
	o->fd = -1;
}

#define CLAIM_PREFIX ".gs-claim."

static bool same_object(const struct stat *a, const struct stat *b)
{
	return a->st_dev == b->st_dev && a->st_ino == b->st_ino &&
	       a->st_size == b->st_size &&
	       a->st_mtim.tv_sec == b->st_mtim.tv_sec &&
	       a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

/* Put the object at hidden back as dir/name, or under the first free
 * numbered name: link() never replaces what a writer put there since. */
int drop_unclaim(const char *hidden, const char *dir, const char *name,
		    struct gs_err *e)
{
	char path[PATH_MAX + 64], to[PATH_MAX + 80];
	int err;

	gs_snprintf(path, sizeof(path), "%s/%s", dir, name);
	if ((err = gs_link_free(hidden, path, to, sizeof(to))) == 0) {
		unlink(hidden);
		gs_errf(e, 0, "%s: left as %s for the next run", name, to);
		return 0;
	}
	return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot be put back (it is "
		       "%s): %s", name, hidden, strerror(err));
}

/* The private name: ".gs-claim.XXXXXX.NAME" (the name kept, so a run
 * killed before the move is undone by the next one), or without the name
 * when that would be too long for the file system. */
static void claim_name(const char *dir, const char *name, unsigned seq,
		       char *out, size_t n)
{
	if (strlen(name) + sizeof(CLAIM_PREFIX) + 8 <= NAME_MAX)
		gs_snprintf(out, n, "%s/" CLAIM_PREFIX "%06x.%s", dir,
			    seq & 0xffffffu, name);
	else
		gs_snprintf(out, n, "%s/" CLAIM_PREFIX "%06x", dir,
			    seq & 0xffffffu);
}

/* rename() that never replaces: RENAME_NOREPLACE where the system has
 * it, else over an empty placeholder of our own, created exclusively. */
static int rename_noreplace(const char *from, const char *to)
{
	int fd;

#ifdef RENAME_NOREPLACE
	if (renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE) == 0)
		return 0;
	if (errno != EINVAL && errno != ENOSYS)
		return -1;
#endif
	fd = open(to, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC,
		  0600);
	if (fd < 0)
		return -1;
	close(fd);
	if (rename(from, to) == 0)
		return 0;
	fd = errno;
	unlink(to);
	errno = fd;
	return -1;
}

/* Rename path to a fresh private name in dir. */
static int hide(const char *path, const char *dir, const char *name,
		char *hidden, size_t n)
{
	struct timespec ts;
	unsigned seed;
	int tries;

	clock_gettime(CLOCK_REALTIME, &ts);
	seed = (unsigned)ts.tv_nsec ^ ((unsigned)getpid() << 12);
	for (tries = 0; tries < 100; tries++) {
		seed = seed * 1103515245u + 12345u;
		claim_name(dir, name, seed >> 8, hidden, n);
		if (rename_noreplace(path, hidden) == 0)
			return 0;
		if (errno != EEXIST)
			return -1;
	}
	return -1;
}

int drop_claim(const char *dir, const char *name, const struct drop_obj *o,
	       char *hidden, size_t n, struct gs_err *e)
{
	char path[PATH_MAX + 64];
	struct stat sb;

	gs_snprintf(path, sizeof(path), "%s/%s", dir, name);
	if (hide(path, dir, name, hidden, n) != 0) {
		if (errno == ENOENT)
			return gs_errf(e, 0, "%s: removed while it was read",
				       name);
		return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot claim: %s",
			       path, strerror(errno));
	}
	if (lstat(hidden, &sb) == 0 && same_object(&sb, &o->sb))
		return 1;
	if (drop_unclaim(hidden, dir, name, e) < 0)
		return -1;
	gs_snprintf(path, sizeof(path), "%s", e->msg);
	gs_err_clear(e);
	gs_errf(e, 0, "replaced while it was read: %s", path);
	return 0;
}

/* One leftover private name: back under its name, or removed when it is
 * an empty placeholder whose file never moved. */
static void recover_one(const char *dir, const char *entry,
			void (*say)(void *, const char *), void *arg)
{
	const char *name = entry + strlen(CLAIM_PREFIX) + 6;
	char hidden[PATH_MAX + 64], orig[PATH_MAX + 64], alt[32];
	struct stat sb, ob;
	struct gs_err e;

	gs_snprintf(hidden, sizeof(hidden), "%s/%s", dir, entry);
	if (lstat(hidden, &sb) != 0 || !S_ISREG(sb.st_mode))
		return;
	if (*name == '.')
		name++;
	else {
		gs_snprintf(alt, sizeof(alt), "claimed-%.6s",
			    entry + strlen(CLAIM_PREFIX));
		name = alt;
	}
	gs_snprintf(orig, sizeof(orig), "%s/%s", dir, name);
	if (sb.st_size == 0 && lstat(orig, &ob) == 0) {
		unlink(hidden);
		return;
	}
	gs_err_clear(&e);
	drop_unclaim(hidden, dir, name, &e);
	say(arg, e.msg);
}

void drop_recover(const char *dir, void (*say)(void *, const char *),
		  void *arg)
{
	DIR *d = opendir(dir);
	struct dirent *de;

	if (d == NULL)
		return;
	while ((de = readdir(d)) != NULL)
		if (strncmp(de->d_name, CLAIM_PREFIX, strlen(CLAIM_PREFIX)) == 0 &&
		    strlen(de->d_name) >= strlen(CLAIM_PREFIX) + 6)
			recover_one(dir, de->d_name, say, arg);
	closedir(d);
}

void drop_sweep(const char *dir, void (*say)(void *, const char *),
		void *arg)
{
	/* never through a link: a planted one could name another
	 * application's directory, whose dot files would go */
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	DIR *d = fd >= 0 ? fdopendir(fd) : NULL;
	struct dirent *de;
	char path[4200], msg[4400];
	struct stat sb;

	if (d == NULL) {
		if (fd >= 0)
			close(fd);
		return;
	}
	while ((de = readdir(d)) != NULL) {
		if (!gs_out_is_temporary(de->d_name))
			continue;
		gs_snprintf(path, sizeof(path), "%s/%s", dir, de->d_name);
		if (fstatat(fd, de->d_name, &sb, AT_SYMLINK_NOFOLLOW) != 0 ||
		    !(S_ISREG(sb.st_mode) || S_ISLNK(sb.st_mode)) ||
		    unlinkat(fd, de->d_name, 0) != 0)
			continue;
		gs_snprintf(msg, sizeof(msg), "%s: removed, the unfinished "
			    "output of a run that was killed", path);
		say(arg, msg);
	}
	closedir(d);
}
