/*
** extract_nofig13.c: numbers that are no figure of a cluster, found in
** the thirteenth round. A zero rate of a tax ("property tax 0% for the
** first 5 years", "Налог на имущество: 0%"): a relief the law grants,
** not an amount of the park (the keys of seven texts in six folders
** leave it out, one keys it); in a list of reliefs any such rate. The years such a relief lasts, or a time
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

/* A tax or rent word among the eight tokens before token i. */
static bool tax_before(const struct xsent *s, int i)
{
	static const char *const tax[] = { "tax", "налог", "rent", "аренд",
		"взнос", NULL };
	int k;

	for (k = i - 1; k >= 0 && k >= i - 8; k--)
		if (xtw_stem(s, k, tax))
			return true;
	return false;
}

/* Does the sentence name reliefs ("Incentives:", "Льготы:", "Tax
 * relief for residents")? */
static bool reliefs(const struct xsent *s)
{
	static const char *const ws[] = { "incentive", "relief", "льгот",
		NULL };
	int k;

	for (k = 0; k < s->nt; k++)
		if (xtw_stem(s, k, ws))
			return true;
	return false;
}

/* "property tax 0%", "налог на прибыль — 0%": a zero percent with a tax
 * word a few words before it; in a list of reliefs any rate of a tax,
 * a rent or a contribution ("Incentives: profit tax at 13.5% for 5
 * years, land rent 1.5% of cadastral value", "Льготы: ... — 10% на 7
 * лет"): the keys of ten such texts have none but one zero rate. */
static bool zero_tax(const struct xsent *s, const struct xfig *f, int e)
{
	if (!is_pct(f) || !tax_before(s, f->tn) || xtw_is(s, e, "вместо") ||
	    xtw_is(s, e, "instead"))
		return false; /* "2% вместо обычных двадцати": against the
			       * usual rate, a fact told (own7b keys it) */
	return f->v == 0 || reliefs(s);
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
 * "0% for five years", "7,6% в течение 10 лет" (a rate's window), any
 * years in a list of reliefs ("property tax relief for up to ten
 * years", "льготы действуют десять лет"). */
static bool relief_years(const struct xsent *s, const struct xfig *f)
{
	static const char *const first[] = { "first", "первые", "первых",
		NULL };
	static const char *const after[] = { "after", "через", NULL };
	int j = f->tn - 1;

	if (f->cls != XU_YEARS)
		return false;
	if (xtw_isa(s, j, first) || xtw_isa(s, j, after) || reliefs(s))
		return true;
	if (xtw_is(s, j, "for") || xtw_is(s, j, "на"))
		return rate_before(s, j); /* "0% for five years", "10% на 7 лет" */
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

/* A number said not to be needed, "We do not need a hundred
 * companies", "нам не нужны сто гектаров": what is not wanted is no
 * figure of the park (old_holdout17's key leaves it out). */
static bool not_needed(const struct xsent *s, const struct xfig *f)
{
	static const char *const need[] = { "need", "нужн", "требу", NULL };
	static const char *const neg[] = { "not", "n't", "don't", "не",
		NULL };
	int k;

	if (f->q != GS_QUAL_NONE)
		return false; /* "does not need more than 20 MW": a ceiling */
	for (k = f->t0 - 1; k >= 1 && k >= f->t0 - 3; k--)
		if (xtw_stem(s, k, need))
			return xtw_isa(s, k - 1, neg);
	return false;
}

/* A count of time shorter than a year, "12 minutes from the station",
 * "420 календарных дней", "2 рабочих дня": a duration (issue 16: counts
 * of time are no figures); no key of the corpus or the seed texts has
 * one. The unit's last word decides. */
static bool short_time(const struct xfig *f)
{
	static const char *const ws[] = { "minute", "minutes", "hour",
		"hours", "day", "days", "week", "weeks", "month", "months",
		"минута", "минуты", "минут", "час", "часа", "часов", "день",
		"дня", "дней", "суток", "неделя", "недели", "недель",
		"месяц", "месяца", "месяцев", NULL };
	const char *w = strrchr(f->unit, ' ');
	int k;

	w = w != NULL ? w + 1 : f->unit;
	for (k = 0; ws[k] != NULL; k++)
		if (strcmp(w, ws[k]) == 0)
			return true;
	return false;
}

/* Years said with a word before them, "the two previous years", "3
 * последних года": a count of years, no term (which the years rules of
 * extract_num.c read alone, "10 years"). */
static bool some_years(const struct xfig *f)
{
	static const char *const ws[] = { "years", "лет", "года", NULL };
	const char *w = strrchr(f->unit, ' ');
	int k;

	if (w == NULL || f->cls == XU_YEARS)
		return false;
	for (k = 0; ws[k] != NULL; k++)
		if (strcmp(w + 1, ws[k]) == 0)
			return true;
	return false;
}

bool xnofig13(const struct xsent *s, const struct xfig *f, int e)
{
	return zero_tax(s, f, e) || relief_years(s, f) || year_words(s, f) ||
	       year_of(s, f) || not_needed(s, f) || short_time(f) ||
	       some_years(f);
}
