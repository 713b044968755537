/*
** dropdir.h: a drop directory for scheduled ingestion: which of its files
** are ready, and moving each finished one to the archive or to the rejects.
**
** A file is ready when it is a regular file, its name does not mark it as
** still being written (a leading ".", or ending in ".part", ".tmp",
** ".partial" or "~") and it was last modified at least min_age seconds ago.
** Ready files come in byte order of their names, so names that start with a
** timestamp are loaded oldest first.
**
** Moves never overwrite: a name already taken in the target directory gets
** a number before its extension (data.csv, data.1.csv, ...), except that a
** file identical to the one already archived under its name is simply
** removed (a run that died after its commit but before its move). Moves
** across file systems copy, fsync, then remove the source.
*/
#ifndef GS_DROPDIR_H
#define GS_DROPDIR_H

#include "../common.h"

struct drop_file {
	char *name;        /* base name */
	char *path;        /* DIR/name */
	uint64_t size;
};

struct drop_list {
	struct drop_file *v;
	size_t n;
	long waiting;      /* files left for a later run (too new, temporary) */
	uint64_t bytes;    /* total size of the ready files */
};

/* The ready files of dir. GS_EX_NOINPUT when dir cannot be read. */
int drop_scan(const char *dir, long min_age, struct drop_list *out,
	      struct gs_err *e);
void drop_list_free(struct drop_list *l);

/* Create dir when missing (its parent must exist). GS_EX_CANTCREAT. */
int drop_mkdir(const char *dir, struct gs_err *e);

/*
** Move the file at path into dir; the path it got is written to out.
** GS_EX_CANTCREAT on failure, the source then left where it was.
*/
int drop_archive(const char *path, const char *dir, char *out, size_t n,
		 struct gs_err *e);

/*
** Move the file at path into dir with `errors` (len bytes) beside it as
** NAME.errors, written first. The path it got is written to out.
*/
int drop_reject(const char *path, const char *dir, const char *errors,
		size_t len, char *out, size_t n, struct gs_err *e);

#endif
