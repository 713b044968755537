/*
** extract_pwhy.c: the reason a candidate's period may need a look
** (moved out of extract_cue.c, which was at its size limit, unchanged).
*/
#include "../../common.h"

#include "extract_pwhy.h"

unsigned xcue_period_why(const struct xtime *m, const struct xctx *c,
			 bool future)
{
	if (m == NULL)
		return future ? XW_PERIOD_HORIZON : XW_PERIOD_ASOF;
	if (m == c->para || m == c->topic)
		return XW_PERIOD_EARLIER;
	if (m->role == XR_NOW || m->role == XR_PAST || m->role == XR_NEXT ||
	    m->role == XR_SINCE)
		return XW_PERIOD_ASOF;
	return 0;
}
