/*
** extract_r12.h: round twelve's rules on a decided candidate (issue 16),
** called once from xr11_cand (extract_r11.c): a stock given a span of
** months stands on its last day (extract_r12.c).
*/
#ifndef GS_EXTRACT_R12_H
#define GS_EXTRACT_R12_H

#include "extract_int.h"

/* x, f's candidate in sentence i of d, after every earlier rule. */
void xr12_cand(const struct xdoc *d, int i, const struct xfig *f,
	       struct xcand *x);

/* The same for x, the candidate of one of the n rows of a table in
 * sentence s, unless a column is a day (its change column is a flow). */
void xr12_row(const struct xdoc *d, const struct xsent *s,
	      const struct xtrow *rows, int n, struct xcand *x);

#endif
