/*
** plot_layer.h (plot_layers.c, plot_key.c): the layers a chart draws,
** their line styles, and which of them a series has. Not part of the
** API (see plot.h).
*/
#ifndef GS_PLOT_LAYER_H
#define GS_PLOT_LAYER_H

#include "plot_int.h"

#define DASH "dt 11"           /* projections: plot_frame.c sets it */
#define BOUND "dt (3,3)"        /* the bounds of a prediction interval */
#define PATHDASH "dt (3,3)"     /* the path required to reach a target */
#define PLANDASH "dt (6,4)"     /* the border of a plan's bar */
#define THIN "1.2"              /* an uncertain projection's line width */

enum layer {
	L_BAND, L_PBAND, L_BAR, L_IBAR, L_OBAR, L_PBAR, L_PROJ, L_LINE,
	L_ERR, L_ARROW, L_PT, L_IMP, L_LOWER, L_UPPER, L_RANGE, L_TARGET,
	L_OTARGET, L_TARROW, L_PLAN, L_PATH, L_COUNT
};

/* Which layers series p has: h[layer], L_COUNT of them. */
void plot_scan(const struct plot_series *p, bool *h);

/* The colour of series i, and of its targets (the accent when alone). */
const char *plot_color(const struct plot_ctx *c, size_t i);
const char *plot_target_color(const struct plot_ctx *c, size_t i);

#endif
