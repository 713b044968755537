/*
** extract_front.h: periods (round fifteen): a date that opens a sentence
** dates the figures of its clause, not a date of the next clause after
** them (extract_front.c).
*/
#ifndef GS_EXTRACT_FRONT_H
#define GS_EXTRACT_FRONT_H

#include "extract_int.h"

/* x, the candidate of f in s, dated by a time after f across a comma or
 * an "и"/"and" that opens the next clause ("В 2026 году ... цех
 * стоимостью 1,1 млрд рублей и к 2028 году довести ...", "В прошлом
 * году район вложил ... 18 миллионов рублей, ещё столько же область
 * обещает в будущем году"): the time that opens the sentence, when no
 * comma stands between it and f; a target of that deadline becomes a
 * level of a year before ay, the text's, else a plan. */
void xfront_date(const struct xsent *s, const struct xfig *f, int ay,
		 struct xcand *x);

#endif
