/*
** verdicts.c: the checks of one series (verdicts.h).
*/
#include "verdicts.h"

#include <stdlib.h>
#include <string.h>

/* The series' latest release (as_of): a target whose date ends before
 * it and that no figure covers has "no figure yet" (check.h). */
static int32_t latest_release(const struct rp_series *s)
{
	int32_t d = 0;
	size_t i;

	for (i = 0; i < s->obs.n; i++)
		if (s->obs.v[i].as_of > d)
			d = s->obs.v[i].as_of;
	return d;
}

static void targets(const struct rp_series *s, double tol,
		    struct verdicts *out)
{
	int32_t today = latest_release(s);
	size_t i;

	out->tv = xcalloc(s->ntargets ? s->ntargets : 1, sizeof(*out->tv));
	for (i = 0; i < s->ntargets; i++) {
		if (s->obs.v[s->targets[i]].kind != GS_KIND_TARGET)
			continue;
		target_check_at(s, s->targets[i], out->have_pj ? &out->pj :
				NULL, out->have_pj ? NULL : out->pj_why, tol,
				today, &out->tv[out->ntv++]);
	}
}

static void claims(const struct rp_series *s, const struct claim_tol *ct,
		   struct verdicts *out)
{
	size_t i;

	out->cv = xcalloc(s->nrels ? s->nrels : 1, sizeof(*out->cv));
	for (i = 0; i < s->nrels; i++)
		out->ncv += claim_check(s, s->rels[i], ct, &out->cv[out->ncv]);
}

void verdicts_judge(const struct rp_series *s, const struct proj_opts *p,
		    double target_tol, const struct claim_tol *ct,
		    struct verdicts *out)
{
	struct gs_err e;

	memset(out, 0, sizeof(*out));
	gs_err_clear(&e);
	out->have_pj = proj_build(s, p, &out->pj, &e) == 0;
	if (!out->have_pj)
		gs_snprintf(out->pj_why, sizeof(out->pj_why), "%s",
			    gs_msg_unkeyed(s->key, e.msg));
	targets(s, target_tol, out);
	claims(s, ct, out);
}

void verdicts_free(struct verdicts *v)
{
	if (v->have_pj)
		proj_free(&v->pj);
	free(v->tv);
	free(v->cv);
	memset(v, 0, sizeof(*v));
}
