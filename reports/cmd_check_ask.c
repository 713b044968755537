/*
** cmd_check_ask.c: `growthstat check KEY --reach V --by P` and `--at-least
** V`, threshold questions for scripts. The answer is yes, no or uncertain,
** by the rules of check.h: yes only when the whole interval of the
** figure (or of the projection, from a trend of enough reported figures)
** is at or above V, no when it is all below.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../series/parse.h"
#include "cmd_check_out.h"
#include "cmd_check_sheet.h"

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

struct answer {
	double value, lo, hi;       /* lo, hi NAN without an interval */
	char when[48];
	const char *method;         /* NULL for --at-least */
	char note[160];
	enum { A_NO, A_YES, A_UNSURE } word;
};

/* yes, no or uncertain for [lo, hi] (or v alone) against want. */
static void decide(struct answer *a, double want)
{
	double lo = isnan(a->lo) ? a->value : a->lo;
	double hi = isnan(a->hi) ? a->value : a->hi;

	a->word = lo >= want ? A_YES : hi < want ? A_NO : A_UNSURE;
	if (a->word == A_UNSURE && !a->note[0])
		gs_snprintf(a->note, sizeof(a->note), "the interval spans "
			    "the threshold");
}

static int at_least(const struct gs_ctx *ctx, const struct rp_series *s,
		    double want, struct answer *a)
{
	const struct rp_point *l = check_latest(s, rp_main_kind(s));

	if (l == NULL)
		return cli_error(ctx, GS_EX_DATAERR, "%s: no figures", s->key);
	a->value = l->p.v;
	a->lo = l->p.lo == l->p.hi ? NAN : l->p.lo;
	a->hi = l->p.lo == l->p.hi ? NAN : l->p.hi;
	period_format(&l->period, a->when, sizeof(a->when));
	decide(a, want);
	return 0;
}

/* The projection at --by, when the trend may be read there. */
static int reach(const struct gs_ctx *ctx, const struct rp_series *s,
		 const struct check_question *q, double want,
		 struct answer *a)
{
	const struct rp_point *l;
	struct projection pj;
	struct gs_pred pr;
	struct gs_err e;
	size_t i, rep = 0;

	gs_err_clear(&e);
	if (proj_build(s, q->p, &pj, &e) != 0)
		return cli_report(ctx, &e);
	if (check_projectable(s, &pj, &q->by, &e) ||
	    proj_at(&pj, period_time(&q->by), &pr, &e)) {
		proj_free(&pj);
		return cli_report(ctx, &e);
	}
	for (i = 0; i < pj.nwin; i++)
		rep += !pj.win[i].implied;
	a->method = proj_method_name(pj.method);
	a->value = pr.v;
	a->lo = pr.has_interval ? pr.lo : NAN;
	a->hi = pr.has_interval ? pr.hi : NAN;
	period_format(&q->by, a->when, sizeof(a->when));
	l = check_latest(s, pj.kind);
	if (l != NULL && l->p.v >= want) {
		gs_snprintf(a->note, sizeof(a->note), "already reached");
		a->word = A_YES;
	} else if (rep < CHECK_MIN_REPORTED) {
		check_rests_on(a->note, sizeof(a->note), rep, pj.nwin - rep);
		a->word = A_UNSURE;
	} else {
		decide(a, want);
	}
	proj_free(&pj);
	return 0;
}

static const char *const words[] = { "no", "yes", "uncertain" };

static void print_human(const struct rp_series *s, const struct answer *a,
			double want)
{
	char v[64], w[64];

	fmt_human(a->value, s->info.sym, v, sizeof(v));
	fmt_human(want, s->info.sym, w, sizeof(w));
	printf("%s: %s, %s in %s%s%s, %s %s%s%s%s\n", s->key, words[a->word],
	       v, a->when, a->method ? " by " : "", a->method ? a->method : "",
	       a->word == A_YES ? "at least" : a->word == A_NO ? "below" :
	       "against", w, a->note[0] ? " (" : "", a->note,
	       a->note[0] ? ")" : "");
}

static void print_sheet(const struct gs_ctx *ctx, const struct rp_series *s,
			const struct check_question *q,
			const struct answer *a, double want)
{
	static const char *const cols[] = { "series", "unit", "question",
		"threshold", "period", "method", "value", "low", "high",
		"answer", "note" };
	static const struct sheet_section one = { "answer", "answers",
						  ~0UL };
	struct sheet *sh = sheet_new(cols, GS_ARRAY_LEN(cols), &one, 1);

	sheet_row(sh, 0);
	sheet_str(sh, 0, s->key);
	sheet_str(sh, 1, s->info.sym);
	sheet_str(sh, 2, q->reach ? "reach" : "at-least");
	sheet_num(sh, 3, want);
	sheet_str(sh, 4, a->when);
	if (a->method)
		sheet_str(sh, 5, a->method);
	sheet_num(sh, 6, a->value);
	sheet_num(sh, 7, a->lo);
	sheet_num(sh, 8, a->hi);
	sheet_str(sh, 9, words[a->word]);
	sheet_str(sh, 10, a->note);
	sheet_print(sh, ctx->format, stdout);
	sheet_free(sh);
}

int check_ask(struct gs_ctx *ctx, const struct check_question *q)
{
	struct answer a;
	struct rp_series s;
	struct gs_err e;
	double want;
	int rc;

	memset(&a, 0, sizeof(a));
	gs_err_clear(&e);
	if (rp_load(ctx->db, q->key, q->rp, &s, &e))
		return cli_report(ctx, &e);
	rc = threshold(ctx, &s, q->reach ? q->reach : q->at_least, &want);
	if (rc == 0)
		rc = q->reach ? reach(ctx, &s, q, want, &a) :
		     at_least(ctx, &s, want, &a);
	if (rc == 0 && ctx->format != FMT_TABLE)
		print_sheet(ctx, &s, q, &a, want);
	else if (rc == 0 && !ctx->quiet)
		print_human(&s, &a, want);
	rp_free(&s);
	if (rc == 0)
		rc = a.word == A_YES ? GS_EX_OK : GS_EX_FAIL;
	return rc;
}
