/*
** extract_latest.h: the latest year a text states (extract_latest.c).
*/
#ifndef GS_EXTRACT_LATEST_H
#define GS_EXTRACT_LATEST_H

#include "extract_int.h"

/* The latest year d states as past or present (or a year after a base
 * it states), or 0: the year of a date line that names none, unless a
 * tag or the weekday says otherwise. */
int xlatest_year(const struct xdoc *d);

#endif
