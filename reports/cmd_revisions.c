/*
** cmd_revisions.c: `growthstat revisions KEY`: for every figure of a
** series, its first release, each revision with its date and source, the
** size of each revision, and the latest release (revisions.c).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../commands.h"
#include "cmd_keys.h"
#include "celltext.h"
#include "revisions.h"

static const char usage[] =
	"usage: growthstat revisions KEY [--as-of DATE]\n"
	"                            [--format table|csv|json] [--db PATH]\n"
	"\n"
	"The release history of every figure (kind, period, base) of series\n"
	"KEY, as ALFRED shows it: the first release, each revision with its\n"
	"as_of date and source, the revision's size against the release\n"
	"before it (revision, revision_pct) and against the first release\n"
	"(since_first, since_first_pct), and which release is the latest.\n"
	"--as-of DATE shows the history as it was known on DATE. Releases\n"
	"retracted by then (growthstat retract) are left out. A KEY may be\n"
	"a glob (a table per series; csv and json hold one series).\n"
	"\n"
	"Exit: 0 ok; 2 usage; 65 unknown series or a glob that matches none.\n";

static const struct option longopts[] = {
	CLI_AS_OF_LONGOPT,
	CLI_COMMON_LONGOPTS
};

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	(void)arg;
	(void)c;
	(void)val;
	return cli_usage(ctx, usage, "bad option");
}

/* A number cell: with scale words for people, raw for scripts, "" for
 * NAN. */
static void num(const struct gs_ctx *ctx, double v, const char *sym,
		char *buf, size_t n)
{
	buf[0] = '\0';
	if (isnan(v))
		return;
	if (ctx->format == FMT_TABLE)
		fmt_human(v, sym, buf, n);
	else
		fmt_num(v, buf, n);
}

static void add_row(const struct gs_ctx *ctx, struct table *t,
		    const struct gs_obs *o, const struct rev_row *r,
		    const char *key, const char *sym)
{
	char per[48], base[48], rel[32], asof[16], v[64], c[64], cp[64],
	     tot[64], tp[64];
	const char *s = report_symbol(o, sym);
	const char *cells[15] = { per, kind_name(o->kind), base, rel, asof,
		o->source, qual_name(o->qual), v, c, cp, tot, tp,
		r->latest ? "latest" : "", key, s };

	period_format(&o->period, per, sizeof(per));
	period_format(&o->base, base, sizeof(base));
	if (r->release == 1)
		gs_snprintf(rel, sizeof(rel), "first");
	else
		gs_snprintf(rel, sizeof(rel), "revision %d", r->release - 1);
	date_format(o->as_of, asof, sizeof(asof));
	num(ctx, o->value, s, v, sizeof(v));
	num(ctx, r->change, s, c, sizeof(c));
	num(ctx, r->change_pct, "%", cp, sizeof(cp));
	num(ctx, r->total, s, tot, sizeof(tot));
	num(ctx, r->total_pct, "%", tp, sizeof(tp));
	table_add(t, cells);
}

static int one(struct gs_ctx *ctx, void *opts, const char *key)
{
	static const char *const head[] = { "period", "kind", "base",
		"release", "as_of", "source", "qualifier", "value", "revision",
		"revision_pct", "since_first", "since_first_pct", "latest",
		"series", "unit" };
	const int32_t *as_of = opts;
	struct series_info info;
	struct obs_list l;
	struct rev_row *r = NULL;
	struct table *t;
	struct gs_err e;
	size_t i, n, col;

	gs_err_clear(&e);
	if (series_get(ctx->db, key, &info, &e))
		return cli_report(ctx, &e);
	if (series_observations(ctx->db, key, *as_of, OBSQ_ALL_VINTAGES, &l,
				&e)) {
		series_info_free(&info);
		return cli_report(ctx, &e);
	}
	/* a retracted release is no release, as in every other read */
	obs_list_drop_retracted(&l, *as_of);
	n = rev_build(&l, &r);
	t = table_new(GS_ARRAY_LEN(head) - 2 * (ctx->format == FMT_TABLE),
		      head);
	for (col = 7; col <= 11; col++)
		table_align_right(t, col);
	for (i = 0; i < n; i++)
		add_row(ctx, t, &l.v[i], &r[i], key, info.sym);
	table_print(t, ctx->format, stdout);
	table_free(t);
	free(r);
	obs_list_free(&l);
	series_info_free(&info);
	return GS_EX_OK;
}

int cmd_revisions(int argc, char **argv, struct gs_ctx *ctx)
{
	static const struct cli_spec spec = { usage, longopts, option, 1, 1,
		"give one series KEY", NULL };
	int rc;

	if ((rc = cli_setup(argc, argv, ctx, &spec, NULL)) != 0)
		return rc < 0 ? GS_EX_OK : rc;
	return cmd_keys_each(ctx, ctx->args[0], one, &ctx->as_of);
}
