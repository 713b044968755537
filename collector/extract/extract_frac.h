/*
** extract_frac.h: Russian fractions in words ("три пятых", "одной
** пятой") as shares; see extract_frac.c.
*/
#ifndef GS_EXTRACT_FRAC_H
#define GS_EXTRACT_FRAC_H

#include "extract_int.h"

/* The share a Russian fraction in words at i names, as a percent to one
 * decimal ("три пятых" 60, "одной пятой" 20), with *n tokens, or 0. */
double xfrac_ru(const struct xsent *s, int i, int *n);

#endif
