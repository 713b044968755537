/*
** extract_diff.h: a level said with its difference to an earlier one or
** to a plan gives the level that difference implies (extract_diff.c).
*/
#ifndef GS_EXTRACT_DIFF_H
#define GS_EXTRACT_DIFF_H

#include "extract_int.h"

/* x, the candidate of figure f of s, a difference to the level a of the
 * same sentence ("11 residents, three more than a year before"): x
 * becomes the level implied at the time compared with; true if so. */
bool xdiff_implied(const struct xsent *s, const struct xfig *f,
		   const struct xcand *a, struct xcand *x);

#endif
