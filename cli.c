/*
** cli.c: the shared parts of the command layer: common options, error
** printing, and result tables in the three output formats.
*/
#include "cli.h"

#include <csv.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#ifdef __linux__
#include <sys/prctl.h>
#endif

#include "series/parse.h"

/*
** "growthstat: CMD: message" on stderr, one line: the message may quote
** what the user or a file gave (an argument, a key), so its control
** characters are escaped (gs_escape) and cannot forge a line or reach the
** terminal as an escape sequence.
*/
static void say(const struct gs_ctx *ctx, const char *fmt, va_list ap)
{
	char raw[1024], shown[4096];

	vsnprintf(raw, sizeof(raw), fmt, ap);
	gs_escape(shown, sizeof(shown), raw);
	fprintf(stderr, "growthstat: %s%s%s\n", ctx && ctx->cmd ? ctx->cmd : "",
		ctx && ctx->cmd ? ": " : "", shown);
}

int cli_error(const struct gs_ctx *ctx, int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	say(ctx, fmt, ap);
	va_end(ap);
	return code;
}

int cli_report(const struct gs_ctx *ctx, const struct gs_err *e)
{
	char buf[1200];

	gs_err_format(e, buf, sizeof(buf));
	(void)ctx;
	fprintf(stderr, "growthstat: %s\n", buf);
	return e->code ? e->code : GS_EX_SOFTWARE;
}

int cli_usage(const struct gs_ctx *ctx, const char *usage, const char *fmt, ...)
{
	const char *end;
	va_list ap;

	va_start(ap, fmt);
	say(ctx, fmt, ap);
	va_end(ap);
	if (usage == NULL)
		return GS_EX_USAGE;
	/* The synopsis (up to the first empty line) and where the rest is,
	 * as git and curl do: the whole help buried the one line that said
	 * what was wrong. */
	end = strstr(usage, "\n\n");
	fprintf(stderr, "%.*s\n", end ? (int)(end - usage) : (int)strlen(usage),
		usage);
	if (ctx && ctx->cmd)
		fprintf(stderr, "Try 'growthstat %s --help' for more.\n",
			ctx->cmd);
	return GS_EX_USAGE;
}

int cli_finish(const struct gs_ctx *ctx, int code)
{
	if (fflush(stdout) != 0 || ferror(stdout)) {
		cli_error(ctx, 0, "writing output: %s", strerror(errno));
		/* 1 (a check failed) describes output that was not written:
		 * a caller must not read a cut-off answer as a verdict */
		return code == GS_EX_OK || code == GS_EX_FAIL ? GS_EX_IOERR :
		       code;
	}
	return code;
}

/*
** A --db holding a password stays readable by every user of the machine
** (ps, /proc/PID/cmdline) for as long as it is in argv: its text is kept
** in ctx->db_kept and argv's copy overwritten with the masked form
** (cli_db_unpad then closes the gap), so the password shows for the moment before this runs, not
** for the whole run. One too long to keep is left as given.
*/
static const char *keep_db(struct gs_ctx *ctx, char *arg)
{
	char shown[sizeof(ctx->db_kept)];
	size_t n = strlen(arg), k;

	gs_redact_uri(shown, sizeof(shown), arg);
	if (strcmp(shown, arg) == 0 || n >= sizeof(ctx->db_kept))
		return arg;
	memcpy(ctx->db_kept, arg, n + 1);
	k = strlen(shown) < n ? strlen(shown) : n;
	memcpy(arg, shown, k);
	memset(arg + k, '\0', n - k);
	return ctx->db_kept;
}

/* The end of the run of NUL-terminated strings in argv that starts at p,
 * or NULL when a string of argv past p is not in that run (argv built in
 * memory, not by exec): moving bytes there would corrupt it. */
static char *run_end(int argc, char *const *argv, char *p)
{
	const char *start = p;
	int i, moved = 1;

	while (moved)
		for (moved = 0, i = 0; i < argc; i++)
			if (argv[i] == p) {
				p += strlen(p) + 1;
				moved = 1;
			}
	for (i = 0; i < argc; i++)
		if (argv[i] > start && argv[i] >= p)
			return NULL;
	return p;
}

/*
** keep_db leaves the masked --db NUL-padded to the length of the text it
** replaced; ps shows each NUL as a space, so the padding told the
** password's length. The arguments after it move left over the padding
** (their argv pointers with them) and the freed bytes go to the end.
** Called right after the option is read: getopt holds no pointer into
** the moved strings then, and no option after it has been read yet.
*/
void cli_db_unpad(const struct gs_ctx *ctx, int argc, char **argv,
		  char *arg)
{
	size_t k = strlen(arg), n;
	char *end, *tail;
	int i;

	if (ctx->db_path != ctx->db_kept || arg == ctx->db_kept)
		return;
	n = strlen(ctx->db_kept);
	tail = arg + n + 1;
	if (n <= k || (end = run_end(argc, argv, tail)) == NULL)
		return;
	memmove(arg + k + 1, tail, (size_t)(end - tail));
	memset(end - (n - k), '\0', n - k);
	for (i = 0; i < argc; i++)
		if (argv[i] >= tail && argv[i] < end)
			argv[i] -= n - k;
}

int cli_common(struct gs_ctx *ctx, int c, char *arg, const char *usage)
{
	switch (c) {
	case OPT_DB:
		ctx->db_path = keep_db(ctx, arg);
		return 1;
	case 'v':
		ctx->verbose++;
		return 1;
	case 'q':
		ctx->quiet = true;
		return 1;
	case OPT_FORMAT:
		if (strcmp(arg, "table") == 0)
			ctx->format = FMT_TABLE;
		else if (strcmp(arg, "csv") == 0)
			ctx->format = FMT_CSV;
		else if (strcmp(arg, "json") == 0)
			ctx->format = FMT_JSON;
		else {
			cli_usage(ctx, NULL, "--format takes table, csv or "
				  "json, not '%s'", arg);
			return -1;
		}
		return 1;
	case OPT_AS_OF:
		return cli_date(ctx, "--as-of", arg, &ctx->as_of) ? -1 : 1;
	case OPT_HELP:
		fputs(usage, stdout);
		return 2;
	}
	return 0;
}

/*
** A process that holds a password (in a --db or $GROWTHSTAT_DB URI, or
** libpq's $PGPASSWORD) leaves no core file: a crash would write the
** password into one, readable wherever the run's directory is. Not
** dumpable also keeps other users' debuggers out; gnuplot, exec'd, is
** dumpable again.
*/
static void no_core_with_secret(const char *db_path)
{
	const char *pw = getenv("PGPASSWORD");
	char shown[1024];
	struct rlimit none = { 0, 0 };

	if (!(pw && *pw) && (db_path == NULL ||
	     strcmp(gs_redact_uri(shown, sizeof(shown), db_path), db_path) == 0))
		return;
	(void)setrlimit(RLIMIT_CORE, &none);
#ifdef PR_SET_DUMPABLE
	(void)prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

/* The database a writing command names must outlive it. */
static int persists(const struct gs_ctx *ctx)
{
	struct gs_err e;

	gs_err_clear(&e);
	return series_persists(ctx->db_path, &e) ? cli_report(ctx, &e) : 0;
}

int cli_parse(int argc, char **argv, struct gs_ctx *ctx,
	      const struct option *longopts, const char *usage,
	      cli_opt_fn opt, void *arg)
{
	char shorts[64];
	int c, k, i, j = 0;

	/* Short options: the common ones, plus every long option whose val is
	 * a printable character (e.g. 'o' for --output). */
	j = (int)gs_snprintf(shorts, sizeof(shorts), "%s", CLI_COMMON_SHORTOPTS);
	for (i = 0; longopts[i].name && j < (int)sizeof(shorts) - 3; i++) {
		int v = longopts[i].val;

		if (v > ' ' && v < 127 && v != 'v' && v != 'q') {
			shorts[j++] = (char)v;
			if (longopts[i].has_arg == required_argument)
				shorts[j++] = ':';
		}
	}
	shorts[j] = '\0';
	optind = 0; /* 0, not 1: glibc then forgets main's "+" (stop at
		     * the first operand) and lets options follow operands */
	opterr = 0;
	while ((c = getopt_long(argc, argv, shorts, longopts, NULL)) != -1) {
		if (c == '?' || c == ':')
			return cli_usage(ctx, usage, "%s '%s'",
					 c == ':' ? "missing value for" :
					 "unknown option", argv[optind - 1]);
		if ((k = cli_common(ctx, c, optarg, usage)) == 2)
			return -1;
		if (c == OPT_DB)
			cli_db_unpad(ctx, argc, argv, optarg);
		if (k < 0)
			return GS_EX_USAGE;
		if (k == 1)
			continue;
		if (opt == NULL)
			return cli_usage(ctx, usage, "bad option");
		if ((k = opt(ctx, arg, c, optarg)) != 0)
			return k;
	}
	no_core_with_secret(ctx->db_path);
	return ctx->db_need >= CLI_DB_CREATE ? persists(ctx) : 0;
}

/* The number of operands spec allows; a usage error otherwise. */
static int operands(struct gs_ctx *ctx, const struct cli_spec *spec)
{
	if (ctx->nargs >= spec->min_args &&
	    (spec->max_args < 0 || ctx->nargs <= spec->max_args))
		return 0;
	if (spec->args_msg)
		return cli_usage(ctx, spec->usage, "%s", spec->args_msg);
	if (ctx->nargs > spec->max_args)
		return cli_usage(ctx, spec->usage, "unexpected argument '%s'",
				 ctx->args[spec->max_args]);
	return cli_usage(ctx, spec->usage, "missing argument");
}

int cli_setup(int argc, char **argv, struct gs_ctx *ctx,
	      const struct cli_spec *spec, void *arg)
{
	int rc;

	rc = cli_parse(argc, argv, ctx, spec->longopts, spec->usage,
		       spec->opt, arg);
	if (rc != 0)
		return rc;
	ctx->nargs = argc - optind;
	ctx->args = argv + optind;
	if ((rc = operands(ctx, spec)) != 0)
		return rc;
	if (spec->check && (rc = spec->check(ctx, arg)) != 0)
		return rc;
	if (ctx->db_need == CLI_DB_READ)
		return cli_open_db(ctx, SERIES_READ);
	if (ctx->db_need == CLI_DB_CREATE)
		return cli_open_db(ctx, SERIES_CREATE);
	return 0;
}

int cli_open_db(struct gs_ctx *ctx, int flags)
{
	struct gs_err e;

	gs_err_clear(&e);
	if (ctx->db)
		return 0;
	ctx->db = series_open(ctx->db_path, flags, &e);
	return ctx->db ? 0 : cli_report(ctx, &e);
}

const char *cli_db_shown(struct gs_ctx *ctx)
{
	return gs_redact_uri(ctx->db_shown, sizeof(ctx->db_shown),
			     ctx->db_path ? ctx->db_path : "");
}

int cli_date(const struct gs_ctx *ctx, const char *opt, const char *s,
	     int32_t *ymd)
{
	const char *why = NULL;

	if (date_parse(s, ymd, &why) == 0 && *ymd != 0)
		return 0;
	cli_usage(ctx, NULL, "%s: bad date '%s': %s", opt, s,
		  why ? why : "empty");
	return -1;
}

int cli_number(const struct gs_ctx *ctx, const char *opt, const char *s,
	       double *v)
{
	const char *why = NULL;
	bool pct;

	if (value_parse(s, v, &pct, &why) == 0 && isfinite(*v))
		return 0;
	cli_usage(ctx, NULL, "%s: bad number '%s': %s", opt, s,
		  why ? why : "not finite");
	return -1;
}

struct table {
	size_t ncols, nrows;
	char **cells;          /* (nrows + 1) * ncols, row 0 the header */
	bool *right;
	enum table_type *type;
};

struct table *table_new(size_t ncols, const char *const *header)
{
	struct table *t = xcalloc(1, sizeof(*t));

	t->ncols = ncols;
	t->right = xcalloc(ncols, sizeof(*t->right));
	t->type = xcalloc(ncols, sizeof(*t->type));
	table_add(t, header);
	return t;
}

void table_add(struct table *t, const char *const *cells)
{
	size_t i;

	/* rows of ncols cells */
	t->cells = gs_grow(t->cells, t->nrows, t->ncols * sizeof(char *));
	for (i = 0; i < t->ncols; i++)
		t->cells[t->nrows * t->ncols + i] =
			xstrdup(cells[i] ? cells[i] : "");
	t->nrows++;
}

void table_align_right(struct table *t, size_t col)
{
	if (col < t->ncols)
		t->right[col] = true;
}

void table_type(struct table *t, size_t col, enum table_type type)
{
	if (col < t->ncols)
		t->type[col] = type;
}

static bool numeric(const struct table *t, size_t col)
{
	return t->type[col] == TT_NUMBER ||
	       (t->type[col] == TT_AUTO && t->right[col]);
}

/* Display width of UTF-8 text: code points, not bytes. */
static size_t width(const char *s)
{
	size_t w = 0;

	for (; *s; s++)
		if (((unsigned char)*s & 0xC0) != 0x80)
			w++;
	return w;
}

/* The cells as a terminal may show them: control characters escaped
 * (gs_escape), so a key or a note cannot add a line to the table or send
 * an escape sequence. CSV and JSON keep the text exact. */
static char **shown_cells(const struct table *t)
{
	size_t i, n = t->nrows * t->ncols;
	char **v = xcalloc(n ? n : 1, sizeof(*v));

	for (i = 0; i < n; i++) {
		size_t m = 4 * strlen(t->cells[i]) + 1; /* "\xHH" per byte */

		v[i] = xmalloc(m);
		gs_escape(v[i], m, t->cells[i]);
	}
	return v;
}

static void print_human(const struct table *t, FILE *out)
{
	size_t *w = xcalloc(t->ncols, sizeof(*w));
	char **cell = shown_cells(t);
	size_t r, c;

	for (r = 0; r < t->nrows; r++)
		for (c = 0; c < t->ncols; c++) {
			size_t x = width(cell[r * t->ncols + c]);

			if (x > w[c])
				w[c] = x;
		}
	for (r = 0; r < t->nrows; r++) {
		for (c = 0; c < t->ncols; c++) {
			const char *s = cell[r * t->ncols + c];
			size_t pad = w[c] - width(s);
			bool last = c + 1 == t->ncols;

			if (t->right[c])
				fprintf(out, "%*s%s", (int)pad, "", s);
			else
				fprintf(out, "%s%*s", s, last ? 0 : (int)pad, "");
			if (!last)
				fputs("  ", out);
		}
		fputc('\n', out);
	}
	for (r = 0; r < t->nrows * t->ncols; r++)
		free(cell[r]);
	free(cell);
	free(w);
}

/* RFC 4180: quote only when the text needs it. */
static void csv_cell(FILE *out, const char *s)
{
	size_t n = strlen(s);

	if (strpbrk(s, ",\"\r\n") == NULL &&
	    !(n && (s[0] == ' ' || s[n - 1] == ' '))) {
		fputs(s, out);
		return;
	}
	csv_fwrite(out, s, n);
}

static void print_csv(const struct table *t, FILE *out)
{
	size_t r, c;

	for (r = 0; r < t->nrows; r++) {
		for (c = 0; c < t->ncols; c++) {
			const char *s = t->cells[r * t->ncols + c];

			if (c)
				fputc(',', out);
			csv_cell(out, s);
		}
		fputc('\n', out);
	}
}

/* The inside of a JSON string literal, escaped. */
static void json_string_body(FILE *out, const char *s)
{
	for (; *s; s++) {
		unsigned char ch = (unsigned char)*s;

		if (ch == '"' || ch == '\\')
			fprintf(out, "\\%c", ch);
		else if (ch == '\n')
			fputs("\\n", out);
		else if (ch == '\t')
			fputs("\\t", out);
		else if (ch == '\r')
			fputs("\\r", out);
		else if (ch < 0x20)
			fprintf(out, "\\u%04x", ch);
		else
			fputc(ch, out);
	}
}

void json_string(FILE *out, const char *s)
{
	fputc('"', out);
	json_string_body(out, s);
	fputc('"', out);
}

/* A cell that reads as a JSON number is written as one. */
static bool json_number(const char *s)
{
	char *end;

	if (*s == '\0' || strchr("0123456789-", *s) == NULL)
		return false;
	errno = 0;
	(void)strtod(s, &end);
	return *end == '\0' && errno == 0 && strcmp(s, "-") != 0 &&
	       strpbrk(s, "xXnNiI") == NULL;
}

/* One numeric cell: a number, null when empty, null and a flag
 * "COL_inf": 1 or -1 for an infinity; text that is none of these stays
 * a string rather than being lost. */
static void json_numeric(FILE *out, const char *col, const char *s)
{
	int inf = strcmp(s, "inf") == 0 ? 1 : strcmp(s, "-inf") == 0 ? -1 : 0;

	if (json_number(s))
		fputs(s, out);
	else if (*s == '\0')
		fputs("null", out);
	else if (inf == 0)
		json_string(out, s);
	else {
		fputs("null, ", out);
		fputc('"', out);
		json_string_body(out, col);
		fprintf(out, "_inf\": %d", inf);
	}
}

static void print_json(const struct table *t, FILE *out)
{
	size_t r, c;

	fputs("[", out);
	for (r = 1; r < t->nrows; r++) {
		fputs(r > 1 ? ",\n {" : "\n {", out);
		for (c = 0; c < t->ncols; c++) {
			const char *s = t->cells[r * t->ncols + c];

			if (c)
				fputs(", ", out);
			json_string(out, t->cells[c]);
			fputs(": ", out);
			if (numeric(t, c))
				json_numeric(out, t->cells[c], s);
			else
				json_string(out, s);
		}
		fputs("}", out);
	}
	fputs(t->nrows > 1 ? "\n]\n" : "]\n", out);
}

void table_print(const struct table *t, enum out_format f, FILE *out)
{
	if (f == FMT_CSV)
		print_csv(t, out);
	else if (f == FMT_JSON)
		print_json(t, out);
	else
		print_human(t, out);
}

void table_free(struct table *t)
{
	size_t i;

	if (t == NULL)
		return;
	for (i = 0; i < t->nrows * t->ncols; i++)
		free(t->cells[i]);
	free(t->cells);
	free(t->right);
	free(t->type);
	free(t);
}
