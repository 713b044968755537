/*
** extract_hint.c: small readings of the words around a figure that decide
** its kind and date (issue 16, fourth session): a level to be reached
** ("should reach 15 billion") is a target, a date ending a label ("in
** 2023: 230") dates the figure after it, and "the same period of 2020"
** after "January-September" is those months of 2020. Split from
** extract_cue.c, which decides with them, to keep that file short.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

/* A level to be reached ("investment should reach 15 billion", "инвестиции
 * вырастут до 15 млрд"): a target, not money to be spent. */
bool xcue_reaches(const struct xsent *s, const struct xfig *f)
{
	static const char *const ws[] = { "reach", "reaches", "достигнет",
					  "достигнут", "достичь" };
	int i = f->t0 - 1, j;
	size_t k;

	if (is_w(s, f->t0, "до") || is_w(s, f->t0, "to"))
		i = f->t0; /* read as the qualifier's start, then dropped */
	for (k = 0; k < GS_ARRAY_LEN(ws); k++)
		if (is_w(s, i, ws[k]))
			return true;
	if (!is_w(s, i, "до") && !is_w(s, i, "to"))
		return false;
	for (j = i - 1; j >= 0 && j >= i - 3; j--)
		if (strncmp(s->t[j].w, "выраст", strlen("выраст")) == 0)
			return true;
	return xqual_change_near(s, i);
}

/* Does a list of figures run from a to b: a number among them, and
 * "and"/"и" right before the last ("Targets for 2030: 200 spin-offs and
 * RUB 5 bn", "Итоги 2022 г.: выручка 9 млрд рублей и экспорт 2 млрд")? */
static bool list_after(const struct xsent *s, int a, int b)
{
	int k;

	for (k = a + 1; k < b && s->t[k].type != XT_NUM; k++)
		;
	if (k >= b)
		return false;
	for (k = b - 1; k > a + 1 && k >= b - 3; k--)
		if (is_w(s, k, "and") || is_w(s, k, "и") ||
		    (is_w(s, k, ",") && k >= b - 2))
			return true; /* "Guests in 2023: about 410 thousand,
				      * 1.6 times more than in 2022" */
	return false;
}

/* Are the tokens (a, b) words only, no more than four ("выручка
 * составила"), or a list of figures joined by "and", "и", commas
 * ("200 spin-offs and RUB 5 bn") with no date among them? */
static bool few_words(const struct xsent *s, int a, int b)
{
	int k;
	bool words = b - a <= 5;

	for (k = a + 1; k < b; k++) {
		if (s->t[k].flags & XF_TIME)
			return false;
		if (s->t[k].type == XT_NUM && k + 2 == b && xt_dash(s, k + 1))
			break; /* "RUB 11-13 bn": the range's low end */
		if (s->t[k].type != XT_WORD)
			words = false;
		if (is_w(s, k, ";") || is_w(s, k, ":") || is_w(s, k, "("))
			return false;
	}
	return words || list_after(s, a, b);
}

/* The colon after m when m ends a label, maybe in brackets ("Rental
 * income (2022): RUB 188 million"), or -1. */
static int label_colon(const struct xsent *s, const struct xtime *m)
{
	int c = m->t1, k;

	if (is_w(s, c, ")") && m->t0 > 0 && is_w(s, m->t0 - 1, "("))
		c++;
	if (!is_w(s, c, ","))
		return is_w(s, c, ":") ? c : -1;
	/* a few more words of the label after a comma, nothing else
	 * among them: "Private investment since 2020, cumulative: RUB 1.94
	 * bn", "Выручка за 2024 год, всего: 1,2 млрд" (round thirteen: oh17
	 * zakamensk). Not "с 2022 г., план / факт: 3,8 / 1,6" (oh18
	 * nartkala): the plan there is keyed at the text's date, the fact
	 * over the years */
	for (k = c + 1; k < s->nt && k <= c + 4; k++) {
		if (is_w(s, k, ":"))
			return k > c + 1 ? k : -1;
		if (s->t[k].type != XT_WORD)
			return -1;
	}
	return -1;
}

/* The date that ends a label before the figure: "new jobs created by
 * residents in 2023: 230", "Прогноз на 2024 г.: выручка 500 млрд",
 * "Выручка (2022 г.): 1,2 млрд рублей". */
const struct xtime *xcue_label_date(const struct xsent *s,
				    const struct xfig *f)
{
	int k, c;

	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].role != XR_BASE && s->tm[k].role != XR_SAME &&
		    s->tm[k].role != XR_NAMEYEAR &&
		    (c = label_colon(s, &s->tm[k])) >= 0 && c < f->t0 &&
		    few_words(s, c, f->t0))
			return &s->tm[k];
	return NULL;
}

/* Do the words of m, or the few before it, say "the same period"
 * ("same", "аналогичный", "тот же")? m may be another sentence's date
 * (a topic, a table's column): its tokens are not s's to read. */
static bool said_same(const struct xsent *s, const struct xtime *m)
{
	int k;

	if (m < s->tm || m >= s->tm + s->ntm)
		return false;
	for (k = m->t0 > 4 ? m->t0 - 4 : 0; k < m->t1 && k < s->nt; k++)
		if (is_w(s, k, "same") || is_w(s, k, "же") ||
		    strncmp(s->t[k].w, "аналогичн", strlen("аналогичн")) == 0)
			return true;
	return false;
}

/* "against 240 in the same period of 2020" in a sentence that states
 * its months ("In January-September"): those months of that year, in *t;
 * else m itself. */
const struct xtime *xcue_same_months(const struct xsent *s,
				     const struct xtime *m, struct xtime *t)
{
	int k;

	if (m == NULL || m->role != XR_POINT || m->p.m0 != 0 ||
	    !said_same(s, m))
		return m;
	for (k = 0; k < s->ntm; k++) {
		const struct xtime *r = &s->tm[k];

		if (r != m && r->p.m0 > 0 && r->p.y0 == r->p.y1 &&
		    (r->role == XR_RANGE || r->role == XR_POINT)) {
			*t = *r;
			t->p = xper_shift(r->p, m->p.y0 - r->p.y0);
			return t;
		}
	}
	return m;
}

/* The date right before the bracket f stands in: "больше уровня 2020 года
 * (1,8 млрд руб.)" is 2020's value, whatever role the date plays for the
 * figure outside the bracket; a bracket with a date of its own ("(2021:
 * RUB 10.2 billion)") goes by that. */
const struct xtime *xcue_paren_date(const struct xsent *s,
				    const struct xfig *f)
{
	int p = s->t[f->tn].paren, o = f->tn, k;

	if (p == 0)
		return NULL;
	while (o > 0 && s->t[o - 1].paren == p)
		o--;
	if (!is_w(s, o, "("))
		return NULL;
	for (k = 0; k < s->ntm; k++)
		if (s->t[s->tm[k].t0].paren == p)
			return NULL; /* "(2021: RUB 10.2 billion)" dates itself */
	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].t1 == o && s->tm[k].p.y0 != 0 &&
		    s->tm[k].role != XR_NAMEYEAR && s->tm[k].role != XR_NOW)
			return &s->tm[k];
	return NULL;
}

/* The one year the sentence states as a point ("in 2022"), or NULL when
 * it states none or several. */
const struct xtime *xcue_sole_year(const struct xsent *s)
{
	const struct xtime *y = NULL;
	int k;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->role != XR_POINT || m->noyear || m->p.y0 == 0)
			continue;
		if (y != NULL || m->p.m0 != 0 || m->p.y0 != m->p.y1)
			return NULL;
		y = m;
	}
	return y;
}

/* "2.1 times the figure for January–June 2021", "2.3-fold the amount
 * recorded ten years ago": m names the figure a multiple is measured
 * against. */
bool xcue_figure_of(const struct xsent *s, const struct xtime *m)
{
	static const char *const ws[] = { "figure", "amount", "level",
		"result", NULL };
	int i = m->t0 - 1;

	if (xt_w(s, i, "for") || xt_w(s, i, "recorded") ||
	    xt_w(s, i, "reached") || xt_w(s, i, "seen"))
		i--;
	return xt_wa(s, i, ws) && xt_w(s, i - 1, "the");
}

/* A date right after a dash after the figure ("и до 15 млрд — в
 * 2026-м", "RUB 15 bn — in 2026"): the figure's own, though the dash
 * opens a new clause. */
const struct xtime *xcue_dash_date(const struct xsent *s,
				   const struct xfig *f)
{
	int k, j = f->t1 + 1;

	if (!xt_dash(s, f->t1))
		return NULL;
	if (is_w(s, j, "в") || is_w(s, j, "in"))
		j++;
	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].t0 == j && (s->tm[k].role == XR_POINT ||
					 s->tm[k].role == XR_RANGE))
			return &s->tm[k];
	return NULL;
}

/* The base a change is measured against: with several in the sentence
 * ("up 12% YoY and 30% vs 2020"), the first after f with no other figure
 * before it, else the first; NULL when none. f may be NULL. */
const struct xtime *xcue_base_near(const struct xsent *s,
				   const struct xfig *f)
{
	const struct xtime *first = NULL;
	int k, j;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->role != XR_BASE && m->role != XR_SAME)
			continue;
		if (first == NULL)
			first = m;
		if (f == NULL || m->t0 < f->t1)
			continue;
		for (j = f->t1; j < m->t0; j++)
			if (s->t[j].type == XT_NUM && !(s->t[j].flags & XF_TIME))
				break;
		if (j == m->t0)
			return m;
	}
	return first;
}
