/*
** cmd_deflate.c: --deflate INDEX: nominal and real change for growth, and
** a series in real terms for project, check and chart (cmd_deflate.h);
** the arithmetic is deflate.c's.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_deflate.h"
#include "deflate.h"
#include "span.h"

/* The index series' level (or flow) figures as df_points. */
static int index_points(struct gs_ctx *ctx, const struct rp_opts *rp,
			const char *ikey, struct df_point **out, size_t *n,
			struct gs_err *e)
{
	struct gs_period none = { 0, 0, GS_PREC_NONE };
	struct rp_point *pts = NULL;
	struct rp_series is;
	size_t i;

	if (rp_load(ctx->db, ikey, rp, &is, e))
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

static void row(const struct gs_ctx *ctx, struct table *t, const char *m,
		double nom, double real, const char *sym, const char *key,
		const char *ikey)
{
	char a[64] = "", b[64] = "";
	const char *cells[6] = { m, a, b, key, sym, ikey };

	if (!isnan(nom))
		report_value(ctx, nom, sym, a, sizeof(a));
	if (!isnan(real))
		report_value(ctx, real, sym, b, sizeof(b));
	table_add(t, cells);
}

static void print(const struct gs_ctx *ctx, const struct rp_series *s,
		  const char *ikey, const struct df_change *c,
		  const char *pf, const char *pt)
{
	static const char *const head[] = { "measure", "nominal", "real",
		"series", "unit", "deflator" };
	const char *u = s->info.sym, *k = s->key;
	struct table *t;

	if (ctx->format == FMT_TABLE && !ctx->quiet)
		printf("%s: %.2fx nominal %s-%s is %.2fx in %s prices "
		       "(deflated by %s)\n", k, c->nom_mult, pf, pt,
		       c->real_mult, pf, ikey);
	t = table_new(ctx->format == FMT_TABLE ? 3 : 6, head);
	table_align_right(t, 1);
	table_align_right(t, 2);
	row(ctx, t, "start", c->real_from, c->real_from, u, k, ikey);
	row(ctx, t, "end", c->nom_to,
	    c->real_to, u, k, ikey);
	row(ctx, t, "index_start", NAN, c->idx_from, "", k, ikey);
	row(ctx, t, "index_end", NAN, c->idx_to, "", k, ikey);
	row(ctx, t, "years", c->years, c->years, "", k, ikey);
	row(ctx, t, "multiple", c->nom_mult, c->real_mult, "×", k, ikey);
	row(ctx, t, "percent", c->nom_pct, c->real_pct, "%", k, ikey);
	row(ctx, t, "cagr_pct", 100 * c->nom_cagr, 100 * c->real_cagr, "%",
	    k, ikey);
	table_print(t, ctx->format, stdout);
	table_free(t);
}

/* The two ends: the ones nominal growth compares (span.h), so that a
 * part-year flow is deflated against the same months a year earlier and
 * --from/--to name flows of a series that also has levels. */
static int ends(const struct rp_series *s, const struct gs_period *from,
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

int df_growth_cmd(struct gs_ctx *ctx, const struct rp_opts *rp,
		  const char *ikey, const struct gs_period *from,
		  const struct gs_period *to, const struct rp_series *s)
{
	struct df_point *idx = NULL;
	struct rp_point a, b;
	struct df_change c;
	struct gs_err e;
	char pf[48], pt[48];
	size_t n = 0;
	int rc = 0;

	gs_err_clear(&e);
	if (strncmp(s->info.dim, "currency:", 9) != 0)
		return cli_error(ctx, GS_EX_DATAERR, "%s is not a currency "
				 "series: only money is deflated", s->key);
	if (ends(s, from, to, &a, &b, &e) ||
	    index_points(ctx, rp, ikey, &idx, &n, &e) ||
	    df_change(ikey, idx, n, &a.period, a.p.v, &b.period, b.p.v, &c,
		      &e))
		rc = cli_report(ctx, &e);
	if (rc == 0) {
		period_format(&a.period, pf, sizeof(pf));
		period_format(&b.period, pt, sizeof(pt));
		print(ctx, s, ikey, &c, pf, pt);
	}
	free(idx);
	return rc;
}

int df_index_load(struct gs_ctx *ctx, const struct rp_opts *rp,
		  const char *ikey, struct df_index *ix)
{
	struct gs_err e;

	gs_err_clear(&e);
	memset(ix, 0, sizeof(*ix));
	ix->key = ikey;
	if (ikey == NULL)
		return 0;
	return index_points(ctx, rp, ikey, &ix->v, &ix->n, &e) ?
	       cli_report(ctx, &e) : 0;
}

void df_index_free(struct df_index *ix)
{
	free(ix->v);
	memset(ix, 0, sizeof(*ix));
}

/* Targets and plans in real terms where the index covers them. */
static void real_targets(const struct gs_ctx *ctx, const struct df_index *ix,
			 struct rp_series *s, double ib)
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
			if (!ctx->quiet)
				fprintf(stderr, "growthstat: warning: %s: the "
					"%s %s is left out in real terms: %s\n",
					s->key, kind_name(o->kind), per, e.msg);
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

int df_apply(const struct gs_ctx *ctx, const struct df_index *ix,
	     struct rp_series *s, struct gs_period *base, struct gs_err *e)
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
	real_targets(ctx, ix, s, ib);
	if (s->nrels && !ctx->quiet)
		fprintf(stderr, "growthstat: warning: %s: %zu stated multiple%s "
			"or percent change%s left out: stated in nominal "
			"terms\n", s->key, s->nrels, s->nrels == 1 ? "" : "s",
			s->nrels == 1 ? "" : "s");
	s->nrels = 0;
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
