/*
** extract_since.h: periods (round eight, second pass): a total "since
** YEAR" said as of 1 January runs through the year before
** (extract_since.c).
*/
#ifndef GS_EXTRACT_SINCE_H
#define GS_EXTRACT_SINCE_H

#include "extract_int.h"

/* A flow "since 2016" that o dates through the text's year ends with the
 * year before when the text speaks as of 1 January: a fact sheet "as of
 * 1 January 2024" reports through 2023. o is a candidate of sentence i. */
void xsince_through(const struct xdoc *d, int i, struct xcand *o);

#endif
