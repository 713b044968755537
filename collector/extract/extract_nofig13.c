/*
** extract_nofig13.c: numbers that are no figure of a cluster, found in
** the thirteenth round. A zero rate of a tax ("property tax 0% for the
** first 5 years", "Налог на имущество: 0%"): a relief the law grants,
** not an amount of the park (the keys of seven texts in six folders
** leave it out, one keys it). The years such a relief lasts, or a time
** after which something happens ("for the first 5 years", "первые 5
** лет", "0% в течение 10 лет", "buyout after 5 years"): no key of the
** corpus has a figure in years; a term said alone ("exempt from the
** taxes for 10 years", "сроком на 10 лет") stays a figure, as the seed
** texts key it.
*/
#include "../../common.h"

#include <string.h>

#include "extract_tw.h"
#include "extract_nofig13.h"

static bool is_pct(const struct xfig *f)
{
	return f->pct || f->cls == XU_PCT;
}

/* "property tax 0%", "налог на прибыль — 0%", "Zero-rate land tax":
 * a zero percent with a tax word a few words before it. */
static bool zero_tax(const struct xsent *s, const struct xfig *f)
{
	static const char *const tax[] = { "tax", "налог", NULL };
	int k;

	if (!is_pct(f) || f->v != 0)
		return false;
	for (k = f->tn - 1; k >= 0 && k >= f->tn - 6; k--)
		if (xtw_stem(s, k, tax))
			return true;
	return false;
}

/* A percent among the six tokens before token i (the rate whose window
 * the years are). */
static bool rate_before(const struct xsent *s, int i)
{
	int k;

	for (k = i - 1; k >= 0 && k >= i - 6; k--)
		if (xtw_is(s, k, "%") || xtw_is(s, k, "percent"))
			return true;
	return false;
}

/* "for the first 5 years", "в первые 6 лет", "первые 5 лет" (a
 * relief's first years), "after 5 years", "через 5 лет" (a time after),
 * "0% for five years", "7,6% в течение 10 лет" (a rate's window). */
static bool relief_years(const struct xsent *s, const struct xfig *f)
{
	static const char *const first[] = { "first", "первые", "первых",
		NULL };
	static const char *const after[] = { "after", "через", NULL };
	int j = f->tn - 1;

	if (f->cls != XU_YEARS)
		return false;
	if (xtw_isa(s, j, first) || xtw_isa(s, j, after))
		return true;
	if (xtw_is(s, j, "for"))
		return rate_before(s, j);
	if (xtw_is(s, j, "течение") && xtw_is(s, j - 1, "в"))
		return rate_before(s, j - 1);
	return false;
}

/* "twenty" or "nineteen" at i, a number word of the tens right after. */
static bool year_head(const struct xsent *s, int i)
{
	double v = 0;

	return (xtw_is(s, i, "twenty") || xtw_is(s, i, "nineteen")) &&
	       i + 1 < s->nt && s->t[i + 1].type == XT_WORD &&
	       xw_spelled(s, i + 1, &v) > 0 && v >= 1 && v < 100;
}

/* A year in English words, "in twenty twenty-one", "since nineteen
 * ninety-eight": "twenty" or "nineteen" and a number word of the tens
 * right after it, which no amount says ("twenty-one" is one number);
 * neither half is a figure. */
static bool year_words(const struct xsent *s, const struct xfig *f)
{
	return year_head(s, f->tn) || (f->tn >= 1 && year_head(s, f->tn - 1));
}

/* A year before a possessive, "2024 residents' output", "the 2023
 * members' revenue": the year names whose figure, it counts nothing. */
static bool year_of(const struct xsent *s, const struct xfig *f)
{
	const struct xtok *t = &s->t[f->tn];
	int j = f->tn + 1;
	size_t n;

	if (t->type != XT_NUM || t->ndig != 4 || t->v < 1990 || t->v > 2040 ||
	    j >= s->nt || s->t[j].type != XT_WORD)
		return false;
	n = strlen(s->t[j].w);
	return (n > 2 && strcmp(s->t[j].w + n - 2, "'s") == 0) ||
	       xtw_is(s, j + 1, "'") || xtw_is(s, j + 1, "'s");
}

bool xnofig13(const struct xsent *s, const struct xfig *f, int e)
{
	(void)e;
	return zero_tax(s, f) || relief_years(s, f) || year_words(s, f) ||
	       year_of(s, f);
}
