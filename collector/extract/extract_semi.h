/*
** extract_semi.h: rows of values apart by semicolons under a line that
** names their years (extract_semi.c), for extract_grid.c.
*/
#ifndef GS_EXTRACT_SEMI_H
#define GS_EXTRACT_SEMI_H

#include "extract_int.h"

/* The rows of sentence i of d when it is "label, unit: 5; 7; 9; 10" under
 * a line that names as many years ("Показатели по годам (2024 — факт,
 * 2025–2027 — план):"): one a year, unit from the label; marks the
 * line's tokens used; how many (at most max), or 0. */
int xsemi_spot(const struct xdoc *d, int i, struct xtrow *rows, int max);

#endif
