/*
** verdicts.h: every check of one series, judged as `check` and `report`
** both judge it: the projection of its trend (or why there is none), each
** target against that projection, each claim whose two ends are stated.
** One place, so that the report page says what check says. Pure
** computation on a series in memory (check.h, project.h): no printing.
*/
#ifndef GS_VERDICTS_H
#define GS_VERDICTS_H

#include "check.h"

struct verdicts {
	struct projection pj;
	bool have_pj;
	char pj_why[256];            /* why there is none (the key left out) */
	struct target_eval *tv;      /* one per target (not plans) */
	size_t ntv;
	struct claim_eval *cv;       /* one per relation whose ends are known */
	size_t ncv;
};

/*
** Judge s: its projection by p, its targets with tolerance target_tol,
** its claims with ct; a target's date is past when a release of s (an
** as_of) comes after it (check.h). out refers to s (the points of its verdicts): s
** must outlive it. Free out with verdicts_free.
*/
void verdicts_judge(const struct rp_series *s, const struct proj_opts *p,
		    double target_tol, const struct claim_tol *ct,
		    struct verdicts *out);
void verdicts_free(struct verdicts *v);

#endif
