/*
** cmd_extract.c: `growthstat extract FILE.txt`: the dated figures a plain
** text states, as candidate rows of the canonical CSV for a person to
** review, complete and ingest; with several texts or a directory, one
** candidate file per text in -o DIR. No database is opened.
*/
#include "../../common.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../commands.h"
#include "../../series/cal.h"
#include "extract.h"
#include "../outpath.h"

static const char usage[] =
	"usage: growthstat extract FILE.txt [--source NAME] [--as-of DATE]\n"
	"                          [--min-confidence X] [-o candidates.csv]\n"
	"       growthstat extract FILE.txt... | DIR... -o OUTDIR [options]\n"
	"\n"
	"Reads a plain-text document (UTF-8, English or Russian; '-' is stdin)\n"
	"and writes the figures it states as rows of the canonical CSV: value,\n"
	"unit with its scale, qualifier, kind, period and base period, a series\n"
	"key proposed from the subject (left empty when the text names none:\n"
	"ingest refuses such rows until a person fills them in), and in the\n"
	"note the row's confidence, the reasons to check it, and the sentence:\n"
	"  confidence 0.56 (period from the date line; subject not named): ...\n"
	"Review the rows, then `growthstat ingest` them.\n"
	"\n"
	"  --as-of DATE   the date the text speaks from: \"this year\" and\n"
	"                 \"last year\" resolve against it, and it fills as_of\n"
	"                 (default: a date line of the text, else today; a\n"
	"                 date without a year leaves those periods empty)\n"
	"  --min-confidence X  only rows at least this sure: 0..1, or low (0),\n"
	"                 medium (0.5), high (0.8)\n"
	"  --source NAME  the source column (default: the file's name)\n"
	"  -o, --output FILE  write the CSV to FILE instead of stdout (created;\n"
	"                 an existing FILE, perhaps under review, is never\n"
	"                 replaced: 73)\n"
	"  -o OUTDIR      (an existing directory; needed for several texts or a\n"
	"                 directory) OUTDIR/NAME.csv for each NAME.txt, never\n"
	"                 replacing a file; a directory gives its *.txt files,\n"
	"                 symbolic links skipped, and a text whose NAME.csv is\n"
	"                 there already is done (unless changed since: 73);\n"
	"                 OUTDIR may not be a symbolic link (73), and a\n"
	"                 directory at NAME.csv is refused (73)\n"
	"\n"
	"-v tells where the as-of date came from and how many rows were found.\n";

enum { OPT_ASOF = OPT_COMMON_LAST, OPT_SOURCE, OPT_MINCONF };

static const struct option longopts[] = {
	{ "as-of", required_argument, NULL, OPT_ASOF },
	{ "source", required_argument, NULL, OPT_SOURCE },
	{ "min-confidence", required_argument, NULL, OPT_MINCONF },
	{ "output", required_argument, NULL, 'o' },
	CLI_COMMON_LONGOPTS
};

struct extract_args {
	int32_t as_of;
	const char *source;
	const char *output;
	double min_conf;
};

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	struct extract_args *a = arg;

	if (c == OPT_ASOF)
		return cli_date(ctx, "--as-of", val, &a->as_of) ? GS_EX_USAGE : 0;
	if (c == OPT_MINCONF) {
		if ((a->min_conf = xconf_parse(val)) < 0)
			return cli_usage(ctx, NULL, "--min-confidence: '%s' is "
					 "not a number from 0 to 1 nor low, "
					 "medium or high", val);
		return 0;
	}
	if (c == OPT_SOURCE) {
		a->source = val;
		return 0;
	}
	if (c == 'o') {
		a->output = val;
		return 0;
	}
	return cli_usage(ctx, usage, "bad option");
}

/* How a text is opened: as given (one text: a pipe such as <(cmd) is
 * fine), named among several (a regular file, a link followed: a FIFO
 * a shell glob picked up in a drop folder would hang the run), or found
 * in a directory (a regular file, no link followed). */
enum text_from { TEXT_GIVEN, TEXT_NAMED, TEXT_LISTED };

/* Read all of path ("-" for stdin) into *buf. 0, or an exit code after
 * printing the error. */
static int slurp(const struct gs_ctx *ctx, const char *path,
		 enum text_from from, char **buf, size_t *len, unsigned *mode)
{
	struct stat sb;

	FILE *f = strcmp(path, "-") == 0 ? stdin :
		  from != TEXT_GIVEN ? gs_open_read(path, from != TEXT_LISTED) :
		  fopen(path, "rb");
	size_t cap = 1 << 16, n;
	int rc = 0;

	*buf = NULL;
	*len = 0;
	if (f == NULL)
		return cli_error(ctx, GS_EX_NOINPUT, "cannot open '%s': %s", path,
				 errno == EINVAL ? "not a regular file" :
				 strerror(errno));
	/* the candidates quote the text: no more readable than it is */
	if (fstat(fileno(f), &sb) == 0)
		*mode = (unsigned)sb.st_mode;
	*buf = xmalloc(cap);
	while ((n = fread(*buf + *len, 1, cap - *len, f)) > 0) {
		*len += n;
		if (*len == cap) {
			if (cap > ((size_t)4 << 20))
				break; /* extract_check reports the size */
			cap *= 2;
			*buf = xrealloc(*buf, cap);
		}
	}
	if (ferror(f))
		rc = cli_error(ctx, GS_EX_NOINPUT, "cannot read '%s': %s", path,
			       strerror(errno));
	if (f != stdin)
		fclose(f);
	return rc;
}

/* A CSV field: quoted when it holds a comma, a quote or a line end. */
static void field(FILE *out, const char *s, bool last)
{
	if (strpbrk(s, ",\"\r\n") != NULL || (s[0] == ' ')) {
		fputc('"', out);
		for (; *s; s++) {
			if (*s == '"')
				fputc('"', out);
			fputc(*s, out);
		}
		fputc('"', out);
	} else {
		fputs(s, out);
	}
	fputc(last ? '\n' : ',', out);
}

/* The note: confidence, the reasons to check, then the sentence. */
static void note(FILE *out, const struct xresult *r, const struct xcand *c)
{
	char why[512], *text;
	size_t n = strlen(c->note) + sizeof(why) + 64;

	text = xmalloc(n);
	if (xcand_reasons(c, r->as_of_src, why, sizeof(why)) > 0 &&
	    (c->why & XW_SUBJECT_NONAME) && c->series[0]) {
		size_t at = strlen(why);

		gs_snprintf(why + at, sizeof(why) - at, ": name it, e.g. "
			    "SUBJECT.%s", c->series);
	}
	if (why[0] != '\0')
		gs_snprintf(text, n, "confidence %.2f (%s): %s", c->conf, why,
			    c->note);
	else
		gs_snprintf(text, n, "confidence %.2f: %s", c->conf, c->note);
	field(out, text, true);
	free(text);
}

static void write_rows(FILE *out, const struct xresult *r, const char *source,
		       double min_conf)
{
	char period[48], base[48], value[40], as_of[16];
	size_t i;

	fputs("series,period,kind,value,unit,qualifier,base,as_of,source,note\n",
	      out);
	as_of[0] = '\0'; /* XASOF_NOYEAR: for the reviewer to fill */
	if (r->as_of != 0)
		date_format(r->as_of, as_of, sizeof(as_of));
	for (i = 0; i < r->n; i++) {
		const struct xcand *c = &r->v[i];

		if (c->conf + 1e-9 < min_conf)
			continue;
		xper_format(&c->period, period, sizeof(period));
		xper_format(&c->base, base, sizeof(base));
		gs_snprintf(value, sizeof(value), "%.15g",
			    c->value == 0 ? 0 : c->value);
		/* a metric with no subject is no key: the row stays for a
		 * person to name (ingest refuses it; README) */
		field(out, c->why & XW_SUBJECT_NONAME ? "" : c->series, false);
		field(out, period, false);
		field(out, kind_name(c->kind), false);
		field(out, value, false);
		field(out, c->unit, false);
		field(out, qual_name(c->qual), false);
		field(out, base, false);
		field(out, as_of, false);
		field(out, source, false);
		note(out, r, c);
	}
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/* Write r to path, created exclusively under a temporary name and
 * renamed into place (common.h gs_out), so never through a planted link;
 * with noreplace an existing file is never replaced. */
static int write_file(const struct gs_ctx *ctx, const char *path,
		      bool noreplace, const struct extract_args *a,
		      const struct xresult *r, const char *source,
		      unsigned src_mode)
{
	struct gs_out o;
	struct gs_err e;

	gs_err_clear(&e);
	if (gs_out_open(&o, path, noreplace, &e))
		return cli_report(ctx, &e);
	if (gs_out_private_as(&o, src_mode)) {
		gs_out_abort(&o);
		return cli_error(ctx, GS_EX_CANTCREAT, "%s: cannot set its "
				 "mode: %s", path, strerror(errno));
	}
	write_rows(o.fp, r, source, a->min_conf);
	if (ferror((FILE *)o.fp)) {
		gs_out_abort(&o);
		return cli_error(ctx, GS_EX_IOERR, "writing '%s': %s", path,
				 strerror(errno));
	}
	if (gs_out_commit(&o, &e))
		return cli_report(ctx, &e);
	return GS_EX_OK;
}

/* Tell where the as-of date came from when it is not the text's own. */
static void say_asof(const struct gs_ctx *ctx, const char *path,
		     const struct xresult *r)
{
	char date[16];

	gs_snprintf(date, sizeof(date), "no date");
	if (r->as_of != 0)
		date_format(r->as_of, date, sizeof(date));
	if (r->as_of_src == XASOF_TODAY && !ctx->quiet)
		cli_error(ctx, 0, "%s: no date in the text; \"this year\" is "
			  "taken as of today, %s (give --as-of)", path, date);
	if (r->as_of_src == XASOF_WEEKDAY && !ctx->quiet)
		cli_error(ctx, 0, "%s: the text's date has no year: %s is the "
			  "last date up to today that fits \"%s\" (check it, "
			  "or give --as-of)", path, date, r->as_of_text);
	if (r->as_of_src == XASOF_FUTURE && !ctx->quiet)
		cli_error(ctx, 0, "%s: the date read as the text's, \"%s\", is "
			  "after today: as_of is left empty (give --as-of)",
			  path, r->as_of_text);
	if (r->as_of_src == XASOF_NOYEAR && !ctx->quiet)
		cli_error(ctx, 0, "%s: the text's date \"%s\" has no year and "
			  "the text states none; the periods that hang on it "
			  "and as_of are left empty (give --as-of)", path,
			  r->as_of_text);
	if (ctx->verbose)
		fprintf(stderr, "%s: %zu candidate%s, as of %s (%s)\n", path,
			r->n, r->n == 1 ? "" : "s", date, r->as_of_text);
}

/* Read, check and extract one text into r. 0, or an exit code after
 * printing the error. */
static int extract_one(const struct gs_ctx *ctx, const struct extract_args *a,
		       const char *path, enum text_from from,
		       struct xresult *r, unsigned *mode)
{
	struct xopts xo;
	struct gs_err e;
	char *buf = NULL;
	size_t len;
	int rc;

	memset(r, 0, sizeof(*r));
	*mode = 0777; /* stdin, when it cannot be told */
	if ((rc = slurp(ctx, path, from, &buf, &len, mode)) != 0)
		goto cleanup;
	gs_err_clear(&e);
	if (extract_check(buf, len, strcmp(path, "-") ? path : "stdin", &e)) {
		rc = cli_report(ctx, &e);
		goto cleanup;
	}
	xo.as_of = a->as_of;
	xo.today = cal_today(); /* UTC: the one clock of ingest and retract */
	if (extract_run(buf, len, &xo, r, &e)) {
		rc = cli_report(ctx, &e);
		goto cleanup;
	}
	xresult_no_future(r, xo.today);
	say_asof(ctx, path, r);
cleanup:
	free(buf);
	return rc;
}

static const char *source_of(const struct extract_args *a, const char *path)
{
	if (a->source)
		return a->source;
	return strcmp(path, "-") == 0 ? "stdin" : base_name(path);
}

/* One text, its candidates to stdout or -o FILE, never replacing one: a
 * candidates file is where a person reviews and corrects the rows, and a
 * second run replaced that work without a word. */
static int one_text(const struct gs_ctx *ctx, const struct extract_args *a,
		    char **argv)
{
	struct xresult r;
	struct gs_err e;
	unsigned mode;
	int rc;

	gs_err_clear(&e);
	if (a->output && (outpath_is_db(a->output, ctx->db_path, &e) ||
			  outpath_is_input(a->output, argv, 1, &e)))
		return cli_usage(ctx, NULL, "-o %s", e.msg);
	rc = extract_one(ctx, a, argv[0], TEXT_GIVEN, &r, &mode);
	if (rc == 0 && (a->output == NULL || strcmp(a->output, "-") == 0))
		write_rows(stdout, &r, source_of(a, argv[0]), a->min_conf);
	else if (rc == 0)
		rc = write_file(ctx, a->output, true, a, &r,
				source_of(a, argv[0]), mode);
	xresult_free(&r);
	return rc;
}

/* Several texts or directories: OUTDIR/NAME.csv for each, never
 * replacing; a text that fails is reported and the others still run;
 * the exit code is the first failure's. */
static int many_texts(const struct gs_ctx *ctx, const struct extract_args *a,
		      char **argv, size_t n)
{
	struct xinputs in;
	struct xresult r;
	struct gs_err e;
	size_t i;
	unsigned mode;
	int rc = 0, one;

	gs_err_clear(&e);
	if (xinputs_collect(argv, n, a->output, &in, &e)) {
		xinputs_free(&in);
		return e.code == GS_EX_USAGE ? cli_usage(ctx, NULL, "%s", e.msg)
					     : cli_report(ctx, &e);
	}
	for (i = 0; i < in.nskipped && !ctx->quiet; i++)
		cli_error(ctx, 0, "%s: not a regular file, skipped",
			  in.skipped[i]);
	for (i = 0; i < in.n; i++) {
		const struct xinput *x = &in.v[i];

		memset(&r, 0, sizeof(r));
		gs_err_clear(&e);
		if (x->done && !x->changed) {
			if (ctx->verbose)
				fprintf(stderr, "%s: extracted already, to %s\n",
					x->path, x->out);
			continue;
		}
		if (x->in_way)
			one = cli_error(ctx, GS_EX_CANTCREAT, "%s: exists and is "
					"not a candidates file (a directory, a "
					"link ...); %s not extracted", x->out,
					x->path);
		else if (x->changed)
			one = cli_error(ctx, GS_EX_CANTCREAT, "%s: changed since "
					"%s was written; move that file away to "
					"extract the text again", x->path, x->out);
		else if (outpath_is_db(x->out, ctx->db_path, &e))
			one = cli_report(ctx, &e);
		else if ((one = extract_one(ctx, a, x->path, x->listed ?
					    TEXT_LISTED : TEXT_NAMED, &r,
					    &mode)) == 0)
			one = write_file(ctx, x->out, true, a, &r,
					 source_of(a, x->path), mode);
		xresult_free(&r);
		rc = rc ? rc : one;
	}
	xinputs_free(&in);
	return rc;
}

static bool is_dir(const char *path)
{
	struct stat st;

	return path != NULL && stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Is path, trailing slashes aside ("cands/" names the link, yet lstat
 * would follow it), a symbolic link? */
static bool is_link(const char *path)
{
	char buf[4096];
	size_t n = strlen(path);
	struct stat st;

	while (n > 1 && path[n - 1] == '/')
		n--;
	if (n >= sizeof(buf))
		return false;
	memcpy(buf, path, n);
	buf[n] = '\0';
	return lstat(buf, &st) == 0 && S_ISLNK(st.st_mode);
}

int cmd_extract(int argc, char **argv, struct gs_ctx *ctx)
{
	struct extract_args a = { 0, NULL, NULL, 0 };
	int rc, n, i;
	bool many;

	if ((rc = cli_parse(argc, argv, ctx, longopts, usage, option, &a)))
		return rc < 0 ? GS_EX_OK : rc;
	n = argc - optind;
	if (n < 1)
		return cli_usage(ctx, usage, "give a text FILE");
	many = n > 1 || is_dir(a.output);
	for (i = optind; i < argc && !many; i++)
		many = is_dir(argv[i]);
	if (!many)
		return one_text(ctx, &a, &argv[optind]);
	if (!is_dir(a.output))
		return cli_usage(ctx, NULL, "several texts or a directory need "
				 "-o OUTDIR, an existing directory");
	if (is_link(a.output))
		return cli_error(ctx, GS_EX_CANTCREAT, "-o %s: a symbolic link; "
				 "name the directory itself (candidates are "
				 "never written through a link)", a.output);
	return many_texts(ctx, &a, &argv[optind], (size_t)n);
}
