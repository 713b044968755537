/*
** cmd_check_ask.c: `growthstat check KEY --reach V --by P` and `--at-least
** V`, threshold questions for scripts, answered by ask.h; here they are
** printed.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "../series/parse.h"
#include "ask.h"
#include "celltext.h"
#include "cmd_check_out.h"
#include "cmd_check_sheet.h"

static void print_human(const struct rp_series *s, const struct ask_answer *a,
			double want)
{
	char v[200], w[64];

	/* a figure as stated, qualifier words kept, as check's table and
	 * the report show it */
	if (a->fig != NULL)
		report_point(s, a->fig, v, sizeof(v));
	else
		report_amount(&s->info, a->value, 0, v, sizeof(v));
	fmt_human(want, s->info.sym, w, sizeof(w));
	printf("%s: %s, %s in %s%s%s, %s %s%s%s%s\n", s->key,
	       ask_word_name(a->word),
	       v, a->when, a->method ? " by " : "", a->method ? a->method : "",
	       a->word == ASK_YES ? "at least" : a->word == ASK_NO ? "below" :
	       "against", w, a->note[0] ? " (" : "", a->note,
	       a->note[0] ? ")" : "");
}

static void print_sheet(const struct gs_ctx *ctx, const struct rp_series *s,
			const struct check_question *q,
			const struct ask_answer *a, double want)
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
	sheet_str(sh, 9, ask_word_name(a->word));
	sheet_str(sh, 10, a->note);
	sheet_print(sh, ctx->format, stdout);
	sheet_free(sh);
}

/* The answer, or an exit code after printing: the value's errors as the
 * command's own, the projection's as they are. */
static int answer(struct gs_ctx *ctx, const struct check_question *q,
		  const struct rp_series *s, double *want, struct ask_answer *a)
{
	struct gs_err e;

	gs_err_clear(&e);
	if (ask_threshold(s, q->reach ? q->reach : q->at_least, want, &e) ||
	    (!q->reach && ask_at_least(s, *want, a, &e)))
		return cli_error(ctx, e.code, "%s", e.msg);
	if (q->reach && ask_reach(s, q->p, &q->by, *want, a, &e))
		return cli_report(ctx, &e);
	return 0;
}

int check_ask(struct gs_ctx *ctx, const struct check_question *q)
{
	struct ask_answer a;
	struct rp_series s;
	struct gs_err e;
	double want;
	int rc;

	gs_err_clear(&e);
	if (rp_load(ctx->db, q->key, q->rp, &s, &e))
		return cli_report(ctx, &e);
	rc = answer(ctx, q, &s, &want, &a);
	if (rc == 0 && ctx->format != FMT_TABLE)
		print_sheet(ctx, &s, q, &a, want);
	else if (rc == 0 && !ctx->quiet)
		print_human(&s, &a, want);
	rp_free(&s);
	if (rc == 0)
		rc = a.word == ASK_YES ? GS_EX_OK : GS_EX_FAIL;
	return rc;
}
