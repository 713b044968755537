/*
** extract_table.h: a table row flattened into text (extract_table.c), for
** extract_rows.c.
*/
#ifndef GS_EXTRACT_TABLE_H
#define GS_EXTRACT_TABLE_H

#include "extract_int.h"

/* A table row flattened into text ("Revenue, RUB bn 2021 2022 | 26
 * 31"): one value per column year. Fills up to max rows, marks their
 * tokens used (xnum_spot then skips them) and returns how many. */
int xtable_spot(struct xsent *s, struct xtrow *rows, int max);

#endif
