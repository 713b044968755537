/*
** cmd_project.c: `growthstat project KEY --to P`: the series' points, then
** its projection at every step of the series' frequency (years, halves,
** quarters, months) up to P, with the interval of the method.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../commands.h"
#include "cmd_keys.h"
#include "cmd_analysis.h"
#include "cmd_deflate.h"
#include "cmd_resample.h"
#include "project_sum.h"

static const char usage[] =
	"usage: growthstat project KEY --to PERIOD [--method cagr|linear|loglinear]\n"
	"                          [--from PERIOD] [--upto PERIOD] [--level 0.8|0.95]\n"
	"       growthstat project --all [GLOB] --to PERIOD [options]\n"
	"\n"
	"Projects series KEY to PERIOD from the points of a window (by default\n"
	"every level, or every flow as long as the latest one; implied points\n"
	"included). cagr applies the window's first-to-last CAGR to its last\n"
	"point; linear and loglinear fit least squares to every point and give a\n"
	"prediction interval at --level (default 0.95) from three points up.\n"
	"Times are the ends of periods (2024 ends at 2025.0). One row for each\n"
	"period of the series' frequency (year, half, quarter or month) after\n"
	"the last point up to PERIOD (which may not end before it: exit 2); a\n"
	"level ends with PERIOD itself. In csv and json every row also names\n"
	"its series and unit.\n"
	"--all gives one summary line per series (all, or those matching GLOB):\n"
	"points used, CAGR of the window, fit slope, projection and interval;\n"
	"series that cannot be projected are listed with the reason.\n"
	"A KEY may be a glob, as in series: 'kaluga.*' projects every series\n"
	"it matches in turn (in a table; csv and json hold one series).\n"
	"\n"
	"  --to PERIOD             the period to project to (required)\n"
	"  --method M              cagr (default), linear or loglinear\n"
	"  --from PERIOD           first period of the window\n"
	"  --upto PERIOD           last period of the window\n"
	"  --level L               prediction interval level, 0 < L < 1\n"
	REPORT_USAGE
	RESAMPLE_USAGE
	DEFLATE_USAGE
	"\n"
	"Exit: 0 ok; 2 usage; 65 unknown series (or a glob that matches none),\n"
	"too few points, or an index that does not cover them.\n";

enum { OPT_TO = OPT_R_FIRST_FREE, OPT_METHOD, OPT_FROM, OPT_UPTO, OPT_LEVEL,
       OPT_ALL };

static const struct option longopts[] = {
	{ "to", required_argument, NULL, OPT_TO },
	{ "method", required_argument, NULL, OPT_METHOD },
	{ "from", required_argument, NULL, OPT_FROM },
	{ "upto", required_argument, NULL, OPT_UPTO },
	{ "level", required_argument, NULL, OPT_LEVEL },
	{ "all", no_argument, NULL, OPT_ALL },
	RESAMPLE_LONGOPTS,
	DEFLATE_LONGOPT,
	REPORT_LONGOPTS,
	CLI_COMMON_LONGOPTS
};

struct popts {
	struct report_opts r;
	struct proj_opts p;
	struct gs_period to;
	bool all;
	struct rs_opts rs;
	const char *deflate;   /* --deflate INDEX */
	struct df_index ix;    /* its figures, read before any series */
};

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	struct popts *o = arg;
	int k;

	if ((k = report_option(ctx, &o->r, c, val)) != 0)
		return k == 1 ? 0 : k;
	if ((k = rs_option(ctx, &o->rs, c, val)) != 0)
		return k == 1 ? 0 : k;
	switch (c) {
	case OPT_TO: return report_period(ctx, "--to", val, &o->to);
	case OPT_FROM: return report_period(ctx, "--from", val, &o->p.from);
	case OPT_UPTO: return report_period(ctx, "--upto", val, &o->p.upto);
	case OPT_ALL:
		o->all = true;
		return 0;
	case OPT_RS_DEFLATE:
		o->deflate = val;
		return 0;
	case OPT_METHOD: return report_method(ctx, val, &o->p.method);
	case OPT_LEVEL: return report_level(ctx, val, &o->p.level);
	}
	return cli_usage(ctx, usage, "bad option");
}

/* In csv and json a row also names its series and unit (the last two
 * columns, left out of tables). */
static void row(const struct gs_ctx *ctx, struct table *t,
		const struct rp_series *s, const struct gs_period *per,
		const char *what, double v, double lo, double hi,
		const char *refs)
{
	const char *sym = s->info.sym;
	char p[48], a[64], b[64], c[64];
	const char *cells[8];

	period_format(per, p, sizeof(p));
	report_value_of(ctx, &s->info, v, 0, a, sizeof(a));
	report_value_of(ctx, &s->info, lo, -1, b, sizeof(b));
	report_value_of(ctx, &s->info, hi, 1, c, sizeof(c));
	cells[0] = p;
	cells[1] = what;
	cells[2] = a;
	cells[3] = b;
	cells[4] = c;
	cells[5] = refs;
	cells[6] = s->key;
	cells[7] = sym;
	table_add(t, cells);
}

static void header(const struct gs_ctx *ctx, const struct rp_series *s,
		   const struct projection *pj, const struct popts *o,
		   const struct gs_period *base)
{
	char a[48], b[48], c[48], sl[64];

	if (ctx->format != FMT_TABLE || ctx->quiet)
		return;
	period_format(&pj->win[0].period, a, sizeof(a));
	period_format(&proj_last(pj)->period, b, sizeof(b));
	printf("%s: %s from %s to %s, %zu points", s->key,
	       proj_method_name(pj->method), a, b, pj->nwin);
	if (isfinite(pj->rate.v))
		printf(", growth %.3f %% a year", 100 * pj->rate.v);
	/* a linear slope in the series' unit, with scale words as the
	 * table's values ("+1.61 mn RUB"); a log-linear one in log units */
	if (pj->method == PROJ_LINEAR) {
		fmt_human(fabs(pj->fit.b), s->info.sym, sl, sizeof(sl));
		printf(", slope %s%s a year", pj->fit.b < 0 ? "-" : "+", sl);
	} else if (pj->method == PROJ_LOGLINEAR) {
		printf(", slope %+.4f a year (log)", pj->fit.b);
	}
	if (pj->method != PROJ_CAGR && pj->fit.has_interval)
		printf(", %g %% prediction interval", 100 * pj->level);
	period_format(base, c, sizeof(c));
	if (o->deflate)
		printf(", in %s prices (deflated by %s)", c, o->deflate);
	printf("\n");
}

/* --frequency, then --deflate: what the series is projected as. */
static int transform(const struct gs_ctx *ctx, const struct popts *o,
		     struct rp_series *s, struct gs_period *base,
		     struct gs_err *e)
{
	if (rs_apply_e(ctx, &o->rs, s, e))
		return -1;
	return o->deflate ? df_apply(ctx, &o->ix, s, base, e) : 0;
}

static int run(struct gs_ctx *ctx, void *opts, const char *key)
{
	struct popts *o = opts;
	static const char *const head[] = { "period", "point", "value", "low",
					    "high", "observations", "series",
					    "unit" };
	struct proj_step *path = NULL;
	struct rp_series s;
	struct projection pj;
	struct gs_period base = { 0, 0, GS_PREC_NONE };
	struct table *t;
	struct gs_err e;
	size_t i, n;
	int rc = GS_EX_OK;
	char refs[64];

	gs_err_clear(&e);
	if (rp_load(ctx->db, key, &o->r.rp, &s, &e))
		return cli_report(ctx, &e);
	if (transform(ctx, o, &s, &base, &e) ||
	    proj_build(&s, &o->p, &pj, &e)) {
		rp_free(&s);
		return cli_report(ctx, &e);
	}
	t = table_new(ctx->format == FMT_TABLE ? 6 : GS_ARRAY_LEN(head), head);
	for (i = 2; i < 5; i++)
		table_align_right(t, i);
	for (i = 0; i < pj.nwin; i++) {
		const struct rp_point *p = &pj.win[i];

		report_refs(p, refs, sizeof(refs));
		row(ctx, t, &s, &p->period, p->implied ? "implied" :
		    "actual", p->p.v, p->p.lo == p->p.hi ? NAN : p->p.lo,
		    p->p.lo == p->p.hi ? NAN : p->p.hi, refs);
	}
	if (proj_forward(&pj, &o->to, &e) ||
	    check_projectable(&s, &pj, NULL, &e) ||
	    proj_path(&pj, &o->to, &path, &n, &e))
		rc = cli_report(ctx, &e);
	for (i = 0; path && i < n; i++) {
		const struct gs_pred *pr = &path[i].pred;

		row(ctx, t, &s, &path[i].period,
		    proj_method_name(pj.method), pr->v,
		    pr->has_interval ? pr->lo : NAN,
		    pr->has_interval ? pr->hi : NAN, "");
	}
	if (rc == GS_EX_OK) {
		header(ctx, &s, &pj, o, &base);
		table_print(t, ctx->format, stdout);
		report_explain(ctx, &o->r, &s);
	}
	free(path);
	table_free(t);
	proj_free(&pj);
	rp_free(&s);
	return rc;
}

/* What a scan over every series carries to each of them. */
struct summary {
	const struct popts *o;
	struct table *t;
};

/* One summary row for a series (or its reason for having none). */
static int summary_row(struct gs_ctx *ctx, struct rp_series *s, void *arg)
{
	struct summary *sm = arg;
	const struct popts *o = sm->o;
	struct proj_summary ps;
	const struct gs_pred *pr = &ps.at;
	struct gs_period base;
	struct gs_err e;
	char n[16], g[32], b[32], v[64], lo[64], hi[64];
	const char *cells[10] = { s->key, proj_method_name(o->p.method), "",
				  "", "", "", "", "", "", s->info.sym };

	gs_err_clear(&e);
	if (transform(ctx, o, s, &base, &e) == 0 &&
	    proj_summarize(s, &o->p, &o->to, &ps, &e) == 0) {
		gs_snprintf(n, sizeof(n), "%zu", ps.npoints);
		if (isnan(ps.rate))
			g[0] = '\0';
		else if (ctx->format == FMT_TABLE)
			gs_snprintf(g, sizeof(g), "%.3f %%", 100 * ps.rate);
		else
			fmt_num(100 * ps.rate, g, sizeof(g));
		fmt_num(ps.slope, b, sizeof(b));
		report_value_of(ctx, &s->info, pr->v, 0, v, sizeof(v));
		report_value_of(ctx, &s->info, pr->has_interval ? pr->lo : NAN,
				-1, lo, sizeof(lo));
		report_value_of(ctx, &s->info, pr->has_interval ? pr->hi : NAN,
				1, hi, sizeof(hi));
		cells[2] = n;
		cells[3] = g;
		cells[4] = b;
		cells[5] = v;
		cells[6] = lo;
		cells[7] = hi;
	} else {
		/* project KEY's own message, word for word (095 compares
		 * them) */
		cells[8] = e.msg;
	}
	table_add(sm->t, cells);
	return 0;
}

/* One line per series: a single scan of the database, figures only. */
static int run_all(struct gs_ctx *ctx, const struct popts *o, const char *glob)
{
	static const char *const head[] = { "series", "method", "points",
		"growth_pct", "slope", "projected", "low", "high", "note",
		"unit" };
	struct summary sm = { o, NULL };
	struct gs_err e;
	size_t i;
	int rc;

	gs_err_clear(&e);
	if (glob && keys_require(ctx->db, &glob, 1, &e))
		return cli_report(ctx, &e);
	/* csv and json also name the unit of the values */
	sm.t = table_new(ctx->format == FMT_TABLE ? 9 : GS_ARRAY_LEN(head),
			 head);
	for (i = 2; i < 8; i++)
		table_align_right(sm.t, i);
	rc = report_each(ctx, &o->r.rp, glob, OBSQ_LATEST | OBSQ_FIGURES, 0,
			 NULL, summary_row, &sm);
	if (rc == GS_EX_OK)
		table_print(sm.t, ctx->format, stdout);
	table_free(sm.t);
	return rc;
}

/* One KEY, or with --all one GLOB at most; --to always. */
static int check_line(struct gs_ctx *ctx, void *arg)
{
	const struct popts *o = arg;

	if (o->all ? ctx->nargs > 1 : ctx->nargs != 1)
		return cli_usage(ctx, usage, o->all ? "one GLOB at most" :
				 "give one series KEY");
	if (o->to.start == 0)
		return cli_usage(ctx, usage, "--to PERIOD is required");
	return 0;
}

int cmd_project(int argc, char **argv, struct gs_ctx *ctx)
{
	static const struct cli_spec spec = { usage, longopts, option, 0, -1,
		NULL, check_line };
	struct popts o;
	int rc;

	memset(&o, 0, sizeof(o));
	if ((rc = report_init(ctx, &o.r)) != 0)
		return rc;
	o.p.level = 0.95;
	if ((rc = report_setup(argc, argv, ctx, &spec, &o, &o.r)) != 0)
		return rc < 0 ? GS_EX_OK : rc;
	if ((rc = df_index_load(ctx, &o.r.rp, o.deflate, &o.ix)) != 0)
		return rc;
	if (o.all)
		rc = run_all(ctx, &o, ctx->nargs ? ctx->args[0] : NULL);
	else
		rc = cmd_keys_each(ctx, ctx->args[0], run, &o);
	df_index_free(&o.ix);
	return rc;
}
