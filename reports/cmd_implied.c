/*
** cmd_implied.c: `growthstat implied`: what stated multiples and percent
** changes imply, with the observations each derived figure came from.
*/
#include <math.h>
#include <string.h>

#include "../commands.h"
#include "cmd_analysis.h"
#include "cmd_keys.h"
#include "impliednote.h"

static const char usage[] =
	"usage: growthstat implied [KEY...]\n"
	"\n"
	"For every stated multiple or percent change (of the series given, or\n"
	"of all), the figure it implies: the level at the other end when one\n"
	"end is stated (154 bn in 2024 at 2.8-fold since 2020 imply 55 bn in\n"
	"2020), and the CAGR over its years. Qualifiers carry through as\n"
	"bounds (\"over 3,000\" at the start makes a multiple an upper bound),\n"
	"and the CAGR's with them (cagr_low, cagr_high: \"almost 3x\" over 15\n"
	"years is 7.232 to 7.599 %). In csv and json every row also names the\n"
	"unit of the implied level and of the stated figure (× or %).\n"
	"A row that implies nothing says why in its note: a claim about a\n"
	"period after it was stated, both ends reported (check compares\n"
	"them), or an end known only as implied: implied figures do not chain\n"
	"(2010 reported, 2.8-fold since 2010 implies 2024; 'up 10 % on 2024'\n"
	"then implies nothing).\n"
	"A KEY may be a glob, as in series: 'kaluga.*' is every series it\n"
	"matches.\n"
	"\n"
	REPORT_USAGE
	"\n"
	"Exit: 0 ok; 2 usage; 65 unknown series, or a glob that matches none.\n";

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

/* A CAGR cell: "7.599 %" for people, the raw percent for scripts. */
static void cagr_cell(const struct gs_ctx *ctx, double g, char *buf, size_t n)
{
	if (isnan(g))
		buf[0] = '\0';
	else if (ctx->format == FMT_TABLE)
		gs_snprintf(buf, n, "%.3f %%", 100 * g);
	else
		fmt_num(100 * g, buf, n);
}

/* The implied level's cells: where, value, bounds, observations. */
static void implied_cells(const struct gs_ctx *ctx, const struct rp_series *s,
			  const struct rp_point *p, char cells[5][64])
{
	bool exact = p->p.lo == p->p.hi;

	period_format(&p->period, cells[0], 64);
	report_value_of(ctx, &s->info, p->p.v, 0, cells[1], 64);
	report_value_of(ctx, &s->info, exact ? NAN : p->p.lo, -1, cells[2], 64);
	report_value_of(ctx, &s->info, exact ? NAN : p->p.hi, 1, cells[3], 64);
	report_refs(p, cells[4], 64);
}

static void add(const struct gs_ctx *ctx, struct table *t,
		const struct rp_series *s, size_t rel, double tol)
{
	const struct gs_obs *o = &s->obs.v[rel];
	const struct rp_point *p = rp_implied_by(s, rel);
	struct gs_est g = rp_rel_cagr(o, tol);
	bool exact = g.lo == g.hi;
	char st[64], base[48], per[48], imp[5][64], cg[3][32], note[160];
	const char *cells[15];
	int i;

	report_value(ctx, o->value, rp_symbol(s, o), st, sizeof(st));
	period_format(&o->base, base, sizeof(base));
	period_format(&o->period, per, sizeof(per));
	memset(imp, 0, sizeof(imp));
	gs_snprintf(imp[4], sizeof(imp[4]), "#%zu", rel + 1);
	if (p)
		implied_cells(ctx, s, p, imp);
	cagr_cell(ctx, g.v, cg[0], sizeof(cg[0]));
	cagr_cell(ctx, exact ? NAN : g.lo, cg[1], sizeof(cg[1]));
	cagr_cell(ctx, exact ? NAN : g.hi, cg[2], sizeof(cg[2]));
	cells[0] = s->key;
	cells[1] = st;
	cells[2] = base;
	cells[3] = per;
	for (i = 0; i < 4; i++)
		cells[4 + i] = imp[i];
	for (i = 0; i < 3; i++)
		cells[8 + i] = cg[i];
	cells[11] = imp[4];
	cells[12] = s->info.sym;
	cells[13] = rp_symbol(s, o);
	implied_note(s, rel, note, sizeof(note));
	cells[14] = note;
	/* people's table: the note after the observations */
	if (ctx->format == FMT_TABLE)
		cells[12] = note;
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
		"cagr_low", "cagr_high", "observations", "unit",
		"stated_unit", "note" };
	static const char *const human[] = { "series", "stated", "base",
		"period", "implied_at", "implied", "low", "high", "cagr",
		"cagr_low", "cagr_high", "observations", "note" };
	static const struct cli_spec spec = { usage, longopts, option, 0, -1,
		NULL, NULL };
	struct report_opts o;
	struct implied im;
	struct key_args k;
	struct table *t;
	int i, rc;

	if ((rc = report_init(ctx, &o)) != 0)
		return rc;
	if ((rc = report_setup(argc, argv, ctx, &spec, &o, &o)) != 0)
		return rc < 0 ? GS_EX_OK : rc;
	if ((rc = cmd_keys_list(ctx, ctx->args, (size_t)ctx->nargs, 0,
				&k)) != 0)
		return rc;
	t = ctx->format == FMT_TABLE ? table_new(GS_ARRAY_LEN(human), human) :
	    table_new(GS_ARRAY_LEN(head), head);
	for (i = 5; i < 11; i++)
		table_align_right(t, (size_t)i);
	table_align_right(t, 1);
	im.o = &o;
	im.t = t;
	rc = report_each(ctx, &o.rp, NULL, OBSQ_LATEST, (int)k.n, k.v, one,
			 &im);
	if (rc == GS_EX_OK)
		table_print(t, ctx->format, stdout);
	table_free(t);
	key_args_free(&k);
	return rc;
}
