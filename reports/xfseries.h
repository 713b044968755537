/*
** xfseries.h: a FRED transform of a whole series, or of its stretch
** --from/--to, as `growth --transform` shows it: the series' main kind
** (levels, else flows) on its grid of periods, the transform of each
** (level transforms in the unit the latest figure was written in), the
** bounds its qualified figures allow, and the unit of the result. Pure
** computation (span.h, growth.h): no database, no printing.
*/
#ifndef GS_XFSERIES_H
#define GS_XFSERIES_H

#include "growth.h"
#include "span.h"

struct xf_series {
	enum gs_xform f;
	struct gs_period first;      /* the grid's first period */
	int step;                    /* months from one period to the next */
	size_t len;                  /* periods on the grid */
	double *x;                   /* the figures, base unit; NAN: none */
	double *y, *ylo, *yhi;       /* f of x, and its bounds */
	char unit[180];              /* of y: "ln(billion rubles)", "%" */
};

enum { XF_EMPTY = 1 };

/*
** f of s's figures from from to to (zero periods: the first, the last)
** into out (free it with xf_series_free). 0; XF_EMPTY when s has no levels
** or flows there (out empty); -1 with e filled when they are not on one
** grid (mixed frequencies) or f cannot be taken.
*/
int xf_series(const struct rp_series *s, enum gs_xform f,
	      const struct gs_period *from, const struct gs_period *to,
	      struct xf_series *out, struct gs_err *e);
void xf_series_free(struct xf_series *xs);

#endif
