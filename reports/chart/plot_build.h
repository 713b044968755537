/*
** plot_build.h (plot_build.c, plot_chart.c): from a series as the reports see it (points.h) to what a
** chart draws (plot.h): its levels and flows within --from/--to, its
** targets and plans, a projection sampled along the x axis, values
** indexed to a base period on request, and the observations behind all
** of it (for the footnote naming the sources). Pure: no database, no I/O.
*/
#ifndef GS_PLOT_BUILD_H
#define GS_PLOT_BUILD_H

#include "plot.h"
#include "../points.h"
#include "../project.h"

struct pb_opts {
	struct gs_period from, to;  /* zero: no limit */
	bool project;               /* draw a projection to proj_to */
	bool project_optional;      /* a failed projection is left out
				     * (pb_series.proj_note says why) */
	struct gs_period proj_to;
	enum proj_method method;
	double level;               /* prediction interval level */
	bool index;                 /* values as 100 * v / v(index_base) */
	struct gs_period index_base;
};

/* A series ready to draw; owns everything it points to. */
struct pb_series {
	struct plot_series ps;
	struct plot_obs *obs;
	struct plot_target *targets;
	struct plot_proj proj;
	struct plot_proj_pt *ppts;
	size_t *used;               /* indexes into the rp_series' obs */
	size_t nused;
	char *proj_note;            /* why an optional projection is missing */
	char **strs;                /* owned texts */
	size_t nstrs;
};

/*
** Fill *out from s (which must outlive out: titles point into it).
** Fails (GS_EX_DATAERR) when the index base has no figure or a value <= 0,
** and for a projection that cannot be made unless project_optional;
** (GS_EX_USAGE) when proj_to is not after the last figure.
*/
int pb_build(const struct rp_series *s, const struct pb_opts *o,
	     struct pb_series *out, struct gs_err *e);
void pb_free(struct pb_series *b);

/*
** Footnote paragraphs for a chart of the nser series rs[] built into pb[]:
** the sources behind what is drawn (with the date each reported it), the
** series keys (and as_of when not 0), and for several series their
** projections (the key has one generic entry for them). Fills v[0..2]
** with new strings; returns how many.
*/
size_t pb_notes(const struct rp_series *rs, const struct pb_series *pb,
		size_t nser, int32_t as_of, char **v);

/* How a chart of built series is drawn (plot_chart.c). */
struct pb_chart {
	const char *output;         /* the image path the script names */
	const char *title;          /* NULL: the series' names */
	bool svg, log;
	int width, height;
	const char *index_base;     /* "2024" for --index; NULL: none */
	int32_t as_of;              /* for the footnote; 0: none */
};

/* More of how a chart is drawn (kept apart so that initializers of
 * struct pb_chart stay complete); all zero is the default. */
struct pb_chart_more {
	bool pdf;                   /* PDF (pdfcairo) rather than svg/png */
	bool has_ymin, has_ymax;    /* --ymin, --ymax in the axis' units */
	double ymin, ymax;
	const char *reported;       /* plot_spec.reported (NULL: default) */
};

/* Write the script of a chart of the n series rs[] built into pb[]: the
 * title, the footnote from pb_notes(), then plot_write(). */
int pb_write_chart(FILE *out, const struct rp_series *rs,
		   const struct pb_series *pb, size_t n,
		   const struct pb_chart *o, struct gs_err *e);
/* The same with more options (m may be NULL: the defaults). */
int pb_write_chart_more(FILE *out, const struct rp_series *rs,
			const struct pb_series *pb, size_t n,
			const struct pb_chart *o,
			const struct pb_chart_more *m, struct gs_err *e);

/* The decimal year at which day yyyymmdd begins (2024-01-01 -> 2024.0). */
double pb_day_start(int32_t ymd);

/* A period as chart text: "2030", "2020–2030", "Aug 2025",
 * "Jan–Aug 2025", "Nov 2024–Feb 2025", "2025-10-07" (en dashes). */
void pb_period_text(const struct gs_period *p, char *buf, size_t n);

#endif
