/*
** extract_cause.h: a date inside a phrase of cause or sequence after a
** figure dates that phrase's event (extract_cause.c).
*/
#ifndef GS_EXTRACT_CAUSE_H
#define GS_EXTRACT_CAUSE_H

#include "extract_int.h"

/* Is m inside a phrase opened by a word of cause or sequence ("after the
 * line was finished in 2024", "из-за падения цен во втором полугодии",
 * "because of a drought in 2023") that follows a figure of s? Then its
 * date is the phrase's (m->a0, m->a1 set), not the figure's. */
bool xcause_aside(const struct xsent *s, struct xtime *m);

#endif
