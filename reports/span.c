/*
** span.c: the two points of a growth figure and the grid of a transform
** (see span.h); moved out of the growth command so that unit tests reach
** them.
*/
#include "span.h"

#include <math.h>
#include <string.h>

#include "../series/parse.h"

const struct rp_point *span_latest(const struct rp_series *s)
{
	enum gs_kind k = rp_main_kind(s);
	size_t i;

	for (i = s->npts; i-- > 0;)
		if (s->pts[i].kind == k)
			return &s->pts[i];
	return NULL;
}

const struct rp_point *span_first(const struct rp_series *s)
{
	enum gs_kind k = rp_main_kind(s);
	size_t i;

	for (i = 0; i < s->npts; i++)
		if (s->pts[i].kind == k)
			return &s->pts[i];
	return NULL;
}

const struct rp_point *span_at(const struct rp_series *s,
			       const struct gs_period *p, struct gs_err *e)
{
	const struct rp_point *q = rp_find(s, GS_KIND_LEVEL, p);
	char buf[48];

	if (q || (q = rp_find(s, GS_KIND_FLOW, p)))
		return q;
	period_format(p, buf, sizeof(buf));
	gs_errf(e, GS_EX_DATAERR, "%s: no figure for %s (see 'growthstat "
		"show %s')", s->key, buf, s->key);
	return NULL;
}

/* The default start: a partial-year flow compares with the same months a
 * year earlier, anything else with the first point. */
static const struct rp_point *default_from(const struct rp_series *s,
					   const struct rp_point *b,
					   struct gs_err *e)
{
	struct gs_period p;

	if (b->kind == GS_KIND_FLOW && period_months(&b->period) % 12 != 0) {
		p = period_shift_years(&b->period, -1);
		return span_at(s, &p, e);
	}
	return span_first(s);
}

static int comparable(const struct rp_point *a, const struct rp_point *b,
		      struct gs_err *e)
{
	char x[48], y[48];

	if (a->kind != b->kind)
		return gs_errf(e, GS_EX_DATAERR, "a %s and a %s are not "
			       "comparable", kind_name(a->kind),
			       kind_name(b->kind));
	if (a->kind != GS_KIND_FLOW ||
	    period_months(&a->period) == period_months(&b->period))
		return 0;
	period_format(&a->period, x, sizeof(x));
	period_format(&b->period, y, sizeof(y));
	return gs_errf(e, GS_EX_DATAERR, "flows over periods of different "
		       "length are not comparable (%s and %s); compare with "
		       "the same period a year earlier", x, y);
}

/*
** Two figures at one time have no growth between them: a single figure
** compared with itself, or two whose periods end on the same day.
*/
static int apart(const struct rp_series *s, const struct rp_point *a,
		 const struct rp_point *b, struct gs_err *e)
{
	char x[48], y[48];

	period_format(&a->period, x, sizeof(x));
	period_format(&b->period, y, sizeof(y));
	if (a == b)
		return gs_errf(e, GS_EX_DATAERR, "%s: only one figure (%s): "
			       "growth needs two at different times", s->key,
			       x);
	if (a->period.end == b->period.end)
		return gs_errf(e, GS_EX_DATAERR, "%s: %s and %s end on the same "
			       "day: no time passes between them", s->key, x,
			       y);
	return 0;
}

int span_pick(const struct rp_series *s, const struct rp_series *other,
	      const struct gs_period *from, const struct gs_period *to,
	      const struct rp_point **a, const struct rp_point **b,
	      struct gs_err *e)
{
	const struct rp_series *fs = other ? other : s;

	*b = to->start ? span_at(s, to, e) : span_latest(s);
	if (*b == NULL)
		return gs_errf(e, GS_EX_DATAERR, "%s: no levels or flows",
			       s->key);
	*a = from->start ? span_at(fs, from, e) :
	     other ? span_latest(other) : default_from(s, *b, e);
	if (*a == NULL)
		return gs_errf(e, GS_EX_DATAERR, "%s: no levels or flows",
			       fs->key);
	if (comparable(*a, *b, e) || apart(s, *a, *b, e))
		return -1;
	return 0;
}

int span_change(const struct rp_point *a, const struct rp_point *b,
		bool same_series, struct gs_change *c, struct gs_err *e)
{
	struct gs_est r;

	if (same_series && rp_dependent(a, b, &r))
		return growth_change_dep(&a->p, &b->p, &r, !a->implied, c, e);
	return growth_change(&a->p, &b->p, c, e);
}

/* Months from period a's start to period b's start. */
static int months_between(const struct gs_period *a, const struct gs_period *b)
{
	return cal_months_between(a->start, b->start);
}

static const char *freq_name(int step)
{
	return step == 12 ? "yearly" : step == 6 ? "half-yearly" :
	       step == 3 ? "quarterly" : "monthly";
}

/* A transform is defined on one grid: points of another length, or off
 * the grid, are named rather than dropped. */
static int misfits(const struct rp_series *s, const struct rp_point *pts,
		   size_t n, int step, struct gs_err *e)
{
	char list[256], per[48], last[48];
	size_t i, len = 0, bad = 0, a = n - 1;

	list[0] = '\0';
	for (i = 0; i < n; i++)
		if (period_months(&pts[i].period) == step && i < a)
			a = i;
	for (i = 0; i < n; i++) {
		int m = months_between(&pts[a].period, &pts[i].period);

		if (period_months(&pts[i].period) == step && m % step == 0)
			continue;
		if (bad++ < 4) {
			period_format(&pts[i].period, per, sizeof(per));
			len += gs_snprintf(list + len, sizeof(list) - len,
					   "%s%s", len ? ", " : "", per);
		}
	}
	if (bad == 0)
		return 0;
	period_format(&pts[n - 1].period, last, sizeof(last));
	return gs_errf(e, GS_EX_DATAERR, "%s: a transform needs points of one "
		       "frequency: %s%s %s not on the %s grid of %s (choose "
		       "a stretch of one frequency with --from/--to)", s->key,
		       list, bad > 4 ? " and more" : "", bad > 1 ? "are" : "is",
		       freq_name(step), last);
}

int span_grid(const struct rp_series *s, const struct rp_point *pts, size_t n,
	      double **x, size_t *len, int *step, struct gs_err *e)
{
	size_t i;

	*step = period_months(&pts[n - 1].period);
	if (*step <= 0 || 12 % *step != 0)
		return gs_errf(e, GS_EX_DATAERR, "%s: transforms need yearly, "
			       "half-yearly, quarterly or monthly periods",
			       s->key);
	if (misfits(s, pts, n, *step, e))
		return -1;
	*len = (size_t)(months_between(&pts[0].period, &pts[n - 1].period) /
			*step) + 1;
	*x = xmalloc(*len * sizeof(**x));
	for (i = 0; i < *len; i++)
		(*x)[i] = NAN;
	for (i = 0; i < n; i++)
		(*x)[months_between(&pts[0].period, &pts[i].period) / *step] =
			pts[i].p.v;
	return 0;
}

void span_grid_bounds(const struct rp_point *pts, size_t n, size_t len,
		      int step, double **lo, double **hi)
{
	size_t i, at;

	*lo = xmalloc((len ? len : 1) * sizeof(**lo));
	*hi = xmalloc((len ? len : 1) * sizeof(**hi));
	for (i = 0; i < len; i++)
		(*lo)[i] = (*hi)[i] = NAN;
	for (i = 0; i < n; i++) {
		at = (size_t)(months_between(&pts[0].period,
					     &pts[i].period) / step);
		(*lo)[at] = pts[i].p.lo;
		(*hi)[at] = pts[i].p.hi;
	}
}

struct gs_period span_grid_period(const struct gs_period *first, size_t i,
				  int step)
{
	struct gs_period p = *first;

	p.start = cal_add_months(cal_month_start(first->start), (int)i * step);
	p.end = cal_month_end(cal_add_months(p.start, step - 1));
	return p;
}

bool span_level_xform(enum gs_xform f)
{
	return f == GS_XF_LIN || f == GS_XF_CHG || f == GS_XF_CH1 ||
	       f == GS_XF_LOG;
}

void span_published(const struct rp_series *s, const struct rp_point *p,
		    struct span_unit *u)
{
	const struct gs_obs *o = &s->obs.v[p->implied ? p->src[1] : p->src[0]];
	struct gs_unit pu;
	const char *why;

	u->factor = 1;
	gs_snprintf(u->text, sizeof(u->text), "%s", s->info.sym);
	if (o->unit_text == NULL || unit_parse(o->unit_text, &pu, &why) ||
	    strcmp(pu.dim, s->info.dim) != 0 || !(pu.factor > 0))
		return;
	u->factor = pu.factor;
	gs_snprintf(u->text, sizeof(u->text), "%s", o->unit_text);
}

void span_xform_unit(enum gs_xform f, const struct span_unit *u, char *buf,
		     size_t n)
{
	if (f == GS_XF_LOG)
		gs_snprintf(buf, n, "ln(%s)", u->text);
	else if (span_level_xform(f))
		gs_snprintf(buf, n, "%s", u->text);
	else
		gs_snprintf(buf, n, "%%");
}
