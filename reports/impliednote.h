/*
** impliednote.h: why a stated multiple or percent change implies no
** figure, for `growthstat implied`'s note column.
**
** IMPLIED FIGURES DO NOT CHAIN. A relation implies the level at one of
** its ends only from a reported figure at the other (points.h). When
** that end is known only as a figure implied by another relation (2010
** reported, "2.8-fold since 2010" implies 2024, "up 10 % on 2024" in
** 2025), nothing is implied and the note says so: a derived-from-derived
** level would compound two statements' qualifiers and vintages into a
** figure no source stated, and every report would take it as data (a
** trend point, a claim's end). The analyst who wants 2025 can state the
** chain (2010 x 2.8 x 1.1) as a multiple against 2010. Pure.
*/
#ifndef GS_IMPLIEDNOTE_H
#define GS_IMPLIEDNOTE_H

#include "points.h"

/* Why relation s->obs[rel] implies nothing, into buf ("" when it implies
 * a figure): a claim about a period after it was stated, both ends
 * reported (a claim check decides), an end known only as implied (no
 * chains), or neither end stated. */
void implied_note(const struct rp_series *s, size_t rel, char *buf,
		  size_t n);

#endif
