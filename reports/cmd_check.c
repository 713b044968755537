/*
** cmd_check.c: `growthstat check`: targets against trends, published
** claims against the figures they relate, and threshold questions for
** scripts. Exit 0 when every check passes, 1 when one fails.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../series/parse.h"
#include "../commands.h"
#include "check.h"
#include "cmd_report.h"

static const char usage[] =
	"usage: growthstat check [KEY...] [--method M] [--tolerance F]\n"
	"       growthstat check KEY --reach VALUE --by PERIOD [--method M]\n"
	"       growthstat check KEY --at-least VALUE\n"
	"\n"
	"Without a question, judges every target of the series (all series when\n"
	"no KEY is given) against its trend: the latest figure, the CAGR the\n"
	"target requires, the trend's growth, the projection at the target date,\n"
	"the gap, the year the trend reaches it, and a verdict: ahead, on track\n"
	"(within the tolerance) or behind. Then every stated multiple or percent\n"
	"change whose two ends the data states is checked against them:\n"
	"consistent or inconsistent (outside the tolerance).\n"
	"--reach asks whether the projection reaches VALUE by PERIOD; --at-least\n"
	"whether the latest figure is at least VALUE. VALUE is a number in the\n"
	"series' base unit or a number and unit: '230 billion rubles'.\n"
	"\n"
	"  --method M              trend method: cagr (default), linear, loglinear\n"
	"  --from PERIOD           first period of the trend window\n"
	"  --tolerance F           relative tolerance, default 0.05 (5 %)\n"
	"  --failed                list only the checks that fail\n"
	REPORT_USAGE
	"\n"
	"Exit: 0 every check passes; 1 a check failed (behind target,\n"
	"inconsistent claim, threshold not met); 2 usage; 65 unknown series, too\n"
	"few points, or nothing to check. Targets without a trend are listed as\n"
	"n/a and do not fail the run.\n";

enum { OPT_METHOD = OPT_R_FIRST_FREE, OPT_FROM, OPT_TOL, OPT_REACH, OPT_BY,
       OPT_ATLEAST, OPT_FAILED };

static const struct option longopts[] = {
	{ "method", required_argument, NULL, OPT_METHOD },
	{ "from", required_argument, NULL, OPT_FROM },
	{ "tolerance", required_argument, NULL, OPT_TOL },
	{ "reach", required_argument, NULL, OPT_REACH },
	{ "by", required_argument, NULL, OPT_BY },
	{ "at-least", required_argument, NULL, OPT_ATLEAST },
	{ "failed", no_argument, NULL, OPT_FAILED },
	REPORT_LONGOPTS,
	CLI_COMMON_LONGOPTS
};

struct copts {
	struct report_opts r;
	struct proj_opts p;
	double tol;
	const char *reach, *at_least;
	bool failed_only;
	struct gs_period by;
};

static int option(struct gs_ctx *ctx, void *arg, int c, const char *val)
{
	struct copts *o = arg;
	int k;

	if ((k = report_option(ctx, &o->r, c, val)) != 0)
		return k == 1 ? 0 : k;
	switch (c) {
	case OPT_METHOD: return report_method(ctx, val, &o->p.method);
	case OPT_FROM: return report_period(ctx, "--from", val, &o->p.from);
	case OPT_BY: return report_period(ctx, "--by", val, &o->by);
	case OPT_REACH: o->reach = val; return 0;
	case OPT_ATLEAST: o->at_least = val; return 0;
	case OPT_FAILED: o->failed_only = true; return 0;
	case OPT_TOL:
		if (cli_number(ctx, "--tolerance", val, &o->tol))
			return GS_EX_USAGE;
		if (!(o->tol >= 0 && o->tol < 1))
			return cli_usage(ctx, NULL, "--tolerance: a fraction "
					 "from 0 to 1, not '%s'", val);
		return 0;
	}
	return cli_usage(ctx, usage, "bad option");
}

/* "230", "230e9", "230 billion rubles": a value in the series' base unit.
 * 0, or an exit code after printing. */
/* --reach and --at-least compare levels: a percent or a multiple is a
 * change, and would silently read as a number of base units. */
static int not_level(const struct gs_ctx *ctx, const struct rp_series *s,
		     const char *text)
{
	return cli_error(ctx, GS_EX_DATAERR, "'%s' is a change, not a level of "
			 "%s: give a value in its unit (%s)", text, s->key,
			 s->info.sym[0] ? s->info.sym : "a plain number");
}

static int threshold(const struct gs_ctx *ctx, const struct rp_series *s,
		     const char *text, double *v)
{
	const char *why = NULL;
	struct gs_unit u;
	char *num;
	bool pct, found = false;
	size_t i;

	if (value_parse(text, v, &pct, &why) == 0)
		return pct && strcmp(s->info.dim, "percent") != 0 ?
		       not_level(ctx, s, text) : 0;
	/* Each space, from the right, may split the number from the unit. */
	num = xstrdup(text);
	for (i = strlen(text); i-- > 0 && !found;) {
		if (text[i] != ' ')
			continue;
		num[i] = '\0';
		found = value_parse(num, v, &pct, &why) == 0 &&
			unit_parse(text + i + 1, &u, &why) == 0;
	}
	free(num);
	if (!found)
		return cli_usage(ctx, NULL, "bad value '%s' (a number, or a "
				 "number and a unit)", text);
	if (strcmp(u.dim, "percent") == 0 || strcmp(u.dim, "ratio") == 0)
		if (strcmp(u.dim, s->info.dim) != 0)
			return not_level(ctx, s, text);
	if (u.dim[0] && strcmp(u.dim, s->info.dim) != 0)
		return cli_error(ctx, GS_EX_DATAERR, "'%s' is not in the unit "
				 "of %s (%s)", text, s->key,
				 s->info.dim[0] ? s->info.dim : "a plain number");
	*v *= u.factor;
	return 0;
}

static void pct_cell(const struct gs_ctx *ctx, double f, char *b, size_t n)
{
	if (isnan(f))
		b[0] = '\0';
	else if (ctx->format == FMT_TABLE)
		gs_snprintf(b, n, "%.3f %%", 100 * f);
	else
		fmt_num(100 * f, b, n);
}

/* The year a decimal time falls in: 2027.0 (end of 2026) is 2026. */
static void year_cell(double t, char *b, size_t n)
{
	if (isnan(t))
		gs_snprintf(b, n, "never");
	else
		gs_snprintf(b, n, "%d", (int)ceil(t - 1e-9) - 1);
}

static void target_row(const struct gs_ctx *ctx, struct table *t,
		       const struct rp_series *s, const struct target_eval *v)
{
	const struct gs_obs *o = &s->obs.v[v->obs];
	char tv[80], by[48], lat[80], req[32], tr[32], pr[64], gap[32],
	     yr[16], refs[64];
	const char *cells[11];

	report_value(ctx, o->value, s->info.sym, tv, sizeof(tv));
	if (o->qual && ctx->format == FMT_TABLE) {
		char q[96];

		gs_snprintf(q, sizeof(q), "%s %s", o->qual == GS_QUAL_UP_TO ?
			    "up to" : o->qual == GS_QUAL_AT_LEAST ? "at least" :
			    qual_name(o->qual), tv);
		gs_snprintf(tv, sizeof(tv), "%s", q);
	}
	period_format(&o->period, by, sizeof(by));
	lat[0] = pr[0] = '\0';
	if (v->latest)
		report_value(ctx, v->latest->p.v, s->info.sym, lat, sizeof(lat));
	pct_cell(ctx, v->required.v, req, sizeof(req));
	pct_cell(ctx, v->trend.v, tr, sizeof(tr));
	if (v->verdict != V_NA)
		report_value(ctx, v->projected.v, s->info.sym, pr, sizeof(pr));
	pct_cell(ctx, v->gap, gap, sizeof(gap));
	year_cell(v->t_reached, yr, sizeof(yr));
	gs_snprintf(refs, sizeof(refs), "#%zu%s%s", v->obs + 1,
		    v->verdict == V_NA ? " " : "", v->verdict == V_NA ?
		    v->why : "");
	cells[0] = s->key;
	cells[1] = tv;
	cells[2] = by;
	cells[3] = lat;
	cells[4] = req;
	cells[5] = tr;
	cells[6] = pr;
	cells[7] = gap;
	cells[8] = v->verdict == V_NA ? "" : yr;
	cells[9] = verdict_name(v->verdict);
	cells[10] = refs;
	table_add(t, cells);
}

static void claim_row(const struct gs_ctx *ctx, struct table *t,
		      const struct rp_series *s, const struct claim_eval *c)
{
	const struct gs_obs *o = &s->obs.v[c->obs];
	char st[64], per[48], base[48], fr[64], to[64], ac[64], lo[32],
	     hi[32], refs[64];
	const char *cells[11];

	report_value(ctx, c->stated.v, "×", st, sizeof(st));
	period_format(&o->period, per, sizeof(per));
	period_format(&o->base, base, sizeof(base));
	report_value(ctx, c->from.v, s->info.sym, fr, sizeof(fr));
	report_value(ctx, c->to.v, s->info.sym, to, sizeof(to));
	report_value(ctx, c->actual.v, "×", ac, sizeof(ac));
	report_bound(ctx, c->actual.lo == c->actual.hi ? NAN : c->actual.lo,
		     "×", lo, sizeof(lo));
	report_bound(ctx, c->actual.lo == c->actual.hi ? NAN : c->actual.hi,
		     "×", hi, sizeof(hi));
	gs_snprintf(refs, sizeof(refs), "#%zu #%zu #%zu", c->obs + 1,
		    c->from_obs + 1, c->to_obs + 1);
	cells[0] = s->key;
	cells[1] = st;
	cells[2] = base;
	cells[3] = per;
	cells[4] = fr;
	cells[5] = to;
	cells[6] = ac;
	cells[7] = lo;
	cells[8] = hi;
	cells[9] = verdict_name(c->verdict);
	cells[10] = refs;
	table_add(t, cells);
}

struct run {
	const struct copts *o;
	struct table *targets, *claims;
	long failed, checked;
};

static int one_series(struct gs_ctx *ctx, struct rp_series *s, void *arg)
{
	struct run *r = arg;
	const struct copts *o = r->o;
	struct projection pj;
	struct gs_err e;
	bool have_pj;
	size_t i;

	gs_err_clear(&e);
	have_pj = proj_build(s, &o->p, &pj, &e) == 0;
	for (i = 0; i < s->ntargets; i++) {
		struct target_eval v;

		if (s->obs.v[s->targets[i]].kind != GS_KIND_TARGET)
			continue;
		target_check(s, s->targets[i], have_pj ? &pj : NULL, o->tol, &v);
		if (!o->failed_only || verdict_failed(v.verdict))
			target_row(ctx, r->targets, s, &v);
		r->checked++;
		r->failed += verdict_failed(v.verdict);
	}
	for (i = 0; i < s->nrels; i++) {
		struct claim_eval c;

		if (!claim_check(s, s->rels[i], o->tol, o->r.rp.approx_tol, &c))
			continue;
		if (!o->failed_only || verdict_failed(c.verdict))
			claim_row(ctx, r->claims, s, &c);
		r->checked++;
		r->failed += verdict_failed(c.verdict);
	}
	if (have_pj)
		proj_free(&pj);
	report_explain(ctx, &o->r, s);
	return GS_EX_OK;
}

/* Tables for people; CSV sections separated by a blank line; one JSON
 * object {"targets": [...], "claims": [...]}. */
static void print_run(const struct gs_ctx *ctx, const struct run *r)
{
	bool human = ctx->format == FMT_TABLE;

	if (ctx->format == FMT_JSON)
		fputs("{\"targets\": ", stdout);
	else if (human && !ctx->quiet)
		printf("targets\n");
	table_print(r->targets, ctx->format, stdout);
	if (ctx->format == FMT_JSON)
		fputs(", \"claims\": ", stdout);
	else if (human && !ctx->quiet)
		printf("\nclaims\n");
	else
		putchar('\n');
	table_print(r->claims, ctx->format, stdout);
	if (ctx->format == FMT_JSON)
		fputs("}\n", stdout);
	if (human && !ctx->quiet)
		printf("\n%ld checked, %ld failed\n", r->checked, r->failed);
}

static int listing(struct gs_ctx *ctx, const struct copts *o, int n,
		   char **keys)
{
	static const char *const th[] = { "series", "target", "by", "latest",
		"required_cagr", "trend_cagr", "projected", "gap", "reached",
		"verdict", "observations" };
	static const char *const ch[] = { "series", "claim", "base", "period",
		"from", "to", "actual", "low", "high", "verdict",
		"observations" };
	struct run r = { 0 };
	int i, rc;

	r.o = o;
	r.targets = table_new(GS_ARRAY_LEN(th), th);
	r.claims = table_new(GS_ARRAY_LEN(ch), ch);
	for (i = 3; i < 9; i++) {
		table_align_right(r.targets, (size_t)i);
		table_align_right(r.claims, (size_t)i);
	}
	rc = report_each(ctx, &o->r.rp, NULL, OBSQ_LATEST, n, keys,
			 one_series, &r);
	if (rc == GS_EX_OK && r.checked == 0 && n > 0)
		rc = cli_error(ctx, GS_EX_DATAERR, "nothing to check: no "
			       "targets, and no claims whose two ends are "
			       "stated");
	if (rc == GS_EX_OK) {
		print_run(ctx, &r);
		rc = r.failed ? GS_EX_FAIL : GS_EX_OK;
	}
	table_free(r.targets);
	table_free(r.claims);
	return rc;
}

static int question(struct gs_ctx *ctx, const struct copts *o, const char *key)
{
	struct rp_series s;
	struct projection pj;
	struct gs_pred pr;
	struct gs_err e;
	double want, got;
	char a[64], b[64], when[48];
	int rc;

	gs_err_clear(&e);
	if (rp_load(ctx->db, key, &o->r.rp, &s, &e))
		return cli_report(ctx, &e);
	if ((rc = threshold(ctx, &s, o->reach ? o->reach : o->at_least,
			    &want)) != 0) {
		rp_free(&s);
		return rc;
	}
	if (proj_build(&s, &o->p, &pj, &e) != 0 && o->reach) {
		rp_free(&s);
		return cli_report(ctx, &e);
	}
	if (o->reach) {
		if (proj_at(&pj, period_time(&o->by), &pr, &e)) {
			proj_free(&pj);
			rp_free(&s);
			return cli_report(ctx, &e);
		}
		got = pr.v;
		period_format(&o->by, when, sizeof(when));
	} else {
		const struct rp_point *l = NULL;
		size_t i;

		for (i = s.npts; i-- > 0 && !l;)
			if (!s.pts[i].implied)
				l = &s.pts[i];
		if (l == NULL) {
			rp_free(&s);
			return cli_error(ctx, GS_EX_DATAERR, "%s: no figures",
					 key);
		}
		got = l->p.v;
		period_format(&l->period, when, sizeof(when));
	}
	fmt_human(got, s.info.sym, a, sizeof(a));
	fmt_human(want, s.info.sym, b, sizeof(b));
	if (!ctx->quiet)
		printf("%s: %s %s in %s%s%s, %s %s\n", key, got >= want ?
		       "yes," : "no,", a, when, o->reach ? " by " : "",
		       o->reach ? proj_method_name(pj.method) : "",
		       got >= want ? "at least" : "below", b);
	if (o->reach || pj.win)
		proj_free(&pj);
	rp_free(&s);
	return got >= want ? GS_EX_OK : GS_EX_FAIL;
}

int cmd_check(int argc, char **argv, struct gs_ctx *ctx)
{
	struct copts o;
	int rc;

	memset(&o, 0, sizeof(o));
	if ((rc = report_init(ctx, &o.r)) != 0)
		return rc;
	o.tol = GS_CHECK_TOL_DEFAULT;
	o.p.level = 0.95;
	if ((rc = cli_parse(argc, argv, ctx, longopts, usage, option, &o)))
		return rc < 0 ? GS_EX_OK : rc;
	if (o.reach && o.by.start == 0)
		return cli_usage(ctx, usage, "--reach needs --by PERIOD");
	if (o.reach && o.at_least)
		return cli_usage(ctx, usage, "ask --reach or --at-least, not both");
	if ((o.reach || o.at_least) && argc - optind != 1)
		return cli_usage(ctx, usage, "a question is about one KEY");
	if ((rc = cli_open_db(ctx, SERIES_READ)) != 0)
		return rc;
	if (o.reach || o.at_least)
		return question(ctx, &o, argv[optind]);
	return listing(ctx, &o, argc - optind, argv + optind);
}
