/*
** recspool.h: the records of a file kept aside by line, so that a row the
** storage refuses when the batch is written (a conflict, a unit of another
** dimension), long after its record was read, can still be written whole
** to the --skip-bad reject file.
**
** The text goes to an unlinked temporary file in $TMPDIR (default /tmp);
** memory holds an index of 24 bytes a record. Lines are added in
** increasing order (file order), so a lookup is a binary search.
*/
#ifndef GS_RECSPOOL_H
#define GS_RECSPOOL_H

#include "../common.h"

struct recspool;

struct recspool *recspool_new(void);
void recspool_free(struct recspool *s);

/* Keep text[0..len) as the record of `line`. The first record of a line
 * is kept; a later one with the same or an earlier line is ignored. */
int recspool_add(struct recspool *s, long line, const char *text,
		 size_t len, struct gs_err *e);

/* The record of `line` as a new NUL-terminated string (the caller frees
 * it), or NULL when none was kept or it cannot be read back. */
char *recspool_get(struct recspool *s, long line);

#endif
