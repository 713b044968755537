/*
** extract_nofig13.h: numbers that are no figure, found in the
** thirteenth round (extract_nofig13.c), asked by extract_nofig12.c.
*/
#ifndef GS_EXTRACT_NOFIG13_H
#define GS_EXTRACT_NOFIG13_H

#include "extract_int.h"

/* Is the figure f of s, ending before token e, no figure: a zero tax
 * rate ("property tax 0%"), the years of a relief or a time after
 * ("0% for the first 5 years", "в течение 10 лет" after a rate,
 * "buyout after 5 years")? */
bool xnofig13(const struct xsent *s, const struct xfig *f, int e);

#endif
