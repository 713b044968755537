/*
** extract_yplan.h: periods (round ten): a plan for the whole year said
** beside the months so far (extract_yplan.c).
*/
#ifndef GS_EXTRACT_YPLAN_H
#define GS_EXTRACT_YPLAN_H

#include "extract_int.h"

/* "54% of the year's plan of RUB 580 million", "against 150 planned for
 * the full year", "годового плана в 600 млн": figure f of sentence s,
 * dated by the months so far, is the whole year's. o is its candidate,
 * changed in place. */
void xyear_plan(const struct xsent *s, const struct xfig *f,
		struct xcand *o);

#endif
