/*
** cmd_report_page.h: the page of `growthstat report` written from a judged
** report (report_data.h) through a format's operations (report_out.h):
** cmd_report_page.c writes the header and the verdict summary,
** cmd_report_group.c a section per series group (cmd_report_checks.c
** its trends, targets and claims), cmd_report_svg.c draws
** the group's charts with gnuplot into memory.
*/
#ifndef GS_CMD_REPORT_PAGE_H
#define GS_CMD_REPORT_PAGE_H

#include "../../common.h" /* first: the feature macros */

#include <time.h>

#include "../../cli.h"

#include "../chart/plot_build.h"
#include "data.h"
#include "out.h"

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
	const struct gs_ctx *ctx;    /* for warnings on stderr */
};

/* The whole page. */
void rpage_write(struct rpage *pg);

/* The section of the series r->v[from..to), one group. */
void rpage_group(struct rpage *pg, size_t from, size_t to);

/* The parts of a series' section (cmd_report_checks.c): the trend and
 * growth over its window, the targets, the claims. */
void rpage_trend(struct rpage *pg, const struct rd_series *x);
void rpage_targets(struct rpage *pg, const struct rd_series *x);
void rpage_claims(struct rpage *pg, const struct rd_series *x);

/* Cell texts shared by the sections. */
void rpage_pct(double f, char *buf, size_t n);
void rpage_period(const struct gs_period *p, char *buf, size_t n);
/* A stated value with its qualifier, as check shows it: "about 300,000
 * m²", "up to 5 %". */
void rpage_qualified(const struct gs_obs *ob, const char *sym, char *buf,
		     size_t n);

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
