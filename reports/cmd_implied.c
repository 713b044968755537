/*
** cmd_implied.c: `growthstat implied`: what stated multiples and percent
** changes imply, with the observations each derived figure came from.
*/
#include <math.h>
#include <string.h>

#include "../commands.h"
#include "cmd_report.h"

static const char usage[] =
	"usage: growthstat implied [KEY...]\n"
	"\n"
	"For every stated multiple or percent change (of the series given, or\n"
	"of all), the figure it implies: the level at the other end when one\n"
	"end is stated (154 bn in 2024 at 2.8-fold since 2020 imply 55 bn in\n"
	"2020), and the CAGR over its years. Qualifiers carry through as\n"
	"bounds (\"over 3,000\" at the start makes a multiple an upper bound).\n"
	"\n"
	REPORT_USAGE
	"\n"
	"Exit: 0 ok; 2 usage; 65 unknown series.\n";

static const struct option longopts[] = {
	REPORT_LONGOPTS,
	CLI_COMMON_LONGOPTS
};

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	int k = report_option(ctx, arg, c, val);

	if (k == 0)
		return cli_usage(ctx, usage, "bad option");
	return k == 1 ? 0 : k;
}

static const struct rp_point *implied_by(const struct rp_series *s, size_t rel)
{
	size_t i;

	for (i = 0; i < s->npts; i++)
		if (s->pts[i].implied && s->pts[i].src[0] == rel)
			return &s->pts[i];
	return NULL;
}

/* The CAGR a relation states, whatever its ends: m^(1/years) - 1. */
static struct gs_est rel_cagr(const struct gs_obs *o, double tol)
{
	struct gs_est m = growth_est(o->value, o->qual, tol), r;
	struct gs_point a, b;
	struct gs_change c;
	struct gs_err e;

	if (o->kind == GS_KIND_PERCENT)
		m = growth_pct_to_mult(&m);
	a = (struct gs_point){ period_time(&o->base), 1, 1, 1 };
	b = (struct gs_point){ period_time(&o->period), m.v, m.lo, m.hi };
	gs_err_clear(&e);
	growth_change(&a, &b, &c, &e);
	r = c.cagr;
	return r;
}

static void add(const struct gs_ctx *ctx, struct table *t,
		const struct rp_series *s, size_t rel, double tol)
{
	const struct gs_obs *o = &s->obs.v[rel];
	const struct rp_point *p = implied_by(s, rel);
	struct gs_est g = rel_cagr(o, tol);
	char st[64], base[48], per[48], at[48], v[64], lo[64], hi[64],
	     cg[32], refs[64];
	const char *cells[10];
	bool exact;

	report_value(ctx, o->value, rp_symbol(s, o), st, sizeof(st));
	period_format(&o->base, base, sizeof(base));
	period_format(&o->period, per, sizeof(per));
	at[0] = v[0] = lo[0] = hi[0] = '\0';
	gs_snprintf(refs, sizeof(refs), "#%zu", rel + 1);
	if (p) {
		exact = p->p.lo == p->p.hi;
		period_format(&p->period, at, sizeof(at));
		report_value(ctx, p->p.v, s->info.sym, v, sizeof(v));
		report_bound(ctx, exact ? NAN : p->p.lo, s->info.sym, lo,
			     sizeof(lo));
		report_bound(ctx, exact ? NAN : p->p.hi, s->info.sym, hi,
			     sizeof(hi));
		report_refs(p, refs, sizeof(refs));
	}
	if (isnan(g.v))
		cg[0] = '\0';
	else if (ctx->format == FMT_TABLE)
		gs_snprintf(cg, sizeof(cg), "%.3f %%", 100 * g.v);
	else
		fmt_num(100 * g.v, cg, sizeof(cg));
	cells[0] = s->key;
	cells[1] = st;
	cells[2] = base;
	cells[3] = per;
	cells[4] = at;
	cells[5] = v;
	cells[6] = lo;
	cells[7] = hi;
	cells[8] = cg;
	cells[9] = refs;
	table_add(t, cells);
}

struct implied {
	const struct report_opts *o;
	struct table *t;
};

static int one(struct gs_ctx *ctx, struct rp_series *s, void *arg)
{
	const struct implied *im = arg;
	size_t i;

	for (i = 0; i < s->nrels; i++)
		add(ctx, im->t, s, s->rels[i], im->o->rp.approx_tol);
	if (s->nrels)
		report_explain(ctx, im->o, s);
	return GS_EX_OK;
}

int cmd_implied(int argc, char **argv, struct gs_ctx *ctx)
{
	static const char *const head[] = { "series", "stated", "base",
		"period", "implied_at", "implied", "low", "high", "cagr",
		"observations" };
	struct report_opts o;
	struct implied im;
	struct table *t;
	int i, rc;

	if ((rc = report_init(ctx, &o)) != 0)
		return rc;
	if ((rc = cli_parse(argc, argv, ctx, longopts, usage, option, &o)))
		return rc < 0 ? GS_EX_OK : rc;
	if ((rc = cli_open_db(ctx, SERIES_READ)) != 0)
		return rc;
	t = table_new(GS_ARRAY_LEN(head), head);
	for (i = 5; i < 9; i++)
		table_align_right(t, (size_t)i);
	table_align_right(t, 1);
	im.o = &o;
	im.t = t;
	rc = report_each(ctx, &o.rp, NULL, OBSQ_LATEST, argc - optind,
			 argv + optind, one, &im);
	if (rc == GS_EX_OK)
		table_print(t, ctx->format, stdout);
	table_free(t);
	return rc;
}
