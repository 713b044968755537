/*
** batchfind.c: the batch log as `retract --file NAME` and `retract
** --list-batches` read it (series.h): the committed batches, and which of
** them NAME means.
**
** A batch records the file's name as ingest was given it: a drop run
** records /srv/drop/NAME.csv, and the file is then in archive/, perhaps
** as NAME.1.csv. An analyst names it as she finds it, so NAME is, in
** turn: the name as recorded; a file that exists (the archived copy),
** found by its content hash, which the batch log keeps; its base name.
** The first rule that matches decides: one batch is retracted, several
** are listed (number, file, start, rows) for the analyst to pick with
** --batch, and none is an error. Nothing is guessed across rules.
*/
#include "db_internal.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int series_batches(struct series_db *db, struct batch_list *out,
		   struct gs_err *e)
{
	memset(out, 0, sizeof(*out));
	if (db->ops->batches == NULL)
		return gs_errf(e, GS_EX_SOFTWARE, "%s: no batch log",
			       db->path);
	return db->ops->batches(db, out, e);
}

void batch_list_free(struct batch_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++) {
		free(l->v[i].file);
		free(l->v[i].hash);
		free(l->v[i].started);
	}
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* The content hash ingest records (FNV-1a over every byte, csvin.c) of
 * the regular file path, in hex; 0 when it is none, -1 on a read error. */
static int file_hash(const char *path, char out[17])
{
	uint64_t h = GS_FNV1A_INIT;
	unsigned char buf[65536];
	struct stat sb;
	ssize_t got;
	int fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);

	if (fd < 0)
		return 0;
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode)) {
		close(fd);
		return 0;
	}
	while ((got = read(fd, buf, sizeof(buf))) > 0)
		h = gs_fnv1a(h, buf, (size_t)got);
	close(fd);
	if (got < 0)
		return -1;
	gs_snprintf(out, 17, "%016llx", (unsigned long long)h);
	return 1;
}

static const char *base_of(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

enum rule { BY_NAME, BY_CONTENT, BY_BASE };

static bool matches(const struct batch_info *b, enum rule r, const char *file,
		    const char *hash)
{
	switch (r) {
	case BY_NAME: return strcmp(b->file, file) == 0;
	case BY_CONTENT: return hash[0] && strcmp(b->hash, hash) == 0;
	case BY_BASE: return strcmp(base_of(b->file), base_of(file)) == 0;
	}
	return false;
}

static const char *const rule_text[] = { "as recorded",
	"by its content", "by its base name" };

/* "several batches read ...: batch 3 (FILE, STARTED, N rows), ..." */
static int several(struct series_db *db, const struct batch_list *l,
		   enum rule r, const char *file, const char *hash,
		   struct gs_err *e)
{
	struct gs_buf b = { 0 };
	size_t i;
	int n = 0;

	for (i = 0; i < l->n; i++) {
		const struct batch_info *x = &l->v[i];

		if (!matches(x, r, file, hash))
			continue;
		if (b.len > 500) {
			gs_buf_add(&b, ", ...");
			break;
		}
		gs_buf_printf(&b, "%sbatch %lld (%s, %s, %ld row%s)",
			      n++ ? ", " : "", (long long)x->id, x->file,
			      x->started, x->rows, x->rows == 1 ? "" : "s");
	}
	gs_errf(e, GS_EX_DATAERR, "%s: '%s' (%s) names several batches: %s; "
		"name one with --batch N", db->path, file, rule_text[r], b.s);
	gs_buf_free(&b);
	return -1;
}

/* The batch NAME means under rule r: 1 found, 0 none, -1 several. */
static int by_rule(struct series_db *db, const struct batch_list *l,
		   enum rule r, const char *file, const char *hash,
		   int64_t *batch, struct gs_err *e)
{
	size_t i, n = 0;

	for (i = 0; i < l->n; i++)
		if (matches(&l->v[i], r, file, hash) && n++ == 0)
			*batch = l->v[i].id;
	if (n > 1)
		return several(db, l, r, file, hash, e);
	return n == 1;
}

int series_batch_of_file(struct series_db *db, const char *file,
			 int64_t *batch, struct gs_err *e)
{
	struct batch_list l;
	char hash[17] = "";
	enum rule r;
	int k = 0;

	if (file_hash(file, hash) < 0)
		return gs_errf(e, GS_EX_NOINPUT, "%s: %s", file,
			       strerror(errno));
	if (series_batches(db, &l, e))
		return -1;
	for (r = BY_NAME; r <= BY_BASE && k == 0; r++)
		k = by_rule(db, &l, r, file, hash, batch, e);
	batch_list_free(&l);
	if (k == 0)
		return gs_errf(e, GS_EX_DATAERR, "%s: no stored batch read "
			       "'%s' (by the name ingest was given, the "
			       "content of a file there, or the base name); "
			       "'retract --list-batches' lists them",
			       db->path, file);
	return k < 0 ? -1 : 0;
}
