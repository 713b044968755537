/*
** extract_behind.h: periods: "Полугодие позади" (the half-year is behind
** us) names the half just over, as "Итоги полугодия" does
** (extract_behind.c).
*/
#ifndef GS_EXTRACT_BEHIND_H
#define GS_EXTRACT_BEHIND_H

#include "extract_int.h"

/* Does the half-year noun at token j of s say the half is over:
 * "полугодие позади", "первое полугодие завершилось", "полугодие
 * подошло к концу"? Then it is January to June. */
bool xbehind_half(const struct xsent *s, int j);

#endif
