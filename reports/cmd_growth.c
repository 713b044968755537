/*
** cmd_growth.c: `growthstat growth`: the change of a series between two
** periods (absolute, multiple, percent, CAGR, log difference, with bounds),
** or a FRED transformation of the whole series.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../commands.h"
#include "../series/parse.h"
#include "cmd_deflate.h"
#include "cmd_growth.h"
#include "cmd_keys.h"

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

/* Months from period a's start to period b's start. */
static int months_between(const struct gs_period *a, const struct gs_period *b)
{
	return cal_months_between(a->start, b->start);
}

static const char *freq_name(int step)
{
	return step == 12 ? "yearly" : step == 6 ? "half-yearly" :
	       step == 3 ? "quarterly" : "monthly";
}

/* A transform is defined on one grid: points of another length, or off
 * the grid, are named rather than dropped. */
static int misfits(const struct rp_series *s, const struct rp_point *pts,
		   size_t n, int step, struct gs_err *e)
{
	char list[256], per[48], last[48];
	size_t i, len = 0, bad = 0, a = n - 1;

	list[0] = '\0';
	for (i = 0; i < n; i++)
		if (period_months(&pts[i].period) == step && i < a)
			a = i;
	for (i = 0; i < n; i++) {
		int m = months_between(&pts[a].period, &pts[i].period);

		if (period_months(&pts[i].period) == step && m % step == 0)
			continue;
		if (bad++ < 4) {
			period_format(&pts[i].period, per, sizeof(per));
			len += gs_snprintf(list + len, sizeof(list) - len,
					   "%s%s", len ? ", " : "", per);
		}
	}
	if (bad == 0)
		return 0;
	period_format(&pts[n - 1].period, last, sizeof(last));
	return gs_errf(e, GS_EX_DATAERR, "%s: a transform needs points of one "
		       "frequency: %s%s %s not on the %s grid of %s (choose "
		       "a stretch of one frequency with --from/--to)", s->key,
		       list, bad > 4 ? " and more" : "", bad > 1 ? "are" : "is",
		       freq_name(step), last);
}

/* Lay the points of one length on a regular grid (NAN where missing). */
static int grid(const struct rp_series *s, struct rp_point *pts, size_t n,
		double **x, size_t *len, int *step, struct gs_err *e)
{
	size_t i;

	*step = period_months(&pts[n - 1].period);
	if (*step <= 0 || 12 % *step != 0)
		return gs_errf(e, GS_EX_DATAERR, "%s: transforms need yearly, "
			       "half-yearly, quarterly or monthly periods",
			       s->key);
	if (misfits(s, pts, n, *step, e))
		return -1;
	*len = (size_t)(months_between(&pts[0].period, &pts[n - 1].period) /
			*step) + 1;
	*x = xmalloc(*len * sizeof(**x));
	for (i = 0; i < *len; i++)
		(*x)[i] = NAN;
	for (i = 0; i < n; i++)
		(*x)[months_between(&pts[0].period, &pts[i].period) / *step] =
			pts[i].p.v;
	return 0;
}

/* The i-th period of a grid of step-month periods starting at first. */
static struct gs_period grid_period(const struct gs_period *first, size_t i,
				    int step)
{
	struct gs_period p = *first;

	p.start = cal_add_months(cal_month_start(first->start), (int)i * step);
	p.end = cal_month_end(cal_add_months(p.start, step - 1));
	return p;
}

/*
** FRED's level transforms (lin, chg, ch1, log) are in the unit the
** figures were published in, not the base unit: log of 154 billion rubles
** is ln 154, not ln 1.54e11. The unit is the one the latest point was
** written in (for an implied point, its anchor's); the others are
** converted to it.
*/
struct pub_unit {
	double factor;      /* published unit -> base unit */
	char text[160];     /* "billion rubles", for the unit column */
};

static bool level_xform(enum gs_xform f)
{
	return f == GS_XF_LIN || f == GS_XF_CHG || f == GS_XF_CH1 ||
	       f == GS_XF_LOG;
}

static void published(const struct rp_series *s, const struct rp_point *p,
		      struct pub_unit *u)
{
	const struct gs_obs *o = &s->obs.v[p->implied ? p->src[1] : p->src[0]];
	struct gs_unit pu;
	const char *why;

	u->factor = 1;
	gs_snprintf(u->text, sizeof(u->text), "%s", s->info.sym);
	if (o->unit_text == NULL || unit_parse(o->unit_text, &pu, &why) ||
	    strcmp(pu.dim, s->info.dim) != 0 || !(pu.factor > 0))
		return;
	u->factor = pu.factor;
	gs_snprintf(u->text, sizeof(u->text), "%s", o->unit_text);
}

/* The unit of the transformed column. */
static void xform_unit(enum gs_xform f, const struct pub_unit *u, char *buf,
		       size_t n)
{
	if (f == GS_XF_LOG)
		gs_snprintf(buf, n, "ln(%s)", u->text);
	else if (level_xform(f))
		gs_snprintf(buf, n, "%s", u->text);
	else
		gs_snprintf(buf, n, "%%");
}

struct xtab {
	const struct rp_series *s;
	const struct rp_point *first;
	int step;
	enum gs_xform f;
	char unit[180];
};

static void xform_rows(const struct gs_ctx *ctx, const struct xtab *xt,
		       const double *x, const double *y, size_t len)
{
	char fu[64];
	const char *head[] = { "period", "value", xform_name(xt->f), "series",
			       "unit", fu };
	struct table *t;
	size_t i;

	gs_snprintf(fu, sizeof(fu), "%s_unit", xform_name(xt->f));
	t = table_new(ctx->format == FMT_TABLE ? 3 : 6, head);
	table_align_right(t, 1);
	table_align_right(t, 2);
	for (i = 0; i < len; i++) {
		struct gs_period p = grid_period(&xt->first->period, i,
						 xt->step);
		char per[48], a[64], b[64];
		const char *cells[6];

		if (isnan(x[i]))
			continue;
		period_format(&p, per, sizeof(per));
		report_value(ctx, x[i], xt->s->info.sym, a, sizeof(a));
		if (isnan(y[i]))
			b[0] = '\0';
		else if (ctx->format == FMT_TABLE)
			gs_snprintf(b, sizeof(b), "%.6g", y[i]);
		else
			fmt_num(y[i], b, sizeof(b));
		cells[0] = per;
		cells[1] = a;
		cells[2] = b;
		cells[3] = xt->s->key;
		cells[4] = xt->s->info.sym;
		cells[5] = xt->unit;
		table_add(t, cells);
	}
	table_print(t, ctx->format, stdout);
	table_free(t);
}

/* y = f of x, level transforms on x in the published unit. */
static int apply(const struct gs_ctx *ctx, struct xtab *xt,
		 const struct pub_unit *u, const double *x, size_t len,
		 struct gs_err *e)
{
	double *y = xmalloc((len ? len : 1) * sizeof(*y));
	double scale = level_xform(xt->f) ? u->factor : 1;
	size_t i;
	int rc;

	for (i = 0; i < len; i++)
		y[i] = x[i] / scale;
	rc = growth_xform(xt->f, y, len, 12 / xt->step, y, e);
	if (rc == 0) {
		xform_unit(xt->f, u, xt->unit, sizeof(xt->unit));
		if (ctx->format == FMT_TABLE && !ctx->quiet)
			printf("%s: %s in %s\n", xt->s->key, xform_name(xt->f),
			       xt->unit);
		xform_rows(ctx, xt, x, y, len);
	}
	free(y);
	return rc;
}

static int transform(struct gs_ctx *ctx, const struct gopts *o,
		     const struct rp_series *s)
{
	struct xtab xt = { s, NULL, 0, GS_XF_LIN, "" };
	struct rp_point *pts = NULL;
	struct pub_unit u;
	struct gs_err e;
	double *x = NULL;
	size_t n, len = 0;
	int rc = GS_EX_OK;

	gs_err_clear(&e);
	if (xform_from_name(o->xform, &xt.f, &e))
		return cli_usage(ctx, NULL, "--transform: %s", e.msg);
	n = rp_select(s, rp_main_kind(s), &o->from, &o->to, &pts);
	if (n == 0)
		rc = cli_error(ctx, GS_EX_DATAERR, "%s: no levels or flows%s",
			       s->key, o->from.start || o->to.start ?
			       " in --from/--to" : "");
	else if (grid(s, pts, n, &x, &len, &xt.step, &e))
		rc = cli_report(ctx, &e);
	if (rc == GS_EX_OK) {
		xt.first = &pts[0];
		published(s, &pts[n - 1], &u);
		if (apply(ctx, &xt, &u, x, len, &e))
			rc = cli_report(ctx, &e);
	}
	free(x);
	free(pts);
	return rc;
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
	int rc;

	if ((rc = load(ctx, o, a, &s)) != 0)
		return rc;
	if ((rc = load(ctx, o, b, &other)) == 0) {
		if (strcmp(s.info.dim, other.info.dim) != 0)
			rc = cli_error(ctx, GS_EX_DATAERR, "%s is measured in "
				       "%s and %s in %s: a multiple of "
				       "different dimensions means nothing",
				       s.key, *s.info.dim ? s.info.dim : "plain numbers",
				       other.key, *other.info.dim ?
				       other.info.dim : "plain numbers");
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

int cmd_growth(int argc, char **argv, struct gs_ctx *ctx)
{
	struct gopts o;
	int rc, n;

	memset(&o, 0, sizeof(o));
	if ((rc = report_init(ctx, &o.r)) != 0)
		return rc;
	if ((rc = cli_parse(argc, argv, ctx, longopts, usage, option, &o)))
		return rc < 0 ? GS_EX_OK : rc;
	n = argc - optind;
	if (n < 1 || n > 2 || (n == 2 && o.xform))
		return cli_usage(ctx, usage, "give one series KEY (or two "
				 "without --transform)");
	if ((rc = cli_open_db(ctx, SERIES_READ)) != 0)
		return rc;
	return n == 1 ? cmd_keys_each(ctx, argv[optind], single, &o) :
	       pair_args(ctx, &o, argv + optind);
}
