/*
** extract_ofwhich.h: periods (round eighteen): a share said of a figure
** ("of which 55%", "из них почти половина", "every third of them") is
** dated as that figure is (extract_ofwhich.c).
*/
#ifndef GS_EXTRACT_OFWHICH_H
#define GS_EXTRACT_OFWHICH_H

#include "extract_int.h"

/* The candidates r->v[first..] are sentence s's, of its figures figs
 * (nf of them) in order. A share (a level in %) whose period the
 * sentence does not state and that is said "of which", "of them", "из
 * них" of the figure before it takes that figure's period and the
 * reason it came with. */
void xofwhich_period(const struct xsent *s, const struct xfig *figs,
		     int nf, size_t first, struct xresult *r);

#endif
