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
 * "11.9% up on January-September 2024"): the same months of x's year,
 * unless they end after the text's date (d). */
void xlike_months(const struct xdoc *d, struct xcand *x);

/* r's last candidate, a percent change or multiple of the text's year
 * against the year before, said right after a figure of its sentence s
 * dated by months of that year ("6,5 тыс. тонн за первое полугодие, в
 * полтора раза больше, чем за тот же период прошлого года"): over those
 * months, against the same months a year before; not when s compares
 * with something else ("чем в среднем по области"). */
void xlike_flow(const struct xsent *s, struct xresult *r);

#endif
