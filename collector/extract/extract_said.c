/*
** extract_said.c: dates and verbs around a figure that say when or how
** it was told rather than what period it is of (issue 16, seventh
** round): "the department said on 17 October 2023", "сообщил 17 октября
** 2023 года" is the day of telling; "оцениваются в", "is estimated at"
** reckon a figure of the period the text reports on.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"

bool xsaid_date(const struct xsent *s, const struct xtime *m)
{
	int i = m->t0 - 1;

	if (m->role != XR_POINT || m->p.d0 == 0 || m->p.y0 == 0)
		return false;
	if (i >= 0 && (xt_w(s, i, "on") || xt_w(s, i, "of")))
		i--; /* "said on 17 October 2023" */
	return i >= 0 && xw_in(XL_REPORT, s->t[i].w);
}
