/*
** chart_load.h: the series of one chart read and made ready to draw: each
** series' points (or, for --first-vs-latest, one series as first released
** and as latest), the command's own step on each (--frequency, --deflate,
** which warn on stderr), the check that the series share an axis, and
** each built into what the chart draws (pb_build). Also the chart's
** title when the command line gives none.
*/
#ifndef GS_CHART_LOAD_H
#define GS_CHART_LOAD_H

#include "plot_build.h"

/* The series of one chart; chart_free releases it (also after a failed
 * chart_load). */
struct chart {
	struct rp_series *rs;
	struct pb_series *pb;
	size_t n;
	struct gs_period base;      /* --deflate: in the prices of */
	bool unrevised;             /* --first-vs-latest, nothing revised:
				     * the latest alone is drawn */
};

/* A step on each series after it is read and before it is built, with
 * the chart's base period: 0, or -1 with e filled. */
typedef int (*chart_prep_fn)(void *arg, struct rp_series *s,
			     struct gs_period *base, struct gs_err *e);

struct chart_load_opts {
	const struct rp_opts *rp;   /* as_of, tolerance */
	const struct pb_opts *pb;   /* what is built (pb.index: any units) */
	bool fvl;                   /* keys[0] first released against latest */
	chart_prep_fn prep;         /* may be NULL */
	void *arg;                  /* for prep */
};

/*
** Read the n series keys[] (with o->fvl: keys[0] as two series) into ch
** and build each. Fails (-1, e filled) on an unknown series (65), on
** series of different units unless o->pb->index (65: "'a' (RUB) and 'b'
** (persons) have different units ..."), and as prep and pb_build fail.
*/
int chart_load(struct series_db *db, const struct chart_load_opts *o,
	       char *const *keys, size_t n, struct chart *ch, struct gs_err *e);
void chart_free(struct chart *ch);

/*
** The title of ch: title when given; else with --deflate (deflate names
** the index) the series "in prices of" its base (df_title), with
** --first-vs-latest "NAME: first release against latest"; else NULL (the
** series' names, as plot_chart.c writes them). buf holds a made title.
*/
const char *chart_title(const struct chart *ch, const char *title,
			const char *deflate, bool fvl, char *buf, size_t n);

#endif
