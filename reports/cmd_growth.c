/*
** cmd_growth.c: `growthstat growth`: the change of a series between two
** periods (absolute, multiple, percent, CAGR, log difference, with bounds),
** or a FRED transformation of the whole series.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../commands.h"
#include "cmd_report.h"

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
	"--transform gives FRED's transformations of the whole series (n = points\n"
	"a year): chg, ch1 (a year back), pch, pc1, pca, cch, cca, log.\n"
	"\n"
	REPORT_USAGE
	"\n"
	"Exit: 0 ok; 2 usage; 65 unknown series, missing period, CAGR undefined,\n"
	"different dimensions.\n";

enum { OPT_FROM = OPT_R_FIRST_FREE, OPT_TO, OPT_XFORM };

static const struct option longopts[] = {
	{ "from", required_argument, NULL, OPT_FROM },
	{ "to", required_argument, NULL, OPT_TO },
	{ "transform", required_argument, NULL, OPT_XFORM },
	REPORT_LONGOPTS,
	CLI_COMMON_LONGOPTS
};

struct gopts {
	struct report_opts r;
	struct gs_period from, to;
	const char *xform;
};

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	struct gopts *o = arg;
	int k;

	if ((k = report_option(ctx, &o->r, c, val)) != 0)
		return k == 1 ? 0 : k;
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

static const struct rp_point *latest(const struct rp_series *s)
{
	enum gs_kind k = rp_main_kind(s);
	size_t i;

	for (i = s->npts; i-- > 0;)
		if (s->pts[i].kind == k)
			return &s->pts[i];
	return NULL;
}

static const struct rp_point *first(const struct rp_series *s)
{
	enum gs_kind k = rp_main_kind(s);
	size_t i;

	for (i = 0; i < s->npts; i++)
		if (s->pts[i].kind == k)
			return &s->pts[i];
	return NULL;
}

static const struct rp_point *at(const struct rp_series *s,
				 const struct gs_period *p, struct gs_err *e)
{
	const struct rp_point *q = rp_find(s, GS_KIND_LEVEL, p);
	char buf[48];

	if (q || (q = rp_find(s, GS_KIND_FLOW, p)))
		return q;
	period_format(p, buf, sizeof(buf));
	gs_errf(e, GS_EX_DATAERR, "%s: no figure for %s (see 'growthstat "
		"show %s')", s->key, buf, s->key);
	return NULL;
}

/* The default start: a partial-year flow compares with the same months a
 * year earlier, anything else with the first point. */
static const struct rp_point *default_from(const struct rp_series *s,
					   const struct rp_point *b,
					   struct gs_err *e)
{
	struct gs_period p;

	if (b->kind == GS_KIND_FLOW && period_months(&b->period) % 12 != 0) {
		p = period_shift_years(&b->period, -1);
		return at(s, &p, e);
	}
	return first(s);
}

static int comparable(const struct rp_point *a, const struct rp_point *b,
		      struct gs_err *e)
{
	char x[48], y[48];

	if (a->kind != b->kind)
		return gs_errf(e, GS_EX_DATAERR, "a %s and a %s are not "
			       "comparable", kind_name(a->kind),
			       kind_name(b->kind));
	if (a->kind != GS_KIND_FLOW ||
	    period_months(&a->period) == period_months(&b->period))
		return 0;
	period_format(&a->period, x, sizeof(x));
	period_format(&b->period, y, sizeof(y));
	return gs_errf(e, GS_EX_DATAERR, "flows over periods of different "
		       "length are not comparable (%s and %s); compare with "
		       "the same period a year earlier", x, y);
}

static void measure(const struct gs_ctx *ctx, struct table *t,
		    const char *name, const struct gs_est *v, const char *sym,
		    double scale, const char *refs)
{
	char a[64], b[64], c[64];
	const char *cells[5];
	bool exact = v->lo == v->hi || (isnan(v->lo) && isnan(v->hi));

	report_value(ctx, v->v * scale, sym, a, sizeof(a));
	report_bound(ctx, exact ? NAN : v->lo * scale, sym, b, sizeof(b));
	report_bound(ctx, exact ? NAN : v->hi * scale, sym, c, sizeof(c));
	cells[0] = name;
	cells[1] = a;
	cells[2] = b;
	cells[3] = c;
	cells[4] = refs;
	table_add(t, cells);
}

static void pair_table(const struct gs_ctx *ctx, const char *sym,
		       const struct rp_point *a, const struct rp_point *b,
		       const struct gs_change *c)
{
	static const char *const head[] = { "measure", "value", "low", "high",
					    "observations" };
	struct table *t = table_new(GS_ARRAY_LEN(head), head);
	struct gs_est sa = { a->p.v, a->p.lo, a->p.hi };
	struct gs_est sb = { b->p.v, b->p.lo, b->p.hi };
	struct gs_est yrs = { c->years, c->years, c->years };
	char ra[64], rb[64];
	int i;

	for (i = 1; i < 4; i++)
		table_align_right(t, (size_t)i);
	report_refs(a, ra, sizeof(ra));
	report_refs(b, rb, sizeof(rb));
	measure(ctx, t, "start", &sa, sym, 1, ra);
	measure(ctx, t, "end", &sb, sym, 1, rb);
	measure(ctx, t, "years", &yrs, "", 1, "");
	measure(ctx, t, "change", &c->abs, sym, 1, "");
	measure(ctx, t, "multiple", &c->mult, "×", 1, "");
	measure(ctx, t, "percent", &c->pct, "%", 1, "");
	measure(ctx, t, "cagr_pct", &c->cagr, "%", 100, "");
	measure(ctx, t, "log_diff", &c->logd, "", 1, "");
	table_print(t, ctx->format, stdout);
	table_free(t);
}

static int pair(struct gs_ctx *ctx, struct gopts *o, struct rp_series *s,
		struct rp_series *other)
{
	struct rp_series *fs = other ? other : s;
	const struct rp_point *a, *b;
	struct gs_change c;
	struct gs_err e;
	char x[48], y[48];

	gs_err_clear(&e);
	b = o->to.start ? at(s, &o->to, &e) : latest(s);
	if (b == NULL)
		return e.msg[0] ? cli_report(ctx, &e) : cli_error(ctx,
			GS_EX_DATAERR, "%s: no levels or flows", s->key);
	a = o->from.start ? at(fs, &o->from, &e) :
	    other ? latest(other) : default_from(s, b, &e);
	if (a == NULL)
		return e.msg[0] ? cli_report(ctx, &e) : cli_error(ctx,
			GS_EX_DATAERR, "%s: no levels or flows", fs->key);
	if (comparable(a, b, &e))
		return cli_report(ctx, &e);
	if (growth_change(&a->p, &b->p, &c, &e) && !ctx->quiet)
		fprintf(stderr, "growthstat: growth: %s\n", e.msg);
	period_format(&a->period, x, sizeof(x));
	period_format(&b->period, y, sizeof(y));
	if (ctx->format == FMT_TABLE && !ctx->quiet)
		printf("%s%s%s: %s -> %s, %s%s\n", other ? other->key : "",
		       other ? " -> " : "", s->key, x, y, kind_name(b->kind),
		       a->implied || b->implied ? " (implied points used)" : "");
	pair_table(ctx, s->info.sym, a, b, &c);
	report_explain(ctx, &o->r, s);
	if (other)
		report_explain(ctx, &o->r, other);
	return GS_EX_OK;
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
	*len = (size_t)(cal_months_between(pts[0].period.start,
					   pts[n - 1].period.start) /
			*step) + 1;
	*x = xmalloc(*len * sizeof(**x));
	for (i = 0; i < *len; i++)
		(*x)[i] = NAN;
	for (i = 0; i < n; i++) {
		int m = cal_months_between(pts[0].period.start,
					   pts[i].period.start);

		if (period_months(&pts[i].period) != *step || m % *step != 0)
			continue;
		(*x)[m / *step] = pts[i].p.v;
	}
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

static void xform_rows(const struct gs_ctx *ctx, const struct rp_series *s,
		       const struct rp_point *first_pt, const double *x,
		       const double *y, size_t len, int step,
		       enum gs_xform f)
{
	const char *head[] = { "period", "value", xform_name(f) };
	struct table *t = table_new(3, head);
	size_t i;

	table_align_right(t, 1);
	table_align_right(t, 2);
	for (i = 0; i < len; i++) {
		struct gs_period p = grid_period(&first_pt->period, i, step);
		char per[48], a[64], b[64];
		const char *cells[3];

		if (isnan(x[i]))
			continue;
		period_format(&p, per, sizeof(per));
		report_value(ctx, x[i], s->info.sym, a, sizeof(a));
		if (isnan(y[i]))
			b[0] = '\0';
		else if (ctx->format == FMT_TABLE)
			gs_snprintf(b, sizeof(b), "%.6g", y[i]);
		else
			fmt_num(y[i], b, sizeof(b));
		cells[0] = per;
		cells[1] = a;
		cells[2] = b;
		table_add(t, cells);
	}
	table_print(t, ctx->format, stdout);
	table_free(t);
}

static int transform(struct gs_ctx *ctx, const struct gopts *o,
		     const struct rp_series *s)
{
	struct rp_point *pts = NULL;
	enum gs_xform f;
	struct gs_err e;
	double *x = NULL, *y = NULL;
	size_t n, len = 0;
	int step = 0, rc = GS_EX_OK;

	gs_err_clear(&e);
	if (xform_from_name(o->xform, &f, &e))
		return cli_usage(ctx, NULL, "--transform: %s", e.msg);
	n = rp_select(s, rp_main_kind(s), NULL, NULL, &pts);
	if (n == 0)
		rc = cli_error(ctx, GS_EX_DATAERR, "%s: no levels or flows",
			       s->key);
	else if (grid(s, pts, n, &x, &len, &step, &e))
		rc = cli_report(ctx, &e);
	if (rc == GS_EX_OK) {
		y = xmalloc(len * sizeof(*y));
		if (growth_xform(f, x, len, 12 / step, y, &e))
			rc = cli_report(ctx, &e);
		else
			xform_rows(ctx, s, &pts[0], x, y, len, step, f);
	}
	free(x);
	free(y);
	free(pts);
	return rc;
}

static int load(struct gs_ctx *ctx, const struct gopts *o, const char *key,
		struct rp_series *s)
{
	struct gs_err e;

	gs_err_clear(&e);
	return rp_load(ctx->db, key, &o->r.rp, s, &e) ? cli_report(ctx, &e) : 0;
}

int cmd_growth(int argc, char **argv, struct gs_ctx *ctx)
{
	struct gopts o;
	struct rp_series s, other;
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
	if ((rc = cli_open_db(ctx, SERIES_READ)) != 0 ||
	    (rc = load(ctx, &o, argv[optind], &s)) != 0)
		return rc;
	if (n == 1) {
		rc = o.xform ? transform(ctx, &o, &s) : pair(ctx, &o, &s, NULL);
		rp_free(&s);
		return rc;
	}
	if ((rc = load(ctx, &o, argv[optind + 1], &other)) == 0) {
		if (strcmp(s.info.dim, other.info.dim) != 0)
			rc = cli_error(ctx, GS_EX_DATAERR, "%s is measured in "
				       "%s and %s in %s: a multiple of "
				       "different dimensions means nothing",
				       s.key, *s.info.dim ? s.info.dim : "plain numbers",
				       other.key, *other.info.dim ?
				       other.info.dim : "plain numbers");
		else
			rc = pair(ctx, &o, &s, &other);
		rp_free(&other);
	}
	rp_free(&s);
	return rc;
}
