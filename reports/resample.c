/*
** resample.c: frequency conversion of flows and levels (resample.h).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "resample.h"
#include "ytd.h"

static const struct { const char *name; enum rs_freq f; } freqs[] = {
	{ "annual", RS_ANNUAL }, { "a", RS_ANNUAL }, { "yearly", RS_ANNUAL },
	{ "quarterly", RS_QUARTERLY }, { "q", RS_QUARTERLY },
	{ "monthly", RS_MONTHLY }, { "m", RS_MONTHLY },
};
static const char *const agg_names[] = { "default", "sum", "avg", "eop" };

int rs_freq_parse(const char *s, enum rs_freq *f)
{
	size_t i;

	for (i = 0; i < GS_ARRAY_LEN(freqs); i++)
		if (strcmp(s, freqs[i].name) == 0) {
			*f = freqs[i].f;
			return 0;
		}
	return -1;
}

int rs_agg_parse(const char *s, enum rs_agg *a)
{
	size_t i;

	for (i = 1; i < GS_ARRAY_LEN(agg_names); i++)
		if (strcmp(s, agg_names[i]) == 0) {
			*a = (enum rs_agg)i;
			return 0;
		}
	return -1;
}

const char *rs_freq_name(enum rs_freq f)
{
	return f == RS_ANNUAL ? "annual" : f == RS_QUARTERLY ? "quarterly" :
	       f == RS_MONTHLY ? "monthly" : "";
}

const char *rs_agg_name(enum rs_agg a)
{
	return agg_names[a];
}

static enum gs_prec freq_prec(enum rs_freq f)
{
	return f == RS_ANNUAL ? GS_PREC_YEAR : f == RS_QUARTERLY ?
	       GS_PREC_QUARTER : GS_PREC_MONTH;
}

static int by_start(const void *a, const void *b)
{
	const struct rs_in *x = a, *y = b;

	return (x->period.start > y->period.start) -
	       (x->period.start < y->period.start);
}

/* Does p fit the grid of figures `step` months long (a month, a quarter,
 * a year on its calendar boundaries)? */
static bool on_grid(const struct gs_period *p, int step)
{
	int m = period_months(p);

	return m == step && m > 0 && 12 % m == 0 &&
	       (cal_month(p->start) - 1) % m == 0;
}

/* A year-to-date figure (January to month N) has its own view. */
static const char *hint(const struct rs_in *in)
{
	return ytd_is_cumulative(&in->period) ? " (a year-to-date figure: "
	       "show --ytd gives its single months)" : "";
}

/* Every figure the same whole number of months, dividing f, on its grid. */
static int check_input(const char *key, const struct rs_in *in, size_t n,
		       enum rs_freq f, int *step, struct gs_err *e)
{
	char per[48], id[32];
	size_t i;

	*step = period_months(&in[0].period);
	for (i = 0; i < n; i++) {
		period_format(&in[i].period, per, sizeof(per));
		id[0] = '\0';
		if (in[i].id > 0)
			gs_snprintf(id, sizeof(id), " (#%zu, %d months)",
				    in[i].id, period_months(&in[i].period));
		if (!on_grid(&in[i].period, period_months(&in[i].period)))
			return gs_errf(e, GS_EX_DATAERR, "%s: %s%s is not a "
				       "month, quarter or year: frequency "
				       "conversion needs figures of one of "
				       "them%s", key, per, id, hint(&in[i]));
		if (!on_grid(&in[i].period, *step))
			return gs_errf(e, GS_EX_DATAERR, "%s: %s%s is not a "
				       "month, quarter or year like the first "
				       "figure: frequency conversion needs "
				       "figures of one frequency", key, per,
				       id);
		if (i > 0 && in[i].period.start == in[i - 1].period.start)
			return gs_errf(e, GS_EX_DATAERR, "%s: two figures for "
				       "%s", key, per);
	}
	if ((int)f < *step)
		return gs_errf(e, GS_EX_DATAERR, "%s: figures %d months long "
			       "cannot be made %s: growthstat does not "
			       "interpolate", key, *step, rs_freq_name(f));
	return 0;
}

static void add(struct gs_point *acc, const struct gs_point *p)
{
	acc->v += p->v;
	acc->lo += p->lo;
	acc->hi += p->hi;
}

/* Aggregate the figures in[i..j) of one target period into o. */
static void fold(const struct rs_in *in, size_t i, size_t j, enum rs_agg a,
		 struct rs_out *o)
{
	struct gs_point acc = { 0, 0, 0, 0 };
	size_t k;

	o->have = (int)(j - i);
	o->p.t = period_time(&o->period);
	if (o->have < o->need) {
		o->p.v = o->p.lo = o->p.hi = NAN;
		return;
	}
	for (k = i; k < j; k++)
		add(&acc, &in[k].p);
	if (a == RS_AVG) {
		acc.v /= o->have;
		acc.lo /= o->have;
		acc.hi /= o->have;
	} else if (a == RS_EOP) {
		acc = in[j - 1].p;
	}
	o->p.v = acc.v;
	o->p.lo = acc.lo;
	o->p.hi = acc.hi;
}

int rs_resample(const char *key, enum gs_kind kind, const struct rs_in *in,
		size_t n, enum rs_freq f, enum rs_agg a, struct rs_out **out,
		size_t *nout, struct gs_err *e)
{
	struct rs_in *v;
	struct rs_out *o;
	size_t i, j, m = 0;
	int step = 0;

	*out = NULL;
	*nout = 0;
	if (a == RS_AGG_DEFAULT)
		a = kind == GS_KIND_FLOW ? RS_SUM : RS_AVG;
	if (a == RS_SUM && kind != GS_KIND_FLOW)
		return gs_errf(e, GS_EX_DATAERR, "%s: levels are not summed "
			       "over a period: use --aggregation avg or eop",
			       key);
	if (n == 0)
		return 0;
	v = xmalloc(n * sizeof(*v));
	memcpy(v, in, n * sizeof(*v));
	qsort(v, n, sizeof(*v), by_start);
	if (check_input(key, v, n, f, &step, e)) {
		free(v);
		return -1;
	}
	o = xcalloc(n, sizeof(*o));
	for (i = 0; i < n; i = j) {
		o[m].period = period_of(freq_prec(f), v[i].period.start);
		o[m].need = (int)f / step;
		for (j = i; j < n && v[j].period.end <= o[m].period.end; j++)
			;
		fold(v, i, j, a, &o[m]);
		m++;
	}
	free(v);
	*out = o;
	*nout = m;
	return 0;
}

/* The aggregated periods of s that are complete, as actual points; the
 * incomplete ones moved to *inc. src[0] keeps the period's last figure
 * (its unit as written) though no observation is listed behind it. */
static size_t to_points(enum gs_kind kind, const struct rp_point *in,
			size_t nin, const struct rs_out *o, size_t n,
			struct rp_point *pts, struct rs_out *inc, size_t *ninc)
{
	size_t i, k, m = 0;

	for (i = 0; i < n; i++) {
		struct rp_point *p = &pts[m];

		if (o[i].have < o[i].need) {
			inc[(*ninc)++] = o[i];
			continue;
		}
		memset(p, 0, sizeof(*p));
		p->period = o[i].period;
		p->p = o[i].p;
		p->kind = kind;
		for (k = 0; k < nin; k++)
			if (in[k].period.end <= o[i].period.end &&
			    in[k].period.start >= o[i].period.start)
				p->src[0] = in[k].src[0];
		m++;
	}
	return m;
}

/* The step of the stated figures: the months of the first one not
 * implied; 0 when every point is implied. */
static int stated_step(const struct rp_point *pts, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (!pts[i].implied)
			return period_months(&pts[i].period);
	return 0;
}

int rs_of_series(const struct rp_series *s, enum rs_freq f, enum rs_agg a,
		 struct rs_out **out, size_t *nout, struct gs_err *e)
{
	struct gs_period none = { 0, 0, GS_PREC_NONE };
	struct rp_point *pts = NULL;
	struct rs_in *in;
	size_t i, k = 0, n;
	int rc, step;

	n = rp_select(s, rp_main_kind(s), &none, &none, &pts);
	step = stated_step(pts, n);
	in = xmalloc((n ? n : 1) * sizeof(*in));
	for (i = 0; i < n; i++) {
		/* A point a percent or multiple implies at its base (Jan-Aug
		 * a year earlier) is no figure of the series' frequency: it
		 * is left out rather than refusing the stated figures. */
		if (pts[i].implied && step > 0 &&
		    !on_grid(&pts[i].period, step))
			continue;
		in[k].period = pts[i].period;
		in[k].p = pts[i].p;
		in[k].id = pts[i].implied ? 0 : pts[i].src[0] + 1;
		k++;
	}
	rc = rs_resample(s->key, rp_main_kind(s), in, k, f, a, out, nout, e);
	free(in);
	free(pts);
	return rc;
}

int rs_series(struct rp_series *s, enum rs_freq f, enum rs_agg a,
	      struct rs_out **incomplete, size_t *nincomplete,
	      struct gs_err *e)
{
	struct gs_period none = { 0, 0, GS_PREC_NONE };
	struct rp_point *pts = NULL, *np;
	struct rs_out *o = NULL, *inc;
	enum gs_kind kind = rp_main_kind(s);
	size_t n, no = 0, ninc = 0;

	if (rs_of_series(s, f, a, &o, &no, e))
		return -1;
	n = rp_select(s, kind, &none, &none, &pts);
	np = xmalloc((no ? no : 1) * sizeof(*np));
	inc = xmalloc((no ? no : 1) * sizeof(*inc));
	free(s->pts);
	s->npts = to_points(kind, pts, n, o, no, np, inc, &ninc);
	s->pts = np;
	free(pts);
	free(o);
	if (incomplete != NULL) {
		*incomplete = inc;
		*nincomplete = ninc;
	} else {
		free(inc);
	}
	return 0;
}
