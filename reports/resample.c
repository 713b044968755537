/*
** resample.c: frequency conversion of flows and levels (resample.h).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "resample.h"

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

/* Every figure the same whole number of months, dividing f, on its grid. */
static int check_input(const char *key, const struct rs_in *in, size_t n,
		       enum rs_freq f, int *step, struct gs_err *e)
{
	char per[48];
	size_t i;

	*step = period_months(&in[0].period);
	for (i = 0; i < n; i++) {
		int m = period_months(&in[i].period);

		period_format(&in[i].period, per, sizeof(per));
		if (m != *step || m <= 0 || 12 % m != 0 ||
		    (cal_month(in[i].period.start) - 1) % m != 0)
			return gs_errf(e, GS_EX_DATAERR, "%s: %s is not a "
				       "month, quarter or year like the first "
				       "figure: frequency conversion needs "
				       "figures of one frequency", key, per);
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

int rs_of_series(const struct rp_series *s, enum rs_freq f, enum rs_agg a,
		 struct rs_out **out, size_t *nout, struct gs_err *e)
{
	struct gs_period none = { 0, 0, GS_PREC_NONE };
	struct rp_point *pts = NULL;
	struct rs_in *in;
	size_t i, n;
	int rc;

	n = rp_select(s, rp_main_kind(s), &none, &none, &pts);
	in = xmalloc((n ? n : 1) * sizeof(*in));
	for (i = 0; i < n; i++) {
		in[i].period = pts[i].period;
		in[i].p = pts[i].p;
	}
	rc = rs_resample(s->key, rp_main_kind(s), in, n, f, a, out, nout, e);
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
