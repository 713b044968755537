/*
** extract_rows.h: the rows of a table in the text (extract_rows.c), for
** extract.c.
*/
#ifndef GS_EXTRACT_ROWS_H
#define GS_EXTRACT_ROWS_H

#include "extract_int.h"

/* The rows of sentence i of d when it is a table's row: a grid under its
 * heads (extract_grid.c), else a row flattened into text ("Revenue, RUB
 * bn 2021 2022 | 26 31", extract_table.c). Fills up to max rows, each a
 * plan only when the rule that read the table's layout says its column
 * is a plan's ("| 2022 план / факт |", "2025–2027 — план"), marks their
 * tokens used (xnum_spot then skips them) and returns how many. */
int xtable_rows(const struct xdoc *d, int i, struct xtrow *rows, int max);

#endif
