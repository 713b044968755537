/*
** project_sum.c: one series' projection to a period, as project --all
** lists it (project_sum.h). The command prints; the rules are here, where
** a unit test reaches them.
*/
#include "project_sum.h"

#include <math.h>
#include <string.h>

#include "check.h"

int proj_forward(const struct projection *pj, const struct gs_period *to,
		 struct gs_err *e)
{
	const struct gs_period *last = &proj_last(pj)->period;
	char a[64], b[64];

	if (to->end >= last->end)
		return 0;
	period_format(to, a, sizeof(a));
	period_format(last, b, sizeof(b));
	/* exit 2, as chart --project-to says it */
	return gs_errf(e, GS_EX_USAGE, "--to %s ends before the last figure "
		       "(%s): a projection runs forward from it", a, b);
}

int proj_summarize(const struct rp_series *s, const struct proj_opts *o,
		   const struct gs_period *to, struct proj_summary *out,
		   struct gs_err *e)
{
	struct projection pj;
	int ret;

	memset(out, 0, sizeof(*out));
	if (proj_build(s, o, &pj, e))
		return -1;
	ret = proj_forward(&pj, to, e) || check_projectable(s, &pj, NULL, e) ||
	      proj_at_period(&pj, to, &out->at, e) ? -1 : 0;
	if (ret == 0) {
		out->npoints = pj.nwin;
		out->rate = isfinite(pj.rate.v) ? pj.rate.v : NAN;
		out->slope = pj.method == PROJ_CAGR ? NAN : pj.fit.b;
	}
	proj_free(&pj);
	return ret;
}
