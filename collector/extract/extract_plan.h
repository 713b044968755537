/*
** extract_plan.h: periods (round eight): what a sentence about the future
** builds is a plan from the text's year to the year it is due
** (extract_plan.c).
*/
#ifndef GS_EXTRACT_PLAN_H
#define GS_EXTRACT_PLAN_H

#include "extract_int.h"

/* Is f the size of something to be built by a year to come ("a further
 * 300 MW is planned by 2027", "до 2025 года построить 300 тыс. кв. м",
 * "will pay for buildings of 42,000 square metres" under a horizon)?
 * Then it is an increase planned over the years until then, not the
 * level to reach. m is the date attached to f (NULL for none). */
bool xplan_built(const struct xdoc *d, const struct xsent *s,
		 const struct xfig *f, const struct xtime *m, bool future);

#endif
