/*
** extract_index.h: a statistics office's index, "112.6% of the level
** of ...", is a change (extract_index.c).
*/
#ifndef GS_EXTRACT_INDEX_H
#define GS_EXTRACT_INDEX_H

#include "extract_int.h"

/* Is the percent f of sentence s an index against a base ("121.4% of
 * the level of the corresponding period of last year", "112,6% к
 * уровню 2023 года", "96,8% к I полугодию 2023 г.")? */
bool xindex_pct(const struct xsent *s, const struct xfig *f);

/* The change an index of v percent states: v - 100, to six decimals. */
double xindex_change(double v);

#endif
