/*
** cmd_report.c: `growthstat report [GLOB...] -o FILE.html`: the
** analyst's deliverable, one self-contained page (HTML, or Markdown with
** --format md) about any database: header, verdict summary, and per
** series group its charts, figures, growth, targets and claims. This file
** parses the options and prints; the page is the library's (report/:
** data.c reads and judges, page.c and what it calls write, file.c puts
** the page in place under an exclusive temporary name). The page may not
** be the database.
*/
#include "../common.h" /* first: cli.h includes <getopt.h> before it */

#include <string.h>

#include "../commands.h"
#include "cmd_analysis.h"
#include "report/page.h"
#include "chart/plot_path.h"

static const char usage[] =
	"usage: growthstat report [GLOB...] -o FILE.html [--format html|md]\n"
	"                         [--title TEXT] [--as-of DATE] [--method M]\n"
	"\n"
	"Writes one self-contained page about the series matching the GLOBs\n"
	"(all when none): when, which database and how many series, figures\n"
	"and sources; the verdicts of every target and claim (as `check`\n"
	"gives them at its default tolerances: 5 %, 1 percentage point for\n"
	"percent claims) with what fails; then per series group (the key\n"
	"without its last component) a chart per unit of the series with two\n"
	"or more figures or a target, and each series' figures (numbered #n),\n"
	"growth and CAGR, targets with the CAGR they require and the projection\n"
	"at their date, and claims, each naming the figures it rests on.\n"

	"HTML carries its CSS and its charts (SVG, as data: URIs) inline and\n"
	"needs no script; Markdown leaves the charts out.\n"
	"\n"
	"  -o, --output FILE       the page, replacing only a page report wrote\n"
	"                          (an empty file or a link too; else 73);\n"
	"                          - writes it to standard output\n"
	"      --format html|md    default html, or md for -o *.md\n"
	"      --title TEXT        the page title (default \"growthstat report\")\n"
	"      --as-of DATE        " CLI_AS_OF_HELP "\n"
	"      --method M          trend method: cagr (default), linear, loglinear\n"
	"      --approx-tolerance F  width of \"about\"/\"almost\" as a fraction\n"
	"                          (default 0.05, or $GROWTHSTAT_APPROX_TOLERANCE)\n"
	"      --db PATH           the database\n"
	"\n"
	"Exit: 0 written; 2 usage; 65 a GLOB that matches no series (nothing\n"
	"written); 69 written, but gnuplot missing or failed\n"
	"(charts left out, said on the page); 73 cannot create the page;\n"
	"74 database or write error. Set SOURCE_DATE_EPOCH to fix the\n"
	"generation time.\n";

enum { OPT_FMT = OPT_R_FIRST_FREE, OPT_TITLE, OPT_METHOD };

/* "format" before the common options: this command's formats win. */
static const struct option longopts[] = {
	{ "format", required_argument, NULL, OPT_FMT },
	{ "output", required_argument, NULL, 'o' },
	{ "title", required_argument, NULL, OPT_TITLE },
	{ "method", required_argument, NULL, OPT_METHOD },
	CLI_AS_OF_LONGOPT,
	{ "approx-tolerance", required_argument, NULL, OPT_R_APPROX },
	CLI_COMMON_LONGOPTS
};

struct ropts {
	struct report_opts r;
	struct proj_opts p;
	const char *output, *title, *format;
};

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	struct ropts *o = arg;
	int k;

	if ((k = report_option(ctx, &o->r, c, val)) != 0)
		return k == 1 ? 0 : k;
	switch (c) {
	case 'o': o->output = val; return 0;
	case OPT_TITLE: o->title = val; return 0;
	case OPT_METHOD: return report_method(ctx, val, &o->p.method);
	case OPT_FMT:
		if (strcmp(val, "html") != 0 && strcmp(val, "md") != 0)
			return cli_usage(ctx, NULL, "--format takes html or "
					 "md, not '%s'", val);
		o->format = val;
		return 0;
	}
	return cli_usage(ctx, usage, "bad option");
}

/* A chart not drawn: the page says so, and so does stderr. */
static void warn(void *arg, const struct gs_err *e)
{
	cli_report(arg, e);
}

static int write_page(struct gs_ctx *ctx, const struct ropts *o,
		      const struct rd_report *r)
{
	struct rpage pg;
	struct gs_err e;

	gs_err_clear(&e);
	rpage_init(&pg, r, rpage_format(o->format, o->output), o->title,
		   cli_db_shown(ctx));
	pg.warn = warn;
	pg.warn_arg = ctx;
	if (rpage_file(&pg, o->output, &e))
		return cli_report(ctx, &e);
	/* with -o - stdout is the page: the count goes to stderr */
	if (ctx->verbose)
		fprintf(strcmp(o->output, "-") ? stdout : stderr,
			"%s: %zu series, %zu charts\n", o->output, r->n,
			pg.ncharts);
	return pg.chart_rc;
}

/* -o is required and may not be the database; "-" is stdout. */
static int check_line(struct gs_ctx *ctx, void *arg)
{
	const struct ropts *o = arg;
	struct gs_err e;

	if (o->output == NULL)
		return cli_usage(ctx, usage, "give the page to write: -o "
				 "FILE.html");
	gs_err_clear(&e);
	if (strcmp(o->output, "-") != 0 &&
	    plot_path_check("--output", o->output, ctx->db_path, &e))
		return cli_usage(ctx, NULL, "%s", e.msg);
	return 0;
}

int cmd_report(int argc, char **argv, struct gs_ctx *ctx)
{
	static const struct cli_spec spec = { usage, longopts, option, 0, -1,
		NULL, check_line };
	struct ropts o;
	struct rd_opts ro;
	struct rd_report r;
	struct gs_err e;
	int rc;

	memset(&o, 0, sizeof(o));
	if ((rc = report_init(ctx, &o.r)) != 0)
		return rc;
	o.p.level = 0.95;
	if ((rc = report_setup(argc, argv, ctx, &spec, &o, &o.r)) != 0)
		return rc < 0 ? GS_EX_OK : rc;
	rd_opts_init(&ro, &o.r.rp, &o.p, ctx->args, (size_t)ctx->nargs);
	gs_err_clear(&e);
	if ((rc = rd_gather(ctx->db, &ro, &r, &e)) != 0)
		rc = cli_report(ctx, &e);
	else
		rc = write_page(ctx, &o, &r);
	rd_free(&r);
	return rc;
}
