/*
** dfseries.c: a series in real terms (dfseries.h).
*/
#include "dfseries.h"
#include "span.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* What is left out, told to warn (when there is one), whatever its
 * length. */
static void tell(df_warn_fn warn, void *arg, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void tell(df_warn_fn warn, void *arg, const char *fmt, ...)
{
	va_list ap;
	char *msg;

	if (warn == NULL)
		return;
	va_start(ap, fmt);
	msg = gs_vformat(fmt, ap);
	va_end(ap);
	warn(arg, msg);
	free(msg);
}

/* The index series' level (or flow) figures as df_points. */
static int index_points(struct series_db *db, const struct rp_opts *rp,
			const char *ikey, struct df_point **out, size_t *n,
			struct gs_err *e)
{
	struct gs_period none = { 0, 0, GS_PREC_NONE };
	struct rp_point *pts = NULL;
	struct rp_series is;
	size_t i;

	if (rp_load(db, ikey, rp, &is, e))
		return -1;
	*n = rp_select(&is, rp_main_kind(&is), &none, &none, &pts);
	*out = xmalloc((*n ? *n : 1) * sizeof(**out));
	for (i = 0; i < *n; i++) {
		(*out)[i].period = pts[i].period;
		(*out)[i].v = pts[i].p.v;
	}
	free(pts);
	rp_free(&is);
	return 0;
}

int df_index_read(struct series_db *db, const struct rp_opts *rp,
		  const char *ikey, struct df_index *ix, struct gs_err *e)
{
	memset(ix, 0, sizeof(*ix));
	ix->key = ikey;
	if (ikey == NULL)
		return 0;
	return index_points(db, rp, ikey, &ix->v, &ix->n, e);
}

void df_index_free(struct df_index *ix)
{
	free(ix->v);
	memset(ix, 0, sizeof(*ix));
}

/* Targets and plans in real terms where the index covers them. */
static void real_targets(const struct df_index *ix, struct rp_series *s,
			 double ib, df_warn_fn warn, void *arg)
{
	size_t i, k = 0;

	for (i = 0; i < s->ntargets; i++) {
		struct gs_obs *o = &s->obs.v[s->targets[i]];
		struct gs_err e;
		double at;
		char per[48];

		gs_err_clear(&e);
		if (df_index_at(ix->key, ix->v, ix->n, &o->period, &at, &e)) {
			period_format(&o->period, per, sizeof(per));
			tell(warn, arg, "%s: the %s %s is left out in real "
			     "terms: %s", s->key, kind_name(o->kind), per,
			     e.msg);
			continue;
		}
		o->value *= ib / at;
		s->targets[k++] = s->targets[i];
	}
	s->ntargets = k;
}

/*
** One point in real terms; an implied point's multiple too, so that it
** still relates the point to its anchor, both now real: the factors of
** the two periods differ by the index's change between them.
*/
static int real_point(const struct df_index *ix, struct rp_point *pt,
		      double ib, struct gs_err *e)
{
	double at, an, m;

	if (df_index_at(ix->key, ix->v, ix->n, &pt->period, &at, e))
		return -1;
	pt->p.v *= ib / at;
	pt->p.lo *= ib / at;
	pt->p.hi *= ib / at;
	if (!pt->implied)
		return 0;
	if (df_index_at(ix->key, ix->v, ix->n, &pt->anchor, &an, e))
		return -1;
	/* point = anchor * mult, or anchor / mult at the base */
	m = pt->at_base ? at / an : an / at;
	pt->mult.v *= m;
	pt->mult.lo *= m;
	pt->mult.hi *= m;
	return 0;
}

int df_series(const struct df_index *ix, struct rp_series *s,
	      struct gs_period *base, df_warn_fn warn, void *arg,
	      struct gs_err *e)
{
	enum gs_kind k = rp_main_kind(s);
	double ib;
	size_t i;

	if (strncmp(s->info.dim, "currency:", 9) != 0)
		return gs_errf(e, GS_EX_DATAERR, "%s is not a currency series: "
			       "only money is deflated", s->key);
	for (i = 0; i < s->npts && s->pts[i].kind != k; i++)
		;
	if (i == s->npts)
		return gs_errf(e, GS_EX_DATAERR, "%s: no figure to deflate",
			       s->key);
	*base = s->pts[i].period;
	if (df_index_at(ix->key, ix->v, ix->n, base, &ib, e))
		return -1;
	for (i = 0; i < s->npts; i++)
		if (real_point(ix, &s->pts[i], ib, e))
			return -1;
	real_targets(ix, s, ib, warn, arg);
	if (s->nrels)
		tell(warn, arg, "%s: %zu stated multiple%s or percent "
		     "change%s left out: stated in nominal terms", s->key,
		     s->nrels, s->nrels == 1 ? "" : "s",
		     s->nrels == 1 ? "" : "s");
	s->nrels = 0;
	return 0;
}

/* The ones nominal growth compares (span.h), so that a part-year flow is
 * deflated against the same months a year earlier and --from/--to name
 * flows of a series that also has levels. */
int df_ends(const struct rp_series *s, const struct gs_period *from,
	    const struct gs_period *to, struct rp_point *a,
	    struct rp_point *b, struct gs_err *e)
{
	const struct rp_point *pa, *pb;

	if (span_pick(s, NULL, from, to, &pa, &pb, e))
		return -1;
	*a = *pa;
	*b = *pb;
	return 0;
}

const char *df_title(const struct rp_series *s, const struct gs_period *base,
		     const char *ikey, char *buf, size_t n)
{
	char b[48];

	period_format(base, b, sizeof(b));
	gs_snprintf(buf, n, "%s, in %s prices (deflated by %s)",
		    s->info.name && *s->info.name ? s->info.name : s->key, b,
		    ikey);
	return buf;
}
