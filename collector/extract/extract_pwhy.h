/*
** extract_pwhy.h: why a period may need a look (extract_pwhy.c).
*/
#ifndef GS_EXTRACT_PWHY_H
#define GS_EXTRACT_PWHY_H

#include "extract_int.h"

/* The enum xwhy bit for a figure dated by m (NULL: none) in context c:
 * the text's date, the horizon, an earlier sentence, or 0. */
unsigned xcue_period_why(const struct xtime *m, const struct xctx *c,
			 bool future);

#endif
