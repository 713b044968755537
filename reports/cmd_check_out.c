/*
** cmd_check_out.c: the rows of `growthstat check`: a human table per
** section with scale words, or one sheet of raw values for scripts.
*/
#include "cmd_check_out.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_check_sheet.h"

enum { K_SERIES, K_UNIT, K_TARGET, K_CLAIM, K_CLAIM_UNIT, K_QUAL, K_BY,
       K_BASE, K_PERIOD, K_LATEST, K_LATEST_PERIOD, K_FROM, K_TO,
       K_REQUIRED, K_TREND, K_METHOD, K_POINTS, K_IMPLIED, K_PROJECTED,
       K_PROJ_LO, K_PROJ_HI, K_GAP, K_REACHED, K_ACTUAL, K_LOW, K_HIGH,
       K_VERDICT, K_NOTE, K_OBS, K_LATEST_LO, K_LATEST_HI, K_NCOL };

static const char *const cols[K_NCOL] = {
	"series", "unit", "target", "claim", "claim_unit", "qualifier", "by",
	"base", "period", "latest", "latest_period", "from", "to",
	"required_cagr", "trend_cagr", "method", "points", "implied",
	"projected", "projected_low", "projected_high", "gap", "reached",
	"actual", "low", "high", "verdict", "note", "observations",
	"latest_low", "latest_high",
};

#define B(k) (1UL << (k))
static const struct sheet_section sections[] = {
	{ "target", "targets", B(K_SERIES) | B(K_UNIT) | B(K_TARGET) |
	  B(K_QUAL) | B(K_BY) | B(K_LATEST) | B(K_LATEST_PERIOD) |
	  B(K_REQUIRED) | B(K_TREND) | B(K_METHOD) | B(K_POINTS) |
	  B(K_IMPLIED) | B(K_PROJECTED) | B(K_PROJ_LO) | B(K_PROJ_HI) |
	  B(K_GAP) | B(K_REACHED) | B(K_VERDICT) | B(K_NOTE) | B(K_OBS) |
	  B(K_LATEST_LO) | B(K_LATEST_HI) },
	{ "claim", "claims", B(K_SERIES) | B(K_UNIT) | B(K_CLAIM) |
	  B(K_CLAIM_UNIT) | B(K_QUAL) | B(K_BASE) | B(K_PERIOD) | B(K_FROM) |
	  B(K_TO) | B(K_ACTUAL) | B(K_LOW) | B(K_HIGH) | B(K_VERDICT) |
	  B(K_NOTE) | B(K_OBS) },
};
#undef B

struct check_out {
	const struct gs_ctx *ctx;
	struct table *targets, *claims;   /* FMT_TABLE */
	size_t ntargets, nclaims;         /* rows in each table */
	struct sheet *sheet;              /* FMT_CSV, FMT_JSON */
};

struct check_out *check_out_new(const struct gs_ctx *ctx)
{
	static const char *const th[] = { "series", "target", "by", "latest",
		"required_cagr", "trend_cagr", "projected", "gap", "reached",
		"verdict", "note", "observations" };
	static const char *const ch[] = { "series", "claim", "base", "period",
		"from", "to", "actual", "low", "high", "verdict", "note",
		"observations" };
	struct check_out *o = xcalloc(1, sizeof(*o));
	size_t i;

	o->ctx = ctx;
	if (ctx->format != FMT_TABLE) {
		o->sheet = sheet_new(cols, K_NCOL, sections,
				     GS_ARRAY_LEN(sections));
		return o;
	}
	o->targets = table_new(GS_ARRAY_LEN(th), th);
	o->claims = table_new(GS_ARRAY_LEN(ch), ch);
	for (i = 3; i < 9; i++) {
		table_align_right(o->targets, i);
		table_align_right(o->claims, i);
	}
	return o;
}

/* The latest figure as stated ("up to 6,400 jobs"); merged statements of
 * several sources or qualifiers as their common interval. */
static void human_target(struct check_out *o, const struct rp_series *s,
			 const struct target_eval *v)
{
	const struct gs_obs *ob = &s->obs.v[v->obs];
	char q[96], by[48], lat[200], req[32], tr[32], pr[64], gap[32],
	     yr[16], refs[24];
	const char *cells[12];

	report_qualified(ob->qual, ob->value, s->info.sym, q, sizeof(q));
	period_format(&ob->period, by, sizeof(by));
	lat[0] = pr[0] = yr[0] = '\0';
	if (v->latest)
		report_point(s, v->latest, lat, sizeof(lat));
	report_pct(v->required.v, req, sizeof(req));
	report_pct(v->trend.v, tr, sizeof(tr));
	if (!isnan(v->projected.v))
		report_amount(&s->info, v->projected.v, 0, pr, sizeof(pr));
	report_reached(v, yr, sizeof(yr));
	report_pct(v->gap, gap, sizeof(gap));
	gs_snprintf(refs, sizeof(refs), "#%zu", v->obs + 1);
	cells[0] = s->key;
	cells[1] = q;
	cells[2] = by;
	cells[3] = lat;
	cells[4] = req;
	cells[5] = tr;
	cells[6] = pr;
	cells[7] = gap;
	cells[8] = yr;
	cells[9] = verdict_name(v->verdict);
	cells[10] = v->note;
	cells[11] = refs;
	table_add(o->targets, cells);
	o->ntargets++;
}

static void sheet_period(struct sheet *sh, size_t col,
			 const struct gs_period *p)
{
	char b[48];

	period_format(p, b, sizeof(b));
	sheet_str(sh, col, b);
}

/* A fraction as a percent number; NAN stays NAN. */
static double pct(double f)
{
	return 100 * f;
}

static void sheet_target(struct check_out *o, const struct rp_series *s,
			 const struct target_eval *v,
			 const struct projection *pj)
{
	const struct gs_obs *ob = &s->obs.v[v->obs];
	struct sheet *sh = o->sheet;
	char refs[24];

	sheet_row(sh, 0);
	sheet_str(sh, K_SERIES, s->key);
	sheet_str(sh, K_UNIT, s->info.sym);
	sheet_num(sh, K_TARGET, ob->value);
	sheet_str(sh, K_QUAL, qual_name(ob->qual));
	sheet_period(sh, K_BY, &ob->period);
	if (v->latest) {
		bool exact = v->latest->p.lo == v->latest->p.hi;

		sheet_num(sh, K_LATEST, v->latest->p.v);
		sheet_period(sh, K_LATEST_PERIOD, &v->latest->period);
		sheet_num(sh, K_LATEST_LO, exact ? NAN : v->latest->p.lo);
		sheet_num(sh, K_LATEST_HI, exact ? NAN : v->latest->p.hi);
	}
	sheet_num(sh, K_REQUIRED, pct(v->required.v));
	sheet_num(sh, K_TREND, pct(v->trend.v));
	if (pj && !isnan(v->projected.v))
		sheet_str(sh, K_METHOD, proj_method_name(pj->method));
	sheet_num(sh, K_POINTS, (double)(v->reported + v->implied));
	sheet_num(sh, K_IMPLIED, (double)v->implied);
	sheet_num(sh, K_PROJECTED, v->projected.v);
	sheet_num(sh, K_PROJ_LO, v->projected.has_interval ?
		  v->projected.lo : NAN);
	sheet_num(sh, K_PROJ_HI, v->projected.has_interval ?
		  v->projected.hi : NAN);
	sheet_num(sh, K_GAP, pct(v->gap));
	sheet_num(sh, K_REACHED, report_year(v->t_reached));
	sheet_str(sh, K_VERDICT, verdict_name(v->verdict));
	sheet_str(sh, K_NOTE, v->note);
	gs_snprintf(refs, sizeof(refs), "#%zu", v->obs + 1);
	sheet_str(sh, K_OBS, refs);
}

void check_out_target(struct check_out *o, const struct rp_series *s,
		      const struct target_eval *v,
		      const struct projection *pj)
{
	if (o->sheet)
		sheet_target(o, s, v, pj);
	else
		human_target(o, s, v);
}

static void human_claim(struct check_out *o, const struct rp_series *s,
			const struct claim_eval *c, const char *refs)
{
	const struct gs_obs *ob = &s->obs.v[c->obs];
	const char *sym = c->pct ? "%" : "×";
	bool exact = c->actual.lo == c->actual.hi;
	char st[96], per[48], base[48], fr[200], to[200], ac[160], lo[32],
	     hi[32], note[400];
	const char *cells[12] = { s->key, st, base, per, fr, to, ac, lo, hi,
				  verdict_name(c->verdict), note, refs };

	report_claim_note(s, c, note, sizeof(note));

	report_claim_stated(s, c, st, sizeof(st));
	period_format(&ob->period, per, sizeof(per));
	period_format(&ob->base, base, sizeof(base));
	report_claim_end(s, c, false, fr, sizeof(fr));
	report_claim_end(s, c, true, to, sizeof(to));
	report_claim_actual(c, ac, sizeof(ac));
	lo[0] = hi[0] = '\0';
	if (!exact && !isnan(c->actual.v)) {
		fmt_human(c->actual.lo, sym, lo, sizeof(lo));
		fmt_human(c->actual.hi, sym, hi, sizeof(hi));
	}
	table_add(o->claims, cells);
	o->nclaims++;
}

static void sheet_claim(struct check_out *o, const struct rp_series *s,
			const struct claim_eval *c, const char *refs)
{
	const struct gs_obs *ob = &s->obs.v[c->obs];
	struct sheet *sh = o->sheet;
	char note[400];

	sheet_row(sh, 1);
	sheet_str(sh, K_SERIES, s->key);
	sheet_str(sh, K_UNIT, s->info.sym);
	sheet_num(sh, K_CLAIM, c->stated.v);
	sheet_str(sh, K_CLAIM_UNIT, c->pct ? "percent" : "times");
	sheet_str(sh, K_QUAL, qual_name(ob->qual));
	sheet_period(sh, K_BASE, &ob->base);
	sheet_period(sh, K_PERIOD, &ob->period);
	sheet_num(sh, K_FROM, c->from.v);
	sheet_num(sh, K_TO, c->to.v);
	sheet_num(sh, K_ACTUAL, c->actual.v);
	sheet_num(sh, K_LOW, c->actual.lo);
	sheet_num(sh, K_HIGH, c->actual.hi);
	sheet_str(sh, K_VERDICT, verdict_name(c->verdict));
	report_claim_note(s, c, note, sizeof(note));
	sheet_str(sh, K_NOTE, note);
	sheet_str(sh, K_OBS, refs);
}

void check_out_claim(struct check_out *o, const struct rp_series *s,
		     const struct claim_eval *c)
{
	char refs[80];

	report_claim_refs(c, refs, sizeof(refs));
	if (o->sheet)
		sheet_claim(o, s, c, refs);
	else
		human_claim(o, s, c, refs);
}

/* A table under its title; a section with no rows is not printed at
 * all, -q or not: an empty "targets" table above the claims asked for
 * says nothing. The title is left out only with -q when the table is
 * the one printed: two bare tables one under the other (a cron mail of
 * check --failed -q) would not say which rows are targets and which
 * claims. Returns whether anything has been printed so far. */
static bool human_section(const char *title, const struct table *t,
			  size_t rows, bool sep, bool titled)
{
	if (rows == 0)
		return sep;
	if (sep)
		putchar('\n');
	if (titled)
		printf("%s\n", title);
	table_print(t, FMT_TABLE, stdout);
	return true;
}

void check_out_print(const struct check_out *o, long checked, long failed)
{
	const struct gs_ctx *ctx = o->ctx;
	bool sep, titled;

	if (o->sheet) {
		sheet_print(o->sheet, ctx->format, stdout);
		return;
	}
	titled = !ctx->quiet || (o->ntargets > 0 && o->nclaims > 0);
	sep = human_section("targets", o->targets, o->ntargets, false, titled);
	sep = human_section("claims", o->claims, o->nclaims, sep, titled);
	if (!ctx->quiet)
		printf("%s%ld checked, %ld failed\n", sep ? "\n" : "", checked,
		       failed);
}

void check_out_free(struct check_out *o)
{
	if (o == NULL)
		return;
	table_free(o->targets);
	table_free(o->claims);
	sheet_free(o->sheet);
	free(o);
}
