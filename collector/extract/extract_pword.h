/*
** extract_pword.h: periods written as one short word (extract_pword.c),
** the part added in round eight's second pass; the rest is declared in
** extract_int.h.
*/
#ifndef GS_EXTRACT_PWORD_H
#define GS_EXTRACT_PWORD_H

#include "extract_int.h"

/* "end-1H23", "end-3Q22", "end-2022" (bank notes) at token i: the last
 * day of the half, quarter or year, a point in m. 1 for the token, or
 * 0. */
int xpw_end(const struct xsent *s, int i, struct xtime *m);

#endif
