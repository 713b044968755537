/*
** rejects.c: the --skip-bad reject file. See rejects.h.
*/
#include "rejects.h"

#include <csv.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

struct rejects {
	struct gs_out out;
	enum rejects_place how;
	size_t nheader;   /* fields of the header */
	char delim;
};

char *rejects_record_text(const struct csv_record *rec, char delim,
			  size_t *len)
{
	size_t i, n = 0;
	char *text;

	for (i = 0; i < rec->n; i++)
		n += rec->len[i] * 2 + 3;
	text = xmalloc(n + 1);
	n = 0;
	for (i = 0; i < rec->n; i++) {
		if (i)
			text[n++] = delim ? delim : ',';
		n += csv_write(text + n, rec->len[i] * 2 + 2, rec->f[i],
			       rec->len[i]);
	}
	text[n] = '\0';
	*len = n;
	return text;
}

/* text (NULL: no columns before the reason), empty fields up to the
 * header's width, then the last field quoted. */
static void line(struct rejects *r, const char *text, size_t nfields,
		 const char *last)
{
	if (text) {
		fputs(text, r->out.fp);
		fputc(r->delim, r->out.fp);
	}
	for (; nfields < r->nheader; nfields++) {
		fputs("\"\"", r->out.fp);
		fputc(r->delim, r->out.fp);
	}
	csv_fwrite(r->out.fp, last, strlen(last));
	fputc('\n', r->out.fp);
}

unsigned rejects_source_mode(const char *path, int fd)
{
	struct stat sb;
	int rc = fd >= 0 ? fstat(fd, &sb) : strcmp(path, "-") == 0 ?
		 fstat(STDIN_FILENO, &sb) : stat(path, &sb);

	/* a pipe's mode says nothing of who may read what went through it */
	return rc == 0 && S_ISREG(sb.st_mode) ? (unsigned)sb.st_mode : 0777u;
}

/* How far into a file its first line is looked for (a header of 10,000
 * columns is some 100 KB). */
#define HEADER_MAX (16u << 20)

/* Does the first line of fp end in the reason column, as every reject
 * file's header does ('"reason"' after the input's own columns)? */
static bool ends_in_reason(FILE *fp)
{
	static const char want[] = "\"reason\"";
	char tail[sizeof(want)] = "";
	size_t k = sizeof(want) - 1, i, n = 0;
	int c;

	while ((c = getc(fp)) != EOF && c != '\n' && n++ < HEADER_MAX) {
		if (c == '\r')
			continue;
		memmove(tail, tail + 1, k - 1);
		tail[k - 1] = (char)c;
	}
	for (i = 0; i < k && tail[i] == want[i]; i++)
		;
	return i == k && n >= k;
}

/*
** --rejects FILE replaces an earlier reject file there, and nothing else:
** `--rejects a.csv b.csv` (meant: ingest both) must not put b.csv's
** rejects in place of the data in a.csv. No file, an empty one, a link
** (replaced, never followed) or no regular file (gs_out_open refuses it)
** passes here.
*/
static int replaceable_rejects(const char *path, struct gs_err *e)
{
	FILE *fp = gs_open_read(path, false);
	bool ours;
	struct stat sb;

	if (fp == NULL && (errno == ENOENT || errno == ELOOP ||
			   errno == EINVAL))
		return 0;
	if (fp && fstat(fileno(fp), &sb) == 0 && sb.st_size == 0) {
		fclose(fp);
		return 0;
	}
	ours = fp && ends_in_reason(fp);
	if (fp)
		fclose(fp);
	if (ours)
		return 0;
	return gs_errf(e, GS_EX_CANTCREAT, "%s: exists and is not a reject "
		       "file (its header has no reason column); not replaced: "
		       "move it away or name another --rejects file", path);
}

struct rejects *rejects_open(const char *path, enum rejects_place how,
			     const char *header, size_t nheader, char delim,
			     unsigned src_mode, struct gs_err *e)
{
	struct rejects *r;

	if (how == REJECTS_REPLACE && replaceable_rejects(path, e))
		return NULL;
	r = xcalloc(1, sizeof(*r));
	r->nheader = header ? nheader : 0;
	r->delim = delim ? delim : ',';
	r->how = how;
	/* An ingest holds the database's lock: a temporary of these
	 * rejects can only be a killed run's. */
	gs_out_sweep(path);
	if (gs_out_open(&r->out, path, how != REJECTS_REPLACE, e)) {
		free(r);
		return NULL;
	}
	/* the rows of an input only its owner may read stay so */
	if (gs_out_private_as(&r->out, src_mode)) {
		gs_errf(e, GS_EX_CANTCREAT, "%s: cannot set its permissions: %s",
			path, strerror(errno));
		rejects_abort(r);
		return NULL;
	}
	line(r, header, r->nheader, "reason");
	return r;
}

void rejects_write(struct rejects *r, const char *text, size_t nfields,
		   const struct gs_err *why)
{
	char reason[1200];

	gs_err_format(why, reason, sizeof(reason));
	line(r, text, nfields, reason);
}

int rejects_flush(struct rejects *r, struct gs_err *e)
{
	if (fflush(r->out.fp) == 0)
		return 0;
	return gs_errf(e, GS_EX_IOERR, "%s: %s", r->out.path,
		       strerror(errno));
}

int rejects_commit(struct rejects *r, char *used, size_t n,
		   struct gs_err *e)
{
	int ret;

	if (r->how == REJECTS_NEXT_FREE) {
		ret = gs_out_commit_free(&r->out, used, n, e);
	} else {
		gs_snprintf(used, n, "%s", r->out.path);
		ret = gs_out_commit(&r->out, e);
	}
	gs_out_abort(&r->out);
	free(r);
	return ret;
}

void rejects_abort(struct rejects *r)
{
	gs_out_abort(&r->out);
	free(r);
}
