/*
** pool.h: strings that live and die together. Internal to series/.
**
** A scan over every series reads a million rows, each with a few short
** strings; a malloc and a free for each was a tenth of the work. A pool
** copies them into large blocks and frees the blocks at once.
*/
#ifndef GS_POOL_H
#define GS_POOL_H

#include "../common.h"

struct pool;

struct pool *pool_new(void);
void pool_free(struct pool *p);
/* A copy of s (NULL is ""), owned by the pool. */
char *pool_dup(struct pool *p, const char *s);

#endif
