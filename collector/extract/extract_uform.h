/*
** extract_uform.h: word forms read in the eighth round: a count noun of
** extract_units.c's table in a case the table does not list (for the
** question of an interview, extract_ask.c), and the comparatives of less
** after a figure (extract_parts.c, for extract_num.c).
*/
#ifndef GS_EXTRACT_UFORM_H
#define GS_EXTRACT_UFORM_H

#include "extract_int.h"

/* The count or people unit whose one-word Russian key is a case form of
 * the folded word w ("резидентами", "резидентах" -> "резидентов"), or
 * NULL. */
const struct xunit *xw_unit_form(const char *w);

/* extract_parts.c: a comparative of less at j after a figure or a part:
 * "less", "lower", "fewer", "below", "ниже", "меньше". */
bool xnum_less_after(const struct xsent *s, int j);

#endif
