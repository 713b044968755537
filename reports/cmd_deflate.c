/*
** cmd_deflate.c: --deflate INDEX: nominal and real change for growth
** printed, and a series in real terms for project, check and chart with
** what it leaves out as warnings (cmd_deflate.h); the computing is
** dfseries.c's and deflate.c's.
*/
#include <math.h>
#include <string.h>

#include "cmd_deflate.h"

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

int df_growth_cmd(struct gs_ctx *ctx, const struct rp_opts *rp,
		  const char *ikey, const struct gs_period *from,
		  const struct gs_period *to, const struct rp_series *s)
{
	struct df_index ix = { NULL, NULL, 0 };
	struct rp_point a, b;
	struct df_change c;
	struct gs_err e;
	char pf[48], pt[48];
	int rc = 0;

	gs_err_clear(&e);
	if (strncmp(s->info.dim, "currency:", 9) != 0)
		return cli_error(ctx, GS_EX_DATAERR, "%s is not a currency "
				 "series: only money is deflated", s->key);
	if (df_ends(s, from, to, &a, &b, &e) ||
	    df_index_read(ctx->db, rp, ikey, &ix, &e) ||
	    df_change(ikey, ix.v, ix.n, &a.period, a.p.v, &b.period, b.p.v,
		      &c, &e))
		rc = cli_report(ctx, &e);
	if (rc == 0) {
		period_format(&a.period, pf, sizeof(pf));
		period_format(&b.period, pt, sizeof(pt));
		print(ctx, s, ikey, &c, pf, pt);
	}
	df_index_free(&ix);
	return rc;
}

int df_index_load(struct gs_ctx *ctx, const struct rp_opts *rp,
		  const char *ikey, struct df_index *ix)
{
	struct gs_err e;

	gs_err_clear(&e);
	return df_index_read(ctx->db, rp, ikey, ix, &e) ? cli_report(ctx, &e)
							: 0;
}

/* What a series in real terms leaves out, on stderr unless -q. */
static void warn(void *arg, const char *msg)
{
	const struct gs_ctx *ctx = arg;

	if (!ctx->quiet)
		fprintf(stderr, "growthstat: warning: %s\n", msg);
}

int df_apply(const struct gs_ctx *ctx, const struct df_index *ix,
	     struct rp_series *s, struct gs_period *base, struct gs_err *e)
{
	return df_series(ix, s, base, warn, (void *)ctx, e);
}
