/*
** extract_prep.h: prepositions before a noun (extract_prep.c).
*/
#ifndef GS_EXTRACT_PREP_H
#define GS_EXTRACT_PREP_H

#include "extract_int.h"

/* Is token i a preposition ("у", "в", "at", "of"), or before an article
 * or a possessive there ("at the park's residents"): a noun after it
 * says whose or where, not what is counted? */
bool xprep_whose(const struct xsent *s, int i);

/* Is token i "at", "by" or "in", or before an article or a possessive
 * there ("companies registered in the cluster", "employment at the
 * park's companies"): the noun after it says where, not what a label
 * counts? */
bool xprep_where(const struct xsent *s, int i);

/* Is token i a Russian possessive that does not decline ("его", "её",
 * "их"), said between a number and its noun ("Три его резидента")? */
bool xprep_owner(const struct xsent *s, int i);

#endif
