/*
** extract_qual14.h: "до" after a change is the level reached
** (extract_qual14.c), for extract_qual.c.
*/
#ifndef GS_EXTRACT_QUAL14_H
#define GS_EXTRACT_QUAL14_H

#include "extract_int.h"

/* Is "до" at i, after a comma, the level a change said earlier in the
 * sentence reached ("на 17% ..., до 38,5 тыс. тонн"), not a cap? */
bool xqual14_reached(const struct xsent *s, int i);

#endif
