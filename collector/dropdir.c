/*
** dropdir.c: scanning a drop directory and moving its files (dropdir.h).
*/
#include "dropdir.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define COPY_BLOCK (64u * 1024u)

static bool ends_with(const char *s, const char *suffix)
{
	size_t n = strlen(s), k = strlen(suffix);

	return n >= k && strcmp(s + n - k, suffix) == 0;
}

/* Names that say the file is still being written. */
static bool temporary(const char *name)
{
	return name[0] == '.' || ends_with(name, ".part") ||
	       ends_with(name, ".tmp") || ends_with(name, ".partial") ||
	       ends_with(name, "~");
}

static char *join(const char *dir, const char *name)
{
	size_t n = strlen(dir) + strlen(name) + 2;
	char *p = xmalloc(n);

	gs_snprintf(p, n, "%s/%s", dir, name);
	return p;
}

static int by_name(const void *a, const void *b)
{
	const struct drop_file *x = a, *y = b;

	return strcmp(x->name, y->name);
}

/* An entry that is not a regular file: a directory (the archive, the
 * rejects, or a link to one) is passed over in silence; anything else (a
 * symbolic link to a file, a FIFO, a socket, a device) is named, never
 * opened. Only the type of a link's target is looked at. */
static bool refuse_by_name(const char *path, const struct stat *lsb)
{
	struct stat sb;

	if (S_ISDIR(lsb->st_mode))
		return false;
	return !(S_ISLNK(lsb->st_mode) && stat(path, &sb) == 0 &&
		 S_ISDIR(sb.st_mode));
}

static void add_refused(struct drop_list *out, const char *name,
			const struct stat *lsb)
{
	GS_GROW(out->refused, out->nrefused);
	out->refused[out->nrefused].name = xstrdup(name);
	out->refused[out->nrefused].why = S_ISLNK(lsb->st_mode) ?
		"a symbolic link" : S_ISFIFO(lsb->st_mode) ? "a FIFO" :
		S_ISSOCK(lsb->st_mode) ? "a socket" : "not a regular file";
	out->nrefused++;
}

static void add_ready(struct drop_list *out, const char *name, char *path,
		      const struct stat *sb)
{
	GS_GROW(out->v, out->n);
	out->v[out->n].name = xstrdup(name);
	out->v[out->n].path = path;
	out->v[out->n].size = (uint64_t)sb->st_size;
	out->bytes += (uint64_t)sb->st_size;
	out->n++;
}

int drop_scan(const char *dir, const char *shown, long min_age,
	      struct drop_list *out, struct gs_err *e)
{
	DIR *d;
	struct dirent *de;
	time_t now = time(NULL);

	memset(out, 0, sizeof(*out));
	if ((d = opendir(dir)) == NULL)
		return gs_errf(e, GS_EX_NOINPUT, "%s: cannot read the drop "
			       "directory: %s", dir, strerror(errno));
	while ((de = readdir(d)) != NULL) {
		struct stat sb;
		char *path;

		if (strcmp(de->d_name, ".") == 0 || strcmp(de->d_name, "..") == 0)
			continue;
		path = join(dir, de->d_name);
		/* lstat: a link is looked at as a link, never followed */
		if (lstat(path, &sb) != 0) {
			free(path);
			continue;
		}
		if (!S_ISREG(sb.st_mode)) {
			if (!temporary(de->d_name) && refuse_by_name(path, &sb))
				add_refused(out, de->d_name, &sb);
			free(path);
			continue;
		}
		if (temporary(de->d_name) || sb.st_mtime > now - min_age) {
			out->waiting++;
			free(path);
			continue;
		}
		free(path);
		add_ready(out, de->d_name, join(shown, de->d_name), &sb);
	}
	closedir(d);
	if (out->n)
		qsort(out->v, out->n, sizeof(*out->v), by_name);
	return 0;
}

void drop_list_free(struct drop_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].name);
		free(l->v[i].path);
	}
	for (i = 0; i < l->nrefused; i++)
		free(l->refused[i].name);
	free(l->refused);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* dir is a symbolic link: found so before, or put in place since. */
static int link_refused(const char *dir, struct gs_err *e)
{
	return gs_errf(e, GS_EX_CANTCREAT, "%s: a symbolic link; files are "
		       "never moved through one (it may lead anywhere): make "
		       "it a directory", dir);
}

int drop_mkdir(const char *dir, struct gs_err *e)
{
	struct stat sb;

	if (mkdir(dir, 0777) == 0)
		return 0;
	if (errno == EEXIST && lstat(dir, &sb) == 0 && S_ISLNK(sb.st_mode))
		return link_refused(dir, e);
	if (errno == EEXIST && stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode))
		return 0;
	return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot create the directory: "
		       "%s", dir, errno == EEXIST ? "a file is in the way" :
		       strerror(errno));
}

/* Name p by its descriptor once it is open. */
static void pin_at(struct drop_pin *p, const char *dir)
{
	gs_snprintf(p->proc, sizeof(p->proc), "/proc/self/fd/%d", p->fd);
	p->at = access(p->proc, W_OK | X_OK) == 0 ? p->proc : dir;
}

int drop_pin_open(struct drop_pin *p, const char *dir, struct gs_err *e)
{
	memset(p, 0, sizeof(*p));
	p->fd = -1;
	p->shown = p->at = dir;
	if (drop_mkdir(dir, e))
		return -1;
	p->fd = open(dir, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
	if (p->fd < 0)
		return errno == ELOOP ? link_refused(dir, e) :
		       gs_errf(e, GS_EX_CANTCREAT, "%s: %s", dir, strerror(errno));
	pin_at(p, dir);
	return 0;
}

int drop_pin_drop(struct drop_pin *p, const char *dir, struct gs_err *e)
{
	memset(p, 0, sizeof(*p));
	p->shown = p->at = dir;
	p->fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (p->fd < 0)
		return gs_errf(e, GS_EX_NOINPUT, "%s: cannot read the drop "
			       "directory: %s", dir, strerror(errno));
	pin_at(p, dir);
	return 0;
}

void drop_pin_close(struct drop_pin *p)
{
	if (p->fd >= 0)
		close(p->fd);
	p->fd = -1;
}

bool drop_pin_is_open(const struct drop_pin *p)
{
	return p->fd >= 0;
}

const char *drop_pin_shown(const struct drop_pin *p, const char *path,
			   char *buf, size_t n)
{
	size_t k = strlen(p->at);

	if (p->at != p->shown && strncmp(path, p->at, k) == 0 &&
	    path[k] == '/')
		gs_snprintf(buf, n, "%s%s", p->shown, path + k);
	else
		gs_snprintf(buf, n, "%s", path);
	return buf;
}

void drop_pin_unname(const struct drop_pin *p, char *s, size_t n)
{
	size_t k, used = strlen(s);
	char *at;

	if (p->at == NULL || p->at == p->shown)
		return;
	k = strlen(p->at);
	for (at = strstr(s, p->at); at; at = strstr(at, p->at)) {
		size_t m = strlen(p->shown), tail = used - (size_t)(at - s) - k;

		if (at[k] >= '0' && at[k] <= '9') { /* fd 7 is not fd 71 */
			at += k;
			continue;
		}
		if (used - k + m >= n) /* no room: leave the rest */
			return;
		memmove(at + m, at + k, tail + 1);
		memcpy(at, p->shown, m);
		used = used - k + m;
		at += m;
	}
}

void drop_candidate(const char *dir, const char *name, int k, char *out,
		      size_t n)
{
	char path[PATH_MAX + 64];

	gs_snprintf(path, sizeof(path), "%s/%s", dir, name);
	gs_numbered_name(path, (unsigned)k, out, n);
}

/* 1 when the two files have the same bytes, 0 when not (or unreadable). */
static int same_content(const char *a, const char *b)
{
	FILE *fa = gs_open_read(a, false), *fb = gs_open_read(b, false);
	char *ba = xmalloc(COPY_BLOCK), *bb = xmalloc(COPY_BLOCK);
	int same = fa && fb;

	while (same) {
		size_t na = fread(ba, 1, COPY_BLOCK, fa);
		size_t nb = fread(bb, 1, COPY_BLOCK, fb);

		if (na != nb || memcmp(ba, bb, na) != 0 || ferror(fa) ||
		    ferror(fb))
			same = 0;
		if (na == 0 || na < COPY_BLOCK)
			break;
	}
	if (fa)
		fclose(fa);
	if (fb)
		fclose(fb);
	free(ba);
	free(bb);
	return same;
}

/* Copy src to dst (which must not exist) durably, through an exclusive
 * temporary name linked into place (gs_out, noreplace). */
static int copy_file(const char *src, const char *shown, const char *dst,
		     struct gs_err *e)
{
	FILE *in = gs_open_read(src, false);
	struct gs_out o;
	struct stat sb;
	char *buf;
	size_t k;
	bool ok = true;

	if (in == NULL)
		return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot copy to %s: %s",
			       shown, dst, strerror(errno ? errno : EINVAL));
	if (gs_out_open(&o, dst, true, e)) {
		fclose(in);
		return -1;
	}
	if (fstat(fileno(in), &sb) == 0)
		(void)fchmod(fileno((FILE *)o.fp), sb.st_mode & 0777);
	buf = xmalloc(COPY_BLOCK);
	while (ok && (k = fread(buf, 1, COPY_BLOCK, in)) > 0)
		ok = fwrite(buf, 1, k, o.fp) == k;
	ok = ok && !ferror(in);
	free(buf);
	fclose(in);
	if (!ok) {
		gs_out_abort(&o);
		return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot copy to %s: %s",
			       shown, dst, strerror(errno ? errno : EIO));
	}
	return gs_out_commit(&o, e);
}

/* Move path (called shown in messages) to dst, which does not exist:
 * link + unlink never replaces a file that appeared meanwhile; across file
 * systems, a copy. */
static int move(const char *path, const char *shown, const char *dir,
		const char *dst, struct gs_err *e)
{
	if (link(path, dst) != 0) {
		if (errno != EXDEV)
			return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot move to "
				       "%s: %s", shown, dir, errno == EEXIST ?
				       "a file of that name appeared" :
				       strerror(errno));
		if (copy_file(path, shown, dst, e))
			return -1;
	}
	if (unlink(path) == 0 || errno == ENOENT)
		return 0;
	return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot remove after moving it "
		       "to %s: %s", shown, dst, strerror(errno));
}

/* A free name in dir for name (each of the suffixes free too); for the
 * archive, -2 when an identical file already holds one. */
static int free_name(const char *path, const char *name, const char *dir,
		     bool dedup, const char *const *suffix, char *out,
		     size_t n, struct gs_err *e)
{
	char other[PATH_MAX + 64];
	struct stat sb;
	size_t i;
	int k;

	for (k = 0; k <= DROP_MAX_SUFFIX; k++) {
		drop_candidate(dir, name, k, out, n);
		if (lstat(out, &sb) == 0) {
			if (dedup && S_ISREG(sb.st_mode) && same_content(path, out))
				return -2;
			continue;
		}
		if (errno != ENOENT)
			return gs_errf(e, GS_EX_CANTCREAT, "%s: %s", out,
				       strerror(errno));
		for (i = 0; suffix && suffix[i]; i++) {
			gs_snprintf(other, sizeof(other), "%s%s", out, suffix[i]);
			if (lstat(other, &sb) == 0 || errno != ENOENT)
				break;
		}
		if (suffix == NULL || suffix[i] == NULL)
			return 0;
	}
	return gs_errf(e, GS_EX_CANTCREAT, "%s: no free name for %s", dir,
		       name);
}

int drop_archive(const char *path, const char *name,
		 const struct drop_pin *dir, char *out, size_t n,
		 struct gs_err *e)
{
	char at[PATH_MAX + 64];
	int k;

	/* dir->at names the directory opened at the start of the run, even
	 * if whoever drops files has since put a link in its place */
	k = free_name(path, name, dir->at, true, NULL, at, sizeof(at), e);
	if (k == -2) {
		drop_pin_shown(dir, at, out, n);
		if (unlink(path) == 0)
			return 0;
		return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot remove: %s",
			       name, strerror(errno));
	}
	if (k < 0)
		return -1;
	drop_pin_shown(dir, at, out, n);
	return move(path, name, dir->shown, at, e);
}

/* The longest name whose slot, numbered (".9999"), with its longest
 * companion and that one's temporary name (8 bytes more) is still a
 * file name the system takes. */
#define SLOT_FIT (NAME_MAX - (sizeof(DROP_REJECTS) - 1) - 8 - 5)

/* name, or (longer than SLOT_FIT) its stem cut and last extension kept:
 * else NAME.errors could never be created and a refused file with a long
 * name would stay in the drop directory, refused again every run. */
static const char *slot_name(const char *name, char *buf, size_t n)
{
	const char *dot = strrchr(name, '.');
	size_t ext = dot && dot != name ? strlen(dot) : 0;

	if (strlen(name) <= SLOT_FIT)
		return name;
	if (ext > 16)
		ext = 0;
	gs_snprintf(buf, n, "%.*s%s", (int)(SLOT_FIT - ext), name,
		    ext ? dot : "");
	return buf;
}

int drop_reject_slot(const char *dir, const char *name, char *out, size_t n,
		     struct gs_err *e)
{
	static const char *const suffix[] = { DROP_ERRORS, DROP_REJECTS, NULL };
	char fit[NAME_MAX + 1];

	return free_name(NULL, slot_name(name, fit, sizeof(fit)), dir, false,
			 suffix, out, n, e);
}

/* Write text to path, which must not exist (gs_out, noreplace), readable
 * by group and others only as far as src_mode lets them. */
static int write_text(const char *path, const char *text, size_t len,
		      unsigned src_mode, struct gs_err *e)
{
	struct gs_out o;

	if (gs_out_open(&o, path, true, e))
		return -1;
	if (gs_out_private_as(&o, src_mode) ||
	    fwrite(text, 1, len, o.fp) != len) {
		gs_out_abort(&o);
		return gs_errf(e, GS_EX_CANTCREAT, "%s: %s", path,
			       strerror(errno));
	}
	return gs_out_commit(&o, e);
}

int drop_reject(const char *path, const char *name, const char *slot,
		const char *errors, size_t len, unsigned src_mode,
		struct gs_err *e)
{
	char epath[PATH_MAX + 64], dir[PATH_MAX];
	const char *slash = strrchr(slot, '/');

	gs_snprintf(dir, sizeof(dir), "%.*s", slash ? (int)(slash - slot) : 1,
		    slash ? slot : ".");
	gs_snprintf(epath, sizeof(epath), "%s%s", slot, DROP_ERRORS);
	if (write_text(epath, errors, len, src_mode, e))
		return -1;
	return move(path, name, dir, slot, e);
}
