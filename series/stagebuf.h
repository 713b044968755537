/*
** stagebuf.h: one buffer of staged rows, with one copy of each repeated
** string, sorted into merge order. Internal to series/.
**
** stage.c keeps two: one fills while the other is sorted and spilled, or
** is written while the other fills from the merge (relay.h). A buffer is
** only ever used by one thread at a time.
*/
#ifndef GS_STAGEBUF_H
#define GS_STAGEBUF_H

#include "runs.h"

struct sbuf_ord;

struct sbuf {
	struct srow *rows;      /* strings in text */
	struct srow **order;    /* the rows in the order to write them */
	uint32_t *kid;          /* the intern id of each row's series key */
	struct sbuf_ord *ord;   /* sort scratch, as many as rows */
	size_t n, cap;          /* rows, allocated */
	bool tags_rise;         /* every row's tag >= the one before */
	struct pool *text;
	struct intern *names;   /* keys, units, sources, names: one copy each */
};

struct sbuf *sbuf_new(void);
void sbuf_free(struct sbuf *b);
/* Append a copy of w. */
void sbuf_add(struct sbuf *b, const struct srow *w);
/* max_rows rows, or more text than a buffer should hold. */
bool sbuf_full(const struct sbuf *b, size_t max_rows);
/* order: the rows as they came. */
void sbuf_in_order(struct sbuf *b);
/* order: the rows in srow_cmp order (series key, tag, arrival). */
void sbuf_sort(struct sbuf *b);
/* Forget every row and string. */
void sbuf_empty(struct sbuf *b);

#endif
