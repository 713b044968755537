/*
** extract_r14.h: periods, fourteenth round (issue 16): a minutes item's
** title dates the item (extract_r14.c).
*/
#ifndef GS_EXTRACT_R14_H
#define GS_EXTRACT_R14_H

#include "extract_int.h"

/* Candidate x of figure f in sentence i, undated in its own words: the
 * period of the title that opens its numbered item ("3. Investment
 * programme for 2026. Approved at RUB 96 million ..."), when the title
 * names one and x is of the kinds a heading dates. */
void xr14_cand(const struct xdoc *d, int i, const struct xfig *f,
	       struct xcand *x);

#endif
