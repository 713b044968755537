/*
** extract_r11.h: round eleven's rules on a candidate once decided, in one
** place (extract_r11.c), so that extract.c, at its size limit, calls one.
*/
#ifndef GS_EXTRACT_R11_H
#define GS_EXTRACT_R11_H

#include "extract_int.h"

/* x, the candidate of figure f of sentence i of d, report the text's
 * report topic (xreport_topic, or NULL): what was planned then
 * (extract_tense.c), a fact said now beside a plan (extract_nowcl.c), a
 * report on a finished year (extract_rpast.c), a count's change on the
 * prior quarter. x changed in place. */
void xr11_cand(const struct xdoc *d, int i, const struct xfig *f,
	       const struct xtime *report, struct xcand *x);

#endif
