/*
** ytdseries.h: the year-to-date figures of a series, as `show --ytd`
** hands them to ytd.c: its reported (not implied) flows from January to
** a month of the same year (also when written as days that cover whole
** months: 2024-01-01..2024-08-31 is 2024-01..2024-08), each numbered as --explain numbers the
** series' figures (#n), with the bounds its qualifier allows. Pure: no
** database, no printing.
*/
#ifndef GS_YTDSERIES_H
#define GS_YTDSERIES_H

#include "points.h"
#include "ytd.h"

/* The year-to-date figures of s into a new array *out (free it; never
 * NULL); returns how many (0: none). */
size_t ytd_figures(const struct rp_series *s, struct ytd_fig **out);

#endif
