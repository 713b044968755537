/*
** extract_qual12.c: qualifiers said apart from their number or by words
** the older rules lacked, found in three folders of three writers in the
** twelfth round (old_holdout16, dev12a, dev12b): an article or a
** possessive time between the qualifier and the number ("did not exceed
** the 5% limit", "no lower than last year's 12.5 bln"), "within" as a
** ceiling ("keep costs within RUB 38 million"), "top" after a modal
** ("sales should top half a billion"), and a price's floor after a noun
** or a comma ("rent from RUB 700 per sq m", ", from RUB 65,000 for
** electricians"). Read by the words around the number, whatever it
** counts.
*/
#include "../../common.h"

#include <string.h>

#include "extract_tw.h"
#include "extract_qual12.h"

/* A subject that is none, a few words before the verb at i, in its
 * clause: "No single grant exceeded", "none of the parks exceeded". */
static bool no_subject(const struct xsent *s, int i)
{
	int j;

	for (j = i - 2; j >= 0 && j >= i - 4; j--) {
		if (s->t[j].type == XT_PUNCT || s->t[j].type == XT_NUM)
			return false;
		if (xtw_is(s, j, "no") || xtw_is(s, j, "none") ||
		    xtw_is(s, j, "neither"))
			return true;
	}
	return false;
}

/* A negation right before the verb at i: "did not exceed", "have never
 * exceeded", "didn't exceed", "не превысила"; or a subject that is none. */
bool xqual_negated(const struct xsent *s, int i)
{
	static const char *const neg[] = { "not", "no", "never", "не", "ни",
		"нигде", "никогда", NULL };
	const char *w;
	size_t n;
	int k;

	if (i < 1)
		return false;
	w = s->t[i - 1].w;
	n = strlen(w);
	for (k = 0; neg[k] != NULL; k++)
		if (strcmp(w, neg[k]) == 0)
			return true;
	return (n > 3 && strcmp(w + n - 3, "n't") == 0) || no_subject(s, i);
}

bool xqual_change_near(const struct xsent *s, int i)
{
	static const char *const times[] = { "вдвое", "втрое", NULL };
	static const char *const stems[] = { "увеличи", "сократи", "снизи",
					     NULL };
	int j;

	for (j = i - 1; j >= 0 && j >= i - 10; j--)
		if (xw_in(XL_UP, s->t[j].w) || xw_in(XL_DOWN, s->t[j].w) ||
		    xtw_isa(s, j, times) || xtw_stem(s, j, stems))
			return true;
	return false;
}

/* "rent from RUB 700", ", from RUB 65,000 for electricians": "from"
 * before the currency sign at c, the number after it, no range's end
 * after it and no change before it. */
static bool price_from(const struct xsent *s, int c, int i)
{
	int j;

	if (c < 1 || xw_currency_sign(&s->t[c]) == NULL ||
	    !xtw_is(s, c - 1, "from") || xqual_change_near(s, c - 1))
		return false;
	for (j = i + 1; j < s->nt && j <= i + 5; j++)
		if (xtw_is(s, j, "to") || xtw_is(s, j, "-") || xtw_is(s, j, "–"))
			return false;
	return true;
}

/* A comparative after a negated verb: "не опускалась ниже 45%", "did
 * not fall below 40", "не поднималась выше 10%": a floor or a ceiling,
 * as "не ниже" is. */
static enum gs_qual neg_compared(const struct xsent *s, int i, int *start)
{
	static const char *const low[] = { "ниже", "below", "менее",
		"меньше", NULL };
	static const char *const high[] = { "выше", "above", "более",
		"больше", NULL };
	bool lo = xtw_isa(s, i - 1, low);

	if (!(lo || xtw_isa(s, i - 1, high)) || i < 3 ||
	    s->t[i - 2].type != XT_WORD || !xqual_negated(s, i - 2))
		return GS_QUAL_NONE;
	*start = i - 3;
	return lo ? GS_QUAL_AT_LEAST : GS_QUAL_UP_TO;
}

enum gs_qual xqual12_before(const struct xsent *s, int i, int *start)
{
	static const char *const modal[] = { "should", "could", "may",
		"might", "would", "must", "can", NULL };
	int c = i > 0 && xw_currency_sign(&s->t[i - 1]) != NULL ? 1 : 0;

	if (xtw_is(s, i - c - 1, "within")) {
		*start = i - c - 1; /* "within RUB 38 million" */
		return GS_QUAL_UP_TO;
	}
	if (xtw_is(s, i - 1, "top") && xtw_isa(s, i - 2, modal)) {
		*start = i - 1; /* "should top half a billion" */
		return GS_QUAL_OVER;
	}
	if (xtw_is(s, i - c - 1, "the") && i - c - 2 >= 0 &&
	    xw_in(XL_EXCEED, s->t[i - c - 2].w)) {
		*start = i - c - 2; /* "did not exceed the 5% limit" */
		return xqual_negated(s, i - c - 2) ? GS_QUAL_UP_TO : GS_QUAL_OVER;
	}
	if (price_from(s, i - c, i)) {
		*start = i - c - 1;
		return GS_QUAL_AT_LEAST;
	}
	return neg_compared(s, i, start);
}

int xqual12_poss_time(const struct xsent *s, int i)
{
	int k, j;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->t1 != i || m->t0 < 1)
			continue;
		for (j = m->t0; j < m->t1; j++) {
			size_t n = strlen(s->t[j].w);

			if (strcmp(s->t[j].w, "'s") == 0 ||
			    (n > 2 && strcmp(s->t[j].w + n - 2, "'s") == 0))
				return m->t0; /* "last year's 12.5" */
		}
	}
	return -1;
}
