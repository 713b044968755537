/*
** extract_idxof.h: an index said as a percent of a bare period ("111.9%
** of January-September 2024"), asked by extract_index.c
** (extract_idxof.c).
*/
#ifndef GS_EXTRACT_IDXOF_H
#define GS_EXTRACT_IDXOF_H

#include "extract_int.h"

/* Does a time of s start at token j (or j + 1 after "the") and end the
 * phrase (no word after it): "of January-September 2024)", "of the
 * first quarter."? */
bool xidxof_time(const struct xsent *s, int j);

#endif
