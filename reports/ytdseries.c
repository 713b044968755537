/*
** ytdseries.c: the year-to-date figures of a series (ytdseries.h).
*/
#include "ytdseries.h"

#include <stdlib.h>

size_t ytd_figures(const struct rp_series *s, struct ytd_fig **out)
{
	struct gs_period none = { 0, 0, GS_PREC_NONE };
	struct rp_point *pts = NULL;
	size_t i, k = 0, n = rp_select(s, GS_KIND_FLOW, &none, &none, &pts);

	*out = xmalloc((n ? n : 1) * sizeof(**out));
	for (i = 0; i < n; i++)
		if (!pts[i].implied && ytd_is_cumulative(&pts[i].period)) {
			(*out)[k].period = pts[i].period;
			(*out)[k].value = pts[i].p.v;
			(*out)[k].id = pts[i].src[0] + 1;
			(*out)[k].bounded = pts[i].p.lo != pts[i].p.hi;
			(*out)[k].lo = pts[i].p.lo;
			(*out)[k].hi = pts[i].p.hi;
			k++;
		}
	free(pts);
	return k;
}
