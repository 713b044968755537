/*
** extract_freq.h: words of how often after a number ("80 annually",
** "80 a year", "не менее 80 ежегодно"): no unit (extract_freq.c).
*/
#ifndef GS_EXTRACT_FREQ_H
#define GS_EXTRACT_FREQ_H

#include "extract_int.h"

/* Tokens at j that say how often ("annually", "a year", "per annum",
 * "ежегодно", "ежемесячно"), or 0. */
int xfreq_at(const struct xsent *s, int j);

#endif
