/*
** ytdseries.c: the year-to-date figures of a series (ytdseries.h).
*/
#include "ytdseries.h"

#include <stdlib.h>

/* A day range that covers whole months (2024-01-01..2024-08-31) is the
 * month range (2024-01..2024-08): January-August said in days is still
 * January-August, so it is read, paired and shown as such. */
static struct gs_period whole_months(struct gs_period p)
{
	if (p.prec == GS_PREC_DAY && p.start != 0 && cal_day(p.start) == 1 &&
	    cal_is_month_end(p.end))
		p.prec = GS_PREC_MONTH;
	return p;
}

size_t ytd_figures(const struct rp_series *s, struct ytd_fig **out)
{
	struct gs_period none = { 0, 0, GS_PREC_NONE };
	struct rp_point *pts = NULL;
	size_t i, k = 0, n = rp_select(s, GS_KIND_FLOW, &none, &none, &pts);

	*out = xmalloc((n ? n : 1) * sizeof(**out));
	for (i = 0; i < n; i++) {
		struct gs_period p = whole_months(pts[i].period);

		if (!pts[i].implied && ytd_is_cumulative(&p)) {
			(*out)[k].period = p;
			(*out)[k].value = pts[i].p.v;
			(*out)[k].id = pts[i].src[0] + 1;
			(*out)[k].bounded = pts[i].p.lo != pts[i].p.hi;
			(*out)[k].lo = pts[i].p.lo;
			(*out)[k].hi = pts[i].p.hi;
			k++;
		}
	}
	free(pts);
	return k;
}
