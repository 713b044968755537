/*
** stagekeys.h: the distinct series of a spilled stage, noted as each
** sorted buffer is spilled, so that a backend can see every series of a
** file before its first row is written (backend_ops.flush_plan).
** Internal to series/.
*/
#ifndef GS_STAGEKEYS_H
#define GS_STAGEKEYS_H

#include "db_internal.h"
#include "stagebuf.h"

/* Distinct series a stage notes before it gives up (plan left out). */
#define STAGEKEYS_MAX 32768

struct stagekeys;

/*
** What a new series is created with, from its rows[0..n) in merge order
** (dim_rule, as appending would give it): key, name and description of
** its first row; dimension and unit of its first row that is not a
** multiple or percent change, none when that row is a plain number. The
** strings are the rows'. Returns that row's index (n: every row is
** relative). Both the stage's plan and PostgreSQL's chunks use it.
*/
size_t stage_key_of(struct stage_key *k, const struct srow *const *rows,
		    size_t n);

struct stagekeys *stagekeys_new(void);
void stagekeys_free(struct stagekeys *k);
/* Forget every series noted (a new file, or a plan handed over). */
void stagekeys_reset(struct stagekeys *k);
/* Note the series of b, sorted (sbuf_sort): their first rows in merge
 * order. Called by one thread at a time. */
void stagekeys_note(struct stagekeys *k, const struct sbuf *b);
/* The series noted, in key order (NULL when more than STAGEKEYS_MAX);
 * *n their number. Owned by k. */
const struct stage_key *stagekeys_list(const struct stagekeys *k, size_t *n);

#endif
