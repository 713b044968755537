/*
** cli.h: what every subcommand shares: the context main() hands it, the
** common options, and output in the three formats (aligned table, CSV, JSON).
**
** Only the command layer (main.c, cli.c and the cmd_*.c files) prints or exits. Each
** subcommand is `int cmd_NAME(int argc, char **argv, struct gs_ctx *ctx)`
** returning an enum gs_exit code; argv[0] is the command name.
*/
#ifndef GS_CLI_H
#define GS_CLI_H

#include "common.h"

#include <getopt.h>
#include <stdio.h>
#include "series/series.h"

enum out_format { FMT_TABLE, FMT_CSV, FMT_JSON };

/*
** What a command needs of the database, from main.c's command table:
** cli_setup opens it accordingly, once the command line is known good.
*/
enum cli_db {
	CLI_DB_NONE,      /* never opens one (extract) */
	CLI_DB_READ,      /* must exist; opened read-only */
	CLI_DB_CREATE,    /* created when missing or migrated (init) */
	CLI_DB_CREATE_OWN,/* created or migrated, but opened by the command
			   * itself once it holds its lock (ingest) */
};

struct gs_ctx {
	const char *db_path;     /* --db, GROWTHSTAT_DB, ./growthstat.db */
	int verbose;             /* -v */
	bool quiet;              /* -q */
	enum out_format format;  /* --format */
	struct series_db *db;    /* opened by cli_open_db, closed by main */
	const char *cmd;         /* the command's name */
	enum cli_db db_need;     /* from the command table */
	int32_t as_of;           /* --as-of, 0 when not given */
	int nargs;               /* the operands, after cli_setup */
	char **args;
	char db_shown[1024];     /* cli_db_shown's text */
	char db_kept[4096];      /* --db when argv's copy was masked */
};

/* Options every command takes; append CLI_COMMON_LONGOPTS to its table. */
enum { OPT_DB = 1000, OPT_FORMAT, OPT_HELP, OPT_AS_OF, OPT_COMMON_LAST };
#define CLI_COMMON_LONGOPTS \
	{ "db", required_argument, NULL, OPT_DB }, \
	{ "format", required_argument, NULL, OPT_FORMAT }, \
	{ "help", no_argument, NULL, OPT_HELP }, \
	{ "verbose", no_argument, NULL, 'v' }, \
	{ "quiet", no_argument, NULL, 'q' }, \
	{ NULL, 0, NULL, 0 }
#define CLI_COMMON_SHORTOPTS "vq"

/*
** --as-of DATE, declared here once and parsed by cli_common into
** ctx->as_of. It has one meaning per family of commands: for those that
** read (show, growth, implied, project, check, chart, report) the latest
** vintage known at DATE, with CLI_AS_OF_HELP as its help (after the
** option in each usage's own layout); for ingest the vintage of rows that
** give none (its own help line).
*/
#define CLI_AS_OF_LONGOPT { "as-of", required_argument, NULL, OPT_AS_OF }
#define CLI_AS_OF_HELP "what was known at DATE (default: now)"

/*
** Handle one common option returned by getopt_long. Returns 1 when handled,
** 0 when not a common option, -1 on a bad value (message printed). For
** --help prints `usage` to stdout and returns 2 (the caller exits 0).
** A --db holding a password is masked in place in arg (argv), its text
** kept in ctx->db_kept.
*/
int cli_common(struct gs_ctx *ctx, int c, char *arg, const char *usage);
/* After cli_common read --db ARG: moves the later arguments over the
 * padding of the masked ARG, so ps does not show the password's length. */
void cli_db_unpad(const struct gs_ctx *ctx, int argc, char **argv,
		  char *arg);

/*
** Parse options with getopt_long: common ones here, the command's own by
** opt(arg, c, optarg) which returns 0 or an exit code (after printing).
** Returns 0 to go on (operands from optind), GS_EX_USAGE or opt's code to
** stop, or -1 when --help was shown (exit 0). opt may be NULL. For a
** command that writes (ctx->db_need CLI_DB_CREATE or CLI_DB_CREATE_OWN),
** a database that would not persist (series_persists) stops it here with
** GS_EX_NOTSTORED, before the command touches any file.
*/
typedef int (*cli_opt_fn)(struct gs_ctx *ctx, void *arg, int c,
			  const char *optarg);
int cli_parse(int argc, char **argv, struct gs_ctx *ctx,
	      const struct option *longopts, const char *usage,
	      cli_opt_fn opt, void *arg);

/*
** A command's command line for cli_setup: its usage text, options (the
** table ends with CLI_COMMON_LONGOPTS), its own option handler (as for
** cli_parse; NULL when it has none), how many operands it takes (max -1:
** any number; outside the range a usage error: args_msg, or "unexpected
** argument 'X'" when there are too many and args_msg is NULL), and check:
** the command's own test of the whole line (NULL: none), run before the
** database is opened so that a usage error always comes first.
*/
struct cli_spec {
	const char *usage;
	const struct option *longopts;
	cli_opt_fn opt;
	int min_args, max_args;
	const char *args_msg;
	int (*check)(struct gs_ctx *ctx, void *arg);
};

/*
** The setup every command shares, once: parse the options (cli_parse),
** set ctx->args/nargs to the operands and check their number, run
** spec->check, then open the database as ctx->db_need says (cli_open_db).
** Returns 0 to go on, -1 when --help was shown (exit 0), else an exit
** code (the error printed).
*/
int cli_setup(int argc, char **argv, struct gs_ctx *ctx,
	      const struct cli_spec *spec, void *arg);

/* Open ctx->db_path into ctx->db with SERIES_* flags; 0 or an exit code
 * (the error printed). */
int cli_open_db(struct gs_ctx *ctx, int flags);

/* The database's name as it may be shown (a log line, -v): ctx->db_path
 * with any password masked (gs_redact_uri). */
const char *cli_db_shown(struct gs_ctx *ctx);

/* Print "growthstat: CMD: message" to stderr. Returns code. */
int cli_error(const struct gs_ctx *ctx, int code, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Print the error record; returns its code (GS_EX_SOFTWARE when unset). */
int cli_report(const struct gs_ctx *ctx, const struct gs_err *e);
/* Usage error: message, the usage text on stderr, GS_EX_USAGE. */
int cli_usage(const struct gs_ctx *ctx, const char *usage, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Flush stdout and turn a failed write (a closed pipe, a full disk) into
 * an error. Returns code, or GS_EX_IOERR on failure. */
int cli_finish(const struct gs_ctx *ctx, int code);

/* Parse a date option (YYYY-MM-DD or YYYYMMDD); 0 on success. */
int cli_date(const struct gs_ctx *ctx, const char *opt, const char *s,
	     int32_t *ymd);
/* Parse a finite number option; 0 on success. */
int cli_number(const struct gs_ctx *ctx, const char *opt, const char *s,
	       double *v);

/*
** A result table: add a header, then rows of cells; print it in the
** context's format. Cells are copied. Numbers meant for scripts go in as
** text already formatted by the caller.
*/
struct table;
struct table *table_new(size_t ncols, const char *const *header);
void table_add(struct table *t, const char *const *cells);
/* Right-align column col in the human table (numbers). */
void table_align_right(struct table *t, size_t col);
/*
** What a column holds, for JSON. TT_NUMBER: each cell is a number (as
** fmt_num writes it), written as a JSON number; "" is null; "inf" and
** "-inf" are null with a flag beside them, "COL_inf": 1 or -1 (JSON has
** no infinities). TT_TEXT: always a string. TT_AUTO (the default): a
** right-aligned column is TT_NUMBER, any other TT_TEXT.
*/
enum table_type { TT_AUTO = 0, TT_TEXT, TT_NUMBER };
void table_type(struct table *t, size_t col, enum table_type type);
void table_print(const struct table *t, enum out_format f, FILE *out);
void table_free(struct table *t);

/* Write s as a JSON string literal (with quotes). */
void json_string(FILE *out, const char *s);

/* Numbers as text (fmt_num, fmt_human): common.h. */

#endif
