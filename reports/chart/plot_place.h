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

/* Where a label went. */
struct plot_spot {
	struct plot_box box;            /* the label, pixels */
	const struct plot_cand *how;    /* around its point; NULL: away */
	bool lead;                      /* joined to its point by line */
	struct plot_box line;
};

/*
** The spots of the n labels r: each near its point where that is free,
** else at the nearest free place in the frame (with a leader when away
** from its point), else the least bad near it. When some label finds no
** free place, other orders are tried (that label first); the order with
** the fewest such labels is kept. Leaves their boxes in c->lab and their
** leaders in c->lead.
*/
void plot_place_all(struct plot_ctx *c, const struct plot_req *r, size_t n,
		    struct plot_spot *sp);

#endif
