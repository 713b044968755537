/*
** cmd_ingest.c: `growthstat ingest`: load figures from CSV files, or from
** every ready file of a drop directory, one transaction per file, under
** the ingest lock, stopping cleanly on SIGINT/SIGTERM. This file parses
** the options, catches the signals and hands the run to the library
** (ingrun.h, droprun.h); cmd_ingest_out.c prints what the run says.
*/
#include "cmd_ingest.h"
#include "../commands.h"
#include "csvin.h"
#include "outpath.h"

#include <errno.h>
#include <math.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
	"usage: growthstat ingest [options] FILE... (- for stdin)\n"
	"       growthstat ingest [options] --dir DROP [--archive DIR]\n"
	"                         [--rejects DIR] [--log FILE]\n"
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
	"                    join several with +: series=Country Code+Indicator Code;\n"
	"                    the mapping wins: a column it does not use is\n"
	"                    ignored, even one named like a field (-v lists them)\n"
	"  --set MAP         fixed values for missing fields: unit=USD,kind=level\n"
	"  --as-of DATE      vintage of rows that have none (default: today)\n"
	"  --source NAME     source of rows that have none (default: the file)\n"
	"  --delimiter C     the field separator: , (default), ';' (spreadsheets\n"
	"                    saved where the decimal mark is a comma), | or tab\n"
	"  --decimal M       the decimal mark of values: . or , (the other one\n"
	"                    groups thousands). Without it \"1,234\" is 1234 and\n"
	"                    \"12.500\" is 12.5, each with a warning (FILE:LINE:\n"
	"                    COLUMN) that the value could be read either way\n"
	"  --skip-bad        load the good rows; write the bad ones to a reject CSV\n"
	"  --rejects PATH    the reject CSV (default FILE.rejects.csv, or\n"
	"                    FILE.rejects.N.csv when an earlier run's is there);\n"
	"                    with --dir, the folder for refused files\n"
	"                    (DROP/rejects)\n"
	"  --dir DROP        load every ready file of DROP in name order; move\n"
	"                    each loaded file to --archive DIR (DROP/archive)\n"
	"                    and each refused one, with NAME.errors, to --rejects\n"
	"  --min-age SECS    with --dir, leave files modified less than SECS ago\n"
	"                    (default 60); names ending .part, .tmp, .partial\n"
	"                    or ~ and names starting with . are always left\n"
	"  --lock-timeout S  wait up to S seconds (default 30; 0 = not at all)\n"
	"                    while another ingest holds DB.lock, then exit 75\n"
	"  --log FILE        append what was done, with timestamps, to FILE\n"
	"  --db PATH         the database (created when missing)\n"
	"  -v, --verbose     say what was loaded (also the default on a terminal)\n"
	"  -q, --quiet       say nothing but errors and the warnings of values\n"
	"                    read one of two ways; no progress line\n"
	"\n"
	"Exit: 0 every file loaded (or nothing to do); 65 a file was refused;\n"
	"66 a file or the drop directory cannot be read; 73 a file cannot be\n"
	"moved or the log opened; 74 database or disk error; 75 another ingest\n"
	"is running (or the database stayed busy); 130/143 interrupted by\n"
	"SIGINT/SIGTERM (the file in progress rolled back).\n";

enum { OPT_LAYOUT = OPT_COMMON_LAST, OPT_COLUMNS, OPT_SET, OPT_SOURCE,
       OPT_SKIP, OPT_REJECTS, OPT_DIR, OPT_ARCHIVE, OPT_MINAGE, OPT_LOCKWAIT,
       OPT_LOG, OPT_DELIM, OPT_DECIMAL };

static const struct option longopts[] = {
	{ "layout", required_argument, NULL, OPT_LAYOUT },
	{ "columns", required_argument, NULL, OPT_COLUMNS },
	{ "set", required_argument, NULL, OPT_SET },
	CLI_AS_OF_LONGOPT, /* here: the vintage of rows that give none */
	{ "source", required_argument, NULL, OPT_SOURCE },
	{ "skip-bad", no_argument, NULL, OPT_SKIP },
	{ "rejects", required_argument, NULL, OPT_REJECTS },
	{ "dir", required_argument, NULL, OPT_DIR },
	{ "archive", required_argument, NULL, OPT_ARCHIVE },
	{ "min-age", required_argument, NULL, OPT_MINAGE },
	{ "lock-timeout", required_argument, NULL, OPT_LOCKWAIT },
	{ "log", required_argument, NULL, OPT_LOG },
	{ "delimiter", required_argument, NULL, OPT_DELIM },
	{ "decimal", required_argument, NULL, OPT_DECIMAL },
	CLI_COMMON_LONGOPTS
};

/* The signal that asked us to stop (SIGINT, SIGTERM, SIGHUP), or 0. */
static volatile sig_atomic_t stop_signal;

static void on_signal(int sig)
{
	stop_signal = sig;
}

/* No SA_RESTART: a read blocked on a pipe returns, and the flag is seen. */
static void catch_signals(void)
{
	static const int sigs[] = { SIGINT, SIGTERM, SIGHUP };
	struct sigaction sa;
	size_t i;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	for (i = 0; i < GS_ARRAY_LEN(sigs); i++)
		sigaction(sigs[i], &sa, NULL);
}

static const char *signal_name(int sig)
{
	return sig == SIGINT ? "SIGINT" : sig == SIGTERM ? "SIGTERM" :
	       sig == SIGHUP ? "SIGHUP" : "a signal";
}

/* Decimal digits with at most one point among them ("30", "0.5"):
 * strtod alone also takes "0x10" (16), "1e3", "inf" and leading blanks. */
static bool decimal_digits(const char *val)
{
	size_t whole = strspn(val, "0123456789"), frac = 0;

	if (val[whole] == '.')
		frac = 1 + strspn(val + whole + 1, "0123456789");
	return whole + frac > 0 && val[whole + frac] == '\0' &&
	       strcmp(val, ".") != 0;
}

/* A decimal number of seconds >= 0. */
static int seconds(struct gs_ctx *ctx, const char *opt, const char *val,
		   double *out)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(val, &end);
	if (!decimal_digits(val) || end == val || *end != '\0' || errno ||
	    !isfinite(v) || v < 0 || v > 1e7)
		return cli_usage(ctx, NULL, "%s takes decimal seconds (0 or "
				 "more, as 30 or 2.5), not '%s'", opt, val);
	*out = v;
	return 0;
}

/* --delimiter: , ; | or a tab (written "tab" or "\t" too). */
static int delimiter(struct gs_ctx *ctx, const char *val, char *out)
{
	if (strcmp(val, "tab") == 0 || strcmp(val, "\\t") == 0)
		val = "\t";
	if (strlen(val) != 1 || strchr(",;|\t", val[0]) == NULL)
		return cli_usage(ctx, NULL, "--delimiter takes , ; | or tab, "
				 "not '%s'", val);
	*out = val[0];
	return 0;
}

static int decimal(struct gs_ctx *ctx, const char *val, char *out)
{
	if (strcmp(val, ".") != 0 && strcmp(val, ",") != 0)
		return cli_usage(ctx, NULL, "--decimal takes . or , not '%s'",
				 val);
	*out = val[0];
	return 0;
}

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	struct ingest_cmd *ic = arg;
	struct ingest_opts *o = &ic->r.o;
	double v;

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
	case OPT_SOURCE: o->source = val; return 0;
	case OPT_SKIP: o->skip_bad = true; return 0;
	case OPT_REJECTS: o->rejects = val; return 0;
	case OPT_DIR: ic->r.dir = val; return 0;
	case OPT_ARCHIVE: ic->r.archive = val; return 0;
	case OPT_LOG: ic->log_path = val; return 0;
	case OPT_DELIM: return delimiter(ctx, val, &o->delimiter);
	case OPT_DECIMAL: return decimal(ctx, val, &o->decimal);
	case OPT_LOCKWAIT:
		return seconds(ctx, "--lock-timeout", val, &ic->r.lock_timeout);
	case OPT_MINAGE:
		if (seconds(ctx, "--min-age", val, &v))
			return GS_EX_USAGE;
		ic->r.min_age = (long)v;
		return 0;
	}
	return cli_usage(ctx, usage, "bad option");
}

/*
** A value read one of two ways (collector/numfmt.c): on stderr, even with
** -q (a figure may be off by a factor of 1000), and in the log; the file
** is still loaded.
*/
static void warning(void *arg, const struct gs_err *w)
{
	char buf[1200];

	gs_err_format(w, buf, sizeof(buf));
	out_error(arg, "warning: %s", buf);
}

/* Values stored as given (--source, --set): text columns hold UTF-8,
 * PostgreSQL refuses anything else and JSON cannot carry it. */
static int utf8_option(struct gs_ctx *ctx, const char *name, const char *v)
{
	if (v == NULL || utf8_valid(v, strlen(v)))
		return 0;
	return cli_usage(ctx, NULL, "%s: not valid UTF-8 text (the database "
			 "stores text as UTF-8)", name);
}

static int check_usage(struct ingest_cmd *c, int nfiles, char *dflt[2])
{
	struct gs_ctx *ctx = c->ctx;
	size_t n;
	int rc;

	if ((rc = utf8_option(ctx, "--source", c->r.o.source)) ||
	    (rc = utf8_option(ctx, "--set", c->r.o.set)))
		return rc;

	if (c->r.dir == NULL) {
		if (nfiles == 0)
			return cli_usage(ctx, usage, "no input files");
		if (c->r.archive)
			return cli_usage(ctx, NULL, "--archive goes with --dir");
		if (c->r.o.rejects && nfiles > 1)
			return cli_usage(ctx, NULL, "--rejects names one file; "
					 "give one input with it");
		return 0;
	}
	if (nfiles > 0)
		return cli_usage(ctx, usage, "give --dir or files, not both");
	n = strlen(c->r.dir) + sizeof("/archive");
	dflt[0] = xmalloc(n);
	dflt[1] = xmalloc(n);
	gs_snprintf(dflt[0], n, "%s/archive", c->r.dir);
	gs_snprintf(dflt[1], n, "%s/rejects", c->r.dir);
	if (c->r.archive == NULL)
		c->r.archive = dflt[0];
	c->r.rejects_dir = c->r.o.rejects ? c->r.o.rejects : dflt[1];
	return 0;
}

/*
** Outputs that would destroy inputs, refused before anything is touched:
** a reject CSV (given, or FILE.rejects.csv by default) or a log that is
** the database (or its -wal, -shm, .lock) or an input file; an archive or
** rejects folder that is the drop directory itself (its files would be
** deleted, or re-read every run); a database or log inside the drop
** directory (read as input, moved away). Compared by device and inode,
** not by spelling.
*/
static int check_paths(struct ingest_cmd *c, int nfiles, char **files)
{
	struct gs_err e;

	gs_err_clear(&e);
	if (c->r.dir == NULL && c->r.o.rejects &&
	    (outpath_is_db(c->r.o.rejects, c->ctx->db_path, &e) ||
	     outpath_is_input(c->r.o.rejects, files, (size_t)nfiles, &e)))
		return cli_usage(c->ctx, NULL, "--rejects %s", e.msg);
	if (c->r.dir == NULL && c->r.o.skip_bad && c->r.o.rejects == NULL &&
	    outpath_default_rejects(files, (size_t)nfiles, c->ctx->db_path,
				    &e))
		return cli_usage(c->ctx, NULL, "--skip-bad: the reject CSV %s "
				 "(give --rejects PATH)", e.msg);
	if (c->r.dir && (outpath_same_dir(c->r.archive, c->r.dir, &e) ||
		       outpath_same_dir(c->r.rejects_dir, c->r.dir, &e) ||
		       outpath_in_drop("the database", c->ctx->db_path,
				       c->r.dir, &e) ||
		       outpath_in_drop("--log", c->log_path, c->r.dir, &e)))
		return cli_usage(c->ctx, NULL, "%s", e.msg);
	if (c->log_path &&
	    (outpath_is_db(c->log_path, c->ctx->db_path, &e) ||
	     outpath_is_input(c->log_path, files, (size_t)nfiles, &e)))
		return cli_usage(c->ctx, NULL, "--log %s", e.msg);
	return 0;
}

int cmd_ingest(int argc, char **argv, struct gs_ctx *ctx)
{
	static const struct cli_spec spec = { usage, longopts, option, 0, -1,
		NULL, NULL };
	struct ingest_cmd c;
	char *dflt[2] = { NULL, NULL };
	struct gs_err e;
	int rc;

	memset(&c, 0, sizeof(c));
	gs_err_clear(&e);
	c.ctx = ctx;
	ingrun_init(&c.r);
	/* The database is opened by the run, once the lock is held. */
	if ((rc = cli_setup(argc, argv, ctx, &spec, &c)) != 0)
		return rc < 0 ? GS_EX_OK : rc;
	c.r.o.as_of = ctx->as_of;
	if ((rc = check_usage(&c, ctx->nargs, dflt)))
		goto out;
	if ((rc = check_paths(&c, ctx->nargs, ctx->args)))
		goto out;
	if (c.log_path && (c.log = gs_open_append(c.log_path, &e)) == NULL) {
		rc = cli_error(ctx, GS_EX_CANTCREAT, "cannot open the log: %s",
			       e.msg);
		goto out;
	}
	catch_signals();
	c.r.db_path = ctx->db_path;
	c.r.stop = &stop_signal;
	c.r.o.stop = &stop_signal;
	c.r.o.progress = out_progress;
	c.r.o.progress_arg = &c;
	c.r.o.warn = warning;
	c.r.o.warn_arg = &c;
	out_init(&c);
	rc = ingrun_run(&c.r, ctx->args, (size_t)ctx->nargs);
	out_clear(&c);
	if (stop_signal) {
		out_error(&c, "interrupted by %s; the file in progress was "
			  "rolled back, finished files are kept",
			  signal_name(stop_signal));
		rc = 128 + stop_signal;
	}
	out_log(&c, "exit %d", rc);
	/* the batch is stored, but its record is not: a cron job must see
	 * that (74, as an answer that could not be written) */
	if (c.log_error && rc == GS_EX_OK)
		rc = GS_EX_IOERR;
out:
	if (c.log)
		fclose(c.log);
	free(dflt[0]);
	free(dflt[1]);
	return rc;
}
