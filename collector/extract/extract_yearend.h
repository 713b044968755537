/*
** extract_yearend.h: periods: a year named by its last day ("the year
** ended 31 March 2025") is the twelve months that end there
** (extract_yearend.c).
*/
#ifndef GS_EXTRACT_YEAREND_H
#define GS_EXTRACT_YEAREND_H

#include "extract_int.h"

/* Every "year ended/ending/to DAY MONTH YEAR" of d, the day the last of
 * its month, becomes a range of the twelve months up to that month (six
 * after "half"). d
 * changed in place, after its fiscal names are read. */
void xyearend_fix(struct xdoc *d);

/* Is time m of s, a point, named "year ended/ending/to" (12: a year by
 * its last day), "half year ended ..." (6: an interim report's half is
 * no year), or neither (0)? The day itself is not checked. */
int xyearend_named(const struct xsent *s, const struct xtime *m);

#endif
