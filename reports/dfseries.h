/*
** dfseries.h: a series in real terms (--deflate INDEX) for growth,
** project, check and chart: the index series read once, every point
** (actual and implied, bounds too) and every target and plan it covers
** multiplied by index(base) / index(its period), an implied point's
** multiple with them; and the two ends of a real change. The arithmetic
** of one period is deflate.c's. What is left out is told to a callback
** (the command prints it as a warning); nothing here prints.
*/
#ifndef GS_DFSERIES_H
#define GS_DFSERIES_H

#include "../series/series.h"
#include "deflate.h"
#include "points.h"

/* The index series' figures, read once before any scan (whose callback
 * may not read the database). */
struct df_index {
	const char *key;
	struct df_point *v;
	size_t n;
};

/* Read index ikey (NULL: none, ix empty) at rp->as_of into ix: its
 * levels (or flows). 0, or -1 with e filled. Free with df_index_free. */
int df_index_read(struct series_db *db, const struct rp_opts *rp,
		  const char *ikey, struct df_index *ix, struct gs_err *e);
void df_index_free(struct df_index *ix);

/* Told of each part of a series left out in real terms ("KEY: the target
 * 2030 is left out in real terms: ..."). */
typedef void (*df_warn_fn)(void *arg, const char *msg);

/*
** s in real terms, in the prices of the period of its first point (of
** its main kind), *base: every point (actual and implied; bounds too) is
** multiplied by index(base) / index(its period); targets and plans too,
** where the index covers them, else they are left out (told to warn);
** stated multiples and percent changes, nominal, are left out (told to
** warn). A series that is not currency, has no point, or a point the
** index does not cover: -1 with e filled (GS_EX_DATAERR).
*/
int df_series(const struct df_index *ix, struct rp_series *s,
	      struct gs_period *base, df_warn_fn warn, void *arg,
	      struct gs_err *e);

/*
** The two ends of a real change of s, the ones nominal growth compares
** (span_pick: from and to name figures; zero periods: no limit) into *a,
** *b. -1 with e filled (GS_EX_DATAERR) as growth refuses them.
*/
int df_ends(const struct rp_series *s, const struct gs_period *from,
	    const struct gs_period *to, struct rp_point *a,
	    struct rp_point *b, struct gs_err *e);

/* "NAME, in 2020 prices (deflated by INDEX)" into buf (the key when
 * the series has no name); returns buf. */
const char *df_title(const struct rp_series *s, const struct gs_period *base,
		     const char *ikey, char *buf, size_t n);

#endif
