/*
** chart_releases.h: `chart KEY --first-vs-latest`: a series as its first
** releases and as its latest, two series on one chart, the way ALFRED
** draws how far the figures moved after they were first published.
*/
#ifndef GS_CHART_RELEASES_H
#define GS_CHART_RELEASES_H

#include "../points.h"

/*
** Read key at rp->as_of (every vintage known then, retractions applied)
** into rs[0], each figure as first released, and rs[1], each as last
** released; their names say which. 0, or -1 with e filled (unknown
** series). rp_free both, also after a failure.
*/
int chart_releases(struct series_db *db, const struct rp_opts *rp,
		   const char *key, struct rp_series rs[2], struct gs_err *e);

/* Are the first releases rs[0] and the latest rs[1] the same points (no
 * figure revised)? Then one line says all: drawn twice, every label
 * stood twice, and nothing told the reader why the lines coincide. */
bool chart_releases_same(const struct rp_series rs[2]);

/* "NAME: first release against latest", or when unrevised "NAME: no
 * figure revised since its first release", into buf; returns buf. */
const char *chart_releases_title(const struct rp_series *first,
				 bool unrevised, char *buf, size_t n);

#endif
