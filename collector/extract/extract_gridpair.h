/*
** extract_gridpair.h: tables whose cells hold a plan and a fact
** (extract_gridpair.c), for extract_grid.c.
*/
#ifndef GS_EXTRACT_GRIDPAIR_H
#define GS_EXTRACT_GRIDPAIR_H

#include "extract_int.h"

/* Does the head line h mark two dated cells or more "план / факт"
 * ("2022 план / факт", "2024 plan / actual")? */
bool xgridpair_heads(const struct xsent *h);

/* The n cells apart by w that end the row s, each "plan / fact" ("| 3 /
 * 2 | 5 / 4"): plans into p, facts into f; the token of the separator
 * that ends the label, or -1. */
int xgridpair_values(const struct xsent *s, const char *w, int n,
		     double *p, double *f);

#endif
