/*
** extract_coord.h: periods (round ten): figures joined by "and" share
** the plan horizon that closes them (extract_coord.c).
*/
#ifndef GS_EXTRACT_COORD_H
#define GS_EXTRACT_COORD_H

#include "extract_int.h"

/* "8 more residents and about 1,200 jobs by 2026", "вложение 740 млн руб.
 * и создание 95 рабочих мест в 2024–2025 годах": g (figure k of sentence
 * i, k > 0) and the figure before it, joined by "and"/"и", are planned
 * to the time after g. x is g's candidate, prev the candidate before it
 * (the earlier figure's when its value is that figure's), changed in
 * place. */
void xcoord_share(const struct xdoc *d, int i, const struct xfig *figs,
		  int k, struct xcand *prev, struct xcand *x);

/* Are the figures f and g of s joined by "and"/"и" with a few words
 * between and no clause break, no past verb and no "reach"? */
bool xcoord_joined(const struct xsent *s, const struct xfig *f,
		   const struct xfig *g);

/* "compared with 11 residents and 930 jobs a year earlier": g (figure k
 * of s, candidate x) and the figure before it (candidate prev), joined
 * by "and", share the date (a point) that closes g. */
void xcoord_back(const struct xsent *s, const struct xfig *figs, int k,
		 struct xcand *prev, struct xcand *x);

#endif
