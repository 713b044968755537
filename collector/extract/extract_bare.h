/*
** extract_bare.h: a count said alone, its noun said before it
** (extract_bare.c).
*/
#ifndef GS_EXTRACT_BARE_H
#define GS_EXTRACT_BARE_H

#include "extract_int.h"

/* When the bare whole number of f (its number at token i, its figure
 * ending at e) stands alone where a count stands, the noun said with
 * prev, the figure before it in the sentence ("287 were created", "two
 * were added in July", "target 20 by 2028", "the programme expects 900
 * by 2025", "фактически — 5", "теперь нас 18"): gives f prev's unit and
 * returns true. Asked only when no other rule found the number a unit;
 * with no figure before it, xbare_next asks the sentence before. */
bool xbare_take(const struct xsent *s, const struct xdoc *d, int i, int e,
		struct xfig *f, const struct xfig *prev);

/* The same for the first number of a sentence, the noun said in the
 * sentence before ("... 1,150 jobs by the end of 2023. In fact 734 had
 * been created", "As of 1 January 2025, 402 had been created"): a verb
 * follows it, and only a date or an opening word stands before it. */
bool xbare_next(const struct xsent *s, const struct xdoc *d, int i, int e,
		struct xfig *f, const struct xfig *prev);

#endif
