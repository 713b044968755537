/*
** project_sum.h: a projection to one period as project --all lists it,
** one line a series: the points used, the growth a year, the fit's slope
** and the value at `to` with its interval, or the reason there is none.
*/
#ifndef GS_PROJECT_SUM_H
#define GS_PROJECT_SUM_H

#include "project.h"

struct proj_summary {
	size_t npoints;      /* points in the window */
	double rate;         /* growth a year; NAN where there is none */
	double slope;        /* the fit's slope; NAN for cagr */
	struct gs_pred at;   /* the projection at the end of `to` */
};

/* 0 when `to` ends at or after the last point of the window; else
 * GS_EX_USAGE ("--to P ends before the last figure (Q)"): a --to before
 * it would be a backcast shown as a projection. */
int proj_forward(const struct projection *pj, const struct gs_period *to,
		 struct gs_err *e);

/* Build s's projection by o and take it to `to` (the last period
 * proj_steps lists), with every check project KEY makes: 0, or -1 with
 * e holding project KEY's own message (GS_EX_USAGE or GS_EX_DATAERR). */
int proj_summarize(const struct rp_series *s, const struct proj_opts *o,
		   const struct gs_period *to, struct proj_summary *out,
		   struct gs_err *e);

#endif
