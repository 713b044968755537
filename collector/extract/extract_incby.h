/*
** extract_incby.h: periods (round eighteen): a count said as an addition
** to be made by a deadline ("+10 резидентов" in "Планы до 2030 г.",
** "three hundred more by the end of 2025", "ещё триста рабочих мест к
** 2028 году") is planned from the text's year to it (extract_incby.c).
*/
#ifndef GS_EXTRACT_INCBY_H
#define GS_EXTRACT_INCBY_H

#include "extract_int.h"

/* x, the candidate of figure f of sentence s, a target at a year to
 * come: when f is said as an addition and that year is a deadline ("by",
 * "до", "к"), not a year the addition happens in ("in 2026"), x becomes
 * a plan from d's year to it. */
void xincby_plan(const struct xdoc *d, const struct xsent *s,
		 const struct xfig *f, struct xcand *x);

#endif
