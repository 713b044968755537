/*
** extract_still.h: periods (round eight): a figure said to hold already
** or still is a stock as of the text's date (extract_still.c).
*/
#ifndef GS_EXTRACT_STILL_H
#define GS_EXTRACT_STILL_H

#include "extract_int.h"

/* "31 of which are still trading", "over 700 of which have already
 * launched production", "уже создали 380 рабочих мест, к 2026 году ...":
 * f is what stands now, whatever span or plan the sentence states. */
bool xstill_now(const struct xsent *s, const struct xfig *f);

#endif
