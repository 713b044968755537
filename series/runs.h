/*
** runs.h: sorted runs of staged rows spilled to a temporary file, merged
** back in order (an external merge sort). Internal to series/.
**
** A large ingest stages more rows than memory allows. Each full stage is
** sorted and written out as a run; at the end the runs are merged, so the
** whole file reaches the database in one order (by series, then file
** order) while memory stays bounded: one stage plus a small read buffer per
** run.
*/
#ifndef GS_RUNS_H
#define GS_RUNS_H

#include "obs.h"

/* A staged row: a figure, its series' name and description (used when the
 * series is created), its tag (the file line) and its arrival number. */
struct srow {
	struct gs_obs o;
	const char *name;
	const char *desc;
	long tag;
	uint64_t seq;
};

/* Merge order: by series, then tag, then arrival. */
int srow_cmp(const struct srow *a, const struct srow *b);

struct runs;

/* An empty set of runs; the temporary file is made on the first write,
 * in $TMPDIR (default /tmp), and unlinked at once. */
struct runs *runs_new(void);
void runs_free(struct runs *r);
size_t runs_count(const struct runs *r);

/* Write *rows[0..n), already in srow_cmp order, as one run. */
int runs_write(struct runs *r, const struct srow *const *rows, size_t n,
	       struct gs_err *e);

/*
** Merge every run: emit gets the rows in srow_cmp order; its strings live
** until emit returns. Stops at the first non-zero emit (returned).
*/
typedef int (*runs_emit_fn)(void *arg, const struct srow *row,
			    struct gs_err *e);
int runs_merge(struct runs *r, runs_emit_fn emit, void *arg,
	       struct gs_err *e);

/*
** Make the next merge the last: it gives the file's pages (memory and
** disk) back as it reads them, and any later merge fails. For an ingest,
** whose one merge would otherwise hold the whole sort file until its end.
*/
void runs_consume(struct runs *r);

/* The bytes of disk the sort file holds now (0 before the first write). */
long long runs_disk_bytes(const struct runs *r);

#endif
