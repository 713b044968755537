/*
** chart_releases.c: the two series of `chart KEY --first-vs-latest`
** (chart_releases.h), made from one read of every vintage (the first
** releases by rev_split) and turned into points as any series is
** (rp_take).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "chart_releases.h"
#include "../revisions.h"

/* info named "NAME: what" (the key when it has no name). */
static void rename_as(struct series_info *info, const char *what)
{
	struct gs_buf b = { 0 };

	gs_buf_printf(&b, "%s: %s", info->name && *info->name ? info->name :
		      info->key, what);
	free(info->name);
	info->name = b.s;
}

int chart_releases(struct series_db *db, const struct rp_opts *rp,
		   const char *key, struct rp_series rs[2], struct gs_err *e)
{
	static const char *const what[2] = { "first release", "latest" };
	struct series_info info[2];
	struct obs_list all, part[2];
	int i;

	memset(rs, 0, 2 * sizeof(*rs));
	if (series_get(db, key, &info[0], e))
		return -1;
	if (series_get(db, key, &info[1], e) ||
	    series_observations(db, key, rp->as_of, OBSQ_ALL_VINTAGES, &all,
				e)) {
		series_info_free(&info[0]);
		series_info_free(&info[1]);
		return -1;
	}
	obs_list_drop_retracted(&all, rp->as_of);
	rev_split(&all, &part[0], NULL);
	/* the latest from every vintage, as every other read takes it:
	 * rp_take keeps the latest and finds a multiple's anchor as it
	 * stood at the multiple's vintage (points.h) */
	part[1] = all;
	for (i = 0; i < 2; i++) {
		rename_as(&info[i], what[i]);
		rp_take(&info[i], &part[i], rp, &rs[i]);
	}
	return 0;
}

/* The same number, no bound (NaN) being the same as none. */
static bool same_num(double a, double b)
{
	return a == b || (isnan(a) && isnan(b));
}

/* Do two points draw the same (period, value and bounds)? */
static bool same_point(const struct rp_point *a, const struct rp_point *b)
{
	return a->period.start == b->period.start &&
	       a->period.end == b->period.end && a->kind == b->kind &&
	       a->implied == b->implied && same_num(a->p.v, b->p.v) &&
	       same_num(a->p.lo, b->p.lo) && same_num(a->p.hi, b->p.hi);
}

bool chart_releases_same(const struct rp_series rs[2])
{
	size_t i;

	if (rs[0].npts != rs[1].npts)
		return false;
	for (i = 0; i < rs[0].npts; i++)
		if (!same_point(&rs[0].pts[i], &rs[1].pts[i]))
			return false;
	return true;
}

const char *chart_releases_title(const struct rp_series *first,
				 bool unrevised, char *buf, size_t n)
{
	size_t k = strlen(first->info.name);
	const char *tail = unrevised ? ": latest" : ": first release";
	size_t t = strlen(tail);

	/* the first series' name is "NAME: first release", or unrevised
	 * (the latest alone) "NAME: latest" (rename_as) */
	if (k >= t && strcmp(first->info.name + k - t, tail) == 0)
		k -= t;
	gs_snprintf(buf, n, unrevised ? "%.*s: no figure revised since its "
		    "first release" : "%.*s: first release against latest",
		    (int)k, first->info.name);
	return buf;
}
