/*
** extract_qual12.h: qualifiers said apart from their number, or by words
** the older rules lacked (extract_qual12.c), for extract_qual.c.
*/
#ifndef GS_EXTRACT_QUAL12_H
#define GS_EXTRACT_QUAL12_H

#include "extract_int.h"

/* The qualifier of the number at i said by the forms of
 * extract_qual12.c ("within RUB 38 million", "should top", "did not
 * exceed the 5% limit", "rent from RUB 700"), *start its first token;
 * GS_QUAL_NONE if none. */
enum gs_qual xqual12_before(const struct xsent *s, int i, int *start);

/* A possessive time between a qualifier and the number at i ("no lower
 * than last year's 12.5"): its first token, where the qualifier is
 * asked for; -1 if none. */
int xqual12_poss_time(const struct xsent *s, int i);

bool xqual_negated(const struct xsent *s, int i);

#endif
