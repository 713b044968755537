/*
** extract_hyph.h: an amount written as one hyphenated adjective ("a
** 300-million-rouble base"): its scale and currency (extract_hyph.c).
*/
#ifndef GS_EXTRACT_HYPH_H
#define GS_EXTRACT_HYPH_H

#include "extract_int.h"

/* The word at j, "million-rouble" after "300-", as a scale (written to
 * f->scale) and the currency's unit (*u): 1 (the tokens taken), or 0.
 * The caller sets the unit (extract_unitof.c's xu_set). */
int xhyph_amount(const struct xsent *s, int j, struct xfig *f,
		 const struct xunit **u);

#endif
