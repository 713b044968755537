/*
** cmd_show.c: `growthstat show KEY`: the figures of one series, the latest
** vintage of each by default, or what was known at --as-of.
*/
#include <string.h>

#include "../commands.h"
#include "../series/obs.h"
#include "celltext.h"
#include "cmd_analysis.h"
#include "cmd_resample.h"
#include "cmd_ytd.h"

static const char usage[] =
	"usage: growthstat show KEY [--as-of DATE] [--all-vintages | --ytd\n"
	"                       | --frequency F [--aggregation A]] [--format F]\n"
	"\n"
	"Shows the figures of series KEY: for each figure (kind, period and\n"
	"base) the latest vintage, or the one known at --as-of DATE.\n"
	"--all-vintages shows every row, revisions included, and in table and\n"
	"json a last column, retracted: the date from which a retraction\n"
	"(growthstat retract) leaves the row out. Tables show values\n"
	"with scale words (154.0 bn RUB), counts derived by --frequency or\n"
	"--ytd in whole units (about 101 jobs); csv and json give raw\n"
	"base-unit values and a last column, series: the canonical CSV\n"
	"columns, so that the output of show --format csv ingests as it is,\n"
	"into another database too. --frequency and --ytd show one vintage,\n"
	"and one of them at a time.\n"
	"\n"
	"  --as-of DATE            what was known at DATE (default: now)\n"
	"  --all-vintages          every row, not only the latest vintage\n"
	RESAMPLE_USAGE
	"  --ytd                   single months or quarters from year-to-date\n"
	"                          flows (Jan-Aug minus Jan-Jul), and each against\n"
	"                          the same months a year earlier\n"
	"  --format table|csv|json tables for people (default) or raw values\n"
	"  --db PATH               the database\n";

enum { OPT_ALL = OPT_COMMON_LAST, OPT_YTD };

static const struct option longopts[] = {
	CLI_AS_OF_LONGOPT,
	{ "all-vintages", no_argument, NULL, OPT_ALL },
	RESAMPLE_LONGOPTS,
	{ "ytd", no_argument, NULL, OPT_YTD },
	CLI_COMMON_LONGOPTS
};

struct show_opts {
	int flags;
	struct rs_opts rs;
	bool ytd;
};

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	struct show_opts *o = arg;
	int k;

	if ((k = rs_option(ctx, &o->rs, c, val)) != 0)
		return k == 1 ? 0 : k;
	if (c == OPT_YTD) {
		o->ytd = true;
		return 0;
	}
	if (c == OPT_ALL) {
		o->flags = OBSQ_ALL_VINTAGES;
		return 0;
	}
	return cli_usage(ctx, usage, "bad option");
}

/* --ytd and --frequency each derive from one vintage, one at a time:
 * an option the chosen view would not use is refused, not ignored. */
static int show_line(struct gs_ctx *ctx, void *arg)
{
	const struct show_opts *o = arg;
	bool rs = o->rs.f || o->rs.a;

	if (o->ytd && rs)
		return cli_usage(ctx, usage, "--ytd goes without --frequency "
				 "and --aggregation: give one of the two");
	if (o->ytd && o->flags)
		return cli_usage(ctx, usage, "--ytd shows one vintage");
	if (rs && o->flags)
		return cli_usage(ctx, usage, "--frequency shows one vintage");
	return 0;
}

/* The symbol of o's value (celltext.h). */
static const char *symbol(const struct gs_obs *o)
{
	return report_symbol(o, o->unit.sym);
}

static void add_row(const struct gs_ctx *ctx, struct table *t,
		    const struct gs_obs *o, const char *key)
{
	char period[48], base[48], value[64], as_of[16], gone[16] = "";
	const char *cells[11];

	period_format(&o->period, period, sizeof(period));
	period_format(&o->base, base, sizeof(base));
	report_value(ctx, o->value, symbol(o), value, sizeof(value));
	date_format(o->as_of, as_of, sizeof(as_of));
	cells[0] = period;
	cells[1] = kind_name(o->kind);
	cells[2] = qual_name(o->qual);
	cells[3] = value;
	cells[4] = ctx->format == FMT_TABLE ? o->unit_text : symbol(o);
	cells[5] = base;
	cells[6] = as_of;
	cells[7] = o->source;
	cells[8] = o->note;
	cells[9] = key;
	if (obs_retracted(o, ctx->as_of))
		date_format(o->retracted, gone, sizeof(gone));
	/* the table has no series column: the mark takes its place */
	cells[ctx->format == FMT_TABLE ? 9 : 10] = gone;
	table_add(t, cells);
}

/* The columns shown: the series only for scripts, the retraction mark
 * only with --all-vintages and not in CSV. */
static size_t columns(const struct gs_ctx *ctx, int flags)
{
	return 9 + (ctx->format != FMT_TABLE) +
	       (flags == OBSQ_ALL_VINTAGES && ctx->format != FMT_CSV);
}

int cmd_show(int argc, char **argv, struct gs_ctx *ctx)
{
	static const char *const head[] = { "period", "kind", "qualifier",
		"value", "unit", "base", "as_of", "source", "note", "series",
		"retracted" };
	static const char *const table_head[] = { "period", "kind",
		"qualifier", "value", "unit", "base", "as_of", "source",
		"note", "retracted" };
	static const struct cli_spec spec = { usage, longopts, option, 1, 1,
		"give one series KEY", show_line };
	struct show_opts so = { OBSQ_LATEST, { 0, 0 }, false };
	struct obs_list l;
	struct table *t;
	struct gs_err e;
	size_t i;
	int rc;

	if ((rc = cli_setup(argc, argv, ctx, &spec, &so)) != 0)
		return rc < 0 ? GS_EX_OK : rc;
	if (so.ytd)
		return ytd_show(ctx, ctx->args[0], ctx->as_of);
	if (so.rs.f || so.rs.a)
		return rs_show(ctx, ctx->args[0], ctx->as_of, &so.rs);
	gs_err_clear(&e);
	if (series_observations(ctx->db, ctx->args[0], ctx->as_of, so.flags,
				&l, &e))
		return cli_report(ctx, &e);
	/* The key is the same on every row: people see it in the command.
	 * Retractions are marked beside every vintage, but not in CSV,
	 * which keeps the columns ingest reads. */
	t = table_new(columns(ctx, so.flags),
		      ctx->format == FMT_TABLE ? table_head : head);
	table_align_right(t, 3);
	for (i = 0; i < l.n; i++)
		add_row(ctx, t, &l.v[i], ctx->args[0]);
	table_print(t, ctx->format, stdout);
	table_free(t);
	obs_list_free(&l);
	return GS_EX_OK;
}
