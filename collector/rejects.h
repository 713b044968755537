/*
** rejects.h: the --skip-bad reject file. It has the input's own header
** and columns, each rejected record as it was read, and one more column,
** `reason` ("file:line:column: message"), so that a person can correct
** the rows in place and ingest the file again: ingest ignores the reason
** column (an unused column, listed by -v).
**
** The file is written under an exclusive temporary name (gs_out_*) and
** put in place only when the batch commits.
*/
#ifndef GS_REJECTS_H
#define GS_REJECTS_H

#include <stddef.h>

#include "../common.h"
#include "csvin.h"

struct rejects;

/* The record's fields as CSV text with separator delim (0 = ','), every
 * field quoted: a new string, its length in *len. */
char *rejects_record_text(const struct csv_record *rec, char delim,
			  size_t *len);

/* How the reject file takes its name when it is put in place. */
enum rejects_place {
	REJECTS_REPLACE,  /* path, replacing an earlier reject file of that
			   * name (--rejects); anything else there is
			   * refused (GS_EX_CANTCREAT) */
	REJECTS_KEEP,     /* path, which must not exist (a drop dir's slot) */
	REJECTS_NEXT_FREE /* the first free of path, path.1 ... (the default:
			   * an earlier run's reject CSV, maybe being
			   * corrected, is never replaced) */
};

/* The st_mode of the input (the descriptor fd when >= 0, else path; "-"
 * is stdin) for rejects_open, or 0777 when it is no regular file. */
unsigned rejects_source_mode(const char *path, int fd);

/* Create the reject file for path with header, the input's header record
 * as rejects_record_text made it (NULL when the input had none), and the
 * reason column. It copies the input's rows, so group and others may read
 * it only as far as src_mode (rejects_source_mode) let them read those. */
struct rejects *rejects_open(const char *path, enum rejects_place how,
			     const char *header, size_t nheader, char delim,
			     unsigned src_mode, struct gs_err *e);

/* One rejected record (its text as rejects_record_text made it, nfields
 * fields) and the problem that refused it. A record shorter than the
 * header is padded with empty fields, so that the reason stays in its
 * column. */
void rejects_write(struct rejects *r, const char *text, size_t nfields,
		   const struct gs_err *why);

/* Write out what is buffered: 0, or -1 with e set (an I/O error). */
int rejects_flush(struct rejects *r, struct gs_err *e);

/* Put the file in place (0; the name it took into used, n bytes), or
 * remove it. Both free r. */
int rejects_commit(struct rejects *r, char *used, size_t n,
		   struct gs_err *e);
void rejects_abort(struct rejects *r);

#endif
