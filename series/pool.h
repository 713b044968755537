/*
** pool.h: strings that live and die together. Internal to series/.
**
** A scan over every series reads a million rows, each with a few short
** strings; a malloc and a free for each was a tenth of the work. A pool
** copies them into large blocks, never moves them, and frees the blocks at
** once. The stage (stage.c) and the rows waiting to be inserted
** (sqlite/sqlite_insert.c) keep their strings in pools too, emptied and
** refilled.
*/
#ifndef GS_POOL_H
#define GS_POOL_H

#include "../common.h"

struct pool;

struct pool *pool_new(void);
void pool_free(struct pool *p);
/* A copy of s (NULL is ""), owned by the pool. */
char *pool_dup(struct pool *p, const char *s);
/* s itself when empty (or NULL: ""), else a copy in the pool. */
const char *pool_str(struct pool *p, const char *s);
/* Forget every string (keeping one block for the next ones). */
void pool_reset(struct pool *p);
/* Bytes of strings since the pool was made or reset. */
size_t pool_bytes(const struct pool *p);

#endif
