/*
** cmd_extract.c: `growthstat extract FILE.txt`: the dated figures a plain
** text states, as candidate rows of the canonical CSV for a person to
** review, complete and ingest. No database is opened.
*/
#include "../../common.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "../../commands.h"
#include "extract.h"
#include "../outpath.h"

static const char usage[] =
	"usage: growthstat extract FILE.txt [--source NAME] [--as-of DATE]\n"
	"                          [-o candidates.csv]\n"
	"\n"
	"Reads a plain-text document (UTF-8, English or Russian; '-' is stdin)\n"
	"and writes the figures it states as rows of the canonical CSV: value,\n"
	"unit with its scale, qualifier, kind, period and base period, the\n"
	"sentence in the note, and a series key proposed from the subject (left\n"
	"empty when the text names none: ingest refuses such rows until a\n"
	"person fills them in). Review the rows, then `growthstat ingest` them.\n"
	"\n"
	"  --as-of DATE   the date the text speaks from: \"this year\" and\n"
	"                 \"last year\" resolve against it, and it fills as_of\n"
	"                 (default: a date line of the text, else today)\n"
	"  --source NAME  the source column (default: the file's name)\n"
	"  -o, --output FILE  write the CSV to FILE instead of stdout\n"
	"\n"
	"-v tells where the as-of date came from and how many rows were found.\n";

enum { OPT_ASOF = OPT_COMMON_LAST, OPT_SOURCE };

static const struct option longopts[] = {
	{ "as-of", required_argument, NULL, OPT_ASOF },
	{ "source", required_argument, NULL, OPT_SOURCE },
	{ "output", required_argument, NULL, 'o' },
	CLI_COMMON_LONGOPTS
};

struct extract_args {
	int32_t as_of;
	const char *source;
	const char *output;
};

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	struct extract_args *a = arg;

	if (c == OPT_ASOF)
		return cli_date(ctx, "--as-of", val, &a->as_of) ? GS_EX_USAGE : 0;
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

/* Read all of path ("-" for stdin) into *buf. 0, or an exit code after
 * printing the error. */
static int slurp(const struct gs_ctx *ctx, const char *path, char **buf,
		 size_t *len)
{
	FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
	size_t cap = 1 << 16, n;
	int rc = 0;

	*buf = NULL;
	*len = 0;
	if (f == NULL)
		return cli_error(ctx, GS_EX_NOINPUT, "cannot open '%s': %s", path,
				 strerror(errno));
	*buf = xmalloc(cap);
	while ((n = fread(*buf + *len, 1, cap - *len, f)) > 0) {
		*len += n;
		if (*len == cap) {
			if (cap > ((size_t)64 << 20))
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

static void write_rows(FILE *out, const struct xresult *r, const char *source)
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

		xper_format(&c->period, period, sizeof(period));
		xper_format(&c->base, base, sizeof(base));
		gs_snprintf(value, sizeof(value), "%.15g",
			    c->value == 0 ? 0 : c->value);
		field(out, c->series, false);
		field(out, period, false);
		field(out, kind_name(c->kind), false);
		field(out, value, false);
		field(out, c->unit, false);
		field(out, qual_name(c->qual), false);
		field(out, base, false);
		field(out, as_of, false);
		field(out, source, false);
		field(out, c->note, true);
	}
}

static int32_t today(void)
{
	time_t now = time(NULL);
	struct tm tm;

	if (localtime_r(&now, &tm) == NULL)
		return 20000101;
	return (int32_t)((tm.tm_year + 1900) * 10000 + (tm.tm_mon + 1) * 100 +
			 tm.tm_mday);
}

static const char *base_name(const char *path)
{
	const char *slash = strrchr(path, '/');

	return slash ? slash + 1 : path;
}

/* -o FILE: created under an exclusive temporary name and renamed into
 * place (common.h gs_out), so never written through a planted link; the
 * database and the input are refused as outputs. */
static int write_out(const struct gs_ctx *ctx, const struct extract_args *a,
		     const struct xresult *r, const char *source)
{
	struct gs_out o;
	struct gs_err e;

	if (a->output == NULL || strcmp(a->output, "-") == 0) {
		write_rows(stdout, r, source);
		return GS_EX_OK;
	}
	gs_err_clear(&e);
	if (gs_out_open(&o, a->output, false, &e))
		return cli_report(ctx, &e);
	write_rows(o.fp, r, source);
	if (ferror((FILE *)o.fp)) {
		gs_out_abort(&o);
		return cli_error(ctx, GS_EX_IOERR, "writing '%s': %s",
				 a->output, strerror(errno));
	}
	if (gs_out_commit(&o, &e))
		return cli_report(ctx, &e);
	return GS_EX_OK;
}

int cmd_extract(int argc, char **argv, struct gs_ctx *ctx)
{
	struct extract_args a = { 0, NULL, NULL };
	struct xopts xo;
	struct xresult r = { 0 };
	struct gs_err e;
	const char *path, *source;
	char *buf = NULL, date[16];
	size_t len;
	int rc;

	if ((rc = cli_parse(argc, argv, ctx, longopts, usage, option, &a)))
		return rc < 0 ? GS_EX_OK : rc;
	if (argc - optind != 1)
		return cli_usage(ctx, usage, "give one text FILE");
	path = argv[optind];
	gs_err_clear(&e);
	if (a.output && (outpath_is_db(a.output, ctx->db_path, &e) ||
			 outpath_is_input(a.output, &argv[optind], 1, &e)))
		return cli_usage(ctx, NULL, "-o %s", e.msg);
	source = a.source ? a.source : strcmp(path, "-") == 0 ? "stdin" :
		 base_name(path);
	if ((rc = slurp(ctx, path, &buf, &len)) != 0)
		goto cleanup;
	gs_err_clear(&e);
	if (extract_check(buf, len, strcmp(path, "-") ? path : "stdin", &e)) {
		rc = cli_report(ctx, &e);
		goto cleanup;
	}
	xo.as_of = a.as_of;
	xo.today = today();
	if (extract_run(buf, len, &xo, &r, &e)) {
		rc = cli_report(ctx, &e);
		goto cleanup;
	}
	gs_snprintf(date, sizeof(date), "no date");
	if (r.as_of != 0)
		date_format(r.as_of, date, sizeof(date));
	if (r.as_of_src == XASOF_TODAY && !ctx->quiet)
		cli_error(ctx, 0, "%s: no date in the text; \"this year\" is "
			  "taken as of today, %s (give --as-of)", path, date);
	if (r.as_of_src == XASOF_NOYEAR && !ctx->quiet)
		cli_error(ctx, 0, "%s: the text's date \"%s\" has no year and "
			  "the text states none; the periods that hang on it "
			  "and as_of are left empty (give --as-of)", path,
			  r.as_of_text);
	if (ctx->verbose)
		fprintf(stderr, "%s: %zu candidate%s, as of %s (%s)\n", path, r.n,
			r.n == 1 ? "" : "s", date, r.as_of_text);
	rc = write_out(ctx, &a, &r, source);
cleanup:
	xresult_free(&r);
	free(buf);
	return rc;
}
