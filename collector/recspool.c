/*
** recspool.c: records kept aside by line for the reject file (recspool.h).
*/
#include "recspool.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct entry {
	long line;
	long off;
	size_t len;
};

struct recspool {
	FILE *f;           /* made on the first add */
	struct entry *v;
	size_t n;
	long end;          /* bytes written */
};

struct recspool *recspool_new(void)
{
	return xcalloc(1, sizeof(struct recspool));
}

void recspool_free(struct recspool *s)
{
	if (s == NULL)
		return;
	if (s->f)
		fclose(s->f);
	free(s->v);
	free(s);
}

/* An unlinked temporary file in $TMPDIR, as the sort file of a large
 * ingest (series/runs.c). */
static int make_file(struct recspool *s, struct gs_err *e)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];
	int fd;

	gs_snprintf(path, sizeof(path), "%s/growthstat-rej-XXXXXX",
		    dir && dir[0] ? dir : "/tmp");
	fd = mkstemp(path);
	if (fd >= 0) {
		unlink(path);
		s->f = fdopen(fd, "w+b");
		if (s->f)
			return 0;
		close(fd);
	}
	return gs_errf(e, GS_EX_IOERR, "the reject spool of --skip-bad: "
		       "cannot create it: %s (it lives in $TMPDIR, default "
		       "/tmp)", strerror(errno));
}

int recspool_add(struct recspool *s, long line, const char *text,
		 size_t len, struct gs_err *e)
{
	struct entry *x;

	if (s->n && s->v[s->n - 1].line >= line)
		return 0;
	if (s->f == NULL && make_file(s, e))
		return -1;
	if (len && fwrite(text, 1, len, s->f) != len)
		return gs_errf(e, GS_EX_IOERR, "the reject spool of --skip-bad:"
			       " cannot write it: %s", strerror(errno));
	GS_GROW(s->v, s->n);
	x = &s->v[s->n++];
	x->line = line;
	x->off = s->end;
	x->len = len;
	s->end += (long)len;
	return 0;
}

static const struct entry *find(const struct recspool *s, long line)
{
	size_t lo = 0, hi = s->n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (s->v[mid].line < line)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < s->n && s->v[lo].line == line ? &s->v[lo] : NULL;
}

char *recspool_get(struct recspool *s, long line)
{
	const struct entry *x = find(s, line);
	char *t;

	if (x == NULL)
		return NULL;
	t = xmalloc(x->len + 1);
	/* Reading moves the stream's position; the next add seeks back to
	 * the end first (fseek between a read and a write, as C asks). */
	if (fflush(s->f) || fseek(s->f, x->off, SEEK_SET) ||
	    fread(t, 1, x->len, s->f) != x->len) {
		free(t);
		fseek(s->f, 0, SEEK_END);
		return NULL;
	}
	fseek(s->f, 0, SEEK_END);
	t[x->len] = '\0';
	return t;
}
