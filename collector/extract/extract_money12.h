/*
** extract_money12.h: an amount of money whose currency is left unsaid
** after a noun of money (extract_money12.c).
*/
#ifndef GS_EXTRACT_MONEY12_H
#define GS_EXTRACT_MONEY12_H

#include "extract_int.h"

/* x, the candidate of figure f of s (a sentence of d): a scale said
 * alone, or with a unit carried from elsewhere, after a noun of money
 * ("выручкой 1,9 миллиарда", "Средняя зарплата — сорок девять тысяч")
 * takes the text's currency, or that of prev, the candidate before it
 * in s (NULL if none), in the same scale; true if so. */
bool xmoney12_elided(const struct xdoc *d, const struct xsent *s,
		     const struct xfig *f, const struct xcand *prev,
		     struct xcand *x);

#endif
