/*
** extract_inputs.c: the texts one `extract` run reads and the candidate
** file each gets, for the cron path "new press releases in a folder ->
** candidates for review".
**
** A directory stands for its *.txt files (hidden names, gs_out's
** temporary names and anything that is not a regular file skipped; a
** symbolic link is never followed, only listed as skipped); files named
** on the command line are taken as given. Each text NAME.txt gets
** OUTDIR/NAME.csv; two texts that would share one output are refused
** before anything is read or written.
**
** Cron runs over the same inbox again and again: a text found in a
** directory whose candidates file is there already was extracted by an
** earlier run (and the file may be under review), so it is done, not a
** failure; unless the text was changed after that file was written,
** which a person must look at.
*/
#include "../../common.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#include "extract.h"

/* Room for one more of n elements of size bytes: the capacity doubles
 * at 8, 16, 32 ... */
static void *grow(void *p, size_t n, size_t size)
{
	if (n == 0 || (n >= 8 && (n & (n - 1)) == 0))
		p = xrealloc(p, (n ? n * 2 : 8) * size);
	return p;
}

static void add(struct xinputs *in, const char *path, bool listed)
{
	struct xinput *x;

	in->v = grow(in->v, in->n, sizeof(*x));
	x = &in->v[in->n++];
	x->path = xstrdup(path);
	x->out = NULL;
	x->listed = listed;
	x->done = x->changed = x->in_way = false;
}

static bool newer(const struct stat *a, const struct stat *b)
{
	return a->st_mtim.tv_sec != b->st_mtim.tv_sec
		       ? a->st_mtim.tv_sec > b->st_mtim.tv_sec
		       : a->st_mtim.tv_nsec > b->st_mtim.tv_nsec;
}

/* A listed text whose output exists: done, or changed since; unless
 * what is there is no candidates file (a directory, a link): that is in
 * the way, never taken as done. */
static void mark_done(struct xinput *x)
{
	struct stat out, text;

	if (lstat(x->out, &out) != 0)
		return;
	if (!S_ISREG(out.st_mode)) {
		x->in_way = true;
		return;
	}
	if (!x->listed)
		return;
	x->done = true;
	x->changed = lstat(x->path, &text) == 0 && newer(&text, &out);
}

static void skip(struct xinputs *in, const char *path)
{
	in->skipped = grow(in->skipped, in->nskipped, sizeof(char *));
	in->skipped[in->nskipped++] = xstrdup(path);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool is_txt(const char *name)
{
	size_t n = strlen(name);

	return n > 4 && strcasecmp(name + n - 4, ".txt") == 0;
}

/* What joins dir and a name: nothing when dir ends in one already. */
static const char *slash(const char *dir)
{
	return dir[0] && dir[strlen(dir) - 1] == '/' ? "" : "/";
}

/* The *.txt regular files of dir, in name order. */
static int list_dir(struct xinputs *in, const char *dir, struct gs_err *e)
{
	DIR *dp = opendir(dir);
	struct dirent *de;
	char **names = NULL, path[4096];
	size_t n = 0, i;
	struct stat st;

	if (dp == NULL)
		return gs_errf(e, GS_EX_NOINPUT, "cannot read directory '%s': %s",
			       dir, strerror(errno));
	while ((de = readdir(dp)) != NULL) {
		if (de->d_name[0] == '.' || gs_out_is_temporary(de->d_name) ||
		    !is_txt(de->d_name))
			continue;
		names = grow(names, n, sizeof(*names));
		names[n++] = xstrdup(de->d_name);
	}
	closedir(dp);
	qsort(names, n, sizeof(*names), by_name);
	for (i = 0; i < n; i++) {
		gs_snprintf(path, sizeof(path), "%s%s%s", dir, slash(dir),
			    names[i]);
		if (lstat(path, &st) == 0 && S_ISREG(st.st_mode))
			add(in, path, true);
		else
			skip(in, path); /* a link, a FIFO, gone meanwhile */
		free(names[i]);
	}
	free(names);
	return 0;
}

/* OUTDIR/NAME.csv for the text path NAME.txt (NAME.EXT, NAME). */
static char *out_name(const char *outdir, const char *path)
{
	const char *base = strrchr(path, '/'), *dot;
	char buf[4096];
	int len;

	base = base ? base + 1 : path;
	dot = strrchr(base, '.');
	len = dot && dot > base ? (int)(dot - base) : (int)strlen(base);
	gs_snprintf(buf, sizeof(buf), "%s%s%.*s.csv", outdir, slash(outdir),
		    len, base);
	return xstrdup(buf);
}

static int by_out(const void *a, const void *b)
{
	return strcmp(((const struct xinput *)a)->out,
		      ((const struct xinput *)b)->out);
}

int xinputs_collect(char *const *args, size_t n, const char *outdir,
		    struct xinputs *in, struct gs_err *e)
{
	struct stat st;
	size_t i;

	memset(in, 0, sizeof(*in));
	for (i = 0; i < n; i++) {
		if (stat(args[i], &st) == 0 && S_ISDIR(st.st_mode)) {
			if (list_dir(in, args[i], e))
				return -1;
		} else {
			add(in, args[i], false);
		}
	}
	for (i = 0; i < in->n; i++) {
		in->v[i].out = out_name(outdir, in->v[i].path);
		mark_done(&in->v[i]);
	}
	qsort(in->v, in->n, sizeof(*in->v), by_out);
	for (i = 1; i < in->n; i++)
		if (strcmp(in->v[i - 1].out, in->v[i].out) == 0)
			return gs_errf(e, GS_EX_USAGE, "'%s' and '%s' would both "
				       "write '%s'", in->v[i - 1].path,
				       in->v[i].path, in->v[i].out);
	return 0;
}

void xinputs_free(struct xinputs *in)
{
	size_t i;

	for (i = 0; i < in->n; i++) {
		free(in->v[i].path);
		free(in->v[i].out);
	}
	for (i = 0; i < in->nskipped; i++)
		free(in->skipped[i]);
	free(in->v);
	free(in->skipped);
	memset(in, 0, sizeof(*in));
}
