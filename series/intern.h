/*
** intern.h: one copy of each distinct string, with a dense id. Internal to
** series/.
**
** The stage (stage.c) holds up to 65,536 rows, and most of their strings
** repeat: a file of a million rows names ten thousand series, a handful of
** units and sources. Interning them keeps one copy each, lets the run
** encoder (runrec.c) see an unchanged string by its pointer, and gives
** each distinct series key an id, so the stage sorts by a rank computed
** once per key instead of comparing key strings row by row.
*/
#ifndef GS_INTERN_H
#define GS_INTERN_H

#include "pool.h"

#include <stdint.h>

struct intern;

/* An empty table whose strings are copied into p (which must outlive the
 * table's use, and be reset together with intern_reset). */
struct intern *intern_new(struct pool *p);
void intern_free(struct intern *t);

/* The table's copy of s (NULL is ""), and in *id (when not NULL) its
 * dense id: 0 for the first distinct string, 1 for the next, ... */
const char *intern_str(struct intern *t, const char *s, uint32_t *id);

/* Distinct strings since the table was made or reset. */
uint32_t intern_count(const struct intern *t);

/*
** rank[id] for every id below intern_count(): the string's place in
** strcmp order among the table's strings (0 the smallest). rank must hold
** intern_count() entries.
*/
void intern_rank(const struct intern *t, uint32_t *rank);

/* Forget every string; the caller resets the pool. */
void intern_reset(struct intern *t);

#endif
