/*
** extract_pubday.h: the day a results report was published, for its
** as_of (round fourteen, extract_pubday.c).
*/
#ifndef GS_EXTRACT_PUBDAY_H
#define GS_EXTRACT_PUBDAY_H

#include "extract_int.h"

/* The day a report on a finished period that ends on year_end was put
 * out: the latest day the text states after year_end, up to eighteen
 * months after it and not after today (a date line's day without a
 * year in the year after year_end), outside sentences about the future; 0 when it
 * states none. */
int32_t xpub_day(const struct xdoc *d, int32_t year_end, int32_t today);

/* Is ymd said in one of d's first sentences as the end of a period
 * ("results for the financial year ended 31 March 2025", "for the year
 * to 30 June 2025")? Then it is no day of publication. */
bool xpub_ended(const struct xdoc *d, int32_t ymd);

#endif
