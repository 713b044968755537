/*
** cmd_chart.c: `growthstat chart KEY... -o chart.png`: a self-contained
** gnuplot script of the series and the image gnuplot draws from it; with
** --all, one chart per series in a directory, with an index.md.
*/
#include "../../common.h" /* first: cli.h includes <getopt.h> before it */

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../../commands.h"
#include "cmd_chart_files.h"
#include "../cmd_keys.h"
#include "../cmd_analysis.h"
#include "../cmd_deflate.h"
#include "chart_releases.h"
#include "plot_build.h"
#include "plot_index.h"
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

struct chart {
	struct rp_series *rs;
	struct pb_series *pb;
	size_t n;
	struct gs_period base;  /* --deflate: in the prices of */
};

static void chart_free(struct chart *ch)
{
	size_t i;

	for (i = 0; i < ch->n; i++) {
		pb_free(&ch->pb[i]);
		rp_free(&ch->rs[i]);
	}
	free(ch->rs);
	free(ch->pb);
	memset(ch, 0, sizeof(*ch));
}

static int load(struct gs_ctx *ctx, const struct copts *o, char **keys,
		size_t n, struct chart *ch, struct gs_err *e)
{
	size_t i;

	ch->rs = xcalloc(o->fvl ? 2 : n, sizeof(*ch->rs));
	ch->pb = xcalloc(o->fvl ? 2 : n, sizeof(*ch->pb));
	if (o->fvl) {
		ch->n = n = 2;
		if (chart_releases(ctx->db, &o->r.rp, keys[0], ch->rs, e))
			return -1;
	}
	for (i = 0; i < n; i++) {
		const struct series_info *a = &ch->rs[0].info, *b;

		if (!o->fvl &&
		    rp_load(ctx->db, keys[i], &o->r.rp, &ch->rs[i], e))
			return -1;
		ch->n = i + 1 > ch->n ? i + 1 : ch->n;
		if (rs_apply_e(ctx, &o->rs, &ch->rs[i], e) ||
		    (o->deflate && df_apply(ctx, &o->ix, &ch->rs[i],
					    &ch->base, e)))
			return -1;
		b = &ch->rs[i].info;
		if (!o->pb.index && (strcmp(a->dim, b->dim) != 0 ||
				     strcmp(a->sym, b->sym) != 0))
			return gs_errf(e, GS_EX_DATAERR, "'%s' (%s) and '%s' "
				       "(%s) have different units and cannot "
				       "share an axis; chart them separately "
				       "or give --index PERIOD", keys[0],
				       *a->sym ? a->sym : "no unit", keys[i],
				       *b->sym ? b->sym : "no unit");
		if (pb_build(&ch->rs[i], &o->pb, &ch->pb[i], e))
			return -1;
	}
	return 0;
}

/* How ch is drawn into out (chart_draw in cmd_chart_files.c). */
static int draw(const struct gs_ctx *ctx, const struct copts *o,
		const struct chart *ch, const char *out, const char *script,
		bool *missing, struct gs_err *e)
{
	struct pb_chart pc;
	struct pb_chart_more pm;
	char title[256];

	pc.output = NULL;
	pc.title = o->title;
	if (o->deflate && o->title == NULL)
		pc.title = df_title(&ch->rs[0], &ch->base, o->deflate, title,
				    sizeof(title));
	else if (o->fvl && o->title == NULL)
		pc.title = chart_releases_title(&ch->rs[0], title,
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
	return chart_draw(ctx, ch->rs, ch->pb, ch->n, &pc, &pm, out, script,
			  o->script_only, missing, e);
}

static bool say(const struct gs_ctx *ctx)
{
	return ctx->verbose > 0 || (!ctx->quiet && isatty(1));
}

static int one(struct gs_ctx *ctx, struct copts *o, char **keys, size_t n)
{
	char obuf[PATH_MAX], sbuf[PATH_MAX], name[200];
	const char *out = o->output, *script = o->script;
	struct chart ch = { 0 };
	struct gs_err e;
	bool missing = false;
	int rc;

	o->pdf = out && plot_path_ends(out, ".pdf");
	if (o->pdf && o->svg)
		return cli_usage(ctx, NULL, "--svg and a .pdf output: choose "
				 "one");
	o->svg = o->svg || (out && plot_path_ends(out, ".svg"));
	if (out == NULL) {
		plot_safe_name(keys[0], name, sizeof(name));
		gs_snprintf(obuf, sizeof(obuf), "%s.%s", name, o->svg ? "svg" :
			    "png");
		out = obuf;
	}
	if (script == NULL) {
		size_t k = strlen(out);

		if (plot_path_ends(out, ".png") || plot_path_ends(out, ".svg") ||
		    plot_path_ends(out, ".pdf"))
			k -= 4;
		gs_snprintf(sbuf, sizeof(sbuf), "%.*s.gp", (int)k, out);
		script = sbuf;
	}
	gs_err_clear(&e);
	if (plot_path_check("--output", out, ctx->db_path, &e) ||
	    plot_path_check("--script", script, ctx->db_path, &e))
		return cli_usage(ctx, NULL, "%s", e.msg);
	if (plot_path_same(out, script))
		return cli_usage(ctx, NULL, "the script and the image would be "
				 "the same file '%s'", out);
	if (load(ctx, o, keys, n, &ch, &e) ||
	    (rc = draw(ctx, o, &ch, out, script, &missing, &e)) < 0) {
		chart_free(&ch);
		return cli_report(ctx, &e);
	}
	chart_free(&ch);
	if (rc)
		return rc;
	if (say(ctx))
		printf(o->script_only ? "%s (script only)\n" : "%s (script "
		       "%s)\n", o->script_only ? script : out, script);
	return GS_EX_OK;
}

/* ---- --all ---- */

struct batch {
	struct plot_index_entry *ix;
	size_t n;
	char **names;           /* file bases in use */
	bool missing;           /* gnuplot not found: stop running it */
	int worst;
};

static char *keepf(const char *fmt, const char *a, const char *b)
{
	struct gs_buf s = { 0 };

	gs_buf_printf(&s, fmt, a, b);
	return s.s;
}

/* One series of the batch: 0 (charted or listed as not charted), or an
 * exit code that stops the batch. */
static int batch_one(struct gs_ctx *ctx, struct copts *o, struct batch *b,
		     const struct series_info *si)
{
	struct plot_index_entry *x;
	struct chart ch = { 0 };
	char *key = si->key, *base, *out, *script;
	struct gs_err e;
	int rc = 0, drawn = 0;

	GS_GROW(b->ix, b->n);
	GS_GROW(b->names, b->n);
	x = &b->ix[b->n];
	memset(x, 0, sizeof(*x));
	b->names[b->n] = NULL;
	base = plot_index_name(b->names, b->n, key);
	b->names[b->n++] = base;
	x->key = xstrdup(key);
	x->name = xstrdup(si->name ? si->name : "");
	x->unit = xstrdup(si->sym ? si->sym : "");
	out = keepf(o->svg ? "%s/%s.svg" : "%s/%s.png", o->dir, base);
	script = keepf("%s/%s.gp", o->dir, base);
	gs_err_clear(&e);
	if (plot_path_check("--dir", out, ctx->db_path, &e) ||
	    plot_path_check("--dir", script, ctx->db_path, &e)) {
		x->note = xstrdup(e.msg);
	} else if (load(ctx, o, &key, 1, &ch, &e) ||
		   (drawn = draw(ctx, o, &ch, out, script, &b->missing,
				 &e)) < 0) {
		if (e.code != GS_EX_DATAERR && e.code != GS_EX_USAGE)
			rc = cli_report(ctx, &e);
		x->note = xstrdup(gs_msg_unkeyed(key, e.msg));
	} else {
		x->image = keepf("%s.%s", base, o->svg ? "svg" : "png");
		x->script = keepf("%s%s.gp", base, "");
		if (ch.pb[0].proj_note)
			x->note = keepf("no projection: %s%s", gs_msg_unkeyed(key,
					ch.pb[0].proj_note), "");
		if (drawn != GS_EX_OK)
			b->worst = GS_EX_UNAVAILABLE;
	}
	chart_free(&ch);
	free(out);
	free(script);
	return rc;
}

static void batch_free(struct batch *b)
{
	size_t i;

	for (i = 0; i < b->n; i++) {
		free((char *)b->ix[i].key);
		free((char *)b->ix[i].name);
		free((char *)b->ix[i].unit);
		free((char *)b->ix[i].image);
		free((char *)b->ix[i].script);
		free((char *)b->ix[i].note);
		free(b->names[i]);
	}
	free(b->ix);
	free(b->names);
}

static int all(struct gs_ctx *ctx, struct copts *o, const char *glob)
{
	struct batch b = { 0 };
	struct series_list l = { 0 };
	struct gs_err e;
	struct stat st;
	size_t i, charted = 0;
	char *index = NULL;
	int rc = 0;

	gs_err_clear(&e);
	o->pb.project_optional = true;
	if (glob && keys_require(ctx->db, &glob, 1, &e))
		return cli_report(ctx, &e);
	if (mkdir(o->dir, 0777) != 0 && errno != EEXIST)
		return gs_errf(&e, GS_EX_CANTCREAT, "cannot create '%s': %s",
			       o->dir, strerror(errno)), cli_report(ctx, &e);
	if (stat(o->dir, &st) != 0 || !S_ISDIR(st.st_mode))
		return gs_errf(&e, GS_EX_CANTCREAT, "'%s' is not a directory",
			       o->dir), cli_report(ctx, &e);
	if (series_list(ctx->db, glob, &l, &e))
		return cli_report(ctx, &e);
	for (i = 0; i < l.n && rc == 0; i++)
		rc = batch_one(ctx, o, &b, &l.v[i]);
	index = keepf("%s/%s", o->dir, "index.md");
	if (rc == 0 && plot_path_check("--dir", index, ctx->db_path, &e))
		rc = cli_usage(ctx, NULL, "%s", e.msg);
	if (rc == 0)
		rc = chart_write_index(ctx, index, b.ix, b.n);
	for (i = 0; i < b.n; i++)
		charted += b.ix[i].image != NULL;
	if (rc == 0 && say(ctx))
		printf("%s: %zu chart%s, %zu series not charted\n", index,
		       charted, charted == 1 ? "" : "s", b.n - charted);
	free(index);
	batch_free(&b);
	series_list_free(&l);
	return rc ? rc : b.worst;
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
