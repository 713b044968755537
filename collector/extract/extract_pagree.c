/*
** extract_pagree.c: a candidate's reason agrees with its period (issue
** 16, a defect a user found). A text dated "26 ноября 2026" gave
** `alabuga.residents,2025,...,"confidence 0.79 (period from the date
** line ...)"`: a rule had moved the period to the year the text reports
** on (a report's year, a programme's column, a total through a finished
** year) after the period had been marked as the date's, and the reason
** stayed. A reviewer relies on the reason, so it is checked once, at
** the end, against the period itself: "from the date line" (or "the
** text's date", "--as-of", "today") holds only for a period the date
** gives: its year, a span through it, or N years just before or after
** it ("over the past five years", "over the next three years"). Any
** other period came from a year the text names, and says so; its
** confidence is the date's, as the factors were measured over such
** rows too. "Left empty" holds only for an empty period, and an empty
** period names no date it came from.
*/
#include "../../common.h"

#include "extract_pagree.h"

#define PERIOD_BITS (XW_PERIOD_ASOF | XW_PERIOD_TODAY | XW_PERIOD_EARLIER | \
		     XW_PERIOD_HORIZON | XW_PERIOD_NAMED)

/* Does the date's year ay give period p? */
static bool date_gives(const struct xper *p, int ay)
{
	int y1 = p->y1 != 0 ? p->y1 : p->y0;

	if (p->y0 <= ay && ay <= y1)
		return true; /* its year, its months, a span through it */
	if (y1 > p->y0 && (p->y0 == ay + 1 || y1 == ay - 1))
		return true; /* the next or the past N years */
	return false;
}

void xpagree_why(struct xcand *c, int32_t as_of)
{
	unsigned from_date = XW_PERIOD_ASOF | XW_PERIOD_TODAY;

	if (c->period.y0 == 0) {
		if (c->why & PERIOD_BITS) /* no date gave an empty period */
			c->why = (c->why & ~(unsigned)PERIOD_BITS) |
				 XW_PERIOD_EMPTY;
		return;
	}
	c->why &= ~(unsigned)XW_PERIOD_EMPTY; /* it is not empty */
	if (as_of == 0 || !(c->why & from_date) ||
	    date_gives(&c->period, as_of / 10000))
		return;
	c->why = (c->why & ~from_date) | XW_PERIOD_NAMED;
}
