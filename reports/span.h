/*
** span.h: which two points `growthstat growth` compares, and the regular
** grid its FRED transforms run on. The rules live here, below the command,
** so unit tests reach them without a database:
**   - the end is the point at --to, else the latest point of the series'
**     main kind (levels when it has any, else flows);
**   - the start is the point at --from, else the latest point of the other
**     series, else, for a flow over part of a year, the same months a year
**     earlier, else the first point;
**   - two points compare only when of one kind (and flows of one length)
**     and when time passes between them;
**   - a transform lays points of one length on a grid of their frequency
**     (yearly, half-yearly, quarterly, monthly), NAN where one is missing,
**     and refuses points off that grid, naming them.
*/
#ifndef GS_SPAN_H
#define GS_SPAN_H

#include "points.h"

/* The first and the latest point of s's main kind; NULL when none. */
const struct rp_point *span_first(const struct rp_series *s);
const struct rp_point *span_latest(const struct rp_series *s);
/* The level (else the flow) at exactly period p; NULL with e filled
 * (GS_EX_DATAERR, naming the period) when there is none. */
const struct rp_point *span_at(const struct rp_series *s,
			       const struct gs_period *p, struct gs_err *e);

/*
** The two points of a growth figure: *b in s at to (zero: the latest),
** *a in other (NULL: s) at from (zero: the default start above). 0, or
** -1 with e filled (GS_EX_DATAERR): no such point, points not comparable,
** or no time between them.
*/
int span_pick(const struct rp_series *s, const struct rp_series *other,
	      const struct gs_period *from, const struct gs_period *to,
	      const struct rp_point **a, const struct rp_point **b,
	      struct gs_err *e);

/* The change from a to b; between an implied point and its own anchor
 * (same_series), with the stated multiple's bounds: the two are not
 * independent. 0 or -1 with e filled. */
int span_change(const struct rp_point *a, const struct rp_point *b,
		bool same_series, struct gs_change *c, struct gs_err *e);

/*
** pts[0..n) (sorted, n > 0) on a grid of the last point's length: *x
** (xmalloc'd, *len values, NAN where no point; free it) from pts[0]'s
** period on, *step months apart. -1 with e filled (GS_EX_DATAERR) for a
** length that is not a divisor of a year or points off the grid.
*/
int span_grid(const struct rp_series *s, const struct rp_point *pts, size_t n,
	      double **x, size_t *len, int *step, struct gs_err *e);
/* The bounds of pts[0..n) on the grid span_grid made of them (len
 * values, step months apart): *lo and *hi (xmalloc'd, NAN where no
 * point; free them). */
void span_grid_bounds(const struct rp_point *pts, size_t n, size_t len,
		      int step, double **lo, double **hi);
/* The i-th period of a grid of step-month periods starting at first. */
struct gs_period span_grid_period(const struct gs_period *first, size_t i,
				  int step);

/*
** FRED's level transforms (lin, chg, ch1, log) are in the unit the
** figures were published in, not the base unit: log of 154 billion rubles
** is ln 154, not ln 1.54e11. The unit is the one point p was written in
** (for an implied point, its anchor's), when it parses and has the
** series' dimension; else the series' base unit (factor 1).
*/
struct span_unit {
	double factor;      /* published unit -> base unit */
	char text[160];     /* "billion rubles", for the unit column */
};
void span_published(const struct rp_series *s, const struct rp_point *p,
		    struct span_unit *u);
/* Does transform f keep the level's unit (lin, chg, ch1, log)? */
bool span_level_xform(enum gs_xform f);
/* The unit of f's result: "ln(UNIT)", the unit, or "%". */
void span_xform_unit(enum gs_xform f, const struct span_unit *u, char *buf,
		     size_t n);

#endif
