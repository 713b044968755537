/*
** cmd_check.c: `growthstat check`: targets against trends and published
** claims against the figures they relate (check.h has the rules), and
** threshold questions for scripts (cmd_check_ask.c). Exit 1 only when a
** check fails (behind, inconsistent; a question answered no or
** uncertain): uncertain and n/a verdicts of a listing do not fail it.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../commands.h"
#include "cmd_check_out.h"
#include "cmd_deflate.h"
#include "cmd_keys.h"
#include "verdicts.h"

static const char usage[] =
	"usage: growthstat check [KEY...] [--method M] [--tolerance F]\n"
	"                        [--pp-tolerance PP] [--failed]\n"
	"       growthstat check KEY --reach VALUE --by PERIOD [--method M]\n"
	"       growthstat check KEY --at-least VALUE\n"
	"\n"
	"Without a question, judges every target of the series (all series when\n"
	"no KEY is given) against its trend: the latest figure, the CAGR the\n"
	"target requires, the trend's growth, the projection at the target date,\n"
	"the gap, the year the trend reaches it, and a verdict:\n"
	"  ahead       the latest figure is at the target, or the projection\n"
	"              is above it by more than the tolerance\n"
	"  on track    the projection is within the tolerance either side\n"
	"  behind      the projection is below it by more than the tolerance\n"
	"  uncertain   the trend rests on fewer than 3 reported (not implied)\n"
	"              figures, or the ends of the projection's interval get\n"
	"              different verdicts; the note says which\n"
	"  n/a         no figure, or a trend that cannot be read at that date\n"
	"A target whose date has passed is judged by the figures, not a trend:\n"
	"by the figure for its date when there is one (as above); else, once a\n"
	"figure ends after the date, ahead if one by the date reached it,\n"
	"  reached late  first reached by a figure after its date\n"
	"  missed        no figure has reached it since\n"
	"and with no figure after the date but a release of the series after\n"
	"it, no figure yet (the trend's verdict in the note).\n"
	"Then every stated multiple or percent change whose two ends the data\n"
	"states is checked against them: consistent or inconsistent. Multiples\n"
	"are judged with the relative tolerance, percent changes on the\n"
	"percentage change with --pp-tolerance percentage points. A claim is\n"
	"judged against its ends as they stood when it was made (its as_of);\n"
	"the note says when an end has been revised since. Where the ends give\n"
	"an interval, actual says it: 'at most 1.821×', 'at least 50 %'.\n"
	"In text, targets and claims are two tables, each under its heading\n"
	"(-q leaves out the heading of a table printed alone); a section with\n"
	"no rows is left out.\n"
	"--reach asks whether the series reaches VALUE by PERIOD: from the\n"
	"figure reported for PERIOD when there is one, else from the\n"
	"projection; --at-least whether the latest figure is at least VALUE:\n"
	"yes, no or uncertain (an interval across VALUE, or a trend of fewer\n"
	"than 3 reported figures).\n"
	"VALUE is a number in the series' base unit or a number and unit:\n"
	"'230 billion rubles'.\n"
	"A KEY may be a glob, as in series: 'kaluga.*' is every series it\n"
	"matches (a question needs a glob that matches one).\n"
	"\n"
	"  --method M              trend method: cagr (default), linear, loglinear\n"
	"  --from PERIOD           first period of the trend window\n"
	"  --tolerance F           relative tolerance, default 0.05 (5 %)\n"
	"  --pp-tolerance PP       tolerance of percent claims in percentage\n"
	"                          points, default 1\n"
	"  --failed                list only the checks that fail\n"
	DEFLATE_USAGE
	REPORT_USAGE
	"\n"
	"CSV is one table whose first column, section, says target or claim;\n"
	"JSON is {\"targets\": [...], \"claims\": [...]}, numbers as numbers,\n"
	"an infinite bound as null with NAME_infinite: true.\n"
	"\n"
	"Exit: 0 every check passes (ahead, on track, consistent, uncertain, n/a;\n"
	"reached late, no figure yet; a question answered yes); 1 a check\n"
	"failed (behind or missed target, inconsistent claim; a question\n"
	"answered no or uncertain); 2 usage;\n"
	"65 unknown series (or a glob that matches none), a projection\n"
	"refused (too few points, a part-year flow from one stated change), a\n"
	"value in another unit, or nothing to check in the KEYs named (the\n"
	"whole database with no target or claim yet is 0). With --failed\n"
	"and nothing failing only the count is printed, with -q nothing.\n";

enum { OPT_METHOD = OPT_R_FIRST_FREE, OPT_FROM, OPT_TOL, OPT_REACH, OPT_BY,
       OPT_ATLEAST, OPT_FAILED, OPT_PP };

static const struct option longopts[] = {
	{ "method", required_argument, NULL, OPT_METHOD },
	{ "from", required_argument, NULL, OPT_FROM },
	{ "tolerance", required_argument, NULL, OPT_TOL },
	{ "reach", required_argument, NULL, OPT_REACH },
	{ "by", required_argument, NULL, OPT_BY },
	{ "at-least", required_argument, NULL, OPT_ATLEAST },
	{ "failed", no_argument, NULL, OPT_FAILED },
	{ "pp-tolerance", required_argument, NULL, OPT_PP },
	DEFLATE_LONGOPT,
	REPORT_LONGOPTS,
	CLI_COMMON_LONGOPTS
};

struct copts {
	struct report_opts r;
	struct proj_opts p;
	double tol, pp;
	const char *reach, *at_least;
	bool failed_only;
	struct gs_period by;
	const char *deflate;   /* --deflate INDEX */
	struct df_index ix;
};

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	struct copts *o = arg;
	int k;

	if ((k = report_option(ctx, &o->r, c, val)) != 0)
		return k == 1 ? 0 : k;
	switch (c) {
	case OPT_METHOD: return report_method(ctx, val, &o->p.method);
	case OPT_FROM: return report_period(ctx, "--from", val, &o->p.from);
	case OPT_BY: return report_period(ctx, "--by", val, &o->by);
	case OPT_REACH: o->reach = val; return 0;
	case OPT_ATLEAST: o->at_least = val; return 0;
	case OPT_FAILED: o->failed_only = true; return 0;
	case OPT_RS_DEFLATE: o->deflate = val; return 0;
	case OPT_TOL:
		if (cli_number(ctx, "--tolerance", val, &o->tol))
			return GS_EX_USAGE;
		if (!(o->tol >= 0 && o->tol < 1))
			return cli_usage(ctx, NULL, "--tolerance: a fraction "
					 "from 0 to 1, not '%s'", val);
		return 0;
	case OPT_PP:
		if (cli_number(ctx, "--pp-tolerance", val, &o->pp))
			return GS_EX_USAGE;
		if (!(o->pp >= 0 && o->pp < 100))
			return cli_usage(ctx, NULL, "--pp-tolerance: percentage "
					 "points from 0 to 100, not '%s'", val);
		return 0;
	}
	return cli_usage(ctx, usage, "bad option");
}

struct run {
	const struct copts *o;
	struct check_out *out;
	long failed, checked;
};

/* One series: judged as report judges it (verdicts.c), then shown. */
static int one_series(struct gs_ctx *ctx, struct rp_series *s, void *arg)
{
	struct run *r = arg;
	const struct copts *o = r->o;
	struct claim_tol tol = { o->tol, o->pp, o->r.rp.approx_tol };
	struct verdicts v;
	struct gs_period base;
	struct gs_err e;
	char title[256];
	size_t i, shown = 0;

	gs_err_clear(&e);
	if (o->deflate && df_apply(ctx, &o->ix, s, &base, &e))
		return cli_report(ctx, &e);
	verdicts_judge(s, &o->p, o->tol, &tol, &v);
	for (i = 0; i < v.ntv; i++)
		if (!o->failed_only || verdict_failed(v.tv[i].verdict)) {
			check_out_target(r->out, s, &v.tv[i],
					 v.have_pj ? &v.pj : NULL);
			shown++;
		}
	for (i = 0; i < v.ncv; i++)
		if (!o->failed_only || verdict_failed(v.cv[i].verdict)) {
			check_out_claim(r->out, s, &v.cv[i]);
			shown++;
		}
	/* the prices a series' rows are in, for a series with rows shown:
	 * a title with nothing of its own in the tables says nothing */
	if (o->deflate && shown && ctx->format == FMT_TABLE && !ctx->quiet)
		printf("%s\n", df_title(s, &base, o->deflate, title,
					sizeof(title)));
	r->checked += (long)(v.ntv + v.ncv);
	for (i = 0; i < v.ntv; i++)
		r->failed += verdict_failed(v.tv[i].verdict);
	for (i = 0; i < v.ncv; i++)
		r->failed += verdict_failed(v.cv[i].verdict);
	verdicts_free(&v);
	report_explain(ctx, &o->r, s);
	return GS_EX_OK;
}

static int listing(struct gs_ctx *ctx, struct copts *o, int n,
		   char **keys)
{
	struct run r = { 0 };
	int rc;

	r.o = o;
	if ((rc = df_index_load(ctx, &o->r.rp, o->deflate, &o->ix)) != 0)
		return rc;
	r.out = check_out_new(ctx);
	rc = report_each(ctx, &o->r.rp, NULL, OBSQ_LATEST, n, keys,
			 one_series, &r);
	if (rc == GS_EX_OK && r.checked == 0 && n > 0)
		rc = cli_error(ctx, GS_EX_DATAERR, "nothing to check: no "
			       "targets, and no claims whose two ends are "
			       "stated");
	if (rc == GS_EX_OK) {
		check_out_print(r.out, r.checked, r.failed);
		rc = r.failed ? GS_EX_FAIL : GS_EX_OK;
	}
	check_out_free(r.out);
	df_index_free(&o->ix);
	return rc;
}

static int ask(struct gs_ctx *ctx, struct copts *o, const char *key)
{
	struct check_question q = { key, o->reach, o->at_least, o->by, &o->p,
				    &o->r.rp };

	return check_ask(ctx, &q);
}

/* A question (--reach, --at-least) is about one KEY. */
static int check_line(struct gs_ctx *ctx, void *arg)
{
	const struct copts *o = arg;

	if (o->reach && o->by.start == 0)
		return cli_usage(ctx, usage, "--reach needs --by PERIOD");
	if (o->reach && o->at_least)
		return cli_usage(ctx, usage, "ask --reach or --at-least, "
				 "not both");
	if ((o->reach || o->at_least) && ctx->nargs != 1)
		return cli_usage(ctx, usage, "a question is about one KEY");
	if ((o->reach || o->at_least) && o->deflate)
		return cli_usage(ctx, usage, "--deflate goes with the listing, "
				 "not with a question");
	return 0;
}

/* KEY arguments may be globs, as in `series GLOB` (keyglob.h). */
int cmd_check(int argc, char **argv, struct gs_ctx *ctx)
{
	static const struct cli_spec spec = { usage, longopts, option, 0, -1,
		NULL, check_line };
	struct copts o;
	struct key_args k;
	int rc;

	memset(&o, 0, sizeof(o));
	if ((rc = report_init(ctx, &o.r)) != 0)
		return rc;
	o.tol = GS_CHECK_TOL_DEFAULT;
	o.pp = GS_CHECK_PP_DEFAULT;
	o.p.level = 0.95;
	if ((rc = report_setup(argc, argv, ctx, &spec, &o, &o.r)) != 0)
		return rc < 0 ? GS_EX_OK : rc;
	if (o.reach || o.at_least)
		rc = cmd_keys(ctx, ctx->args[0], false, &k);
	else
		rc = cmd_keys_list(ctx, ctx->args, (size_t)ctx->nargs, 0, &k);
	if (rc != 0)
		return rc;
	if (o.reach || o.at_least)
		rc = ask(ctx, &o, k.v[0]);
	else
		rc = listing(ctx, &o, (int)k.n, k.v);
	key_args_free(&k);
	return rc;
}
