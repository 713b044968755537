/*
** main.c: the growthstat command table and the one place that opens the
** database and turns results into exit codes.
**
** growthstat [--db PATH] [-v|-q] COMMAND [ARGS]. The table says what each
** command needs of the database; the command's one call to cli_setup parses
** its options (which include the common ones, so `growthstat show KEY --db
** x` works too: both places parse them with cli_common), checks its operands
** and opens the database as the table says; main closes it.
*/
#include "commands.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>

struct cmd {
	const char *name;
	int (*fn)(int, char **, struct gs_ctx *);
	enum cli_db db;  /* what it needs of the database (cli.h) */
	const char *summary;
};

static const struct cmd commands[] = {
	{ "init", cmd_init, CLI_DB_CREATE, "create or upgrade the database" },
	{ "ingest", cmd_ingest, CLI_DB_CREATE_OWN,
	  "load figures from CSV files" },
	{ "series", cmd_series, CLI_DB_READ, "list the series" },
	{ "show", cmd_show, CLI_DB_READ, "show the observations of a series" },
	{ "sources", cmd_sources, CLI_DB_READ, "list the sources of figures" },
	{ "growth", cmd_growth, CLI_DB_READ,
	  "growth between periods, CAGR, FRED transforms" },
	{ "implied", cmd_implied, CLI_DB_READ,
	  "levels and CAGRs implied by stated multiples" },
	{ "project", cmd_project, CLI_DB_READ,
	  "project a series to a date (cagr, linear, loglinear)" },
	{ "check", cmd_check, CLI_DB_READ,
	  "check targets, claims and thresholds (exit 1 on failure)" },
	{ "chart", cmd_chart, CLI_DB_READ,
	  "write a gnuplot script and a PNG trend chart" },
	{ "report", cmd_report, CLI_DB_READ,
	  "one self-contained page: charts, figures, verdicts" },
	{ "extract", cmd_extract, CLI_DB_NONE,
	  "propose figures from a plain-text document" },
	{ "revisions", cmd_revisions, CLI_DB_READ,
	  "first release, revisions and latest of every figure" },
	{ "export", cmd_export, CLI_DB_READ,
	  "write the figures as canonical CSV or SDMX-CSV" },
	{ "retract", cmd_retract, CLI_DB_CREATE_OWN,
	  "take wrong figures out of reads from a date, deleting nothing" },
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

/* The options before the command word: the common ones (cli_common, the
 * one place --db, -v and -q are read) and --help, --version. */
enum { OPT_VERSION = OPT_COMMON_LAST };
static const struct option global_longopts[] = {
	{ "db", required_argument, NULL, OPT_DB },
	{ "verbose", no_argument, NULL, 'v' },
	{ "quiet", no_argument, NULL, 'q' },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, OPT_VERSION },
	{ NULL, 0, NULL, 0 }
};

/* Global options before the command. Returns the index of the command
 * word, or -1 after handling --help/--version, or -2 on a usage error. */
static int global_options(int argc, char **argv, struct gs_ctx *ctx)
{
	int c;

	optind = 0;
	opterr = 0;
	/* "+": stop at the command word; its options are its own. */
	while ((c = getopt_long(argc, argv, "+vqh", global_longopts,
				NULL)) != -1) {
		if (c == 'h') {
			print_usage(stdout);
			return -1;
		}
		if (c == OPT_VERSION) {
			printf("growthstat %s\n", GS_VERSION);
			return -1;
		}
		if (c == '?' || c == ':') {
			cli_usage(ctx, NULL, "unknown option '%s'",
				  argv[optind - 1]);
			return -2;
		}
		if (cli_common(ctx, c, optarg, NULL) != 1)
			return -2;
		if (c == OPT_DB)
			cli_db_unpad(ctx, argc, argv, optarg);
	}
	if (optind < argc)
		return optind;
	print_usage(stderr);
	return -2;
}

/*
** A standard descriptor the caller closed ("2>&-") would be handed to the
** next file opened, the lock or an output: messages would land in it, or
** "ingest -" would read it. Each closed one gets /dev/null opened the wrong
** way round (0 for writing, 1 and 2 for reading), so using it still fails
** as it did (EBADF) and nothing else ever takes its number.
*/
static void hold_std_fds(void)
{
	int fd;

	for (fd = 0; fd <= 2; fd++)
		if (fcntl(fd, F_GETFD) == -1 && errno == EBADF &&
		    open("/dev/null", fd == 0 ? O_WRONLY : O_RDONLY) != fd)
			exit(GS_EX_IOERR);
}

int main(int argc, char **argv)
{
	struct gs_ctx ctx = { 0 };
	const struct cmd *c;
	const char *env = getenv("GROWTHSTAT_DB");
	int at, rc;

	hold_std_fds();
	ctx.db_path = env && *env ? env : "growthstat.db";
	at = global_options(argc, argv, &ctx);
	if (at < 0)
		return cli_finish(&ctx, at == -1 ? GS_EX_OK : GS_EX_USAGE);
	if ((c = find(argv[at])) == NULL) {
		cli_usage(&ctx, NULL, "'%s' is not a command; see "
			  "'growthstat --help'", argv[at]);
		return GS_EX_USAGE;
	}
	gs_out_catch_signals();
	ctx.cmd = c->name;
	ctx.db_need = c->db;
	/* The command's cli_setup parses its options (possibly --db), then
	 * opens the database as ctx.db_need says; main closes it. */
	rc = c->fn(argc - at, argv + at, &ctx);
	series_close(ctx.db);
	return cli_finish(&ctx, rc);
}
