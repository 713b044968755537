/*
** points.h: a series as the reports see it.
**
** The stored observations of a series (latest vintage at an as_of) become:
**   - actual points: levels or flows with their time (growth.h's time rule)
**     and bounds; where a text states one figure with two qualifiers
**     ("100 to 150") the bounds are intersected, an exact value wins;
**   - implied points: a level a multiple or percent change implies when
**     only one end of it is known (154 bn in 2024 at 2.8-fold since 2020
**     imply 55 bn in 2020), each remembering the observations it came from;
**   - targets and plans, kept aside for checks and charts;
**   - relations (multiples and percent changes) for claim checks.
** A relation whose period ends after the date it was reported (1.5 times
** by 2030) is a claim about the future: it implies nothing and is checked
** against the targets.
**
** A RELATION IS STATED AGAINST ITS ANCHOR AS IT STOOD THEN. "2.8-fold
** since 2020" reported on 2025-03-01 against a 2024 level of 154 implies
** 55 for 2020, also after the 2024 level is revised to 160: the implied
** level comes from the anchor's latest vintage at or before the
** relation's as_of (the current figure when it has none that early), and
** a point implied from an earlier vintage is not dependent on the
** current anchor (rp_dependent). --as-of still cuts every row.
**
** SAME-VINTAGE CONFLICTS. Statements of one figure (kind and period) read
** at the same vintage are merged when they can all be true ("over 100"
** and "up to 150"). When they cannot (100 from source a, 120 from b), the
** point takes an exact statement over a qualified one, then the statement
** of the source whose name sorts first (byte order), never the order of
** arrival; each such pair is kept in rp_series.conflicts and rp_take()
** warns about it on stderr, so every report says so.
*/
#ifndef GS_POINTS_H
#define GS_POINTS_H

#include "../series/cal.h"
#include "../series/series.h"
#include "growth.h"

#include <stdio.h>

#define RP_MAX_SRC 2

struct rp_point {
	struct gs_period period;
	struct gs_point p;           /* t, v, lo, hi */
	enum gs_kind kind;           /* GS_KIND_LEVEL or GS_KIND_FLOW */
	bool implied;
	size_t src[RP_MAX_SRC];      /* indexes into rp_series.obs */
	size_t nsrc;
	/* An implied point's derivation: the stated multiple (a percent
	 * converted, qualifier bounds kept) and the period of the actual
	 * point (same kind) it was derived from. at_base: the point is at the
	 * relation's base, so point = anchor / mult; else anchor * mult. */
	struct gs_est mult;
	struct gs_period anchor;
	bool at_base;
	/* Non-zero: the anchor was taken as it stood at the relation's
	 * vintage, this earlier as_of than the point at anchor now (src[1]
	 * names the figure's current statement; refs show "#1@DATE"). */
	int32_t anchor_vintage;
};

/* Two statements of one figure at one vintage that cannot both be true:
 * obs[used] is what the point took, obs[other] what it set aside. */
struct rp_conflict {
	size_t used;
	size_t other;
};

struct rp_series {
	char *key;
	struct series_info info;     /* name, unit symbol, dimension */
	struct obs_list obs;         /* what was read, latest vintages */
	struct rp_point *pts;        /* actual and implied, sorted by t */
	size_t npts;
	size_t *targets;             /* indexes into obs: targets and plans */
	size_t ntargets;
	size_t *rels;                /* indexes into obs: multiples, percents */
	size_t nrels;
	struct rp_conflict *conflicts; /* same-vintage disagreements */
	size_t nconflicts;
	struct obs_list hist;        /* levels and flows of every vintage
				      * (copies; only when there are
				      * relations): the anchors as they
				      * stood at each relation's vintage */
};

struct rp_opts {
	int32_t as_of;               /* 0 = now */
	double approx_tol;           /* tolerance of about/almost */
};

/* Read series key and derive its points. GS_EX_DATAERR for an unknown key. */
int rp_load(struct series_db *db, const char *key, const struct rp_opts *o,
	    struct rp_series *s, struct gs_err *e);
/* Derive the points of a series already read (series_scan gives them,
 * with OBSQ_ALL_VINTAGES so that relations find their anchors' earlier
 * vintages; s->obs keeps the latest at o->as_of); s takes over info and
 * obs, which are left empty. Same-vintage conflicts are written to
 * stderr as warnings (rp_warn_conflicts). */
void rp_take(struct series_info *info, struct obs_list *obs,
	     const struct rp_opts *o, struct rp_series *s);
void rp_free(struct rp_series *s);

/* Only the points of kind k (level or flow) whose period ends in
 * [from.start, to.end] (zero periods: no limit), into a new array. */
size_t rp_select(const struct rp_series *s, enum gs_kind k,
		 const struct gs_period *from, const struct gs_period *to,
		 struct rp_point **out);

/* The point of kind k whose period is exactly p, or NULL. */
const struct rp_point *rp_find(const struct rp_series *s, enum gs_kind k,
			       const struct gs_period *p);

/* The point's kind when the series has levels, else flows. */
enum gs_kind rp_main_kind(const struct rp_series *s);

/*
** When one of a and b is implied from the other (its anchor), the
** multiple b/a as the relation stated it, with the relation's bounds:
** the two points are not independent, so their own bounds must not be
** combined as if they were. Returns false for independent points.
*/
bool rp_dependent(const struct rp_point *a, const struct rp_point *b,
		  struct gs_est *mult);

/* The order statements of one figure at one vintage are taken in:
 * exact before qualified, then source name (byte order), then qualifier.
 * Never the order of arrival. */
int rp_rule_cmp(const struct gs_obs *x, const struct gs_obs *y);
/* Of the statements l->v[i..j) of one figure at one vintage, the one
 * every report takes first (the least by rp_rule_cmp). */
size_t rp_taken(const struct obs_list *l, size_t i, size_t j);
/* The end of the statements of one figure from l->v[i] on: the same
 * kind and period (reads keep them adjacent). */
size_t rp_group_end(const struct obs_list *l, size_t i);

/* One line per same-vintage conflict of s, "growthstat: warning: ...",
 * control characters escaped; nothing when there is none. */
void rp_warn_conflicts(const struct rp_series *s, FILE *out);

/* The symbol o's value is in: "×" for a multiple, "%" for a percent
 * change, else sym (its unit's). */
const char *report_symbol(const struct gs_obs *o, const char *sym);
/* Display symbol of an observation's value: × for multiples, % for
 * percent changes, else the series unit. */
const char *rp_symbol(const struct rp_series *s, const struct gs_obs *o);

/* The point implied by relation obs[rel] (a stated multiple), or NULL. */
const struct rp_point *rp_implied_by(const struct rp_series *s, size_t rel);

/* The CAGR a relation (multiple or percent change, qualifier bounds at
 * tolerance tol) states, whatever its ends: m^(1/years) - 1, years from
 * the end of its base to the end of its period; NAN where undefined. */
struct gs_est rp_rel_cagr(const struct gs_obs *o, double tol);

/* The latest target ending after the last point: where a projection of s
 * goes (*to). false when there is none. */
bool rp_projection_target(const struct rp_series *s, struct gs_period *to);

/* The point cur (reported) as it stood at vintage `when` (a relation's
 * as_of), into *out: the statements of its latest vintage at or before
 * `when`, folded as a point's are. Returns that vintage, or 0 when cur
 * is already that old or has no statement that early (*out is cur). */
int32_t rp_anchor_then(const struct rp_series *s, const struct rp_point *cur,
		       int32_t when, double tol, struct rp_point *out);

#endif
