/*
** extract_r13.h: periods, thirteenth round (issue 16): the heading of a
** list dates its items; months so far end with their base's months
** (extract_r13.c).
*/
#ifndef GS_EXTRACT_R13_H
#define GS_EXTRACT_R13_H

#include "extract_int.h"

/* Candidate x of figure f in list item i, undated in its own words:
 * the period of the list's heading line ("Slide 5. 10M25 vs 10M24",
 * "Слайд 4. Планы 2025–2027", "📊 Январь–сентябрь: коротко о главном"
 * above its date line), when the heading names one; and months so far
 * ("с начала года") compared with months of last year end with them. */
void xr13_cand(const struct xdoc *d, int i, const struct xfig *f,
	       struct xcand *x);

/* Does s date itself (a point, a range or a "since" with its year), not
 * only name a base? */
bool xr13_own_date(const struct xsent *s);

/* What a heading's period dates: money, quantities, plans, changes
 * and new ones, not a count or an area that stands (round fourteen
 * reuses it for a minutes item's title, extract_r14.c). */
bool xr13_dated_kind(const struct xsent *s, const struct xfig *f,
		     const struct xcand *x);

#endif
