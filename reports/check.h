/*
** check.h: verdicts on targets and on published claims.
**
** A target ("230 bn RUB by 2030") is judged against the projection of its
** series. The latest actual figure at or above the target, its lower bound
** too ("up to 6,400" is not 6,300 reached): ahead (already reached). Otherwise the trend must rest on at least CHECK_MIN_REPORTED
** reported (not implied) figures, else the verdict is uncertain and the
** note says what it rests on ("trend from 2 points, 1 implied"; "no
** trend: 1 figure"). With enough figures each end of the projection's
** interval (prediction interval of a fit, bounds of the figures for cagr)
** is judged: ahead when above the target by more than the tolerance, on
** track within it either side, behind below; when the two ends get
** different verdicts the verdict is uncertain. Only behind fails.
**
** A claim is a stated multiple or percent change whose both ends the data
** also states as levels (or targets): "investment will double" from over
** 55 bn to 102.3 bn. A multiple, widened by its qualifier and by the
** relative tolerance, must overlap the multiple the levels give (an
** interval when they are bounds); a percent change, widened by its
** qualifier and by a tolerance in percentage points, must overlap the
** percentage change they give. Else the claim is inconsistent.
**
** A CLAIM IS JUDGED AT ITS OWN VINTAGE. Its ends are the figures as they
** stood at the claim's as_of (each end's latest vintage at or before it,
** else the current figure), the rule implied figures follow for their
** anchor (points.h): "+12.3 % from 162.4 to 182.4" stated on 3 Nov stays
** consistent after 182.4 is revised to 185.1 on 18 Nov; a claim restated
** after the revision is judged against 185.1. claim_eval.then says which
** end was revised since (celltext.h writes the note).
*/
#ifndef GS_CHECK_H
#define GS_CHECK_H

#include "project.h"

#define GS_CHECK_TOL_DEFAULT 0.05
/* Percentage points: +5.7 % stated, +6.2 % actual is consistent. */
#define GS_CHECK_PP_DEFAULT 1.0
/* Reported figures a trend needs before it can put a target ahead of or
 * behind its trend. */
#define CHECK_MIN_REPORTED 3

enum verdict { V_NA = 0, V_AHEAD, V_ON_TRACK, V_BEHIND, V_CONSISTENT,
	       V_INCONSISTENT, V_UNCERTAIN, V_MISSED, V_LATE, V_NO_FIGURE,
	       V_NVERDICTS };

const char *verdict_name(enum verdict v);
/* True for the verdicts that make `growthstat check` exit 1. */
bool verdict_failed(enum verdict v);

struct target_eval {
	size_t obs;                 /* the target, index into s->obs */
	const struct rp_point *latest;
	double t_target;
	struct gs_est required;     /* CAGR needed from latest, a fraction */
	struct gs_est trend;        /* the projection's growth a year */
	struct gs_pred projected;   /* at the target date; v NAN when none */
	double gap;                 /* projected / target - 1 */
	double t_reached;           /* when the trend reaches it; NAN never */
	size_t reported, implied;   /* the points the trend rests on */
	enum verdict verdict;
	char note[160];             /* what the verdict rests on, or lacks */
};

/*
** TARGETS WHOSE DATE HAS PASSED. A target whose date a reported figure
** covers is judged by that figure (ahead, on track, behind). Without one,
** once a reported figure of its kind (a flow: of its length) ends after
** the date, the figures decide, not a trend: reached by a figure ending
** by the date is ahead; else reached first by one after it is "reached
** late"; else "missed" (fails, as behind). With no figure after the date
** but a release of the series (an as_of) after the date: "no figure
** yet", the trend's verdict in the note (does not fail). A target already reached before its date stays ahead.
*/

/*
** Judge target s->obs[obs] against projection pj (NULL when none could be
** built; no_pj, if not NULL, says why: with two figures or more it is the
** note, "no trend from 4 figures: CAGR undefined: start value is zero",
** where "no trend: 4 figures" would say too few). Fills out->latest and the required CAGR whenever the series has
** an actual figure of its main kind.
*/
void target_check(const struct rp_series *s, size_t obs,
		  const struct projection *pj, const char *no_pj, double tol,
		  struct target_eval *out);
/* The same, with the date the target is judged on (0: none, no "no
 * figure yet"). */
void target_check_at(const struct rp_series *s, size_t obs,
		     const struct projection *pj, const char *no_pj,
		     double tol, int32_t today, struct target_eval *out);

/*
** Whether pj may be read at period `at` (NULL: any). Refused (-1,
** GS_EX_DATAERR): a part-year flow (Jan-Feb) whose trend is one figure and
** the multiple stated against the same months a year earlier, and a flow
** trend read at a period of another length (a Jan-Aug trend at 2030).
*/
int check_projectable(const struct rp_series *s, const struct projection *pj,
		      const struct gs_period *at, struct gs_err *e);

/* Has figure p reached value v? Its lower bound must: "up to 6,400" or
 * "about 6,300" may still be below 6,300. */
bool check_reached(const struct rp_point *p, double v);

/* The latest actual (not implied) point of kind k, or NULL. */
const struct rp_point *check_latest(const struct rp_series *s,
				    enum gs_kind k);

/* The reported (not implied) point of kind k at period p: ending when p
 * ends (a flow also starting when it starts), or NULL. */
const struct rp_point *check_at(const struct rp_series *s, enum gs_kind k,
			       const struct gs_period *p);

/* What a trend of too few reported figures rests on: "trend from 2
 * points, 1 implied". */
void check_rests_on(char *buf, size_t n, size_t reported, size_t implied);

struct claim_eval {
	size_t obs;                 /* the relation, index into s->obs */
	bool pct;                   /* a percent change: stated, actual and
				     * the tolerance are in percent */
	struct gs_est stated;       /* the claim, with its qualifier */
	struct gs_est from, to;     /* the levels at base and period */
	struct gs_est actual;       /* to / from, or 100 (to / from - 1) */
	size_t from_obs, to_obs;    /* where they came from (index into obs) */
	/* the points they are, or NULL for a target: the cells show each
	 * as stated, "over 6,300", not its central value */
	const struct rp_point *from_pt, *to_pt;
	/* An end revised since the claim was made: the figure as it stood
	 * at the claim's vintage, which the claim is judged against
	 * (then[0] the from end, then[1] the to end), and the as_of of that
	 * statement; vintage 0 when the current figure was used. */
	struct rp_point then[2];
	int32_t vintage[2];
	enum verdict verdict;
};

struct claim_tol {
	double rel;                 /* multiples: relative, 0.05 */
	double pp;                  /* percent changes: percentage points */
	double approx;              /* width of about/almost */
};

/*
** Check relation s->obs[obs] against the levels (or targets) at both of its
** ends. Returns false when the data does not state both ends.
*/
bool claim_check(const struct rp_series *s, size_t obs,
		 const struct claim_tol *tol, struct claim_eval *out);

#endif
