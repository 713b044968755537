/*
** cmd_deflate.c: `growth KEY --deflate INDEX`: nominal and real change
** (cmd_deflate.h); the arithmetic is deflate.c's.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_deflate.h"
#include "deflate.h"

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

/* The two ends: the first and last point in [from, to], of one length. */
static int ends(const struct rp_series *s, const struct gs_period *from,
		const struct gs_period *to, struct rp_point *a,
		struct rp_point *b, struct gs_err *e)
{
	struct rp_point *pts = NULL;
	size_t n = rp_select(s, rp_main_kind(s), from, to, &pts);

	if (n >= 2) {
		*a = pts[0];
		*b = pts[n - 1];
	}
	free(pts);
	if (n < 2)
		return gs_errf(e, GS_EX_DATAERR, "%s: real growth needs two "
			       "figures, there %s %zu", s->key,
			       n == 1 ? "is" : "are", n);
	if (period_months(&a->period) != period_months(&b->period))
		return gs_errf(e, GS_EX_DATAERR, "%s: the first and last "
			       "figures cover periods of different lengths: "
			       "choose them with --from/--to", s->key);
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
