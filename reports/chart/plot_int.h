/*
** plot_int.h: what the plot*.c files share: the
** layout of one chart in pixels and the shapes drawn, so labels can be
** placed where they cover nothing. Not part of the API (see plot.h).
**
** Pixel coordinates have their origin at the bottom left of the image, y
** up, like gnuplot's screen coordinates. Values in the script are scaled
** (divided by sc.factor) before they are written.
*/
#ifndef GS_PLOT_INT_H
#define GS_PLOT_INT_H

#include "plot.h"

/* An axis-aligned box or a segment, in pixels. */
struct plot_box {
	double x0, y0, x1, y1;
};

struct plot_key {
	char *style;  /* "with points pt 7 ..." (no user text) */
	char *text;   /* user or fixed text, unquoted */
};

struct plot_ctx {
	const struct plot_spec *s;
	FILE *out;
	struct gs_scale sc;
	char yunit[96];         /* "bn RUB", "index, 2020 = 100" */
	double xmin, xmax;      /* decimal years */
	double ymin, ymax;      /* scaled values */
	int fs;                 /* font size, points */
	double W, H;            /* image, pixels */
	double L, R, B, T;      /* plot area, pixels */
	double dw, lh;          /* digit width, line height */
	struct plot_key *key;   /* entries after the layers, in key order;
				 * texts cut to PLOT_KEY_CHARS */
	size_t nkey;
	int keycols, keyrows;
	struct plot_box *seg;   /* drawn segments (x0,y0)-(x1,y1) */
	size_t nseg;
	struct plot_box *box;   /* drawn areas a label may cover: bars */
	size_t nbox;
	struct plot_box *mark;  /* markers no label covers */
	size_t nmark;
	struct plot_box *lab;   /* value labels placed in the plot area */
	size_t nlab;
	struct plot_box *lead;  /* leader lines, from a point to its label */
	size_t nlead;
	int nlabel;             /* labels written so far */
	int narrow;             /* arrows (leaders) written so far */
	bool same_months;       /* plot_same_months(): the key says them */
	char months[32];
	int slot[PLOT_MAX_SERIES]; /* flow bars: slot of each series */
	int nslots;             /* series with flows (bars share a period) */
};

extern const char *const plot_palette[PLOT_MAX_SERIES];
#define PLOT_KEY_CHARS 90
/* The characters a key entry may have: as many as one column across the
 * plot holds (a projection's "(trend from 2 reported points: uncertain)"
 * was cut at 90 on a chart with room for it), PLOT_KEY_CHARS at least. */
size_t plot_key_chars(const struct plot_ctx *c);
#define PLOT_ACCENT "#D55E00"
#define PLOT_GREY "#555555"

/* Data to pixels (y scaled), and the y value `frac` of the axis away from
 * y (up for frac > 0), on a linear or log axis. */
double plot_px(const struct plot_ctx *c, double x);
double plot_py(const struct plot_ctx *c, double y);
double plot_ystep(const struct plot_ctx *c, double y, double frac);

/* The part [*x0, *x1] of a period that series si's bars take when
 * several series have flows. */
void plot_flow_x(const struct plot_ctx *c, size_t si, double *x0, double *x1);
/* Year-to-date bars of one series that start together (Jan-Mar, Jan-Jun,
 * Jan-Sep and the full year) were drawn on top of each other: obs j of p
 * takes its place side by side with the others over the longest one's
 * width, shortest first. Alone, it keeps [x0, x1]. */
void plot_nest_x(const struct plot_series *p, size_t j, double *x0,
		 double *x1);

/* Text width in pixels at font scale k (1 = the chart font). */
double plot_textw(const struct plot_ctx *c, const char *s, double k);

void plot_add_seg(struct plot_ctx *c, double x0, double y0, double x1,
		  double y1);
void plot_add_box(struct plot_ctx *c, double x0, double y0, double x1,
		  double y1);
void plot_add_mark(struct plot_ctx *c, double x0, double y0, double x1,
		   double y1);
void plot_add_key(struct plot_ctx *c, const char *style, const char *text);

/* Write 'text' quoted, then " noenhanced". */
void plot_put_text(FILE *out, const char *text, size_t max_chars);


/* "154 bn RUB": a scaled value with the axis unit. */
void plot_value_unit(const struct plot_ctx *c, double scaled, char *buf,
		     size_t n);
/* The months of a flow over part of one year, "Jan\u2013Sep" (with its
 * year first when `year`: "2025 Jan\u2013Sep"); false for a level or a
 * flow over whole years. */
bool plot_part_year(const struct plot_obs *o, bool year, char *buf,
		    size_t n);
/* Is every figure of the chart a flow over the same months of a year
 * (Jan-Aug 2024, Jan-Aug 2025)? Those months into buf. The key says
 * them once then; else each such bar's label does. */
bool plot_same_months(const struct plot_spec *s, char *buf, size_t n);
/* The label prefix of a qualifier: "over ", "about ", "". */
const char *plot_qual_word(enum gs_qual q);

/* plot_axis.c: what the chart spans (x in decimal years, y unscaled) */
struct plot_extent {
	double x0, x1, y0, y1;
	double maxabs;          /* of every value */
	double stated;          /* of the figures and targets alone */
};
void plot_extents(const struct plot_spec *s, struct plot_extent *x);
/* c->ymin, c->ymax from the extent (c->sc set) or the spec's limits. */
int plot_y_range(struct plot_ctx *c, const struct plot_extent *x,
		 struct gs_err *e);
/* The y tick values and their text; returns how many (at most max). */
size_t plot_y_ticks(const struct plot_ctx *c, double *v, char (*t)[32],
		    size_t max);

/* plot_layers.c: the key entries, then the datablocks and the plot
 * command (shapes recorded for the labels). */
void plot_layers_key(struct plot_ctx *c);
int plot_layers_data(struct plot_ctx *c, struct gs_err *e);
void plot_layers_plot(struct plot_ctx *c);

/* plot_frame.c: plot_write(), keeping the layout in *keep when not NULL
 * (free it with plot_ctx_free): for the tests of label placement. */
int plot_write_ctx(FILE *out, const struct plot_spec *s,
		   struct plot_ctx *keep, struct gs_err *e);
void plot_ctx_free(struct plot_ctx *c);

/* plot_labels.c: value, target and projection labels, placed clear of
 * the recorded shapes. */
void plot_labels(struct plot_ctx *c);

#endif
