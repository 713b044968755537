/*
** cmd_analysis.c: the command-layer parts shared by the analysis commands
** (growth, implied, project, check, chart, report). See cmd_analysis.h.
*/
#include "cmd_analysis.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../series/parse.h"

static int tolerance(const struct gs_ctx *ctx, const char *what,
		     const char *s, double *tol)
{
	if (cli_number(ctx, what, s, tol))
		return GS_EX_USAGE;
	if (!(*tol >= 0 && *tol < 1))
		return cli_usage(ctx, NULL, "%s: a fraction from 0 to 1 "
				 "(0.05 = 5 %%), not '%s'", what, s);
	return 0;
}

int report_init(struct gs_ctx *ctx, struct report_opts *o)
{
	const char *env = getenv("GROWTHSTAT_APPROX_TOLERANCE");

	memset(o, 0, sizeof(*o));
	o->rp.approx_tol = GS_APPROX_TOL_DEFAULT;
	if (env && *env)
		return tolerance(ctx, "GROWTHSTAT_APPROX_TOLERANCE", env,
				 &o->rp.approx_tol);
	return 0;
}

int report_setup(int argc, char **argv, struct gs_ctx *ctx,
		 const struct cli_spec *spec, void *arg, struct report_opts *o)
{
	int rc = cli_setup(argc, argv, ctx, spec, arg);

	o->rp.as_of = ctx->as_of;
	return rc;
}

int report_option(struct gs_ctx *ctx, struct report_opts *o, int c,
		  const char *val)
{
	int rc;

	switch (c) {
	case OPT_R_EXPLAIN:
		o->explain = true;
		return 1;
	case OPT_R_APPROX:
		rc = tolerance(ctx, "--approx-tolerance", val,
			       &o->rp.approx_tol);
		return rc ? rc : 1;
	}
	return 0;
}

int report_period(const struct gs_ctx *ctx, const char *opt, const char *s,
		  struct gs_period *p)
{
	const char *why = NULL;

	if (period_parse(s, p, &why) == 0 && p->start != 0)
		return 0;
	return cli_usage(ctx, NULL, "%s: bad period '%s': %s", opt, s,
			 why ? why : "empty");
}

int report_method(const struct gs_ctx *ctx, const char *s,
		  enum proj_method *m)
{
	struct gs_err e;

	gs_err_clear(&e);
	if (proj_method_parse(s, m, &e))
		return cli_usage(ctx, NULL, "--method: %s", e.msg);
	return 0;
}

int report_level(const struct gs_ctx *ctx, const char *s, double *level)
{
	if (cli_number(ctx, "--level", s, level))
		return GS_EX_USAGE;
	if (!(*level > 0 && *level < 1))
		return cli_usage(ctx, NULL, "--level: between 0 and 1 (0.95), "
				 "not '%s'", s);
	return 0;
}

void report_value(const struct gs_ctx *ctx, double v, const char *sym,
		  char *buf, size_t n)
{
	if (ctx->format == FMT_TABLE)
		fmt_human(v, sym, buf, n);
	else
		fmt_num(v, buf, n);
}

void report_bound(const struct gs_ctx *ctx, double b, const char *sym,
		  char *buf, size_t n)
{
	if (isnan(b)) {
		buf[0] = '\0';
		return;
	}
	report_value(ctx, b, sym, buf, n);
}

void report_value_of(const struct gs_ctx *ctx, const struct series_info *in,
		     double v, int side, char *buf, size_t n)
{
	if (side != 0 && isnan(v))
		buf[0] = '\0';
	else if (ctx->format == FMT_TABLE)
		report_amount(in, v, side, buf, n);
	else
		fmt_num(v, buf, n);
}

struct table *report_pick_table(const struct gs_ctx *ctx,
				const char *const *head, size_t ncol,
				const size_t *pick, size_t npick)
{
	const char **ph;
	struct table *t;
	size_t i;

	if (ctx->format != FMT_TABLE)
		return table_new(ncol, head);
	ph = xcalloc(npick, sizeof(*ph));
	for (i = 0; i < npick; i++)
		ph[i] = head[pick[i]];
	t = table_new(npick, ph);
	free(ph);
	return t;
}

void report_pick_add(const struct gs_ctx *ctx, struct table *t,
		     const char *const *cells, const size_t *pick,
		     size_t npick)
{
	const char **pc;
	size_t i;

	if (ctx->format != FMT_TABLE) {
		table_add(t, cells);
		return;
	}
	pc = xcalloc(npick, sizeof(*pc));
	for (i = 0; i < npick; i++)
		pc[i] = cells[pick[i]];
	table_add(t, pc);
	free(pc);
}

void report_bounds(const struct gs_ctx *ctx, double v, double lo, double hi,
		   const char *sym, char *a, char *b, size_t n)
{
	a[0] = b[0] = '\0';
	if (lo == v && hi == v)
		return;
	report_value(ctx, lo, sym, a, n);
	report_value(ctx, hi, sym, b, n);
}

void report_bounds_of(const struct gs_ctx *ctx, const struct series_info *in,
		      double v, double lo, double hi, char *a, char *b,
		      size_t n)
{
	a[0] = b[0] = '\0';
	if (lo == v && hi == v)
		return;
	report_value_of(ctx, in, lo, -1, a, n);
	report_value_of(ctx, in, hi, 1, b, n);
}

void report_explain(const struct gs_ctx *ctx, const struct report_opts *o,
		    const struct rp_series *s)
{
	size_t i;

	if (!o->explain || ctx->format != FMT_TABLE)
		return;
	printf("\nobservations of %s:\n", s->key);
	for (i = 0; i < s->obs.n; i++) {
		const struct gs_obs *ob = &s->obs.v[i];
		char per[48], base[48], val[64], asof[16];

		period_format(&ob->period, per, sizeof(per));
		period_format(&ob->base, base, sizeof(base));
		fmt_human(ob->value, rp_symbol(s, ob), val, sizeof(val));
		date_format(ob->as_of, asof, sizeof(asof));
		printf("  #%zu %s %s%s%s %s%s%s, %s (%s)", i + 1, per,
		       kind_name(ob->kind), *qual_name(ob->qual) ? " " : "",
		       qual_name(ob->qual), val, *base ? " vs " : "", base,
		       ob->source, asof);
		if (ob->note && *ob->note)
			printf(": \"%s\"", ob->note);
		putchar('\n');
	}
}

/* What a scan carries to each series. */
struct each {
	struct gs_ctx *ctx;
	const struct rp_opts *rp;
	report_fn fn;
	void *arg;
};

static int each_series(void *arg, struct series_info *info,
		       struct obs_list *obs, struct gs_err *e)
{
	struct each *ea = arg;
	struct rp_series s;
	int rc;

	(void)e;
	rp_take(info, obs, ea->rp, &s);
	rc = ea->fn(ea->ctx, &s, ea->arg);
	rp_free(&s);
	return rc;
}

int report_each(struct gs_ctx *ctx, const struct rp_opts *rp,
		const char *glob, int flags, int n, char *const *keys,
		report_fn fn, void *arg)
{
	struct each ea = { ctx, rp, fn, arg };
	struct rp_series s;
	struct gs_err e;
	int i, rc = GS_EX_OK;

	gs_err_clear(&e);
	if (n == 0) {
		/* every vintage: rp_take finds relations' anchors as they
		 * stood, then keeps the latest */
		rc = series_scan(ctx->db, glob, rp->as_of,
				 flags | OBSQ_ALL_VINTAGES, each_series, &ea,
				 &e);
		return rc < 0 ? cli_report(ctx, &e) : rc;
	}
	for (i = 0; i < n && rc == GS_EX_OK; i++) {
		if (rp_load(ctx->db, keys[i], rp, &s, &e))
			return cli_report(ctx, &e);
		rc = fn(ctx, &s, arg);
		rp_free(&s);
	}
	return rc;
}
