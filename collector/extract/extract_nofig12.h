/*
** extract_nofig12.h: more numbers that are no figure (extract_nofig12.c),
** asked by extract_nofig.c's xnofig.
*/
#ifndef GS_EXTRACT_NOFIG12_H
#define GS_EXTRACT_NOFIG12_H

#include "extract_int.h"

/* Is the figure f of s, ending before token e, no figure: a board's vote ("5 votes in favour",
 * "7 голосов"), the number of a half-year head ("1 пол. 2024"), members
 * present ("Five of six members present"), a part's number ("phase 2
 * of 60 ha"), a percent against a plan ("5% above budget"), a VAT rate
 * ("НДС 20%")? */
bool xnofig12(const struct xsent *s, const struct xfig *f, int e);

#endif
