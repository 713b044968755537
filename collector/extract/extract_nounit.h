/*
** extract_nounit.h: Russian words after a number that cannot be what it
** counts (extract_nounit.c), for extract_unitof.c's phrase_unit.
*/
#ifndef GS_EXTRACT_NOUNIT_H
#define GS_EXTRACT_NOUNIT_H

#include "extract_int.h"

/* Is the word at i, after the number of f (its scale read), a verb, a
 * short participle or a noun in the nominative singular rather than
 * what the number counts ("восемьдесят заняли", "три включены",
 * "шестьдесят миллионов область даёт")? */
bool xnounit_at(const struct xsent *s, int i, const struct xfig *f);

#endif
