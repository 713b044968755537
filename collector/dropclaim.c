/*
** dropclaim.c: opening a drop-directory file and claiming it for its move
** as the same object that was read (dropclaim.h).
*/
#include "dropclaim.h"
#include "dropdir.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int drop_open(const char *path, struct drop_obj *o, struct gs_err *e)
{
	/* O_NONBLOCK: opening a FIFO must not wait for a writer */
	o->fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);
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
	char to[PATH_MAX + 64];
	int k;

	for (k = 0; k <= DROP_MAX_SUFFIX; k++) {
		drop_candidate(dir, name, k, to, sizeof(to));
		if (link(hidden, to) == 0) {
			unlink(hidden);
			gs_errf(e, 0, "%s: left as %s for the next run", name,
				to);
			return 0;
		}
		if (errno != EEXIST)
			break;
	}
	return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot be put back (it is "
		       "%s): %s", name, hidden, strerror(errno));
}

int drop_claim(const char *dir, const char *name, const struct drop_obj *o,
	       char *hidden, size_t n, struct gs_err *e)
{
	char path[PATH_MAX + 64];
	struct stat sb;
	int fd;

	gs_snprintf(path, sizeof(path), "%s/%s", dir, name);
	gs_snprintf(hidden, n, "%s/.gs-claim.XXXXXX", dir);
	/* a placeholder of our own, created exclusively, that the rename
	 * then replaces: nobody else's file is ever renamed over */
	if ((fd = mkstemp(hidden)) < 0)
		return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot claim %s: %s",
			       dir, name, strerror(errno));
	close(fd);
	if (rename(path, hidden) != 0) {
		int err = errno;

		unlink(hidden);
		if (err == ENOENT)
			return gs_errf(e, 0, "%s: removed while it was read",
				       name);
		return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot claim: %s",
			       path, strerror(err));
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
