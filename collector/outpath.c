/*
** outpath.c: outputs that would destroy inputs (outpath.h).
*/
#include "outpath.h"
#include "../series/series.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static bool same_inode(const char *a, const char *b)
{
	struct stat sa, sb;

	return stat(a, &sa) == 0 && stat(b, &sb) == 0 &&
	       sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/* The folder of path ("." when it has none); freed by the caller. */
static char *dir_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	if (slash == NULL)
		return xstrdup(".");
	return xstrndup(path, slash == path ? 1 : (size_t)(slash - path));
}

static const char *base_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/* True when a and b are one file, or (when a does not exist yet) one
 * name in one folder: a -wal that SQLite removed at close is still the
 * database's. */
static bool same_file(const char *a, const char *b)
{
	struct stat sa;
	char *da, *db;
	bool same;

	if (stat(a, &sa) == 0)
		return same_inode(a, b);
	if (strcmp(base_of(a), base_of(b)) != 0)
		return false;
	da = dir_of(a);
	db = dir_of(b);
	same = same_inode(da, db);
	free(da);
	free(db);
	return same;
}

int outpath_is_db(const char *out, const char *db_path, struct gs_err *e)
{
	char *real = NULL, *p, shown[1024];
	int i, ret = 0;

	if (db_path == NULL || series_is_uri(db_path))
		return 0;
	/* the lock is beside the database's real path (lock.c) */
	real = realpath(db_path, NULL);
	i = series_file_of(real ? real : db_path, out, same_file, &p);
	if (i >= 0)
		ret = gs_errf(e, GS_EX_USAGE, "%s is the database%s%s (%s): "
			      "refusing to overwrite it", out, i ? "'s " : "",
			      i ? series_file_suffix[i] + 1 : "",
			      gs_redact_uri(shown, sizeof(shown), p));
	free(p);
	free(real);
	return ret;
}

int outpath_in_drop(const char *what, const char *path, const char *drop,
		    struct gs_err *e)
{
	char *real, *dir, shown[1024];
	bool in;

	if (path == NULL || series_is_uri(path))
		return 0;
	/* where the file itself lives: a link elsewhere may name it */
	real = realpath(path, NULL);
	dir = dir_of(real ? real : path);
	in = same_inode(dir, drop);
	free(dir);
	free(real);
	if (!in)
		return 0;
	return gs_errf(e, GS_EX_USAGE, "%s %s is in the drop directory %s: "
		       "every run would read it as an input file and move it "
		       "away; keep it in another folder", what,
		       gs_redact_uri(shown, sizeof(shown), path), drop);
}

int outpath_is_input(const char *out, char *const *in, size_t n,
		     struct gs_err *e)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strcmp(in[i], "-") != 0 && same_file(out, in[i]))
			return gs_errf(e, GS_EX_USAGE, "%s is the input file "
				       "%s: refusing to overwrite it", out,
				       in[i]);
	return 0;
}

int outpath_same_dir(const char *dir, const char *drop, struct gs_err *e)
{
	if (!same_file(dir, drop))
		return 0;
	return gs_errf(e, GS_EX_USAGE, "%s is the drop directory %s itself: "
		       "its files would be moved onto themselves or read "
		       "again every run (give a folder of its own, e.g. "
		       "%s/archive)", dir, drop, drop);
}

static char *default_rejects(const char *in)
{
	const char *name = strcmp(in, "-") == 0 ? "stdin" : in;
	size_t n = strlen(name) + sizeof(".rejects.csv");
	char *p = xmalloc(n);

	gs_snprintf(p, n, "%s.rejects.csv", name);
	return p;
}

int outpath_default_rejects(char *const *in, size_t n, const char *db_path,
			    struct gs_err *e)
{
	char **out = xcalloc(n ? n : 1, sizeof(*out));
	size_t i, j;
	int ret = 0;

	for (i = 0; i < n && ret == 0; i++) {
		out[i] = default_rejects(in[i]);
		if (outpath_is_db(out[i], db_path, e) ||
		    outpath_is_input(out[i], in, n, e))
			ret = -1;
		for (j = 0; j < i && ret == 0; j++)
			if (same_file(out[i], out[j]))
				ret = gs_errf(e, GS_EX_USAGE, "%s would hold the "
					      "rejected rows of both %s and %s",
					      out[i], in[j], in[i]);
	}
	for (i = 0; i < n; i++)
		free(out[i]);
	free(out);
	return ret;
}
