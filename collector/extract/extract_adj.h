/*
** extract_adj.h: an adjective said for an elided count noun ("не менее
** трёх новых."); see extract_adj.c.
*/
#ifndef GS_EXTRACT_ADJ_H
#define GS_EXTRACT_ADJ_H

#include "extract_int.h"

/* When the unit f took is an adjective that ends its clause ("привлечь
 * не менее трёх новых."), the noun was left out:
 * f counts what the figure before (prev) or the sentence before counted;
 * with neither, f keeps its unit. */
void xadj_elided(const struct xsent *s, const struct xdoc *d,
		 struct xfig *f, const struct xfig *prev);

#endif
