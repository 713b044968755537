/*
** extract_ofwhich.h: periods (round eighteen): a share said of a figure
** ("of which 55%", "из них почти половина", "every third of them") is
** dated as that figure is (extract_ofwhich.c).
*/
#ifndef GS_EXTRACT_OFWHICH_H
#define GS_EXTRACT_OFWHICH_H

#include "extract_int.h"

/* r's last candidate is of figure k of figs, sentence s's. When it is
 * a share (a level in %) whose period the sentence does not state and
 * that is said "of which", "of them", "из них" of the figure before it,
 * it takes that figure's period and the reason it came with. */
void xofwhich_period(const struct xsent *s, const struct xfig *figs, int k,
		     struct xresult *r);

#endif
