/*
** ytd.c: single-period flows and same-period-last-year comparisons from
** year-to-date (cumulative) figures (ytd.h).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "growth.h"
#include "ytd.h"

bool ytd_is_cumulative(const struct gs_period *p)
{
	return p->start != 0 && cal_month(p->start) == 1 &&
	       cal_day(p->start) == 1 &&
	       cal_year(p->start) == cal_year(p->end) &&
	       cal_is_month_end(p->end) && p->prec != GS_PREC_DAY;
}

/* The cumulative figures, sorted by period end (so by year, then month). */
static int by_end(const void *a, const void *b)
{
	const struct ytd_fig *x = *(const struct ytd_fig *const *)a;
	const struct ytd_fig *y = *(const struct ytd_fig *const *)b;

	return (x->period.end > y->period.end) - (x->period.end < y->period.end);
}

static size_t cumulative(const struct ytd_fig *figs, size_t n,
			 const struct ytd_fig ***out)
{
	const struct ytd_fig **v = xmalloc((n ? n : 1) * sizeof(*v));
	size_t i, k = 0;

	for (i = 0; i < n; i++)
		if (ytd_is_cumulative(&figs[i].period))
			v[k++] = &figs[i];
	qsort(v, k, sizeof(*v), by_end);
	*out = v;
	return k;
}

static double lo_of(const struct ytd_fig *f)
{
	return f->bounded ? f->lo : f->value;
}

static double hi_of(const struct ytd_fig *f)
{
	return f->bounded ? f->hi : f->value;
}

/* Bounds of a / b over their intervals, whatever their signs (a loss
 * this year, "up to" last year): interval division, growth.h. */
static void ratio(const struct ytd_fig *a, const struct ytd_fig *b,
		  double *lo, double *hi)
{
	growth_div_bounds(lo_of(a), hi_of(a), lo_of(b), hi_of(b), lo, hi);
}

/* The result array, or NULL (freed) when it holds nothing. */
static void *settle(void *v, size_t m)
{
	if (m > 0)
		return v;
	free(v);
	return NULL;
}

/* The months after `before` up to the end of `cur`, named at the
 * precision they have: a month, a quarter, or a range of months. */
static struct gs_period gap(int32_t before_end, const struct gs_period *cur)
{
	struct gs_period p;
	int m;

	p.start = before_end ? cal_add_months(cal_month_start(before_end), 1)
			     : cur->start;
	p.end = cur->end;
	m = cal_months_between(p.start, p.end) + 1;
	p.prec = GS_PREC_MONTH;
	if (m == 3 && (cal_month(p.start) - 1) % 3 == 0)
		p.prec = GS_PREC_QUARTER;
	else if (m == 12)
		p.prec = GS_PREC_YEAR;
	return p;
}

size_t ytd_flows(const struct ytd_fig *figs, size_t n, struct ytd_flow **out)
{
	const struct ytd_fig **v;
	struct ytd_flow *f;
	size_t i, k, m = 0;

	k = cumulative(figs, n, &v);
	f = xcalloc(k ? k : 1, sizeof(*f));
	for (i = 0; i < k; i++) {
		const struct ytd_fig *c = v[i];
		bool first = i == 0 || cal_year(v[i - 1]->period.end) !=
				       cal_year(c->period.end);
		int months = cal_months_between(c->period.start,
						c->period.end) + 1;

		if (first && months != 1 && months != 3)
			continue; /* Jan-Aug alone says nothing of August */
		if (!first && v[i - 1]->period.end == c->period.end)
			continue; /* one figure per period */
		f[m].period = gap(first ? 0 : v[i - 1]->period.end,
				  &c->period);
		f[m].value = first ? c->value : c->value - v[i - 1]->value;
		f[m].lo = first ? lo_of(c) : lo_of(c) - hi_of(v[i - 1]);
		f[m].hi = first ? hi_of(c) : hi_of(c) - lo_of(v[i - 1]);
		f[m].derived = !first;
		f[m].from[0] = c->id;
		f[m].from[1] = first ? 0 : v[i - 1]->id;
		m++;
	}
	free(v);
	*out = settle(f, m);
	return m;
}

static const struct ytd_fig *find_period(const struct ytd_fig *const *v,
					 size_t k, const struct gs_period *p)
{
	size_t i;

	for (i = 0; i < k; i++)
		if (v[i]->period.start == p->start && v[i]->period.end == p->end)
			return v[i];
	return NULL;
}

size_t ytd_yoy(const struct ytd_fig *figs, size_t n, struct ytd_yoy **out)
{
	const struct ytd_fig **v;
	struct ytd_yoy *y;
	size_t i, k, m = 0;

	k = cumulative(figs, n, &v);
	y = xcalloc(k ? k : 1, sizeof(*y));
	for (i = 0; i < k; i++) {
		struct gs_period b = period_shift_years(&v[i]->period, -1);
		const struct ytd_fig *p = find_period(v, k, &b);

		if (p == NULL)
			continue;
		y[m].period = v[i]->period;
		y[m].value = v[i]->value;
		y[m].prev = p->value;
		y[m].lo = lo_of(v[i]);
		y[m].hi = hi_of(v[i]);
		y[m].mult = v[i]->value / p->value;
		y[m].pct = 100 * (y[m].mult - 1);
		/* against nothing or a loss, a multiple or percent change
		 * says nothing (growth.c's rule: ratios need a positive base) */
		if (!(p->value > 0))
			y[m].mult = y[m].pct = y[m].mult_lo = y[m].mult_hi = NAN;
		else if (v[i]->bounded || p->bounded)
			ratio(v[i], p, &y[m].mult_lo, &y[m].mult_hi);
		else
			y[m].mult_lo = y[m].mult_hi = y[m].mult;
		y[m].from[0] = v[i]->id;
		y[m].from[1] = p->id;
		m++;
	}
	free(v);
	*out = settle(y, m);
	return m;
}
