/*
** extract_like.c: periods (round fifteen, issue 16): a change is
** measured like for like. "Отгружено ... на 3,84 млрд рублей, что
** составляет 112,4% к январю–июню 2024 года" under a bulletin of
** January-June 2025, "Average monthly wages stood at 51,370 roubles,
** 11.9% up on January-September 2024", "Среднемесячная заработная плата
** — 68,2 тыс. рублей, в 1,12 раза больше, чем в январе–июне 2024 года":
** extract read the base's months and gave the change the whole year of
** the text. Keys of five folders by five writers (old_holdout22,
** old_holdout16, dev10a, dev13a, dev13b) date such a change over the
** same months of the year after the base; the class the study found
** widest (a whole year where the key has the months so far, nine
** writers). General: any percent change or multiple whose base is a run
** of months within one year and whose own period is the next year
** whole; a base of a whole year, or a period of its own months, stays.
*/
#include "../../common.h"

#include "extract_like.h"

void xlike_months(struct xcand *x)
{
	const struct xper *b = &x->base, *p = &x->period;

	if ((x->kind != GS_KIND_PERCENT && x->kind != GS_KIND_MULTIPLE) ||
	    b->y0 == 0 || b->y0 != b->y1 || b->m0 == 0 ||
	    (b->m0 == 1 && b->m1 == 12 && b->d0 == 0) || p->m0 != 0 ||
	    p->y0 != p->y1 || p->y0 != b->y0 + 1)
		return;
	x->period = xper_shift(*b, 1);
}
