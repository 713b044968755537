/*
** extract_parts.c: changes said as parts of the whole (issue 16, fourth
** session): "выросло на четверть", "a quarter more", "fell by a third",
** "by half", "up a third" are changes of 25, 100/3 and 50 %, down after
** a word of falling; "a quarter of a million", "четверть миллиона" are
** 0.25 of the scale; "roughly half", "about a fifth", "более половины"
** after a qualifier are shares of 50, 20 and 50 %. Split from
** extract_num.c, which reads the numbers, to keep that file short.
*/
#include "../../common.h"

#include <math.h>
#include <string.h>

#include "extract_int.h"

#include "extract_frac.h"
#include "extract_uform.h"
#include "extract_vals.h"

/* A third said in words is written to one decimal, as every writer of
 * the keys writes it and as an analyst would type it from the text:
 * "a third" is 33.3 %, "two thirds" 66.7 %, not 33.3333333333333. */
#define THIRD 33.3
#define TWO_THIRDS 66.7

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

/* Is there a word of falling ("fell", "снизилась") a few words before i? */
bool xnum_down_before(const struct xsent *s, int i)
{
	int j;

	for (j = i - 1; j >= 0 && j >= i - 5; j--)
		if (xw_in(XL_DOWN, s->t[j].w))
			return true;
	return false;
}

/* The share a part word names ("quarter", "треть"), or 0. */
static double part_of(const struct xsent *s, int i)
{
	static const struct { const char *w; double v; } parts[] = {
		{ "quarter", 25 }, { "third", THIRD }, { "half", 50 },
		{ "четверть", 25 }, { "треть", THIRD },
		{ "половину", 50 }, { "fifth", 20 }, { "tenth", 10 },
		{ "пятую", 20 }, { "десятую", 10 } };
	size_t k;

	for (k = 0; k < GS_ARRAY_LEN(parts); k++)
		if (is_w(s, i, parts[k].w))
			return parts[k].v;
	return 0;
}

/* A comparative after a part: "a quarter more", "на треть больше", "a
 * quarter below H1 2022", "на четверть ниже". */
static bool more_after(const struct xsent *s, int j)
{
	return is_w(s, j, "more") || is_w(s, j, "less") ||
	       is_w(s, j, "higher") || is_w(s, j, "lower") ||
	       is_w(s, j, "above") || is_w(s, j, "below") ||
	       is_w(s, j, "выше") || is_w(s, j, "ниже") ||
	       is_w(s, j, "больше") || is_w(s, j, "меньше");
}

bool xnum_less_after(const struct xsent *s, int j)
{
	return is_w(s, j, "less") || is_w(s, j, "lower") ||
	       is_w(s, j, "fewer") || is_w(s, j, "below") ||
	       is_w(s, j, "ниже") || is_w(s, j, "меньше");
}

/* "выросло на четверть", "rose by a quarter", "fell by a third", "a
 * quarter more", "grew by half", "то есть на четверть": a change of 25,
 * 33.3 or 50 %. Returns the tokens taken or 0. */
/* "by", "на", "up", "down" just before token j. */
static bool by_at(const struct xsent *s, int j)
{
	return is_w(s, j, "by") || is_w(s, j, "на") || is_w(s, j, "up") ||
	       is_w(s, j, "down"); /* "up a third" */
}

int xnum_part_change(const struct xsent *s, int i, struct xfig *f)
{
	int k = 0, st;
	bool by = by_at(s, i - 1);

	if (!by && xqual_before(s, i, &st) != GS_QUAL_NONE && st < i)
		by = by_at(s, st - 1); /* "rose by almost a third", "by about
					* a quarter" */

	if (by && !is_w(s, i, "a") && part_of(s, i) > 0)
		k = 1; /* "на четверть", "by half" */
	else if (is_w(s, i, "a") && part_of(s, i + 1) > 0 &&
		 !is_w(s, i + 2, "of") && (by || more_after(s, i + 2)))
		k = 2;
	if (k == 0 || is_w(s, i + k, "of") ||
	    !(xqual_change_near(s, i) || more_after(s, i + k) ||
	      (is_w(s, i - 2, "есть") && is_w(s, i - 3, "то"))))
		return 0;
	f->v = part_of(s, i + k - 1);
	xu_set(f, "%", XU_PCT);
	f->pct = true;
	f->down = xnum_down_before(s, i) || xnum_less_after(s, i + k);
	return k;
}

int xnum_part_scale(const struct xsent *s, int i, double *v)
{
	int n, k = 0;
	const char *out;

	if (is_w(s, i, "a") && is_w(s, i + 1, "quarter"))
		k = 1;
	if (is_w(s, i + k, "quarter") && is_w(s, i + k + 1, "of") &&
	    (is_w(s, i + k + 2, "a") || is_w(s, i + k + 2, "an")) &&
	    xw_scale(s, i + k + 3, &n, &out) > 0) {
		*v = 0.25; /* "a quarter of a million" */
		return k + 3;
	}
	if (is_w(s, i, "четверть") && xw_scale(s, i + 1, &n, &out) > 0) {
		*v = 0.25; /* "четверть миллиона" */
		return 1;
	}
	return 0;
}

/* An English fraction in words past those share_words lists: "two
 * fifths", "four fifths", "three tenths", "seven-tenths": the numerator
 * in words over the denominator's plural, as a percent to one decimal;
 * *n tokens, or 0. */
static double fraction_words(const struct xsent *s, int i, int *n)
{
	static const struct { const char *w; double d; } den[] = {
		{ "fifths", 5 }, { "tenths", 10 }, { "eighths", 8 },
		{ "sixths", 6 }, { "sevenths", 7 }, { "ninths", 9 } };
	const char *w = i < s->nt ? s->t[i].w : "", *h = strchr(w, '-');
	char num[16];
	double v = 0, x;
	size_t k;

	if (h != NULL && (size_t)(h - w) < sizeof(num)) {
		gs_snprintf(num, sizeof(num), "%.*s", (int)(h - w), w);
		w = h + 1; /* "two-fifths" */
		*n = 1;
	} else {
		gs_snprintf(num, sizeof(num), "%s", w);
		w = i + 1 < s->nt ? s->t[i + 1].w : "";
		*n = 2;
	}
	for (k = 0; k < GS_ARRAY_LEN(den); k++)
		if (strcmp(w, den[k].w) == 0)
			v = den[k].d;
	if (v == 0)
		return 0;
	if ((x = xw_number_word(num)) >= 2 && x <= 9 && x == floor(x) && x < v)
		return round(x / v * 1000) / 10;
	return 0;
}

/* The share the part words at i name ("a fifth", "half", "two thirds",
 * "более половины", "пятая часть"), with *n tokens, or 0. */
static double share_words(const struct xsent *s, int i, int *n)
{
	static const struct { const char *w[2]; double v; } ws[] = {
		{ { "two", "thirds" }, TWO_THIRDS },
		{ { "three", "quarters" }, 75 },
		{ { "две", "трети" }, TWO_THIRDS },
		{ { "двух", "третей" }, TWO_THIRDS }, /* "более двух третей" */
		{ { "трёх", "четвертей" }, 75 }, { { "трех", "четвертей" }, 75 },
		{ { "two-thirds", NULL }, TWO_THIRDS },
		{ { "three-quarters", NULL }, 75 },
		{ { "one-third", NULL }, THIRD },
		{ { "one-quarter", NULL }, 25 }, { { "one-fifth", NULL }, 20 },
		{ { "one-tenth", NULL }, 10 }, { { "one-half", NULL }, 50 },
		{ { "три", "четверти" }, 75 },
		{ { "пятая", "часть" }, 20 }, { { "пятую", "часть" }, 20 },
		{ { "пятой", "части" }, 20 }, { { "десятая", "часть" }, 10 },
		{ { "десятую", "часть" }, 10 }, { { "десятой", "части" }, 10 }, { { "half", NULL }, 50 },
		{ { "third", NULL }, THIRD }, { { "quarter", NULL }, 25 },
		{ { "fifth", NULL }, 20 }, { { "tenth", NULL }, 10 },
		{ { "половина", NULL }, 50 }, { { "половины", NULL }, 50 },
		{ { "половину", NULL }, 50 }, { { "треть", NULL }, THIRD },
		{ { "трети", NULL }, THIRD }, { { "четверть", NULL }, 25 },
		{ { "четверти", NULL }, 25 } };
	size_t k;
	double v;

	for (k = 0; k < GS_ARRAY_LEN(ws); k++) {
		*n = ws[k].w[1] != NULL ? 2 : 1;
		if (is_w(s, i, ws[k].w[0]) &&
		    (*n == 1 || is_w(s, i + 1, ws[k].w[1])))
			return ws[k].v;
	}
	if ((v = xfrac_ru(s, i, n)) > 0)
		return v; /* "три пятых", "одной пятой" */
	return fraction_words(s, i, n);
}

/* Words after a part that make it no share: a scale ("half a million",
 * "a quarter of a million"), a multiple ("два с половиной раза"), a
 * comparison ("a quarter below 2021"), a time ("a quarter of the year"),
 * a part of a sum said before ("a fifth of which", "половины из них":
 * the keys leave these breakdowns out), the figure itself in brackets
 * ("a third of the grants (36%)"). */
static bool no_share_after(const struct xsent *s, int j)
{
	static const char *const ws[] = { "a", "an", "times", "раза", "раз",
		"year", "years", "century", "hour", "года", "века", "часа",
		"million", "billion", "млн", "млрд", "тыс", "below", "above",
		"more", "less", "ниже", "выше", "больше", "меньше", "процента",
		"процентов", NULL }; /* "трёх десятых процента": 0.3 % */
	int k;

	for (k = 0; ws[k] != NULL; k++)
		if (is_w(s, j, ws[k]) ||
		    (is_w(s, j, "of") && is_w(s, j + 1, ws[k])))
			return true;
	for (k = j; k < s->nt && k < j + 6; k++)
		if (is_w(s, k, "(") && k + 2 < s->nt &&
		    s->t[k + 1].type == XT_NUM && is_w(s, k + 2, "%"))
			return true;
	return false;
}

/* A bare half of a whole ("half of its residents are SMEs", "половина
 * резидентов", "половину площадей"): a share without a qualifier, unless
 * a word before makes it a half of time or an ordinal's ("the first half
 * of 2023", "во второй половине года", "the other half"). */
static bool bare_half(const struct xsent *s, int i)
{
	static const char *const no[] = { "first", "second", "the", "other",
		"latter", "last", "next", "первая", "первую", "вторая",
		"вторую", "одна", "одну", "с", NULL };
	int k;

	if (!(is_w(s, i, "half") && is_w(s, i + 1, "of")) &&
	    !((is_w(s, i, "половина") || is_w(s, i, "половину")) &&
	      i + 1 < s->nt && s->t[i + 1].type == XT_WORD))
		return false;
	if (is_w(s, i + 2, "whom") || is_w(s, i + 2, "which") ||
	    is_w(s, i + 1, "из"))
		return false; /* "8,000 inhabitants, half of whom": said in
			       * passing, with no qualifier to stress it */
	for (k = 0; i > 0 && no[k] != NULL; k++)
		if (is_w(s, i - 1, no[k]))
			return false;
	return true;
}

/* A fraction of several parts said of a plural or a mass ("две трети
 * резидентов —", "is two-thirds of tenants", "Три четверти продукции"):
 * a share with no qualifier before it, as a bare half is. Not one part
 * ("a third of his speech" says how much of a thing, not a figure). */
static bool parts_of(const struct xsent *s, int i, int n, double v)
{
	static const char *const several[] = { "two", "three", "две", "три",
		"двух", "трёх", "трех", "two-thirds", "three-quarters", NULL };
	int k, j = i + n;

	for (k = 0; several[k] != NULL; k++)
		if (is_w(s, i, several[k]))
			break;
	if (several[k] == NULL || v <= 50 || j >= s->nt)
		return false;
	if (is_w(s, j, "of"))
		return j + 1 < s->nt && s->t[j + 1].type == XT_WORD;
	return s->t[j].cyr && s->t[j].type == XT_WORD;
}

int xnum_share(const struct xsent *s, int i, struct xfig *f)
{
	int a = is_w(s, i, "a") || is_w(s, i, "one") ? 1 : 0, n, st;
	double v = share_words(s, i + a, &n);

	/* only after a qualifier ("roughly half", "about a fifth", "более
	 * половины") or a bare half of a whole: "the first half", "a third
	 * of his speech" are none */
	if (v == 0 || (a == 0 && i > 0 && s->t[i - 1].type == XT_NUM &&
		       !(s->t[i - 1].flags & XF_TIME)) ||
	    (xqual_before(s, i, &st) == GS_QUAL_NONE &&
	     (a > 0 || !bare_half(s, i)) &&
	     (a > 0 || !parts_of(s, i, n, v))) ||
	    no_share_after(s, i + a + n))
		return 0;
	f->v = v;
	xu_set(f, "%", XU_PCT);
	f->pct = true;
	f->share = true;
	return a + n;
}
