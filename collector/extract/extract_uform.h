/*
** extract_uform.h: a count noun of extract_units.c's table in a case the
** table does not list, for the question of an interview (extract_ask.c).
*/
#ifndef GS_EXTRACT_UFORM_H
#define GS_EXTRACT_UFORM_H

#include "extract_int.h"

/* The count or people unit whose one-word Russian key is a case form of
 * the folded word w ("резидентами", "резидентах" -> "резидентов"), or
 * NULL. */
const struct xunit *xw_unit_form(const char *w);

#endif
