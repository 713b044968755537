/*
** extract_hasby.h: kinds: figures a place is to HAVE by a time are its
** targets at that time, not a plan from the year the promise was made
** (extract_hasby.c).
*/
#ifndef GS_EXTRACT_HASBY_H
#define GS_EXTRACT_HASBY_H

#include "extract_int.h"

/* Does a verb of having ("would have", "will have", "будет", "будут")
 * govern figure f of s: a word of them within three words before it? */
bool xhasby_have(const struct xsent *s, const struct xfig *f);

/* Does "has" govern figure f of s ("The park has 12 residents and
 * plans 900 jobs by 2027"): a stock of now, no part of a plan? */
bool xhasby_has(const struct xsent *s, const struct xfig *f);

/* Candidates prev and x, figures joined by "and" under a verb of having
 * and closed by time m ("by 2025"), become targets at m's year. */
void xhasby_targets(const struct xtime *m, struct xcand *prev,
		    struct xcand *x);

#endif
