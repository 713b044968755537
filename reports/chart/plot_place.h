/*
** plot_place.h (plot_place.c): placing one value label clear of what the
** chart draws, for plot_labels.c; the geometry tests are shared with the
** unit tests. Pixels as in plot_int.h.
*/
#ifndef GS_PLOT_PLACE_H
#define GS_PLOT_PLACE_H

#include "plot_int.h"

/* A label wanted at a point. */
struct plot_req {
	double x, y;        /* the point: decimal year, scaled value */
	double r;           /* its marker radius, pixels */
	char text[200];
	const char *color;
	bool end;           /* the end of a projection or a target: to the
			     * left first, not above */
};

/* A position around the point: side -1/0/1 across and down/level/up. */
struct plot_cand {
	int hx, vy;
};

/* Does segment s cross (or touch) box b? Do boxes a and b overlap? */
bool plot_seg_hits(const struct plot_box *s, const struct plot_box *b);
bool plot_box_hits(const struct plot_box *a, const struct plot_box *b);

/*
** The box (w x h pixels) of q's label: near its point where that is free,
** else the nearest free place in the frame, else the least bad near it.
** *how is the position around the point, NULL for a place elsewhere. The
** box is recorded in c->lab; true when a leader joins it to its point
** (recorded last in c->lead).
*/
bool plot_place(struct plot_ctx *c, const struct plot_req *q, double w,
		double h, struct plot_box *out, const struct plot_cand **how);

#endif
