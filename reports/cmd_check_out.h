/*
** cmd_check_out.h: the rows `growthstat check` prints: two tables for
** people (targets, claims), one sheet for scripts (cmd_check_sheet.h).
*/
#ifndef GS_CMD_CHECK_OUT_H
#define GS_CMD_CHECK_OUT_H

#include "check.h"
#include "cmd_analysis.h"

struct check_out;

struct check_out *check_out_new(const struct gs_ctx *ctx);
/* pj: the projection the target was judged against, or NULL. */
void check_out_target(struct check_out *o, const struct rp_series *s,
		      const struct target_eval *v,
		      const struct projection *pj);
void check_out_claim(struct check_out *o, const struct rp_series *s,
		     const struct claim_eval *c);
/* Print what was collected. In a table with -q only the sections that
 * have rows, and no count: nothing at all when nothing is listed. */
void check_out_print(const struct check_out *o, long checked, long failed);
void check_out_free(struct check_out *o);

/* A threshold question (cmd_check_ask.c). */
struct check_question {
	const char *key;
	const char *reach, *at_least;   /* one of them is set */
	struct gs_period by;            /* for reach */
	const struct proj_opts *p;
	const struct rp_opts *rp;
};

/* Answer it in ctx's format. Exit 0 yes; 1 no or uncertain; 65 when the
 * series, the value or the projection is refused. */
int check_ask(struct gs_ctx *ctx, const struct check_question *q);

#endif
