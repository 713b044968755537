/*
** kindmix.h: series given levels and flows at once. A table's 2021-2023
** rows typed flow and its 2024-2025 rows level make one series of two
** kinds of figures, and growth and projections read one kind at a time
** (the trend then stands on 2 points of 5). Never refused: a person may
** mean it; ingest warns, naming the series and the lines.
*/
#ifndef GS_KINDMIX_H
#define GS_KINDMIX_H

#include "../series/series.h"

struct kindmix;

struct kindmix *kindmix_new(void);
void kindmix_free(struct kindmix *m);

/* A staged figure of series key (copied), kind, at line. */
void kindmix_add(struct kindmix *m, const char *key, enum gs_kind kind,
		 long line);

/*
** After the file's rows are written, in its transaction (batch): warn (file:line,
** through warn) for every series the file gives both families, or one
** family while its stored rows hold the other. Returns how many series it
** warned about, or -1 with e set (a database error).
*/
long kindmix_check(struct kindmix *m, struct series_db *db, int64_t batch,
		   const char *file,
		   void (*warn)(void *arg, const struct gs_err *w),
		   void *arg, struct gs_err *e);

#endif
