/*
** data.h: what `growthstat report` says about a database, computed
** before a line is written: every selected series with its projection,
** growth over the projection's window, target verdicts and claim checks
** (the same functions as `check`, with its defaults), grouped by key
** prefix, and the counts of the header and the verdict summary. Pure
** computation on series read by series_scan: no printing.
*/
#ifndef GS_REPORT_DATA_H
#define GS_REPORT_DATA_H

#include "../verdicts.h"

struct rd_series {
	struct rp_series s;
	char *group;                 /* key prefix (text.h) */
	struct verdicts v;           /* its projection, targets, claims */
	struct gs_change growth;     /* first to last point of v.pj's window */
	bool have_growth;
};

struct rd_opts {
	struct rp_opts rp;
	struct proj_opts p;
	struct claim_tol claim;
	double target_tol;
	char *const *globs;          /* keep series matching one; none: all */
	size_t nglobs;
};

struct rd_report {
	struct rd_opts o;
	struct rd_series *v;         /* by group, then key, after rd_finish */
	size_t n;
	long figures, sources;
	long targets[V_NVERDICTS];       /* by verdict */
	long claims[V_NVERDICTS];
};

/*
** The options of a report as `check` judges: its tolerances for claims
** and targets, the width of "about" from rp; the series matching
** globs[0..n) (all when n is 0).
*/
void rd_opts_init(struct rd_opts *o, const struct rp_opts *rp,
		  const struct proj_opts *p, char *const *globs, size_t n);

/*
** The report of db as o says, every vintage read (o->rp.as_of cuts):
** rd_init, a scan of the matching series, rd_finish. 0, or an exit code
** with e filled: GS_EX_DATAERR for a glob that matches no series, or the
** database's. Free r with rd_free either way.
*/
int rd_gather(struct series_db *db, const struct rd_opts *o,
	      struct rd_report *r, struct gs_err *e);

void rd_init(struct rd_report *r, const struct rd_opts *o);
/* A series_scan_fn (arg: the report): keeps the series when it matches,
 * taking over info and obs; frees them otherwise. Always 0. */
int rd_add(void *arg, struct series_info *info, struct obs_list *obs,
	   struct gs_err *e);
/* Judge every series, order them by group and count. */
void rd_finish(struct rd_report *r);
void rd_free(struct rd_report *r);

/* Does series i have what a chart shows: two figures or a target? */
bool rd_chartable(const struct rd_series *x);

#endif
