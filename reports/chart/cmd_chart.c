/*
** cmd_chart.c: `growthstat chart KEY... -o chart.png`: a self-contained
** gnuplot script of the series and the image gnuplot draws from it; with
** --all, one chart per series in a directory, with an index.md.
*/
#include "../../common.h" /* first: cli.h includes <getopt.h> before it */

#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../commands.h"
#include "../cmd_keys.h"
#include "../cmd_analysis.h"
#include "../cmd_deflate.h"
#include "chart_files.h"
#include "chart_load.h"
#include "chart_name.h"
#include "plot_path.h"

static const char usage[] =
	"usage: growthstat chart KEY... [-o chart.png] [--script chart.gp] [options]\n"
	"       growthstat chart --all [GLOB] -d DIR [options]\n"
	"\n"
	"Writes a gnuplot script with the figures of the series inline (so\n"
	"`gnuplot chart.gp` redraws the chart without the database), then runs\n"
	"gnuplot on it. Levels are solid lines with points, flows bars over their\n"
	"period, projections dashed over their prediction interval, targets\n"
	"diamonds; figures stated as bounds (over, about, up to) are open markers\n"
	"with arrows or error bars. Several series share one axis when their\n"
	"units agree; else give --index.\n"
	"\n"
	"  -o, --output FILE       the image (default KEY.png in this directory)\n"
	"      --script FILE       the script (default: the image's name, .gp)\n"
	"      --svg               SVG instead of PNG (also for -o *.svg);\n"
	"                          -o *.pdf writes PDF (gnuplot's pdfcairo)\n"
	"      --size WxH          pixels (default 1280x720)\n"
	"      --title TEXT        the title (default: the series' name)\n"
	"      --from PERIOD       first period shown\n"
	"      --to PERIOD         last period shown\n"
	"      --project-to PERIOD draw a projection up to PERIOD\n"
	"      --method M          cagr (default), linear or loglinear\n"
	"      --level L           prediction interval level (default 0.95)\n"
	"      --index PERIOD      each series as 100 at PERIOD\n"
	"      --frequency F, --aggregation A  annual|quarterly|monthly;\n"
	"                          sum|avg|eop, as for show\n"
	"      --deflate INDEX     in real terms, in prices of the first figure's\n"
	"                          period (see growthstat project --help)\n"
	"      --log               logarithmic value axis\n"
	"      --ymin Y, --ymax Y  ends of the value axis, in its units as\n"
	"                          shown (200 on a \"bn RUB\" axis)\n"
	"      --first-vs-latest   one KEY as first released against as last\n"
	"                          revised (revisions KEY lists them)\n"
	"      --script-only       write the script; do not run gnuplot\n"
	"      --all [GLOB]        one chart per series (matching GLOB)\n"
	"  -d, --dir DIR           where --all writes charts and index.md\n"
	"      --as-of DATE        " CLI_AS_OF_HELP "\n"
	"      --approx-tolerance F  width of \"about\" (default 0.05)\n"
	"\n"
	"gnuplot is $GROWTHSTAT_GNUPLOT, else gnuplot on the PATH.\n"
	"Exit: 0 ok; 2 usage; 65 unknown series (or a glob that matches none),\n"
	"nothing to draw or different\n"
	"units; 69 gnuplot missing or failed (the script is still written);\n"
	"73 cannot create an output; 74 database error.\n";

enum { OPT_SCRIPT = OPT_R_FIRST_FREE, OPT_FROM, OPT_TO, OPT_PROJ, OPT_METHOD,
       OPT_LEVEL, OPT_INDEX, OPT_LOG, OPT_TITLE, OPT_SIZE, OPT_SVG, OPT_ALL,
       OPT_SONLY, OPT_YMIN, OPT_YMAX, OPT_FVL };

static const struct option longopts[] = {
	{ "output", required_argument, NULL, 'o' },
	{ "script", required_argument, NULL, OPT_SCRIPT },
	{ "from", required_argument, NULL, OPT_FROM },
	{ "to", required_argument, NULL, OPT_TO },
	{ "project-to", required_argument, NULL, OPT_PROJ },
	{ "method", required_argument, NULL, OPT_METHOD },
	{ "level", required_argument, NULL, OPT_LEVEL },
	{ "index", required_argument, NULL, OPT_INDEX },
	{ "log", no_argument, NULL, OPT_LOG },
	{ "title", required_argument, NULL, OPT_TITLE },
	{ "size", required_argument, NULL, OPT_SIZE },
	{ "svg", no_argument, NULL, OPT_SVG },
	{ "all", no_argument, NULL, OPT_ALL },
	{ "dir", required_argument, NULL, 'd' },
	{ "script-only", no_argument, NULL, OPT_SONLY },
	{ "first-vs-latest", no_argument, NULL, OPT_FVL },
	{ "ymin", required_argument, NULL, OPT_YMIN },
	{ "ymax", required_argument, NULL, OPT_YMAX },
	RESAMPLE_LONGOPTS,
	DEFLATE_LONGOPT,
	CLI_AS_OF_LONGOPT,
	{ "approx-tolerance", required_argument, NULL, OPT_R_APPROX },
	CLI_COMMON_LONGOPTS
};

struct copts {
	struct report_opts r;
	struct pb_opts pb;
	const char *output, *script, *title, *dir;
	char index_text[64];
	bool log, svg, pdf, all, script_only, fvl;
	bool has_ymin, has_ymax;
	double ymin, ymax;
	int width, height;
	struct rs_opts rs;
	const char *deflate;     /* --deflate INDEX */
	struct df_index ix;
};

struct prep_arg {
	const struct gs_ctx *ctx;
	const struct copts *o;
};

/* --ymin/--ymax: a finite number, nothing after it. */
static int y_opt(struct gs_ctx *ctx, const char *name, const char *val,
		 bool *has, double *y)
{
	char *end;

	errno = 0;
	*y = strtod(val, &end);
	if (end == val || *end != '\0' || errno != 0 || !isfinite(*y))
		return cli_usage(ctx, NULL, "%s: a number in the axis' units, "
				 "not '%s'", name, val);
	*has = true;
	return 0;
}

static int size_opt(struct gs_ctx *ctx, const char *val, struct copts *o)
{
	char *end;
	long w, h;

	errno = 0;
	w = strtol(val, &end, 10);
	if (end != val && (*end == 'x' || *end == 'X')) {
		const char *p = end + 1;

		h = strtol(p, &end, 10);
		if (end != p && *end == '\0' && errno == 0 && w >= 320 &&
		    w <= 10000 && h >= 200 && h <= 10000) {
			o->width = (int)w;
			o->height = (int)h;
			return 0;
		}
	}
	return cli_usage(ctx, NULL, "--size: WIDTHxHEIGHT in pixels, from "
			 "320x200 to 10000x10000, not '%s'", val);
}

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	struct copts *o = arg;
	int k;

	if ((k = rs_option(ctx, &o->rs, c, val)) != 0)
		return k == 1 ? 0 : k;
	if (c == OPT_RS_DEFLATE) {
		o->deflate = val;
		return 0;
	}
	if ((k = report_option(ctx, &o->r, c, val)) != 0)
		return k == 1 ? 0 : k;
	switch (c) {
	case 'o': o->output = val; return 0;
	case OPT_SCRIPT: o->script = val; return 0;
	case 'd': o->dir = val; return 0;
	case OPT_TITLE: o->title = val; return 0;
	case OPT_FROM: return report_period(ctx, "--from", val, &o->pb.from);
	case OPT_TO: return report_period(ctx, "--to", val, &o->pb.to);
	case OPT_PROJ:
		o->pb.project = true;
		return report_period(ctx, "--project-to", val, &o->pb.proj_to);
	case OPT_INDEX:
		o->pb.index = true;
		if ((k = report_period(ctx, "--index", val, &o->pb.index_base)))
			return k;
		pb_period_text(&o->pb.index_base, o->index_text,
			       sizeof(o->index_text));
		return 0;
	case OPT_METHOD: return report_method(ctx, val, &o->pb.method);
	case OPT_LEVEL: return report_level(ctx, val, &o->pb.level);
	case OPT_SIZE: return size_opt(ctx, val, o);
	case OPT_LOG: o->log = true; return 0;
	case OPT_SVG: o->svg = true; return 0;
	case OPT_ALL: o->all = true; return 0;
	case OPT_SONLY: o->script_only = true; return 0;
	case OPT_FVL: o->fvl = true; return 0;
	case OPT_YMIN: return y_opt(ctx, "--ymin", val, &o->has_ymin, &o->ymin);
	case OPT_YMAX: return y_opt(ctx, "--ymax", val, &o->has_ymax, &o->ymax);
	}
	return cli_usage(ctx, usage, "bad option");
}

/* ---- one chart ---- */

/* --frequency and --deflate on each series (chart_load's prep): they
 * warn on stderr, so they are the command's. */
static int prep(void *arg, struct rp_series *s, struct gs_period *base,
		struct gs_err *e)
{
	struct prep_arg *p = arg;

	if (rs_apply_e(p->ctx, &p->o->rs, s, e) ||
	    (p->o->deflate && df_apply(p->ctx, &p->o->ix, s, base, e)))
		return -1;
	return 0;
}

static int load(struct gs_ctx *ctx, const struct copts *o, char **keys,
		size_t n, struct chart *ch, struct gs_err *e)
{
	struct prep_arg pa = { ctx, o };
	struct chart_load_opts lo = { &o->r.rp, &o->pb, o->fvl, prep, &pa };

	return chart_load(ctx->db, &lo, keys, n, ch, e);
}

/* gnuplot's stderr, a line at a time, control characters made visible. */
static void quote_lines(const struct gs_ctx *ctx, const char *text)
{
	char line[512], shown[2048];
	size_t k = 0;
	int n = 0;

	for (;; text++) {
		if (*text == '\n' || *text == '\0') {
			line[k] = '\0';
			gs_escape(shown, sizeof(shown), line);
			if (k && n++ < 20)
				cli_error(ctx, 0, "gnuplot: %s", shown);
			k = 0;
			if (*text == '\0')
				break;
		} else if (k + 1 < sizeof(line)) {
			line[k++] = *text;
		}
	}
}

/* What gnuplot did: its warnings (not with -q), why it did not draw,
 * the words of its failure. */
static void say_gnuplot(const struct gs_ctx *ctx, const struct chart_gnuplot *g)
{
	if (g->when == CHART_SAID_WARNINGS && !ctx->quiet)
		quote_lines(ctx, g->said);
	if (g->rc != GS_EX_OK)
		cli_report(ctx, &g->why);
	if (g->when == CHART_SAID_FAILURE)
		quote_lines(ctx, g->said);
}

/* With --frequency the line is no longer the figures as reported: the
 * key says what they became ("quarterly averages of reported figures"),
 * by the aggregation rs_resample takes for the series' kind. NULL: the
 * figures as reported. */
static const char *reported_words(const struct copts *o,
				  const struct chart *ch, char *buf, size_t n)
{
	static const char *const what[] = { "", "sums", "averages",
					    "end-of-period values" };
	enum rs_agg a = o->rs.a;

	if (o->rs.f == RS_FREQ_NONE || ch->n == 0)
		return NULL;
	if (a == RS_AGG_DEFAULT)
		a = rp_main_kind(&ch->rs[0]) == GS_KIND_FLOW ? RS_SUM : RS_AVG;
	gs_snprintf(buf, n, "%s %s of reported figures",
		    rs_freq_name(o->rs.f), what[a]);
	return buf;
}

/* ch drawn into out (chart_draw, chart_files.h), what gnuplot did said:
 * 0, GS_EX_UNAVAILABLE or GS_EX_IOERR (said), or -1 with e filled. */
static int draw(const struct gs_ctx *ctx, const struct copts *o,
		const struct chart *ch, const char *out, const char *script,
		bool *missing, struct gs_err *e)
{
	struct pb_chart pc;
	struct pb_chart_more pm;
	struct chart_gnuplot g;
	char title[256], words[96];
	int rc;

	pc.output = NULL;
	pc.title = chart_title(ch, o->title, o->deflate, o->fvl, title,
			       sizeof(title));
	pc.svg = o->svg;
	pc.width = o->width;
	pc.height = o->height;
	pc.log = o->log;
	pc.index_base = o->pb.index ? o->index_text : NULL;
	pc.as_of = o->r.rp.as_of;
	pm.pdf = o->pdf;
	pm.has_ymin = o->has_ymin;
	pm.has_ymax = o->has_ymax;
	pm.ymin = o->ymin;
	pm.ymax = o->ymax;
	pm.reported = reported_words(o, ch, words, sizeof(words));
	rc = chart_draw(ch->rs, ch->pb, ch->n, &pc, &pm, out, script,
			o->script_only, missing, &g, e);
	say_gnuplot(ctx, &g);
	chart_gnuplot_free(&g);
	return rc;
}

static bool say(const struct gs_ctx *ctx)
{
	return ctx->verbose > 0 || (!ctx->quiet && isatty(1));
}

static int one(struct gs_ctx *ctx, struct copts *o, char **keys, size_t n)
{
	struct chart_paths p;
	struct chart ch = { 0 };
	struct gs_err e;
	bool missing = false;
	int rc;

	gs_err_clear(&e);
	if (chart_paths(o->output, o->script, keys[0], o->svg, ctx->db_path,
			&p, &e))
		return cli_usage(ctx, NULL, "%s", e.msg);
	if (plot_path_same(p.out, p.script))
		return cli_usage(ctx, NULL, "the script and the image would be "
				 "the same file '%s'", p.out);
	o->svg = p.svg;
	o->pdf = p.pdf;
	if (load(ctx, o, keys, n, &ch, &e) ||
	    (rc = draw(ctx, o, &ch, p.out, p.script, &missing, &e)) < 0) {
		chart_free(&ch);
		return cli_report(ctx, &e);
	}
	chart_free(&ch);
	if (rc)
		return rc;
	if (say(ctx))
		printf(o->script_only ? "%s (script only)\n" : "%s (script "
		       "%s)\n", o->script_only ? p.script : p.out, p.script);
	return GS_EX_OK;
}

/* ---- --all ---- */

/* Series i of the batch: 0 (charted or listed as not charted), or an
 * exit code that stops the batch; *worst becomes 69 when gnuplot fails. */
static int batch_one(struct gs_ctx *ctx, struct copts *o, struct chart_batch *b,
		     size_t i, bool *missing, int *worst)
{
	const struct chart_item *it = &b->it[i];
	char *key = (char *)b->ix[i].key;
	struct chart ch = { 0 };
	struct gs_err e;
	int rc = 0, drawn = 0;

	gs_err_clear(&e);
	if (chart_batch_check(b, i, ctx->db_path, &e)) {
		chart_batch_refused(b, i, e.msg);
	} else if (load(ctx, o, &key, 1, &ch, &e) ||
		   (drawn = draw(ctx, o, &ch, it->out, it->script, missing,
				 &e)) < 0) {
		if (e.code != GS_EX_DATAERR && e.code != GS_EX_USAGE)
			rc = cli_report(ctx, &e);
		chart_batch_failed(b, i, e.msg);
	} else {
		chart_batch_drawn(b, i, ch.pb[0].proj_note);
		if (drawn != GS_EX_OK)
			*worst = GS_EX_UNAVAILABLE;
	}
	chart_free(&ch);
	return rc;
}

static int all(struct gs_ctx *ctx, struct copts *o, const char *glob)
{
	struct chart_batch b;
	struct series_list l = { 0 };
	struct gs_err e;
	char *index;
	size_t i, charted;
	bool missing = false;    /* gnuplot not found: stop running it */
	int rc = 0, worst = 0;

	gs_err_clear(&e);
	o->pb.project_optional = true;
	if ((glob && keys_require(ctx->db, &glob, 1, &e)) ||
	    chart_dir(o->dir, &e) || series_list(ctx->db, glob, &l, &e))
		return cli_report(ctx, &e);
	chart_batch_init(&b, o->dir, o->svg);
	for (i = 0; i < l.n; i++)
		chart_batch_add(&b, &l.v[i]);
	/* every name first: a refusal must leave nothing half-written */
	index = chart_batch_index(&b);
	if (plot_path_check("--dir", index, ctx->db_path, &e))
		rc = cli_usage(ctx, NULL, "%s", e.msg);
	else if (chart_batch_writable(&b, index, &e))
		rc = cli_report(ctx, &e);
	for (i = 0; i < b.n && rc == 0; i++)
		rc = batch_one(ctx, o, &b, i, &missing, &worst);
	if (rc == 0 && chart_index_file(index, b.ix, b.n, &e))
		rc = cli_report(ctx, &e);
	charted = chart_batch_charted(&b);
	if (rc == 0 && say(ctx))
		printf("%s: %zu chart%s, %zu series not charted\n", index,
		       charted, charted == 1 ? "" : "s", b.n - charted);
	free(index);
	chart_batch_free(&b);
	series_list_free(&l);
	return rc ? rc : worst;
}

/* The line as a whole: --all with -d and one GLOB at most, or KEYs. */
static int check_line(struct gs_ctx *ctx, void *arg)
{
	const struct copts *o = arg;
	int n = ctx->nargs;

	if (o->all && o->dir == NULL)
		return cli_usage(ctx, usage, "--all needs -d DIR");
	if (o->all && n > 1)
		return cli_usage(ctx, usage, "--all takes at most one GLOB");
	if (o->all && (o->output || o->script))
		return cli_usage(ctx, usage, "--all names its files itself; "
				 "give -d DIR, not -o or --script");
	if (!o->all && o->dir)
		return cli_usage(ctx, usage, "-d DIR goes with --all");
	if (!o->all && n < 1)
		return cli_usage(ctx, usage, "give a series KEY (or --all)");
	if (n > PLOT_MAX_SERIES)
		return cli_usage(ctx, usage, "at most %d series in one chart",
				 PLOT_MAX_SERIES);
	if (o->fvl && (o->all || n != 1))
		return cli_usage(ctx, usage, "--first-vs-latest charts one KEY");
	return 0;
}

int cmd_chart(int argc, char **argv, struct gs_ctx *ctx)
{
	static const struct cli_spec spec = { usage, longopts, option, 0, -1,
		NULL, check_line };
	struct copts o;
	struct key_args k; /* KEY... with globs read as series reads them */
	int rc;

	memset(&o, 0, sizeof(o));
	if ((rc = report_init(ctx, &o.r)) != 0)
		return rc;
	o.width = 1280;
	o.height = 720;
	o.pb.level = 0.95;
	o.pb.method = PROJ_CAGR;
	if ((rc = report_setup(argc, argv, ctx, &spec, &o, &o.r)) != 0)
		return rc < 0 ? GS_EX_OK : rc;
	if ((rc = df_index_load(ctx, &o.r.rp, o.deflate, &o.ix)) != 0)
		return rc;
	if (o.all)
		rc = all(ctx, &o, ctx->nargs ? ctx->args[0] : NULL);
	else if ((rc = cmd_keys_list(ctx, ctx->args, (size_t)ctx->nargs,
				     PLOT_MAX_SERIES, &k)) == 0) {
		rc = one(ctx, &o, k.v, k.n);
		key_args_free(&k);
	}
	df_index_free(&o.ix);
	return rc;
}
