/*
** extract_caseno.h: a case or document number's year is no date (round
** fourteen, extract_caseno.c).
*/
#ifndef GS_EXTRACT_CASENO_H
#define GS_EXTRACT_CASENO_H

#include "extract_int.h"

/* Is the number at i the year glued after "/" to a case or document
 * number that ends in five digits or more ("дело № А33-18452/2024",
 * "contract No. 0125200000425/2025")? Not "FY2024/25", "2024/2025". */
bool xcaseno_year(const struct xsent *s, int i);

#endif
