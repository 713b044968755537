/*
** cmd_retract.c: `growthstat retract`: take figures entered wrongly out
** of every read from a date on, without deleting anything. A retraction
** names rows by the numbers --explain and report give a series' figures
** (#3), or by the batch that stored them (--batch N, or --file NAME: as
** the batch log records it, the file itself, or its base name:
** batchfind.c). The record and the read rule are in series/ (retract.c,
** reads.c).
*/
#include "../commands.h" /* first: common.h sets the feature macros */
#include "celltext.h"
#include "cmd_retract_list.h"
#include "retractsel.h"
#include "../series/cal.h"

#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: growthstat retract KEY N... --reason TEXT [--date DATE]\n"
	"                          [--as-of DATE] [--db PATH]\n"
	"       growthstat retract --batch N | --file NAME --reason TEXT\n"
	"                          [--date DATE] [--db PATH]\n"
	"       growthstat retract --list [GLOB...] [--format table|csv|json]\n"
	"       growthstat retract --list-batches [--format table|csv|json]\n"
	"\n"
	"Retracts figures: from DATE on (default today) every read leaves them\n"
	"out, and the latest vintage of each figure is then the one before,\n"
	"if any; --as-of before DATE still shows them, show --all-vintages\n"
	"marks them, and nothing is deleted. Figures are named by their\n"
	"numbers in series KEY (#3 or 3), as --explain and report number them\n"
	"for the same --as-of (default: now), or all the rows one ingest\n"
	"stored: --batch N, or --file NAME: the name ingest was given (as\n"
	"the batch log records it), the file itself where it is now (an\n"
	"archived copy, found by its content), or its base name when one\n"
	"batch has it; several are listed. Retracting a row again changes\n"
	"nothing: its first retraction stands.\n"
	"  --reason TEXT           why (required)\n"
	"  --date DATE             from when (default today; not later)\n"
	"  --as-of DATE            the view whose numbers KEY N... uses\n"
	"  --batch N, --file NAME  every row that ingest stored\n"
	"  --again                 retract a figure's vintage also when another\n"
	"                          vintage of it is already retracted (its number\n"
	"                          then names the vintage before: without\n"
	"                          --again that is refused, so that repeating a\n"
	"                          command never retracts more)\n"
	"  --list                  every retraction on record (of the series\n"
	"                          matching the GLOBs), in the order recorded:\n"
	"                          the row, from when it is left out, when the\n"
	"                          retraction was recorded (UTC) and why\n"
	"  --list-batches          every committed ingest: batch number, file,\n"
	"                          when it started (UTC) and the rows it stored\n"
	"\n"
	"Exit: 0 ok; 2 usage; 65 unknown series, number or batch; 74 database\n"
	"error; 75 busy.\n";

enum { OPT_REASON = OPT_COMMON_LAST, OPT_DATE, OPT_BATCH, OPT_FILE,
	OPT_AGAIN, OPT_LIST, OPT_LIST_BATCHES };

static const struct option longopts[] = {
	CLI_AS_OF_LONGOPT,
	{ "reason", required_argument, NULL, OPT_REASON },
	{ "date", required_argument, NULL, OPT_DATE },
	{ "batch", required_argument, NULL, OPT_BATCH },
	{ "file", required_argument, NULL, OPT_FILE },
	{ "again", no_argument, NULL, OPT_AGAIN },
	{ "list", no_argument, NULL, OPT_LIST },
	{ "list-batches", no_argument, NULL, OPT_LIST_BATCHES },
	CLI_COMMON_LONGOPTS
};

struct retract_opts {
	struct retraction r;
	const char *batch; /* --batch N */
	const char *file;  /* --file NAME */
	bool again;        /* --again */
	bool list;         /* --list */
	bool list_batches; /* --list-batches */
};

/* A reason is one line of text people and tables read. */
static int reason_ok(struct gs_ctx *ctx, const char *s)
{
	char why[64];

	if (retract_reason(s, why, sizeof(why)))
		return cli_usage(ctx, usage, "--reason: %s", why);
	return 0;
}

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	struct retract_opts *o = arg;

	switch (c) {
	case OPT_REASON:
		o->r.reason = val;
		return reason_ok(ctx, val);
	case OPT_DATE:
		return cli_date(ctx, "--date", val, &o->r.date) ? GS_EX_USAGE :
									0;
	case OPT_BATCH:
		o->batch = val;
		return 0;
	case OPT_FILE:
		o->file = val;
		return 0;
	case OPT_AGAIN:
		o->again = true;
		return 0;
	case OPT_LIST:
		o->list = true;
		return 0;
	case OPT_LIST_BATCHES:
		o->list_batches = true;
		return 0;
	}
	return cli_usage(ctx, usage, "bad option");
}

/* The whole line, before the database is opened. */
static int check(struct gs_ctx *ctx, void *arg)
{
	struct retract_opts *o = arg;
	bool by_batch = o->batch || o->file;

	if (o->list || o->list_batches)
		return o->r.reason || o->r.date || by_batch || o->again ||
				       ctx->as_of || (o->list && o->list_batches) ||
				       (o->list_batches && ctx->nargs > 0) ?
			       cli_usage(ctx, usage, "%s", o->list ?
					 "--list takes only GLOBs and --format" :
					 "--list-batches takes only --format") :
			       cli_open_db(ctx, SERIES_READ);
	if (o->r.reason == NULL)
		return cli_usage(ctx, usage, "give --reason TEXT: a "
				 "retraction says why");
	if (o->r.date == 0)
		o->r.date = cal_today();
	if (o->r.date > cal_today())
		return cli_usage(ctx, usage, "--date: %ld is after today: a "
				 "retraction takes effect when recorded or "
				 "earlier", (long)o->r.date);
	if (o->batch && o->file)
		return cli_usage(ctx, usage, "give --batch or --file, not both");
	if (by_batch && ctx->nargs > 0)
		return cli_usage(ctx, usage, "--batch and --file take no KEY "
				 "or numbers");
	if (by_batch && ctx->as_of)
		return cli_usage(ctx, usage, "--as-of chooses the view of KEY "
				 "N...; a batch needs none");
	if (!by_batch && ctx->nargs < 2)
		return cli_usage(ctx, usage, "give a series KEY and the "
				 "numbers of its figures, or --batch N");
	return cli_open_db(ctx, SERIES_WRITE);
}

/* What a person reads about a retracted row. */
static void say_row(const struct gs_ctx *ctx, const struct gs_obs *o,
		    const char *num, int32_t date)
{
	char per[48], val[64], asof[16], on[16];

	if (ctx->quiet)
		return;
	period_format(&o->period, per, sizeof(per));
	fmt_human(o->value, report_symbol(o, o->unit.sym), val, sizeof(val));
	date_format(o->as_of, asof, sizeof(asof));
	date_format(o->retracted ? o->retracted : date, on, sizeof(on));
	printf("%s #%s: %s %s%s%s %s (as_of %s, %s): %s from %s\n", o->series,
	       num, per, kind_name(o->kind), *qual_name(o->qual) ? " " : "",
	       qual_name(o->qual), val, asof, o->source,
	       o->retracted ? "already retracted" : "retracted", on);
}

/* Without --again, a figure with another vintage retracted is refused
 * (retractsel.h): said here. */
static int fallback_refused(struct gs_ctx *ctx, const struct retract_opts *o,
			    const struct gs_obs *pick, const char *num)
{
	struct gs_err e;
	int k;

	gs_err_clear(&e);
	k = retract_refused(ctx->db, pick, ctx->as_of, num, o->again, &e);
	if (k < 0)
		return cli_report(ctx, &e);
	return k ? cli_error(ctx, e.code, "%s", e.msg) : GS_EX_OK;
}

/* KEY N...: the rows numbered in the view at ctx->as_of. */
static int by_numbers(struct gs_ctx *ctx, const struct retract_opts *o)
{
	struct obs_list l;
	struct gs_obs *pick;
	struct gs_err e;
	long added = 0;
	int i, rc = GS_EX_OK;

	gs_err_clear(&e);
	if (series_observations(ctx->db, ctx->args[0], ctx->as_of,
				OBSQ_LATEST, &l, &e))
		return cli_report(ctx, &e);
	pick = xcalloc((size_t)ctx->nargs, sizeof(*pick));
	for (i = 1; i < ctx->nargs && rc == GS_EX_OK; i++) {
		long k = retract_number(ctx->args[i], l.n);

		if (k < 0)
			rc = cli_error(ctx, GS_EX_DATAERR, "%s: no figure '%s' "
				       "(give #1 to #%zu, as --explain numbers "
				       "them)", ctx->args[0], ctx->args[i],
				       l.n);
		else
			pick[i - 1] = l.v[k];
		if (rc == GS_EX_OK)
			rc = fallback_refused(ctx, o, &pick[i - 1],
					      ctx->args[i]);
	}
	if (rc == GS_EX_OK &&
	    series_retract_rows(ctx->db, pick, (size_t)ctx->nargs - 1, &o->r,
				&added, &e))
		rc = cli_report(ctx, &e);
	for (i = 1; i < ctx->nargs && rc == GS_EX_OK; i++)
		say_row(ctx, &pick[i - 1], ctx->args[i] + (*ctx->args[i] == '#'),
			o->r.date);
	free(pick);
	obs_list_free(&l);
	return rc;
}

static int by_batch(struct gs_ctx *ctx, const struct retract_opts *o)
{
	struct gs_err e;
	int64_t batch = 0;
	long rows = 0, added = 0;
	char *end = NULL, on[16];

	gs_err_clear(&e);
	if (o->batch) {
		batch = strtoll(o->batch, &end, 10);
		if (*o->batch == '\0' || *end || batch < 1)
			return cli_usage(ctx, usage, "--batch: '%s' is not a "
					 "batch number", o->batch);
	} else if (series_batch_of_file(ctx->db, o->file, &batch, &e)) {
		return cli_report(ctx, &e);
	}
	if (series_retract_batch(ctx->db, batch, &o->r, &rows, &added, &e))
		return cli_report(ctx, &e);
	date_format(o->r.date, on, sizeof(on));
	if (!ctx->quiet)
		printf("batch %lld: %ld row%s retracted from %s, %ld already "
		       "retracted\n", (long long)batch, added,
		       added == 1 ? "" : "s", on, rows - added);
	return GS_EX_OK;
}

int cmd_retract(int argc, char **argv, struct gs_ctx *ctx)
{
	static const struct cli_spec spec = { usage, longopts, option, 0, -1,
		NULL, check };
	struct retract_opts o;
	int rc;

	memset(&o, 0, sizeof(o));
	if ((rc = cli_setup(argc, argv, ctx, &spec, &o)) != 0)
		return rc < 0 ? GS_EX_OK : rc;
	if (o.list)
		return retract_list(ctx);
	if (o.list_batches)
		return retract_list_batches(ctx);
	return o.batch || o.file ? by_batch(ctx, &o) : by_numbers(ctx, &o);
}
