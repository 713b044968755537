/*
** check.h: verdicts on targets and on published claims.
**
** A target ("230 bn RUB by 2030") is judged against the projection of its
** series: ahead when the projection at the target date passes the target
** by more than the tolerance (or the latest figure already has), on track
** within the tolerance either side, behind below it.
**
** A claim is a stated multiple or percent change whose both ends the data
** also states as levels (or targets): "investment will double" from over
** 55 bn to 102.3 bn. The stated multiple, widened by its qualifier and by
** the tolerance, must overlap the multiple the levels give (an interval
** when they are bounds); else the claim is inconsistent.
*/
#ifndef GS_CHECK_H
#define GS_CHECK_H

#include "project.h"

#define GS_CHECK_TOL_DEFAULT 0.05

enum verdict { V_NA = 0, V_AHEAD, V_ON_TRACK, V_BEHIND, V_CONSISTENT,
	       V_INCONSISTENT };

const char *verdict_name(enum verdict v);
/* True for the verdicts that make `growthstat check` exit 1. */
bool verdict_failed(enum verdict v);

struct target_eval {
	size_t obs;                 /* the target, index into s->obs */
	const struct rp_point *latest;
	double t_target;
	struct gs_est required;     /* CAGR needed from latest, a fraction */
	struct gs_est trend;        /* the projection's growth a year */
	struct gs_pred projected;   /* at the target date */
	double gap;                 /* projected / target - 1 */
	double t_reached;           /* when the trend reaches it; NAN never */
	enum verdict verdict;
	char why[160];              /* for V_NA: what is missing */
};

/* Judge target s->obs[obs] against projection pj (NULL when none could be
 * built: then the verdict is V_NA with why). */
void target_check(const struct rp_series *s, size_t obs,
		  const struct projection *pj, double tol,
		  struct target_eval *out);

struct claim_eval {
	size_t obs;                 /* the relation, index into s->obs */
	struct gs_est stated;       /* the claimed multiple, with qualifier */
	struct gs_est from, to;     /* the levels at base and period */
	struct gs_est actual;       /* to / from */
	size_t from_obs, to_obs;    /* where they came from (index into obs) */
	enum verdict verdict;
};

/*
** Check relation s->obs[obs] against the levels (or targets) at both of its
** ends. Returns false when the data does not state both ends.
*/
bool claim_check(const struct rp_series *s, size_t obs, double tol,
		 double approx_tol, struct claim_eval *out);

#endif
