/*
** project.h: projecting a series forward by one of three methods.
**
**   cagr       the compound annual growth rate between the first and the
**              last point of the window, applied to the last point; its
**              interval comes from the bounds of the two points
**   linear     ordinary least squares on every point of the window
**   loglinear  least squares on the logarithms (constant growth rate)
**
** The window holds the series' main kind (levels, else flows) and, for
** flows, only periods as long as the latest one (annual flows with annual
** flows), implied points included. Linear fits give a prediction interval
** at the chosen level (Student t) when the window has three points or more.
*/
#ifndef GS_PROJECT_H
#define GS_PROJECT_H

#include "points.h"
#include "regress.h"

enum proj_method { PROJ_CAGR = 0, PROJ_LINEAR, PROJ_LOGLINEAR };

struct proj_opts {
	enum proj_method method;
	struct gs_period from;   /* window start (zero: the first point) */
	struct gs_period upto;   /* window end (zero: the last point) */
	double level;            /* prediction interval level, e.g. 0.95 */
};

struct projection {
	enum proj_method method;
	enum gs_kind kind;
	struct rp_point *win;    /* the points used, by time */
	size_t nwin;
	struct gs_est rate;      /* growth a year: the CAGR, or exp(b) - 1 of
				  * a log-linear fit; NAN for linear */
	struct gs_fit fit;       /* linear and loglinear */
	double level;
};

const char *proj_method_name(enum proj_method m);
int proj_method_parse(const char *s, enum proj_method *m, struct gs_err *e);

/* GS_EX_DATAERR with a clear message when the window has too few points
 * or the method cannot apply (CAGR of non-positive values). */
int proj_build(const struct rp_series *s, const struct proj_opts *o,
	       struct projection *p, struct gs_err *e);
/* The projected value at time t (growth.h's time rule), with interval
 * (lo/hi NAN and has_interval false where there is none). */
int proj_at(const struct projection *p, double t, struct gs_pred *out,
	    struct gs_err *e);
/* The last point of the window. */
const struct rp_point *proj_last(const struct projection *p);
/*
** The frequency of the window in months: the length of the last period when
** it divides a year (a month, quarter or half) and some point of the window
** follows the one before it by that much; else 12 (years, and flows over
** part of a year: Jan-Aug to Jan-Aug).
*/
int proj_step(const struct projection *p);
/*
** The periods a projection lists up to `to`: the last point's period moved
** by every proj_step() while it ends by to's end (2025-Q1, 2025-Q2, ... for a
** quarterly series; Jan-Aug 2025, Jan-Aug 2026, ... for a flow over part of
** a year). A level then ends with `to` itself when no step ends with it; when
** no step fits at all the list is `to` alone (for a flow over part of a
** year, the same months of a whole-year `to`). *out is allocated (free it);
** the count is at least 1.
*/
size_t proj_steps(const struct projection *p, const struct gs_period *to,
		  struct gs_period **out);

/* One step of a projection's path: its period, the value at its end. */
struct proj_step {
	struct gs_period period;
	struct gs_pred pred;
};
/*
** The projection at every period proj_steps lists up to `to`: *out
** (allocated, free it) of *n >= 1 steps. 0, or -1 with e filled when a
** value cannot be projected (then *out is NULL).
*/
int proj_path(const struct projection *p, const struct gs_period *to,
	      struct proj_step **out, size_t *n, struct gs_err *e);
/* The last period proj_steps lists up to `to`, found without the list. */
struct gs_period proj_last_step(const struct projection *p,
				const struct gs_period *to);
/* The projection at the end of the last period proj_steps lists up to
 * `to` (a level at to's end; a partial-year flow at the same months). */
int proj_at_period(const struct projection *p, const struct gs_period *to,
		   struct gs_pred *out, struct gs_err *e);
void proj_free(struct projection *p);

#endif
