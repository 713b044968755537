/*
** ask.h: the threshold questions of `growthstat check KEY --reach V --by
** P` and `--at-least V`, answered yes, no or uncertain by the rules of
** check.h: yes only when the whole interval of the figure (or of the
** projection, from a trend of enough reported figures) is at or above V,
** no when it is all below. The command (cmd_check_ask.c) only prints.
*/
#ifndef GS_ASK_H
#define GS_ASK_H

#include "check.h"

enum ask_word { ASK_NO, ASK_YES, ASK_UNSURE };

struct ask_answer {
	double value, lo, hi;       /* lo, hi NAN without an interval */
	/* the figure answered from, or NULL for a projection: shown as
	 * stated, "over 3,000 jobs", not as its central value */
	const struct rp_point *fig;
	char when[48];              /* the period of the value */
	const char *method;         /* the projection's; NULL for at-least */
	char note[160];             /* why uncertain, "already reached" */
	enum ask_word word;
};

/* "no", "yes", "uncertain". */
const char *ask_word_name(enum ask_word w);

/*
** V as given ("230", "230e9", "230 billion rubles") in s's base unit.
** -1 with e filled: GS_EX_USAGE when it is no number (and unit),
** GS_EX_DATAERR for a change (a percent, a multiple) asked of a level or a
** unit of another dimension.
*/
int ask_threshold(const struct rp_series *s, const char *text, double *v,
		  struct gs_err *e);

/* Is the latest figure at least want? -1 (GS_EX_DATAERR) when s has none. */
int ask_at_least(const struct rp_series *s, double want, struct ask_answer *a,
		 struct gs_err *e);

/* Will the projection by p reach want at by? -1 with e filled when s
 * cannot be projected there (check_projectable). */
int ask_reach(const struct rp_series *s, const struct proj_opts *p,
	      const struct gs_period *by, double want, struct ask_answer *a,
	      struct gs_err *e);

#endif
