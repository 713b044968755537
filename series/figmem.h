/*
** figmem.h: the figures written so far to one series, in memory.
** Internal to series/.
**
** A series created by the open batch has no rows but those the batch wrote,
** and a staged batch writes each series' rows together (stage.c). While
** that lasts, "is this figure stored with this very as_of, and with what
** value?" (the "already present" rule of sqlite/sqlite_append.c) is
** answered here instead of by a query per row. Bounded: past FIGMEM_MAX
** rows the caller goes back to asking the database.
*/
#ifndef GS_FIGMEM_H
#define GS_FIGMEM_H

#include "obs.h"

#define FIGMEM_MAX 65536

/* A figure: everything of an observation's key but its vintage. */
struct fig_key {
	int64_t source_id;
	int32_t kind, pstart, pend, bstart, bend, qual;
};

/* o's figure, with the source given as a number. */
void fig_key_of_obs(struct fig_key *k, int64_t source_id,
		    const struct gs_obs *o);

struct figmem;

struct figmem *figmem_new(void);
void figmem_free(struct figmem *m);
/* Forget every figure (a new series begins). */
void figmem_reset(struct figmem *m);
/* 1 with the value (and, if tag is not NULL, the tag) of the figure's
 * row at exactly as_of, 0 when it has none. */
int figmem_find(const struct figmem *m, const struct fig_key *k,
		int32_t as_of, double *value, long *tag);
/* Remember a written row and a tag of the caller's (e.g. its line); -1
 * when full (nothing remembered). */
int figmem_add(struct figmem *m, const struct fig_key *k, int32_t as_of,
	       double value, long tag);

#endif
