/*
** extract_ptitle.h: periods (round fifteen): a list under a title of
** plans for a span of years ("Plans to 2028", "Plans 2026-2028",
** "Планы на 2026–2028 годы") is planned over that span
** (extract_ptitle.c).
*/
#ifndef GS_EXTRACT_PTITLE_H
#define GS_EXTRACT_PTITLE_H

#include "extract_int.h"

/* x, the candidate of f in list item i: under a title of plans for a
 * span, what f's clause does not date itself ("5-6 new residents",
 * "RUB 18-20 bn, first ships in 2027", "at least 1,500 people over the
 * three years") is planned over the title's span: "to 2028" from the
 * text's year, "2026-2028" as it says. */
void xptitle_span(const struct xdoc *d, int i, const struct xfig *f,
		  struct xcand *x);

/* r's last candidate, of f in s, undated in a sentence about the future
 * and left a target or level of the horizon's year, after a plan of its sentence over a span ending
 * that year ("will invest 1.2 billion roubles and create 140 jobs; ...
 * due to open in ... 2027"): planned over that span too. */
void xptitle_sibling(const struct xsent *s, const struct xfig *f,
		     struct xresult *r);

#endif
