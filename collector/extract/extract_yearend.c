/*
** extract_yearend.c: periods (round seventeen, issue 16): "results for
** the financial year ended 31 March 2025", "For the year to 31 March
** 2026 the board expects" (old_holdout25 chaykovsky, old_holdout26
** inkerman): English names a year by the day it ends, and that year is
** the twelve months before it, whatever the month. Extract read the day
** as a point, so every figure of the release that the heading dates
** took the text's calendar year, and guidance the single day. The
** language rule: "year" + "ended"/"ending"/"to" + a month's last day.
*/
#include "../../common.h"

#include "../../series/cal.h"
#include "extract_yearend.h"

int xyearend_named(const struct xsent *s, const struct xtime *m)
{
	static const char *const ws[] = { "ended", "ending", "to", NULL };

	if (m->role != XR_POINT || m->t0 < 2 || !xt_wa(s, m->t0 - 1, ws) ||
	    !xt_w(s, m->t0 - 2, "year"))
		return 0;
	return xt_w(s, m->t0 - 3, "half") ? 6 : 12;
}

/* How many months does time m of s end: as xyearend_named, when m is a
 * month's last day; 0 for none. */
static int months_ended(const struct xsent *s, const struct xtime *m)
{
	const struct xper *p = &m->p;

	if (p->y1 == 0 || p->m1 == 0 ||
	    p->d1 == 0 || p->d0 != p->d1 || p->m0 != p->m1 ||
	    p->d1 != cal_days_in_month(p->y1, p->m1))
		return 0; /* "the year to 15 March" is no year */
	return xyearend_named(s, m);
}

void xyearend_fix(struct xdoc *d)
{
	int i, k;

	for (i = 0; i < d->ns; i++)
		for (k = 0; k < d->s[i].ntm; k++) {
			struct xtime *m = &d->s[i].tm[k];
			int y = m->p.y1, e = m->p.m1;
			int n = months_ended(&d->s[i], m);
			int first = y * 12 + e - n; /* months since 0000-01 */

			if (n == 0)
				continue;
			m->role = XR_RANGE;
			m->p = n == 12 && e == 12 ?
				xt_per(y, 0, 0, y, 0, 0) :
				xt_per(first / 12, first % 12 + 1, 0, y, e, 0);
		}
}
