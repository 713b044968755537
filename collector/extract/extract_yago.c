/*
** extract_yago.c: periods (round eleven, issue 16): a comparison with "a
** year earlier" ("against 36.8 thousand tonnes a year earlier", "83%
** против 78% годом ранее", "(годом ранее — 39,0%)") in a sentence with no
** date of its own. Writers of old_holdout13 and old_holdout14 key the
** earlier figure a year before the period the sentence's other figure
** takes from its heading, report or list lead ("results for the
** financial year ended 31 December 2024", "Из годового отчёта ... за
** 2024 год", "По итогам 2024 года"); extract counted back from the
** text's date (a year too late in a report published the next year).
** General for any period inherited: a year, months, a quarter.
*/
#include "../../common.h"

#include "extract_yago.h"

/* Does s state a date of its own that is no count back? */
static bool own_date(const struct xsent *s)
{
	int k;

	for (k = 0; k < s->ntm; k++)
		if (!s->tm[k].prev && s->tm[k].p.y0 != 0 &&
		    s->tm[k].role != XR_NAMEYEAR)
			return true;
	return false;
}

void xyago_count(const struct xdoc *d, struct xsent *s,
		 const struct xtime *from)
{
	int k;

	if (from == NULL || from->prev || from->a1 > 0 || own_date(s) ||
	    (from->role != XR_POINT && from->role != XR_RANGE))
		return;
	for (k = 0; k < s->ntm; k++) {
		struct xtime *m = &s->tm[k];

		if (m->prev && m->role == XR_POINT && m->p.m0 == 0 &&
		    m->p.y0 == d->ay - m->n && m->p.y1 == m->p.y0)
			m->p = xper_shift(from->p, -m->n);
	}
}
