/*
** extract_nowplan.h: a stock said now beside a plan of another clause
** stands now (extract_nowplan.c).
*/
#ifndef GS_EXTRACT_NOWPLAN_H
#define GS_EXTRACT_NOWPLAN_H

#include "extract_int.h"

/* "Сейчас в парке работают 480 человек, к 2027 году их станет 700",
 * "The park now has 480 staff; by 2027 it will have 700": x, the figure
 * f of sentence i made a target of the other clause's year, is a level
 * at the text's date when f's own clause says now ("сейчас", "now",
 * "today", "currently", "на сегодня", "at present") and states no time
 * and no future of its own. */
void xnowplan_level(const struct xdoc *d, int i, const struct xfig *f,
		    struct xcand *x);

#endif
