/*
** page.h: the page of `growthstat report` written from a judged report
** (data.h) through a format's operations (out.h): page.c writes the
** header and the verdict summary, group.c a section per series group
** (checks.c its trends, targets and claims, cell.c the cell texts they
** share), svg.c draws the group's charts with gnuplot into memory, and
** file.c puts the page where -o says. Nothing here prints: a chart that
** cannot be drawn is said on the page and handed to the warn callback.
*/
#ifndef GS_REPORT_PAGE_H
#define GS_REPORT_PAGE_H

#include "../../common.h" /* first: the feature macros */

#include <time.h>

#include "../chart/plot_build.h"
#include "data.h"
#include "out.h"

/* Told of each chart that could not be drawn (e.g. to print it). */
typedef void (*rpage_warn_fn)(void *arg, const struct gs_err *e);

struct rpage {
	FILE *out;
	const struct ro_ops *ops;
	const struct rd_report *r;
	const char *title;
	const char *db_shown;        /* the database, password masked */
	time_t now;                  /* generation time */
	bool charts;                 /* draw charts (HTML) */
	bool gnuplot_missing;        /* found missing: draw no more */
	int chart_rc;                /* GS_EX_UNAVAILABLE once one failed */
	size_t ncharts;              /* charts drawn */
	rpage_warn_fn warn;          /* NULL: not told */
	void *warn_arg;
};

/*
** A page of r in the format ops (ro_html draws charts, ro_md does not),
** titled title ("growthstat report" when NULL), generated rpage_now(),
** not yet written anywhere (out NULL).
*/
void rpage_init(struct rpage *pg, const struct rd_report *r,
		const struct ro_ops *ops, const char *title,
		const char *db_shown);

/* The generation time: $SOURCE_DATE_EPOCH (reproducible pages) when it
 * is a whole number of seconds, else now. */
time_t rpage_now(void);

/* The format of a page: format ("html" or "md") when given, else
 * Markdown for a path ending in .md, else HTML. */
const struct ro_ops *rpage_format(const char *format, const char *path);

/* The whole page, to pg->out. */
void rpage_write(struct rpage *pg);

/*
** The whole page to path, created under an exclusive temporary name and
** renamed into place (gs_out_*), or to stdout when path is "-". 0, or an
** exit code with e filled (nothing left at path). pg->chart_rc still
** says whether every chart was drawn.
*/
int rpage_file(struct rpage *pg, const char *path, struct gs_err *e);

/* The section of the series r->v[from..to), one group. */
void rpage_group(struct rpage *pg, size_t from, size_t to);

/* The parts of a series' section (checks.c): the trend and growth over
 * its window, the targets, the claims. */
void rpage_trend(struct rpage *pg, const struct rd_series *x);
void rpage_targets(struct rpage *pg, const struct rd_series *x);
void rpage_claims(struct rpage *pg, const struct rd_series *x);

/*
** The chart of the n series rs[]/pb[] as SVG drawn by gnuplot, into a new
** buffer (*svg, *len; free it). gnuplot reads the script from and writes
** the image to anonymous temporary files by descriptor. Returns 0, or
** GS_EX_UNAVAILABLE (*missing set when gnuplot cannot be run) or another
** exit code with e filled.
*/
int rpage_svg(const struct rp_series *rs, const struct pb_series *pb,
	      size_t n, const char *title, unsigned char **svg, size_t *len,
	      bool *missing, struct gs_err *e);

#endif
