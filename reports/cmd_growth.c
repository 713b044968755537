/*
** cmd_growth.c: `growthstat growth`: the change of a series between two
** periods (absolute, multiple, percent, CAGR, log difference, with bounds),
** or a FRED transformation of the whole series (computed by xfseries.c,
** printed here).
*/
#include <math.h>
#include <string.h>

#include "../commands.h"
#include "../series/parse.h"
#include "cmd_deflate.h"
#include "cmd_growth.h"
#include "cmd_keys.h"
#include "growthpair.h"
#include "xfseries.h"

static const char usage[] =
	"usage: growthstat growth KEY [--from PERIOD] [--to PERIOD]\n"
	"       growthstat growth KEY OTHER_KEY [--from PERIOD] [--to PERIOD]\n"
	"       growthstat growth KEY --transform chg|ch1|pch|pc1|pca|cch|cca|log|lin\n"
	"\n"
	"The change of series KEY from one period to another: absolute change,\n"
	"multiple, percent change, CAGR and log difference, with the interval\n"
	"their qualifiers allow (\"over 3,000\" makes a multiple an upper bound).\n"
	"By default --to is the latest point and --from the first, except for a\n"
	"flow over part of a year, which compares with the same months a year\n"
	"earlier. Years run between period ends (2020 -> 2024 is 4 years).\n"
	"With OTHER_KEY, the change runs from OTHER_KEY at --from (default its\n"
	"latest) to KEY at --to; both must measure the same dimension.\n"
	"--transform gives FRED's transformations of the series, or of its stretch\n"
	"--from/--to (n = points a year): chg, ch1 (a year back), pch, pc1, pca,\n"
	"cch, cca, log.\n"
	"--deflate INDEX gives the change nominal and real, in prices of --from\n"
	"(INDEX a price index series, matched by period; 65 when it does not\n"
	"cover both ends).\n"
	"A KEY may be a glob, as in series: 'kaluga.*' gives every series it\n"
	"matches in turn (in a table; csv and json hold one series).\n"
	"\n"
	"In csv and json every row also names its series and unit. Between an\n"
	"implied figure and the figure it was derived from, the multiple is the\n"
	"stated one, with the stated multiple's bounds. chg, ch1, log and lin\n"
	"are in the unit the latest figure was written in (FRED's levels as\n"
	"published: log of 154 billion rubles is ln 154); a transform refuses a\n"
	"series that mixes frequencies (choose a stretch with --from/--to).\n"
	"\n"
	REPORT_USAGE
	RESAMPLE_USAGE
	"\n"
	"Exit: 0 ok; 2 usage; 65 unknown series (or a glob that matches none),\n"
	"missing period, a single figure\n"
	"or two whose periods end on the same day, CAGR undefined (a zero or\n"
	"negative level), different dimensions, mixed frequencies in a transform.\n";

enum { OPT_FROM = OPT_R_FIRST_FREE, OPT_TO, OPT_XFORM };

static const struct option longopts[] = {
	{ "from", required_argument, NULL, OPT_FROM },
	{ "to", required_argument, NULL, OPT_TO },
	{ "transform", required_argument, NULL, OPT_XFORM },
	{ "deflate", required_argument, NULL, OPT_RS_DEFLATE },
	RESAMPLE_LONGOPTS,
	REPORT_LONGOPTS,
	CLI_COMMON_LONGOPTS
};

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	struct gopts *o = arg;
	int k;

	if ((k = report_option(ctx, &o->r, c, val)) != 0)
		return k == 1 ? 0 : k;
	if ((k = rs_option(ctx, &o->rs, c, val)) != 0)
		return k == 1 ? 0 : k;
	if (c == OPT_RS_DEFLATE) {
		o->deflate = val;
		return 0;
	}
	if (c == OPT_FROM)
		return report_period(ctx, "--from", val, &o->from);
	if (c == OPT_TO)
		return report_period(ctx, "--to", val, &o->to);
	if (c == OPT_XFORM) {
		o->xform = val;
		return 0;
	}
	return cli_usage(ctx, usage, "bad option");
}

/* A number cell: empty for NAN, exact in csv and json; in tables %.6g,
 * or a percent as every percent of growth's tables is ("9.282 %",
 * report_pct) when the transform's unit is "%". */
static void num_cell(const struct gs_ctx *ctx, double v, bool pct, char *b,
		     size_t n)
{
	if (isnan(v))
		b[0] = '\0';
	else if (ctx->format != FMT_TABLE)
		fmt_num(v, b, n);
	else if (pct)
		report_pct(v / 100, b, n);
	else
		gs_snprintf(b, n, "%.6g", v);
}

/* csv and json: the columns scripts read first keep their places, the
 * bounds come last; tables: the bounds beside the transform. */
static const size_t people[] = { 0, 1, 2, 6, 7 };

static void xform_rows(const struct gs_ctx *ctx, const struct rp_series *s,
		       const struct xf_series *xs)
{
	char fu[64], fl[64], fh[64];
	const char *head[] = { "period", "value", xform_name(xs->f), "series",
			       "unit", fu, fl, fh };
	const bool pct = strcmp(xs->unit, "%") == 0;
	struct table *t;
	size_t i, c, nc = ctx->format == FMT_TABLE ? GS_ARRAY_LEN(people) :
			  GS_ARRAY_LEN(head);

	gs_snprintf(fu, sizeof(fu), "%s_unit", xform_name(xs->f));
	gs_snprintf(fl, sizeof(fl), "%s_low", xform_name(xs->f));
	gs_snprintf(fh, sizeof(fh), "%s_high", xform_name(xs->f));
	t = report_pick_table(ctx, head, GS_ARRAY_LEN(head), people,
			      GS_ARRAY_LEN(people));
	for (c = 1; c < nc && (c < 3 || ctx->format == FMT_TABLE); c++)
		table_align_right(t, c);
	for (i = 0; i < xs->len; i++) {
		struct gs_period p = span_grid_period(&xs->first, i, xs->step);
		char per[48], a[64], b[64], lo[64], hi[64];
		const char *cells[8];
		bool exact = xs->ylo[i] == xs->y[i] && xs->yhi[i] == xs->y[i];

		if (isnan(xs->x[i]))
			continue;
		period_format(&p, per, sizeof(per));
		report_value_of(ctx, &s->info, xs->x[i], 0, a, sizeof(a));
		num_cell(ctx, xs->y[i], pct, b, sizeof(b));
		num_cell(ctx, exact ? NAN : xs->ylo[i], pct, lo, sizeof(lo));
		num_cell(ctx, exact ? NAN : xs->yhi[i], pct, hi, sizeof(hi));
		cells[0] = per;
		cells[1] = a;
		cells[2] = b;
		cells[3] = s->key;
		cells[4] = s->info.sym;
		cells[5] = xs->unit;
		cells[6] = lo;
		cells[7] = hi;
		report_pick_add(ctx, t, cells, people, GS_ARRAY_LEN(people));
	}
	table_print(t, ctx->format, stdout);
	table_free(t);
}

/* --transform: computed by xf_series, printed here. */
static int transform(struct gs_ctx *ctx, const struct gopts *o,
		     const struct rp_series *s)
{
	struct xf_series xs;
	enum gs_xform f;
	struct gs_err e;
	int rc;

	gs_err_clear(&e);
	if (xform_from_name(o->xform, &f, &e))
		return cli_usage(ctx, NULL, "--transform: %s", e.msg);
	rc = xf_series(s, f, &o->from, &o->to, &xs, &e);
	if (rc == XF_EMPTY)
		return cli_error(ctx, GS_EX_DATAERR, "%s: no levels or flows%s",
				 s->key, o->from.start || o->to.start ?
				 " in --from/--to" : "");
	if (rc != 0)
		return cli_report(ctx, &e);
	if (ctx->format == FMT_TABLE && !ctx->quiet)
		printf("%s: %s in %s\n", s->key, xform_name(f), xs.unit);
	xform_rows(ctx, s, &xs);
	xf_series_free(&xs);
	return GS_EX_OK;
}

static int load(struct gs_ctx *ctx, const struct gopts *o, const char *key,
		struct rp_series *s)
{
	struct gs_err e;
	int rc;

	gs_err_clear(&e);
	if (rp_load(ctx->db, key, &o->r.rp, s, &e))
		return cli_report(ctx, &e);
	if ((rc = rs_apply(ctx, &o->rs, s)) != 0)
		rp_free(s);
	return rc;
}

/* One series: the change between two periods, or a transform. */
static int single(struct gs_ctx *ctx, void *opts, const char *key)
{
	const struct gopts *o = opts;
	struct rp_series s;
	int rc;

	if ((rc = load(ctx, o, key, &s)) != 0)
		return rc;
	rc = o->deflate ? df_growth_cmd(ctx, &o->r.rp, o->deflate, &o->from,
					&o->to, &s) :
	     o->xform ? transform(ctx, o, &s) : growth_pair(ctx, o, &s, NULL);
	rp_free(&s);
	return rc;
}

/* From series b (at --from) to series a (at --to). */
static int pair(struct gs_ctx *ctx, const struct gopts *o, const char *a,
		const char *b)
{
	struct rp_series s, other;
	struct gs_err e;
	int rc;

	if ((rc = load(ctx, o, a, &s)) != 0)
		return rc;
	if ((rc = load(ctx, o, b, &other)) == 0) {
		gs_err_clear(&e);
		if (growth_pair_check(&s, &other, &e))
			rc = cli_error(ctx, e.code, "%s", e.msg);
		else
			rc = growth_pair(ctx, o, &s, &other);
		rp_free(&other);
	}
	rp_free(&s);
	return rc;
}

/* KEY and OTHER_KEY may be globs that match one series each. */
static int pair_args(struct gs_ctx *ctx, const struct gopts *o, char **args)
{
	struct key_args a, b;
	int rc;

	if ((rc = cmd_keys(ctx, args[0], false, &a)) != 0)
		return rc;
	if ((rc = cmd_keys(ctx, args[1], false, &b)) == 0) {
		rc = pair(ctx, o, a.v[0], b.v[0]);
		key_args_free(&b);
	}
	key_args_free(&a);
	return rc;
}

/* Two KEYs only without --transform. */
static int check_line(struct gs_ctx *ctx, void *arg)
{
	const struct gopts *o = arg;

	if (ctx->nargs == 2 && o->xform)
		return cli_usage(ctx, usage, "give one series KEY (or two "
				 "without --transform)");
	return 0;
}

int cmd_growth(int argc, char **argv, struct gs_ctx *ctx)
{
	static const struct cli_spec spec = { usage, longopts, option, 1, 2,
		"give one series KEY (or two without --transform)",
		check_line };
	struct gopts o;
	int rc;

	memset(&o, 0, sizeof(o));
	if ((rc = report_init(ctx, &o.r)) != 0)
		return rc;
	if ((rc = report_setup(argc, argv, ctx, &spec, &o, &o.r)) != 0)
		return rc < 0 ? GS_EX_OK : rc;
	return ctx->nargs == 1 ? cmd_keys_each(ctx, ctx->args[0], single, &o) :
	       pair_args(ctx, &o, ctx->args);
}
