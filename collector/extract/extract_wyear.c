/*
** extract_wyear.c: years said in words (issue 16, round eight). Speeches
** and their transcripts say years as ordinals: "Это плюс 11 процентов к
** двадцать первому году", "640 миллионов рублей в двадцать четвёртом —
** двадцать пятом годах", "к тридцатому году". Read as numbers they gave
** false figures ("20 первому году") and left the real ones undated. Each
** such year, ended by a word for "year" (or by a dash and another such
** year that is), is folded into one token "2021" before dates are read.
**
** English speeches say years in pairs of numbers (round thirteen, two
** writers: oh17 zeya "in twenty twenty-one", "by twenty twenty-seven";
** oh18 megion "in twenty nineteen"): "twenty nineteen", "nineteen
** ninety-eight", and after a preposition "two thousand and five".
*/
#include "../../common.h"

#include <string.h>

#include "extract_vals.h"
#include "extract_wyear.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

/* Does w start with stem and end in an ordinal's ending? */
static bool ordinal_of(const char *w, const char *stem)
{
	static const char *const ends[] = { "ый", "ий", "ой", "ого", "ому",
		"ом", "ым", "ых", "ьем", "ьего", "ьему", "ьим", NULL };
	size_t n = strlen(stem);
	int k;

	if (strncmp(w, stem, n) != 0)
		return false;
	for (k = 0; ends[k] != NULL; k++)
		if (strcmp(w + n, ends[k]) == 0)
			return true;
	return false;
}

/* 1-9 for an ordinal "первому" ... "девятом", 0 otherwise. */
static int unit_ordinal(const char *w)
{
	static const char *const stems[] = { "перв", "втор", "трет",
		"четверт", "пят", "шест", "седьм", "восьм", "девят", NULL };
	int k;

	for (k = 0; stems[k] != NULL; k++)
		if (ordinal_of(w, stems[k]))
			return k + 1;
	return 0;
}

/* The year said from token i on ("двадцать первом", "тридцатому",
 * "две тысячи двадцать третьем"): the year, with *n its tokens, or 0. */
static int word_year(const struct xsent *s, int i, int *n)
{
	int j = i, u;

	if (is_w(s, j, "две") && is_w(s, j + 1, "тысячи"))
		j += 2;
	if (j < s->nt && (ordinal_of(s->t[j].w, "двадцат") ||
			  ordinal_of(s->t[j].w, "тридцат"))) {
		*n = j + 1 - i;
		return ordinal_of(s->t[j].w, "двадцат") ? 2020 : 2030;
	}
	if (!is_w(s, j, "двадцать") && !is_w(s, j, "тридцать"))
		return 0;
	if (j + 1 >= s->nt || (u = unit_ordinal(s->t[j + 1].w)) == 0)
		return 0;
	*n = j + 2 - i;
	return (is_w(s, j, "двадцать") ? 2020 : 2030) + u;
}

static bool year_word(const struct xsent *s, int i)
{
	static const char *const ws[] = { "год", "года", "году", "годом",
		"годах", "годы", "годов", NULL };
	int k;

	for (k = 0; ws[k] != NULL; k++)
		if (is_w(s, i, ws[k]))
			return true;
	return false;
}

/* Make tokens [i, i + n) one year token y. */
static void fold(struct xsent *s, int i, int n, int y)
{
	struct xtok *t = &s->t[i];
	const struct xtok *last = &s->t[i + n - 1];

	t->len = last->off + last->len - t->off;
	t->type = XT_NUM;
	gs_snprintf(t->w, sizeof(t->w), "%d", y);
	t->v = y;
	t->plain = true;
	t->ndig = 4;
	t->cap = t->cyr = t->acro = false;
	t->flags = 0;
	memmove(t + 1, t + n, (size_t)(s->nt - i - n) * sizeof(*t));
	s->nt -= n - 1;
}

/* The value of the number said in words from token i (a word "twenty-
 * one" or the three tokens "twenty - one"), with *n its tokens, or 0. */
static int en_number(const struct xsent *s, int i, int *n)
{
	int a, b;

	if (i >= s->nt || s->t[i].type != XT_WORD)
		return 0;
	a = (int)xw_number_word(s->t[i].w);
	*n = 1;
	if (a >= 20 && a % 10 == 0 && a < 100 && is_w(s, i + 1, "-") &&
	    i + 2 < s->nt && (b = (int)xw_number_word(s->t[i + 2].w)) > 0 &&
	    b < 10) {
		*n = 3;
		return a + b;
	}
	return a;
}

/* A preposition that puts a year after it: "in", "by", "since". */
static bool year_prep(const struct xsent *s, int i)
{
	static const char *const ps[] = { "in", "by", "since", "until",
		"till", "from", "to", "before", "after", "of", "during",
		"through", NULL };
	int k;

	for (k = 0; ps[k] != NULL; k++)
		if (is_w(s, i, ps[k]))
			return true;
	return false;
}

/* An English year in words from token i: "twenty nineteen", "twenty
 * twenty-one", "nineteen ninety-eight" (a century and a pair of digits
 * of ten or more), or after a preposition "two thousand and five",
 * "two thousand nineteen"; the year, with *n its tokens, or 0. */
static int en_year(const struct xsent *s, int i, int *n)
{
	int j = i + 1, k, x;

	if (is_w(s, i, "twenty") || is_w(s, i, "nineteen")) {
		x = en_number(s, j, &k);
		if (x < 10 || x > 99 || is_w(s, j + k, "hundred") ||
		    is_w(s, j + k, "thousand"))
			return 0;
		*n = 1 + k;
		return (is_w(s, i, "twenty") ? 2000 : 1900) + x;
	}
	if (!is_w(s, i, "two") || !is_w(s, i + 1, "thousand") ||
	    !year_prep(s, i - 1))
		return 0;
	j = i + 2 + is_w(s, i + 2, "and");
	x = en_number(s, j, &k);
	if (x <= 0 || x > 99 || is_w(s, j + k, "hundred") ||
	    is_w(s, j + k, "thousand"))
		return 0;
	*n = j + k - i;
	return 2000 + x;
}

void xwyear_fold(struct xsent *s)
{
	int i, n, n2, y, y2;

	for (i = 0; i < s->nt; i++) {
		if ((y = en_year(s, i, &n)) != 0) {
			fold(s, i, n, y);
			continue;
		}
		if ((y = word_year(s, i, &n)) == 0)
			continue;
		if (year_word(s, i + n)) {
			fold(s, i, n, y);
			continue;
		}
		/* "в двадцать четвёртом — двадцать пятом годах" */
		if (i + n + 1 < s->nt && s->t[i + n].type == XT_PUNCT &&
		    (y2 = word_year(s, i + n + 1, &n2)) != 0 &&
		    year_word(s, i + n + 1 + n2)) {
			fold(s, i + n + 1, n2, y2);
			fold(s, i, n, y);
		}
	}
}
