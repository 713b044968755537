/*
** extract_invert.h: the Russian inversion of a count and its noun,
** "человек семьдесят", as "about" (extract_invert.c), called from
** extract_r12b.c on a decided candidate.
*/
#ifndef GS_EXTRACT_INVERT_H
#define GS_EXTRACT_INVERT_H

#include "extract_int.h"

/* Candidate x of figure f of s: "about" when a Russian noun stands
 * right before its number ("нужно ещё человек семьдесят"); true when
 * changed. */
bool xinvert_about(const struct xsent *s, const struct xfig *f,
		   struct xcand *x);

#endif
