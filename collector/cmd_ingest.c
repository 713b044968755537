/*
** cmd_ingest.c: `growthstat ingest`: load figures from CSV files, one
** transaction per file.
*/
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../commands.h"
#include "ingest.h"

#define MAX_SHOWN 50

static const char usage[] =
	"usage: growthstat ingest [options] FILE... (- for stdin)\n"
	"\n"
	"Loads dated figures from CSV into the database, one transaction per\n"
	"file. A file with any bad row is refused whole and every problem is\n"
	"listed as FILE:LINE:COLUMN: message. Rows already stored are skipped.\n"
	"\n"
	"  --layout L        long (default: series,period,kind,value,unit,\n"
	"                    qualifier,base,as_of,source,note), wide (a period\n"
	"                    column, one column per series) or transposed (one\n"
	"                    row per series, one column per period)\n"
	"  --columns MAP     map fields to your headers: series=Code,value=Val;\n"
	"                    join several with +: series=Country Code+Indicator Code\n"
	"  --set MAP         fixed values for missing fields: unit=USD,kind=level\n"
	"  --as-of DATE      vintage of rows that have none (default: today)\n"
	"  --source NAME     source of rows that have none (default: the file)\n"
	"  --skip-bad        load the good rows; write the bad ones to a reject CSV\n"
	"  --rejects PATH    the reject CSV (default FILE.rejects.csv)\n"
	"  --db PATH         the database (created when missing)\n"
	"  -v, --verbose     say what was loaded (also the default on a terminal)\n"
	"  -q, --quiet       say nothing but errors\n"
	"\n"
	"Exit: 0 every file loaded; 65 a file was refused; 66 a file cannot be\n"
	"read; 74 database error; 75 database busy.\n";

enum { OPT_LAYOUT = OPT_COMMON_LAST, OPT_COLUMNS, OPT_SET, OPT_ASOF,
       OPT_SOURCE, OPT_SKIP, OPT_REJECTS };

static const struct option longopts[] = {
	{ "layout", required_argument, NULL, OPT_LAYOUT },
	{ "columns", required_argument, NULL, OPT_COLUMNS },
	{ "set", required_argument, NULL, OPT_SET },
	{ "as-of", required_argument, NULL, OPT_ASOF },
	{ "source", required_argument, NULL, OPT_SOURCE },
	{ "skip-bad", no_argument, NULL, OPT_SKIP },
	{ "rejects", required_argument, NULL, OPT_REJECTS },
	CLI_COMMON_LONGOPTS
};

struct shown {
	long n;
};

static void problem(void *arg, const struct gs_err *p)
{
	struct shown *s = arg;
	char buf[1200];

	if (s->n++ >= MAX_SHOWN)
		return;
	gs_err_format(p, buf, sizeof(buf));
	fprintf(stderr, "growthstat: %s\n", buf);
}

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	struct ingest_opts *o = arg;

	switch (c) {
	case OPT_LAYOUT:
		if (strcmp(val, "long") == 0)
			o->layout = LAYOUT_LONG;
		else if (strcmp(val, "wide") == 0)
			o->layout = LAYOUT_WIDE;
		else if (strcmp(val, "transposed") == 0)
			o->layout = LAYOUT_TRANSPOSED;
		else
			return cli_usage(ctx, NULL, "--layout takes long, wide "
					 "or transposed, not '%s'", val);
		return 0;
	case OPT_COLUMNS: o->columns = val; return 0;
	case OPT_SET: o->set = val; return 0;
	case OPT_ASOF:
		return cli_date(ctx, "--as-of", val, &o->as_of) ? GS_EX_USAGE : 0;
	case OPT_SOURCE: o->source = val; return 0;
	case OPT_SKIP: o->skip_bad = true; return 0;
	case OPT_REJECTS: o->rejects = val; return 0;
	}
	return cli_usage(ctx, usage, "bad option");
}

static void summary(const struct gs_ctx *ctx, const char *file,
		    const struct ingest_result *r)
{
	bool say = ctx->verbose > 0 || (!ctx->quiet && isatty(1));

	if (r->c.rows_rejected && !ctx->quiet)
		fprintf(stderr, "growthstat: ingest: %s: %ld bad row%s "
			"skipped, written to %s\n", file, r->c.rows_rejected,
			r->c.rows_rejected == 1 ? "" : "s", r->rejects);
	if (say)
		printf("%s: %ld new, %ld already present, %ld rejected "
		       "(batch %lld)\n", file, r->c.rows_new,
		       r->c.rows_present, r->c.rows_rejected,
		       (long long)r->batch);
}

static int one_file(struct gs_ctx *ctx, const char *path,
		    const struct ingest_opts *o)
{
	struct ingest_result res;
	struct shown shown = { 0 };
	struct gs_err e;

	gs_err_clear(&e);
	if (ingest_file(ctx->db, path, o, problem, &shown, &res, &e) == 0) {
		summary(ctx, path, &res);
		return GS_EX_OK;
	}
	if (shown.n > MAX_SHOWN)
		fprintf(stderr, "growthstat: %s: ... and %ld more problems\n",
			path, shown.n - MAX_SHOWN);
	return cli_report(ctx, &e);
}

int cmd_ingest(int argc, char **argv, struct gs_ctx *ctx)
{
	struct ingest_opts o = { 0 };
	int i, rc, worst = GS_EX_OK;

	if ((rc = cli_parse(argc, argv, ctx, longopts, usage, option, &o)))
		return rc < 0 ? GS_EX_OK : rc;
	if (optind >= argc)
		return cli_usage(ctx, usage, "no input files");
	if (o.rejects && argc - optind > 1)
		return cli_usage(ctx, NULL, "--rejects names one file; give "
				 "one input with it");
	if ((rc = cli_open_db(ctx, SERIES_CREATE)) != 0)
		return rc;
	for (i = optind; i < argc; i++) {
		rc = one_file(ctx, argv[i], &o);
		if (rc != GS_EX_OK && (worst == GS_EX_OK || rc > worst))
			worst = rc;
		if (rc == GS_EX_IOERR || rc == GS_EX_TEMPFAIL)
			break;
	}
	return worst;
}
