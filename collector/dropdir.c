/*
** dropdir.c: scanning a drop directory and moving its files (dropdir.h).
*/
#include "dropdir.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define COPY_BLOCK (64u * 1024u)
#define MAX_SUFFIX 9999

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

int drop_scan(const char *dir, long min_age, struct drop_list *out,
	      struct gs_err *e)
{
	DIR *d;
	struct dirent *de;
	size_t cap = 0;
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
		if (stat(path, &sb) != 0 || !S_ISREG(sb.st_mode)) {
			free(path);
			continue;
		}
		if (temporary(de->d_name) || sb.st_mtime > now - min_age) {
			out->waiting++;
			free(path);
			continue;
		}
		if (out->n == cap) {
			cap = cap ? cap * 2 : 16;
			out->v = xrealloc(out->v, cap * sizeof(*out->v));
		}
		out->v[out->n].name = xstrdup(de->d_name);
		out->v[out->n].path = path;
		out->v[out->n].size = (uint64_t)sb.st_size;
		out->bytes += (uint64_t)sb.st_size;
		out->n++;
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
	free(l->v);
	memset(l, 0, sizeof(*l));
}

int drop_mkdir(const char *dir, struct gs_err *e)
{
	struct stat sb;

	if (mkdir(dir, 0777) == 0)
		return 0;
	if (errno == EEXIST && stat(dir, &sb) == 0 && S_ISDIR(sb.st_mode))
		return 0;
	return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot create the directory: "
		       "%s", dir, errno == EEXIST ? "a file is in the way" :
		       strerror(errno));
}

static const char *base_name(const char *path)
{
	const char *s = strrchr(path, '/');

	return s ? s + 1 : path;
}

/* DIR/NAME, or DIR/STEM.k.EXT for k >= 1. */
static void candidate(const char *dir, const char *name, int k, char *out,
		      size_t n)
{
	const char *dot = strrchr(name, '.');

	if (k == 0)
		gs_snprintf(out, n, "%s/%s", dir, name);
	else if (dot == NULL || dot == name)
		gs_snprintf(out, n, "%s/%s.%d", dir, name, k);
	else
		gs_snprintf(out, n, "%s/%.*s.%d%s", dir, (int)(dot - name),
			    name, k, dot);
}

/* 1 when the two files have the same bytes, 0 when not (or unreadable). */
static int same_content(const char *a, const char *b)
{
	FILE *fa = fopen(a, "rb"), *fb = fopen(b, "rb");
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

static int fsync_dir(const char *dir)
{
	int fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC), rc;

	if (fd < 0)
		return -1;
	rc = fsync(fd);
	close(fd);
	return rc;
}

/* Copy src to dst (which must not exist) durably: a temporary name in
 * dst's directory, fsync, rename. */
static int copy_file(const char *src, const char *dir, const char *dst,
		     struct gs_err *e)
{
	char tmp[4200];
	char *buf = NULL;
	struct stat sb;
	int in = -1, out = -1, ret = -1;
	ssize_t k;

	gs_snprintf(tmp, sizeof(tmp), "%s/.%s.XXXXXX", dir, base_name(dst));
	if ((in = open(src, O_RDONLY | O_CLOEXEC)) < 0 ||
	    (out = mkstemp(tmp)) < 0) {
		gs_errf(e, GS_EX_CANTCREAT, "%s: cannot copy to %s: %s", src,
			dir, strerror(errno));
		tmp[0] = '\0';
		goto cleanup;
	}
	if (fstat(in, &sb) == 0)
		(void)fchmod(out, sb.st_mode & 0777);
	buf = xmalloc(COPY_BLOCK);
	while ((k = read(in, buf, COPY_BLOCK)) > 0)
		if (write(out, buf, (size_t)k) != k) {
			k = -1;
			break;
		}
	if (k < 0 || fsync(out) != 0 || close(out) != 0) {
		out = -1;
		gs_errf(e, GS_EX_CANTCREAT, "%s: cannot copy to %s: %s", src,
			dir, strerror(errno ? errno : EIO));
		goto cleanup;
	}
	out = -1;
	if (rename(tmp, dst) != 0 || fsync_dir(dir) != 0) {
		gs_errf(e, GS_EX_CANTCREAT, "%s: %s", dst, strerror(errno));
		goto cleanup;
	}
	tmp[0] = '\0';
	ret = 0;
cleanup:
	if (in >= 0)
		close(in);
	if (out >= 0)
		close(out);
	if (tmp[0])
		unlink(tmp);
	free(buf);
	return ret;
}

/* Move path to dst, which does not exist. */
static int move(const char *path, const char *dir, const char *dst,
		struct gs_err *e)
{
	/* link + unlink never replaces a file that appeared meanwhile. */
	if (link(path, dst) == 0)
		return unlink(path) == 0 || errno == ENOENT ? 0 :
		       gs_errf(e, GS_EX_CANTCREAT, "%s: cannot remove after "
			       "moving it to %s: %s", path, dst, strerror(errno));
	if (errno == EXDEV) {
		if (copy_file(path, dir, dst, e))
			return -1;
		if (unlink(path) == 0)
			return 0;
		return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot remove after "
			       "copying it to %s: %s", path, dst,
			       strerror(errno));
	}
	if (errno != EEXIST && rename(path, dst) == 0)
		return 0;
	return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot move to %s: %s", path,
		       dir, strerror(errno));
}

/* A free name in dir for the file at path; for the archive, -2 when an
 * identical file already holds one. */
static int free_name(const char *path, const char *dir, bool dedup, char *out,
		     size_t n, struct gs_err *e)
{
	const char *name = base_name(path);
	struct stat sb;
	int k;

	for (k = 0; k <= MAX_SUFFIX; k++) {
		candidate(dir, name, k, out, n);
		if (lstat(out, &sb) != 0)
			return errno == ENOENT ? 0 : gs_errf(e, GS_EX_CANTCREAT,
				"%s: %s", out, strerror(errno));
		if (dedup && S_ISREG(sb.st_mode) && same_content(path, out))
			return -2;
	}
	return gs_errf(e, GS_EX_CANTCREAT, "%s: no free name for %s", dir,
		       name);
}

int drop_archive(const char *path, const char *dir, char *out, size_t n,
		 struct gs_err *e)
{
	int k = free_name(path, dir, true, out, n, e);

	if (k == -2) {
		if (unlink(path) == 0)
			return 0;
		return gs_errf(e, GS_EX_CANTCREAT, "%s: cannot remove: %s",
			       path, strerror(errno));
	}
	if (k < 0)
		return -1;
	return move(path, dir, out, e);
}

/* Write text to path through a temporary file and a rename. */
static int write_text(const char *path, const char *text, size_t len,
		      struct gs_err *e)
{
	char tmp[4200];
	FILE *fp;
	bool ok;

	gs_snprintf(tmp, sizeof(tmp), "%s.tmp", path);
	if ((fp = fopen(tmp, "w")) == NULL)
		return gs_errf(e, GS_EX_CANTCREAT, "%s: %s", tmp,
			       strerror(errno));
	ok = fwrite(text, 1, len, fp) == len;
	ok = fflush(fp) == 0 && ok;
	ok = fsync(fileno(fp)) == 0 && ok;
	ok = fclose(fp) == 0 && ok;
	if (!ok || rename(tmp, path) != 0) {
		gs_errf(e, GS_EX_CANTCREAT, "%s: %s", path, strerror(errno));
		unlink(tmp);
		return -1;
	}
	return 0;
}

int drop_reject(const char *path, const char *dir, const char *errors,
		size_t len, char *out, size_t n, struct gs_err *e)
{
	char epath[4200];

	if (free_name(path, dir, false, out, n, e) < 0)
		return -1;
	gs_snprintf(epath, sizeof(epath), "%s.errors", out);
	if (write_text(epath, errors, len, e))
		return -1;
	return move(path, dir, out, e);
}
