/*
** cmd_export.c: `growthstat export [GLOB...]`: the stored figures as the
** canonical CSV (every vintage; ingest reads it back into the same
** history) or as SDMX-CSV, to stdout or to a new file (export.c).
*/
#include <stdio.h>
#include <string.h>

#include "../commands.h"
#include "chart/plot_path.h"
#include "export.h"

static const char usage[] =
	"usage: growthstat export [GLOB...] [-o FILE] [--format csv|sdmx-csv]\n"
	"                         [--as-of DATE] [--db PATH]\n"
	"\n"
	"Writes the figures of every series (or of those matching a GLOB) as\n"
	"the canonical CSV that growthstat ingest reads: every vintage, with\n"
	"qualifiers, bases, as_of dates, sources, notes, the series' name and\n"
	"description, each value in the unit it was ingested in. Ingesting the\n"
	"file into an empty database reproduces every answer of this one.\n"
	"--format sdmx-csv writes SDMX-CSV (DATAFLOW, SERIES, MEASURE,\n"
	"TIME_PERIOD, OBS_VALUE, UNIT_MEASURE, OBS_STATUS) of the latest\n"
	"vintage: levels, flows, targets and plans (F), qualified figures E.\n"
	"--as-of DATE exports what was known on DATE. Figures retracted by then\n"
	"(growthstat retract) are left out of the canonical CSV, and the\n"
	"retractions themselves are not exported: the copy answers as this\n"
	"database does now, or at --as-of and after. -o FILE creates FILE\n"
	"(never replacing one) and writes it whole or not at all; without -o,\n"
	"or with -o -, the CSV goes to standard output.\n"
	"\n"
	"Exit: 0 ok; 2 usage; 65 a GLOB that matches nothing; 73 FILE cannot\n"
	"be created (or exists); 74 database or write error.\n";

enum { OPT_XFORMAT = OPT_COMMON_LAST };

/* The common options but --format, which takes sdmx-csv here. */
static const struct option longopts[] = {
	CLI_AS_OF_LONGOPT,
	{ "output", required_argument, NULL, 'o' },
	{ "format", required_argument, NULL, OPT_XFORMAT },
	{ "db", required_argument, NULL, OPT_DB },
	{ "help", no_argument, NULL, OPT_HELP },
	{ "verbose", no_argument, NULL, 'v' },
	{ "quiet", no_argument, NULL, 'q' },
	{ NULL, 0, NULL, 0 }
};

struct xopts {
	const char *out;
	enum export_format f;
};

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	struct xopts *o = arg;

	if (c == 'o') {
		/* "-" is standard output, as for report -o - */
		o->out = strcmp(val, "-") == 0 ? NULL : val;
		return 0;
	}
	if (c == OPT_XFORMAT && strcmp(val, "csv") == 0) {
		o->f = EXPORT_CANONICAL;
		return 0;
	}
	if (c == OPT_XFORMAT && strcmp(val, "sdmx-csv") == 0) {
		o->f = EXPORT_SDMX;
		return 0;
	}
	if (c == OPT_XFORMAT)
		return cli_usage(ctx, usage, "--format: '%s' is not csv or "
				 "sdmx-csv", val);
	return cli_usage(ctx, usage, "bad option");
}

/* To a new file, put in place only when everything was written; never
 * the database, its journal or lock (the one check chart and report
 * make: a reader's own -wal exists while it runs, and was refused as "a
 * file of that name exists"). */
static int to_file(struct gs_ctx *ctx, const struct xopts *o, char **globs,
		   size_t n, struct export_counts *c, struct gs_err *e)
{
	struct gs_out out;

	if (plot_path_check("--output", o->out, ctx->db_path, e) ||
	    gs_out_open(&out, o->out, true, e))
		return -1;
	if (export_write(ctx->db, globs, n, ctx->as_of, o->f, out.fp, c, e)) {
		gs_out_abort(&out);
		return -1;
	}
	return gs_out_commit(&out, e);
}

int cmd_export(int argc, char **argv, struct gs_ctx *ctx)
{
	static const struct cli_spec spec = { usage, longopts, option, 0, -1,
		NULL, NULL };
	struct xopts o = { NULL, EXPORT_CANONICAL };
	struct gs_err e;
	struct export_counts c = { 0, 0 };
	int rc;

	if ((rc = cli_setup(argc, argv, ctx, &spec, &o)) != 0)
		return rc < 0 ? GS_EX_OK : rc;
	gs_err_clear(&e);
	if (o.out ? to_file(ctx, &o, ctx->args, (size_t)ctx->nargs, &c, &e)
		  : export_write(ctx->db, ctx->args, (size_t)ctx->nargs,
				 ctx->as_of, o.f, stdout, &c, &e))
		return cli_report(ctx, &e);
	if (ctx->verbose)
		fprintf(stderr, "growthstat: export: %ld rows, %ld retracted "
			"left out\n", c.rows, c.retracted);
	return GS_EX_OK;
}
