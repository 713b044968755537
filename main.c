/*
** main.c: the growthstat command table and the one place that opens the
** database and turns results into exit codes.
**
** growthstat [--db PATH] [-v|-q] COMMAND [ARGS]; each command parses its own
** options (which include the common ones, so `growthstat show KEY --db x`
** works too) and opens the database with cli_open_db; main closes it.
*/
#include <stdlib.h>
#include <string.h>

#include "commands.h"

struct cmd {
	const char *name;
	int (*fn)(int, char **, struct gs_ctx *);
	const char *summary;
	bool writes;     /* refuses a database that would not persist */
};

static const struct cmd commands[] = {
	{ "init", cmd_init, "create or upgrade the database", true },
	{ "ingest", cmd_ingest, "load figures from CSV files", true },
	{ "series", cmd_series, "list the series", false },
	{ "show", cmd_show, "show the observations of a series", false },
	{ "sources", cmd_sources, "list the sources of figures", false },
	{ "growth", cmd_growth, "growth between periods, CAGR, FRED transforms", false },
	{ "implied", cmd_implied, "levels and CAGRs implied by stated multiples", false },
	{ "project", cmd_project, "project a series to a date (cagr, linear, loglinear)", false },
	{ "check", cmd_check, "check targets, claims and thresholds (exit 1 on failure)", false },
	{ "chart", cmd_chart, "write a gnuplot script and a PNG trend chart", false },
	{ "report", cmd_report, "one self-contained page: charts, figures, verdicts", false },
	{ "extract", cmd_extract, "propose figures from a plain-text document", false },
	{ "revisions", cmd_revisions, "first release, revisions and latest of every figure", false },
	{ "export", cmd_export, "write the figures as canonical CSV or SDMX-CSV", false },
};

static const char usage[] =
	"usage: growthstat [--db PATH] [-v | -q] COMMAND [ARGS]\n"
	"       growthstat COMMAND --help\n"
	"       growthstat --version\n"
	"\n"
	"Keeps the growth figures of industrial and innovation clusters as\n"
	"time series in SQLite and reports on them.\n"
	"\n"
	"Commands:\n";

static const char usage_tail[] =
	"\n"
	"The database is --db PATH, else $GROWTHSTAT_DB, else ./growthstat.db.\n"
	"\n"
	"Exit codes: 0 ok; 1 a check failed; 2 usage error; 64 a database that\n"
	"would not persist named for writing; 65 bad input data,\n"
	"unknown series or too few points; 66 input file missing; 69 gnuplot\n"
	"missing or failed; 70 internal error; 73 cannot create output;\n"
	"74 I/O or database error; 75 database busy (another run holds it).\n";

static void print_usage(FILE *out)
{
	size_t i;

	fputs(usage, out);
	for (i = 0; i < GS_ARRAY_LEN(commands); i++)
		fprintf(out, "  %-10s %s\n", commands[i].name,
			commands[i].summary);
	fputs(usage_tail, out);
}

static const struct cmd *find(const char *name)
{
	size_t i;

	for (i = 0; i < GS_ARRAY_LEN(commands); i++)
		if (strcmp(commands[i].name, name) == 0)
			return &commands[i];
	return NULL;
}

/* Global options before the command. Returns the index of the command
 * word, or -1 after handling --help/--version, or -2 on a usage error. */
static int global_options(int argc, char **argv, struct gs_ctx *ctx)
{
	int i;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i];

		if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
			print_usage(stdout);
			return -1;
		} else if (strcmp(a, "--version") == 0) {
			printf("growthstat %s\n", GS_VERSION);
			return -1;
		} else if (strcmp(a, "-v") == 0 || strcmp(a, "--verbose") == 0) {
			ctx->verbose++;
		} else if (strcmp(a, "-q") == 0 || strcmp(a, "--quiet") == 0) {
			ctx->quiet = true;
		} else if (strcmp(a, "--db") == 0 && i + 1 < argc) {
			ctx->db_path = argv[++i];
		} else if (strncmp(a, "--db=", 5) == 0) {
			ctx->db_path = a + 5;
		} else if (a[0] == '-') {
			cli_usage(ctx, NULL, "unknown option '%s'", a);
			return -2;
		} else {
			return i;
		}
	}
	print_usage(stderr);
	return -2;
}

int main(int argc, char **argv)
{
	struct gs_ctx ctx = { 0 };
	const struct cmd *c;
	const char *env = getenv("GROWTHSTAT_DB");
	int at, rc;

	ctx.db_path = env && *env ? env : "growthstat.db";
	at = global_options(argc, argv, &ctx);
	if (at < 0)
		return cli_finish(&ctx, at == -1 ? GS_EX_OK : GS_EX_USAGE);
	if ((c = find(argv[at])) == NULL) {
		cli_usage(&ctx, NULL, "'%s' is not a command; see "
			  "'growthstat --help'", argv[at]);
		return GS_EX_USAGE;
	}
	ctx.cmd = c->name;
	ctx.writes = c->writes;
	/* The command parses its options (possibly --db), then opens the
	 * database with cli_open_db; main closes it. */
	rc = c->fn(argc - at, argv + at, &ctx);
	series_close(ctx.db);
	return cli_finish(&ctx, rc);
}
