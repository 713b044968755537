/*
** extract_pmark.h: period marks written after a change ("+4 YTD", "+1
** q/q") that are no unit; see extract_pmark.c.
*/
#ifndef GS_EXTRACT_PMARK_H
#define GS_EXTRACT_PMARK_H

#include "extract_int.h"

/* Is token i a period mark an analyst writes after a change ("YTD",
 * "QoQ", "LTM"), not the unit of the number before it? */
bool xpmark_at(const struct xsent *s, int i);

/* "q/q", "y/y", "m/m", "кв/кв", "г/г" from token i: its tokens (3), or
 * 0; its slash separates no table cells. */
int xpmark_slash(const struct xsent *s, int i, int *months);

/* Is the bracket opened at token o right after the figure that ends at
 * t1, or after a date said with that figure ("12 at end-3Q24 (+1 q/q",
 * "57 на 1 октября (+3 ...")? */
bool xpmark_bracket_near(const struct xsent *s, int t1, int o);

/* Is every number in the bracket before i a signed change closed by a
 * period mark and a comma ("(+1 q/q, +4 YTD)"): a list of changes of
 * the one count, not other figures? */
bool xpmark_changes_before(const struct xsent *s, int o, int i);

/* Does the start of a change follow at j the end said first ("rose to
 * 1,040 from 910", "выросла до 1040 с 910"): may the end take its unit
 * from the words before it, as "rose to 1,040." does? */
bool xpmark_from_start(const struct xsent *s, int j);

#endif
