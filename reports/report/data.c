/*
** data.c: the series of a report read, judged, grouped and counted. See
** data.h.
*/
#include "data.h"

#include <stdlib.h>
#include <string.h>

#include "../../series/glob.h"
#include "../keyglob.h"
#include "text.h"

void rd_opts_init(struct rd_opts *o, const struct rp_opts *rp,
		  const struct proj_opts *p, char *const *globs, size_t n)
{
	memset(o, 0, sizeof(*o));
	o->rp = *rp;
	o->p = *p;
	o->claim.rel = GS_CHECK_TOL_DEFAULT;
	o->claim.pp = GS_CHECK_PP_DEFAULT;
	o->claim.approx = rp->approx_tol;
	o->target_tol = GS_CHECK_TOL_DEFAULT;
	o->globs = globs;
	o->nglobs = n;
}

int rd_gather(struct series_db *db, const struct rd_opts *o,
	      struct rd_report *r, struct gs_err *e)
{
	rd_init(r, o);
	if (keys_require(db, (const char *const *)o->globs, o->nglobs, e))
		return e->code ? e->code : GS_EX_SOFTWARE;
	if (series_scan(db, o->nglobs == 1 ? o->globs[0] : NULL, o->rp.as_of,
			OBSQ_ALL_VINTAGES, rd_add, r, e) < 0)
		return e->code ? e->code : GS_EX_SOFTWARE;
	rd_finish(r);
	return 0;
}

void rd_init(struct rd_report *r, const struct rd_opts *o)
{
	memset(r, 0, sizeof(*r));
	r->o = *o;
}

static bool wanted(const struct rd_opts *o, const char *key)
{
	return glob_match_any((const char *const *)o->globs, o->nglobs, key);
}

int rd_add(void *arg, struct series_info *info, struct obs_list *obs,
	   struct gs_err *e)
{
	struct rd_report *r = arg;
	struct rd_series *x;

	(void)e;
	if (!wanted(&r->o, info->key)) {
		series_info_free(info);
		obs_list_free(obs);
		return 0;
	}
	GS_GROW(r->v, r->n);
	x = &r->v[r->n++];
	memset(x, 0, sizeof(*x));
	rp_take(info, obs, &r->o.rp, &x->s);
	x->group = xstrndup(x->s.key, rt_group_len(x->s.key));
	return 0;
}

/* As check judges it (verdicts.c), then the growth over the trend's
 * window, and the verdicts counted. */
static void judge(struct rd_report *r, struct rd_series *x)
{
	struct gs_err e;
	size_t i;

	verdicts_judge(&x->s, &r->o.p, r->o.target_tol, &r->o.claim, &x->v);
	if (x->v.have_pj) {
		const struct rp_point *a = &x->v.pj.win[0];

		gs_err_clear(&e);
		x->have_growth = growth_change(&a->p, &proj_last(&x->v.pj)->p,
					       &x->growth, &e) == 0;
	}
	for (i = 0; i < x->v.ntv; i++)
		r->targets[x->v.tv[i].verdict]++;
	for (i = 0; i < x->v.ncv; i++)
		r->claims[x->v.cv[i].verdict]++;
}

static int by_group(const void *a, const void *b)
{
	const struct rd_series *x = a, *y = b;
	int c = strcmp(x->group, y->group);

	return c ? c : strcmp(x->s.key, y->s.key);
}

static int by_text(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The number of different sources among the figures of the report. */
static long count_sources(const struct rd_report *r)
{
	const char **v = xcalloc(r->figures ? (size_t)r->figures : 1,
				 sizeof(*v));
	size_t i, j, n = 0;
	long distinct = 0;

	for (i = 0; i < r->n; i++)
		for (j = 0; j < r->v[i].s.obs.n; j++)
			v[n++] = r->v[i].s.obs.v[j].source ?
				 r->v[i].s.obs.v[j].source : "";
	qsort(v, n, sizeof(*v), by_text);
	for (i = 0; i < n; i++)
		distinct += i == 0 || strcmp(v[i], v[i - 1]) != 0;
	free(v);
	return distinct;
}

void rd_finish(struct rd_report *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		judge(r, &r->v[i]);
		r->figures += (long)r->v[i].s.obs.n;
	}
	if (r->n)
		qsort(r->v, r->n, sizeof(*r->v), by_group);
	r->sources = count_sources(r);
}

bool rd_chartable(const struct rd_series *x)
{
	return x->s.npts >= 2 || x->s.ntargets > 0;
}

void rd_free(struct rd_report *r)
{
	size_t i;

	for (i = 0; i < r->n; i++) {
		struct rd_series *x = &r->v[i];

		verdicts_free(&x->v);
		free(x->group);
		rp_free(&x->s);
	}
	free(r->v);
	memset(r, 0, sizeof(*r));
}
