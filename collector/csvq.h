/*
** csvq.h: a CSV file read ahead on a thread of its own.
**
** Splitting CSV into fields (libcsv and the checks in csvin.c) is a third
** of a large ingest; the other thread, meanwhile, turns records into
** figures. csvq runs csvin on a reading thread that copies records into
** blocks and hands them over through a small queue; csvq_next gives them
** out in order, with the same lines and the same errors, at the place in
** the file csvin would have given them. Input that is not a regular file
** (stdin, a pipe) is read on the caller's thread: a read that may block
** forever must stay where a signal can stop it.
*/
#ifndef GS_CSVQ_H
#define GS_CSVQ_H

#include "csvin.h"

struct csvq;

/* Open `path` ("-" = stdin); `name` is used in messages; fields are
 * separated by delim (0 = ','; csvin_set_delim). */
struct csvq *csvq_open(const char *path, const char *name, char delim,
		       struct gs_err *e);
/* Read the open descriptor fd, which is taken over (closed by csvq_close,
 * or here on failure): a file is read as the object that was opened. */
struct csvq *csvq_open_fd(int fd, const char *name, char delim,
			  struct gs_err *e);
/* 1 with *rec set (valid until the next call), 0 at the end, -1 on error. */
int csvq_next(struct csvq *q, const struct csv_record **rec, struct gs_err *e);
/* Stops the reading thread if it still runs. */
void csvq_close(struct csvq *q);

/* Bytes read by the time the records given out were (for progress); the
 * input's size (0 when unknown). */
uint64_t csvq_bytes(const struct csvq *q);
uint64_t csvq_size(const struct csvq *q);
/* The content hash (csvin_hash_hex) of the file up to its end or its first
 * malformed record; stops the reading thread first. */
void csvq_hash_hex(struct csvq *q, char out[17]);
/* After the last record: csvin_changed (stops the reading thread). */
int csvq_changed(struct csvq *q, char *why, size_t n);

#endif
