/*
** extract_still.c: periods (round eight, issue 16): "already" and
** "still" say a figure stands at the time of the text. A part counted
** out of a sum ("48 start-ups since 2015, 31 of which are still
** trading") is not a flow since 2015, and what is already done before a
** plan ("Резиденты уже создали 380 рабочих мест, к 2026 году их число
** должно вырасти до тысячи") is not a target of 2026: both are levels as
** of the text's date, as the keys of old_holdout7 and old_holdout8 have
** them.
*/
#include "../../common.h"

#include <string.h>

#include "extract_still.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

static const char *const still_words[] = { "still", "already", "уже",
	"по-прежнему", NULL };

/* "of which", "из которых", "из них" at token j. */
static bool of_which(const struct xsent *s, int j)
{
	return (is_w(s, j, "of") && is_w(s, j + 1, "which")) ||
	       (is_w(s, j, "из") && (is_w(s, j + 1, "которых") ||
				     is_w(s, j + 1, "них")));
}

/* "N of which are still", "N из которых уже", "из которых N уже",
 * "of which 41 are still": a still word within a few words after. */
static bool part_still(const struct xsent *s, const struct xfig *f)
{
	int from, k;

	if (of_which(s, f->t0 - 2))
		from = f->t1;
	else if (of_which(s, f->t1))
		from = f->t1 + 2;
	else
		return false;
	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].role == XR_POINT)
			return false; /* "In 2022 the fund backed 900 projects,
				       * over 700 of which have already ...":
				       * of 2022's (test_extract_gen7b) */
	for (k = from; k < s->nt && k <= from + 3; k++)
		if (xt_wa(s, k, still_words))
			return true;
	return false;
}

/* "уже создали 380", "have already created 380" before a plan: the
 * word two tokens or less before the figure, in a sentence that also
 * looks ahead. */
static bool done_before_plan(const struct xsent *s, const struct xfig *f)
{
	int k;
	bool ahead = xcue_future(s);

	for (k = 0; k < s->ntm; k++)
		ahead = ahead || s->tm[k].role == XR_BY ||
			s->tm[k].role == XR_NEXT;
	if (!ahead)
		return false;
	for (k = f->t0 - 1; k >= 0 && k >= f->t0 - 3; k--)
		if (xt_wa(s, k, still_words))
			return true;
	return false;
}

bool xstill_now(const struct xsent *s, const struct xfig *f)
{
	return part_still(s, f) || done_before_plan(s, f);
}
