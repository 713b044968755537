/*
** extract_like.h: periods (round fifteen): a change is measured like for
** like, so against months of a year it is over the same months of the
** next (extract_like.c).
*/
#ifndef GS_EXTRACT_LIKE_H
#define GS_EXTRACT_LIKE_H

#include "extract_int.h"

/* x, a percent change or a multiple dated by a whole year, with a base
 * of months of the year before ("112,4% к январю–июню 2024 года",
 * "11.9% up on January-September 2024"): the same months of x's year. */
void xlike_months(struct xcand *x);

#endif
