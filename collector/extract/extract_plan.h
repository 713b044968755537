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

/* "We are building a technopark of 15,000 square metres, to be ready in
 * 2024", "is putting RUB 1.2bn into a new park ..., first plots to be
 * ready in 2025": what is under construction until a year to come is
 * planned from the text's year to that year; o's period, a single
 * future year, becomes that span. */
void xplan_building(const struct xdoc *d, const struct xsent *s,
		    const struct xfig *f, struct xcand *o);

/* "по 40 млн руб. ежегодно", "RUB 2 bn a year", "ещё по 0,8 млрд":
 * is f a sum for each year? */
bool xplan_yearly(const struct xsent *s, const struct xfig *f);

#endif
