/*
** deflate.c: a currency series in the prices of a base period (deflate.h).
*/
#include <math.h>

#include "deflate.h"
#include "growth.h"

static bool inside(const struct gs_period *q, const struct gs_period *p)
{
	return q->start >= p->start && q->end <= p->end;
}

/* Average of the index figures inside p that are len months long, when
 * they cover p; false otherwise. */
static bool cover(const struct df_point *idx, size_t n,
		  const struct gs_period *p, int len, double *out)
{
	double sum = 0;
	int months = 0, k = 0;
	size_t i;

	for (i = 0; i < n; i++)
		if (period_months(&idx[i].period) == len &&
		    inside(&idx[i].period, p)) {
			sum += idx[i].v;
			months += len;
			k++;
		}
	if (k == 0 || months != period_months(p))
		return false;
	*out = sum / k;
	return true;
}

static int exact(const struct df_point *idx, size_t n,
		 const struct gs_period *p, double *out)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (idx[i].period.start == p->start &&
		    idx[i].period.end == p->end) {
			*out = idx[i].v;
			return 1;
		}
	return 0;
}

int df_index_at(const char *ikey, const struct df_point *idx, size_t n,
		const struct gs_period *p, double *out, struct gs_err *e)
{
	static const int lens[] = { 12, 6, 3, 1 };
	char per[48];
	size_t i;
	bool found = exact(idx, n, p, out);

	for (i = 0; !found && i < GS_ARRAY_LEN(lens); i++)
		if (lens[i] < period_months(p))
			found = cover(idx, n, p, lens[i], out);
	period_format(p, per, sizeof(per));
	if (!found)
		return gs_errf(e, GS_EX_DATAERR, "the index %s does not cover "
			       "%s: it needs a figure for %s or figures of one "
			       "frequency for all its months", ikey, per, per);
	if (!(*out > 0))
		return gs_errf(e, GS_EX_DATAERR, "the index %s is not positive "
			       "in %s", ikey, per);
	return 0;
}

static double cagr(double mult, double years)
{
	return mult > 0 && years > 0 ? pow(mult, 1 / years) - 1 : NAN;
}

int df_change(const char *ikey, const struct df_point *idx, size_t n,
	      const struct gs_period *from, double v_from,
	      const struct gs_period *to, double v_to, struct df_change *c,
	      struct gs_err *e)
{
	if (df_index_at(ikey, idx, n, from, &c->idx_from, e) ||
	    df_index_at(ikey, idx, n, to, &c->idx_to, e))
		return -1;
	c->nom_to = v_to;
	c->real_from = v_from;
	c->real_to = v_to * c->idx_from / c->idx_to;
	c->nom_mult = v_to / v_from;
	c->real_mult = c->real_to / c->real_from;
	c->nom_pct = 100 * (c->nom_mult - 1);
	c->real_pct = 100 * (c->real_mult - 1);
	c->years = period_time(to) - period_time(from);
	c->nom_cagr = cagr(c->nom_mult, c->years);
	c->real_cagr = cagr(c->real_mult, c->years);
	return 0;
}
