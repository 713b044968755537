/*
** extract_r12b.h: round twelve's value rules on a decided candidate, in
** one place (extract_r12b.c), so that extract.c, at its size limit,
** calls one function.
*/
#ifndef GS_EXTRACT_R12B_H
#define GS_EXTRACT_R12B_H

#include "extract_int.h"

/* The candidate just made (the last of r) of figure f of sentence i of
 * d: round eleven's rules first (xr11_cand, report the text's report
 * topic or NULL), then round twelve's, each changing it in place and
 * reading the candidates before it in r. */
void xr12b_cand(const struct xdoc *d, int i, const struct xfig *f,
		const struct xtime *report, struct xresult *r);

#endif
