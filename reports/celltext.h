/*
** celltext.h: cell texts the analysis tables share, the command tables
** (check, growth, implied, project) and the report page alike: a stated
** value with the words of its qualifier, the observations a point rests
** on, a rate in percent, the year a target is reached. Pure: no
** database, no printing.
*/
#ifndef GS_CELLTEXT_H
#define GS_CELLTEXT_H

#include "check.h"
#include "points.h"

/*
** COUNTS ARE SHOWN IN WHOLE UNITS. A series whose unit is a count (its
** dimension is "count:...": jobs, people, companies, packages) is shown
** to people in whole units: a value that is not whole (implied,
** projected: 6,170 / 1.1 = 5,609.09) is rounded to the nearest unit and
** read "about 5,609 jobs"; the bound of an interval is rounded inwards
** (side < 0, a lower bound: up; side > 0, an upper bound: down), which
** keeps it true without "about". CSV and JSON keep the exact value;
** other units (RUB, m²) are continuous and shown by fmt_human as they
** are. Every table and the report show a count through report_amount.
*/
bool report_is_count(const struct series_info *in);
void report_amount(const struct series_info *in, double v, int side,
		   char *buf, size_t n);

/* "up to 6,400 jobs": v in sym with the words of its qualifier q. */
void report_qualified(enum gs_qual q, double v, const char *sym, char *buf,
		      size_t n);
/* A point of s as stated: one figure with its qualifier's words ("over
 * 173,000 m²"), exact figures as they are, a range of several sources'
 * bounds as "LO to HI"; an implied point is a count in whole units
 * ("about 5,609 jobs"; report_amount). */
void report_point(const struct rp_series *s, const struct rp_point *l,
		  char *buf, size_t n);
/* A claim's cells as stated, qualifier words kept: the claim ("over
 * 2.80×", "about 10.0 %") and its two ends, each a point as report_point
 * gives it or a target with its qualifier ("over 6,300 jobs"). A claim of
 * "over X" checked against data must still read "over X". */
void report_claim_stated(const struct rp_series *s,
			 const struct claim_eval *c, char *buf, size_t n);
void report_claim_end(const struct rp_series *s, const struct claim_eval *c,
		      bool to, char *buf, size_t n);
/* What the figures give a claim: one value when its ends are exact
 * ("1.734×"); when they give an interval, the interval: "at most 1.821×"
 * when it reaches down to 0× (-100 %), "at least 50 %" when it has no
 * upper end, else "1.429× to 1.579×". Never the central value alone: it
 * would read as what the figures say. */
void report_claim_actual(const struct claim_eval *c, char *buf, size_t n);
/* The claim's ends revised since it was made (it is judged against them
 * as they stood then): "end figure revised since: 185.1 bn RUB from
 * 2026-11-18"; "" when none was. */
void report_claim_note(const struct rp_series *s, const struct claim_eval *c,
		       char *buf, size_t n);
/* The observations of a claim and its ends, "#3 #1 #2"; an end taken as
 * it stood at the claim's vintage adds it, "#2@2026-11-03". */
void report_claim_refs(const struct claim_eval *c, char *buf, size_t n);
/* The observation numbers behind a point, "#3 #5" (1-based in s->obs);
 * an implied point adds its anchor's vintage, "#2 #4@2025-03-01". */
void report_refs(const struct rp_point *p, char *buf, size_t n);
/* The observations behind two points, each named once: a's, then those
 * of b's not among them ("#2 #1" and "#1" give "#2 #1"). */
void report_refs_two(const struct rp_point *a, const struct rp_point *b,
		     char *buf, size_t n);
/* A fraction as a percent with three decimals, "6.914 %"; "" for NAN. */
void report_pct(double f, char *buf, size_t n);
/* The year a decimal time falls in: 2027.0, the end of 2026, is 2026;
 * NAN stays NAN. */
double report_year(double t);
/* When v's target is reached by its trend: the year, "never", or "" when
 * there is no projection or no trend (judged by the figure at its date). */
void report_reached(const struct target_eval *v, char *buf, size_t n);

#endif
