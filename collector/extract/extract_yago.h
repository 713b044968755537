/*
** extract_yago.h: periods (round eleven): "a year earlier" in a sentence
** that states no date of its own counts back from the period its
** context gives (extract_yago.c).
*/
#ifndef GS_EXTRACT_YAGO_H
#define GS_EXTRACT_YAGO_H

#include "extract_int.h"

/* "Film output: 41.3 thousand tonnes, against 36.8 thousand tonnes a
 * year earlier" under "REPORTS FY2024 RESULTS": a date counted back
 * (m->prev) that nothing in its sentence or paragraph counted from
 * counts from the date the sentence inherits, from (its paragraph's or
 * the text's topic), not from the text's own date. s changed in place. */
void xyago_count(const struct xdoc *d, struct xsent *s,
		 const struct xtime *from);

#endif
