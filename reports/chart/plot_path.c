/*
** plot_path.c: output paths of charts (see plot_path.h).
*/
#include "plot_path.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../../series/series.h"

bool plot_path_ends(const char *path, const char *suffix)
{
	size_t n = strlen(path), k = strlen(suffix);

	return n >= k && strcmp(path + n - k, suffix) == 0;
}

const char *plot_path_split(const char *path, char *dir, size_t n)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		gs_snprintf(dir, n, ".");
	else if (slash == path)
		gs_snprintf(dir, n, "/");
	else
		gs_snprintf(dir, n, "%.*s", (int)(slash - path), path);
	return slash ? slash + 1 : path;
}

/* The absolute name of path (its directory resolved); false when the
 * directory does not exist. */
static bool canon(const char *path, char *buf, size_t n)
{
	char dir[PATH_MAX], real[PATH_MAX];
	const char *base = plot_path_split(path, dir, sizeof(dir));

	if (realpath(dir, real) == NULL)
		return false;
	gs_snprintf(buf, n, "%s/%s", strcmp(real, "/") ? real : "", base);
	return true;
}

bool plot_path_same(const char *path, const char *other)
{
	struct stat a, b;
	char x[PATH_MAX + 8], y[PATH_MAX + 8];

	if (stat(path, &a) == 0 && stat(other, &b) == 0)
		return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
	return canon(path, x, sizeof(x)) && canon(other, y, sizeof(y)) &&
	       strcmp(x, y) == 0;
}

int plot_path_check(const char *what, const char *path, const char *db,
		    struct gs_err *e)
{
	const unsigned char *p = (const unsigned char *)path;
	struct stat st;
	char *f = NULL;
	int k;

	if (*path == '\0')
		return gs_errf(e, GS_EX_USAGE, "%s: empty path", what);
	for (; *p; p++)
		if (*p < 0x20 || *p == 0x7F)
			return gs_errf(e, GS_EX_USAGE, "%s: control character "
				       "in path", what);
	if (path[strspn(path, " \t")] == '|')
		return gs_errf(e, GS_EX_USAGE, "%s: a path may not begin with "
			       "'|' (gnuplot would run it as a command)", what);
	k = db ? series_file_of(db, path, plot_path_same, &f) : -1;
	free(f);
	if (k >= 0)
		return gs_errf(e, GS_EX_USAGE, "%s: '%s' is the database%s; "
			       "refusing to write over it", what, path,
			       *series_file_suffix[k] == '.' ? "'s lock" :
			       k ? "'s journal" : "");
	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return gs_errf(e, GS_EX_USAGE, "%s: '%s' is a directory", what,
			       path);
	/* A link is replaced itself (never written through); a FIFO, a
	 * device or a socket is not a chart's file to replace. */
	if (lstat(path, &st) == 0 && !S_ISREG(st.st_mode) &&
	    !S_ISLNK(st.st_mode))
		return gs_errf(e, GS_EX_USAGE, "%s: '%s' exists and is not a "
			       "regular file", what, path);
	return 0;
}

int plot_path_rel(const char *out, const char *script, char *buf, size_t n,
		  struct gs_err *e)
{
	char od[PATH_MAX], sd[PATH_MAX], ro[PATH_MAX], rs[PATH_MAX];
	const char *base = plot_path_split(out, od, sizeof(od));

	plot_path_split(script, sd, sizeof(sd));
	if (realpath(od, ro) == NULL)
		return gs_errf(e, GS_EX_CANTCREAT, "cannot write '%s': %s", out,
			       strerror(errno));
	if (realpath(sd, rs) == NULL)
		return gs_errf(e, GS_EX_CANTCREAT, "cannot write '%s': %s",
			       script, strerror(errno));
	if (strcmp(ro, rs) == 0)
		gs_snprintf(buf, n, "%s", base);
	else
		gs_snprintf(buf, n, "%s/%s", strcmp(ro, "/") ? ro : "", base);
	return 0;
}
