/*
** extract_flat.h: a table flattened into one run of text, its dated
** column heads and all its rows on one line (extract_flat.c).
*/
#ifndef GS_EXTRACT_FLAT_H
#define GS_EXTRACT_FLAT_H

#include "extract_int.h"

/* The rows of such a table in s: one per row and column, dated by the
 * column's head, unit from the row's label. Marks the table's tokens
 * used; how many rows (at most max), or 0. */
int xflat_spot(struct xsent *s, struct xtrow *rows, int max);

#endif
