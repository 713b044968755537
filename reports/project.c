/*
** project.c: the three projection methods of project.h.
*/
#include "project.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "span.h"

static const char *const names[] = { "cagr", "linear", "loglinear" };

const char *proj_method_name(enum proj_method m)
{
	return (size_t)m < GS_ARRAY_LEN(names) ? names[m] : "?";
}

int proj_method_parse(const char *s, enum proj_method *m, struct gs_err *e)
{
	size_t i;

	for (i = 0; i < GS_ARRAY_LEN(names); i++)
		if (strcmp(s, names[i]) == 0) {
			*m = (enum proj_method)i;
			return 0;
		}
	return gs_errf(e, GS_EX_USAGE, "unknown method '%s' (cagr, linear or "
		       "loglinear)", s);
}

/* Keep flows as long as the latest one: Jan-Aug flows trend with Jan-Aug
 * flows, annual with annual. */
static void same_length(struct projection *p)
{
	size_t i, n = 0;
	int m;

	if (p->kind != GS_KIND_FLOW || p->nwin == 0)
		return;
	m = period_months(&p->win[p->nwin - 1].period);
	for (i = 0; i < p->nwin; i++)
		if (period_months(&p->win[i].period) == m)
			p->win[n++] = p->win[i];
	p->nwin = n;
}

/* The window's first-to-last CAGR; between an implied point and the
 * figure it came from, with the stated multiple's bounds (span_change),
 * as growth gives it. */
static int build_cagr(struct projection *p, struct gs_err *e)
{
	struct gs_change c;

	if (span_change(&p->win[0], &p->win[p->nwin - 1], true, &c, e))
		return -1;
	p->rate = c.cagr;
	return 0;
}

static int build_fit(struct projection *p, struct gs_err *e)
{
	struct gs_point *pts = xcalloc(p->nwin, sizeof(*pts));
	size_t i;
	int rc;

	for (i = 0; i < p->nwin; i++)
		pts[i] = p->win[i].p;
	rc = regress_fit(pts, p->nwin, p->method == PROJ_LINEAR ?
			 GS_FIT_LINEAR : GS_FIT_LOGLINEAR, &p->fit, e);
	free(pts);
	if (rc)
		return -1;
	p->rate.v = p->rate.lo = p->rate.hi =
		p->method == PROJ_LOGLINEAR ? exp(p->fit.b) - 1 : NAN;
	return 0;
}

int proj_build(const struct rp_series *s, const struct proj_opts *o,
	       struct projection *p, struct gs_err *e)
{
	memset(p, 0, sizeof(*p));
	p->method = o->method;
	p->level = o->level > 0 ? o->level : 0.95;
	p->kind = rp_main_kind(s);
	p->nwin = rp_select(s, p->kind, &o->from, &o->upto, &p->win);
	same_length(p);
	if (p->nwin < 2) {
		gs_errf(e, GS_EX_DATAERR, "%s: too few points to project (%zu "
			"%s%s in the window; %s needs 2)", s->key, p->nwin,
			kind_name(p->kind), p->nwin == 1 ? "" : "s",
			proj_method_name(o->method));
		proj_free(p);
		return -1;
	}
	if ((o->method == PROJ_CAGR ? build_cagr(p, e) : build_fit(p, e))) {
		gs_errf(e, GS_EX_DATAERR, "%s: cannot project", s->key);
		proj_free(p);
		return -1;
	}
	return 0;
}

const struct rp_point *proj_last(const struct projection *p)
{
	return p->nwin ? &p->win[p->nwin - 1] : NULL;
}

/* Whether some point of the window follows the one before it by exactly
 * n months (2024-Q3 then 2024-Q4 for n = 3). */
static bool follows_by(const struct projection *p, int n)
{
	size_t i;

	for (i = 1; i < p->nwin; i++) {
		struct gs_period q = period_shift_months(&p->win[i - 1].period, n);

		if (q.start == p->win[i].period.start &&
		    q.end == p->win[i].period.end)
			return true;
	}
	return false;
}

int proj_step(const struct projection *p)
{
	int m = p->nwin ? period_months(&proj_last(p)->period) : 0;

	if (m > 0 && 12 % m == 0 && follows_by(p, m))
		return m;
	return 12;
}

/*
** A flow over part of a year (Jan-Aug) stands for the same months of a
** whole-year `to` (Jan-Aug 2030 for 2030); anything else for `to` itself.
*/
static struct gs_period target(const struct projection *p,
			       const struct gs_period *to)
{
	const struct gs_period *last = &proj_last(p)->period;

	if (p->kind != GS_KIND_FLOW || period_months(last) % 12 == 0 ||
	    to->prec != GS_PREC_YEAR || cal_year(to->start) != cal_year(to->end))
		return *to;
	return period_shift_years(last, cal_year(to->end) - cal_year(last->end));
}

/* Does the k-th step after `last` end by to's end (and before 9999)? */
static bool step_fits(const struct gs_period *last, int step, long k,
		      const struct gs_period *to)
{
	struct gs_period q = period_shift_months(last, (int)(k * step));

	return q.end != 0 && q.end <= to->end;
}

/*
** How many steps proj_steps takes before `to`. A step's end grows with k
** until it passes year 9999, where the shift gives 0 for good, so steps
** 1..n fit and none after: doubling, then halving, finds n in a few dozen
** shifts instead of one per month (a monthly series to 2030 took ~80,
** a tenth of project --all's computing).
*/
static long steps_before(const struct gs_period *last, int step,
			 const struct gs_period *to)
{
	long lo = 0, hi = 1, mid;

	while (step_fits(last, step, hi, to)) {
		lo = hi;
		hi *= 2;
	}
	while (hi - lo > 1) {
		mid = lo + (hi - lo) / 2;
		if (step_fits(last, step, mid, to))
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

/* Does `to` end the steps, after n of them (the last one `last_step`)?
 * A level can be read at any time, so `to` ends the list; a flow only
 * over periods like its own, which `to` may be off the yearly grid of
 * flows that never follow one another (2016-Q1, 2016-Q4: --to 2018-Q2 is
 * asked for, not 2017-Q4). proj_steps and proj_last_step share it. */
static bool ends_with_to(const struct projection *p, long n,
			 const struct gs_period *last_step,
			 const struct gs_period *to)
{
	return n == 0 || (last_step->end != to->end &&
			  (p->kind != GS_KIND_FLOW ||
			   period_months(to) ==
			   period_months(&proj_last(p)->period)));
}

struct gs_period proj_last_step(const struct projection *p,
				const struct gs_period *to)
{
	const struct gs_period *last = &proj_last(p)->period;
	int step = proj_step(p);
	long n = steps_before(last, step, to);
	struct gs_period q = period_shift_months(last, (int)(n * step));

	if (ends_with_to(p, n, n ? &q : NULL, to))
		return target(p, to);
	return q;
}

size_t proj_steps(const struct projection *p, const struct gs_period *to,
		  struct gs_period **out)
{
	const struct gs_period *last = &proj_last(p)->period;
	int step = proj_step(p);
	size_t n = 0;
	struct gs_period q;
	long k;

	*out = NULL;
	for (k = 1;; k++) {
		/* Past year 9999 the shift gives 0: the loop ends there too. */
		q = period_shift_months(last, (int)(k * step));
		if (q.end == 0 || q.end > to->end)
			break;
		GS_GROW(*out, n);
		(*out)[n++] = q;
	}
	if (ends_with_to(p, n, n ? &(*out)[n - 1] : NULL, to)) {
		GS_GROW(*out, n);
		(*out)[n++] = target(p, to);
	}
	return n;
}

int proj_path(const struct projection *p, const struct gs_period *to,
	      struct proj_step **out, size_t *n, struct gs_err *e)
{
	struct gs_period *per;
	size_t i;

	*n = proj_steps(p, to, &per);
	*out = xcalloc(*n, sizeof(**out));
	for (i = 0; i < *n; i++) {
		(*out)[i].period = per[i];
		if (proj_at(p, period_time(&per[i]), &(*out)[i].pred, e))
			break;
	}
	free(per);
	if (i == *n)
		return 0;
	free(*out);
	*out = NULL;
	return -1;
}

int proj_at_period(const struct projection *p, const struct gs_period *to,
		   struct gs_pred *out, struct gs_err *e)
{
	struct gs_period last = proj_last_step(p, to);

	return proj_at(p, period_time(&last), out, e);
}

int proj_at(const struct projection *p, double t, struct gs_pred *out,
	    struct gs_err *e)
{
	struct gs_point r;

	memset(out, 0, sizeof(*out));
	out->t = t;
	if (p->method != PROJ_CAGR)
		return regress_predict(&p->fit, t, p->level, out, e);
	if (proj_cagr(&proj_last(p)->p, &p->rate, t, &r, e))
		return -1;
	out->v = r.v;
	out->lo = r.lo;
	out->hi = r.hi;
	out->has_interval = r.lo != r.hi;
	if (!out->has_interval)
		out->lo = out->hi = NAN;
	return 0;
}

void proj_free(struct projection *p)
{
	free(p->win);
	memset(p, 0, sizeof(*p));
}
