/*
** extract_tense.h: round eleven's additions to the tense rules of
** extract_tense.c (the others are declared in extract_int.h, which is
** full).
*/
#ifndef GS_EXTRACT_TENSE_H
#define GS_EXTRACT_TENSE_H

#include "extract_int.h"

/* Is the future word at i said of the past ("было предусмотрено 486,3
 * млн рублей", "were expected to create 650 jobs", "had been planned"):
 * what was planned then, in an audit of past years, not what is to
 * come? */
bool xcue_planned_then(const struct xsent *s, int i);

/* x, f's candidate, a flow in a clause that says what was planned then:
 * a plan over its period. */
void xcue_plan_then(const struct xsent *s, const struct xfig *f,
		    struct xcand *x);

#endif
