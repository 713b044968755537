/*
** extract_cmpdate.c: periods (round eleven, issue 16): a sentence that
** compares its figure with one of an earlier year names that year only
** for the earlier figure ("Выручка составила 8,74 млрд рублей (2023 г. —
** 7,15 млрд рублей).", "Объём инвестиций составил 540 млн рублей против
** 410 млн рублей в 2023 году."). Writers of old_holdout11-13 date the
** next sentence's undated figures ("Численность работников ... достигла
** 460 человек", "Загрузка мощностей — 83% против 78% годом ранее") by
** the paragraph's own period; extract took the compared year as the
** sentence's date and lent it on. General for brackets and the usual
** comparison words, in both languages.
*/
#include "../../common.h"

#include "extract_cmpdate.h"

/* Is m inside a bracket that also holds a number not part of a date? */
static bool in_bracket(const struct xsent *s, const struct xtime *m)
{
	int i, open = -1, close = -1;

	for (i = m->t0 - 1; i >= 0 && open < 0; i--) {
		if (xt_w(s, i, ")"))
			return false;
		if (xt_w(s, i, "("))
			open = i;
	}
	for (i = m->t1; i < s->nt && close < 0; i++)
		if (xt_w(s, i, ")"))
			close = i;
	if (open < 0 || close < 0)
		return false;
	for (i = open + 1; i < close; i++)
		if (s->t[i].type == XT_NUM && !(s->t[i].flags & XF_TIME))
			return true;
	return false;
}

/* The number a comparison word brings in right before m ("против
 * 410 млн рублей в 2023 году", "against 7.2 billion in 2022", "up from
 * 187 thousand cubic metres in FY2024": round twelve, dev12a, dev12b;
 * "down from 16% in 2024", "(vs 74% in 2024)": round fourteen), or -1. */
static int compared_num(const struct xsent *s, const struct xtime *m)
{
	static const char *const cmp[] = { "против", "against", "vs",
		"versus", NULL };
	int i, num = -1;

	for (i = m->t0 - 1; i >= 0 && i >= m->t0 - 6; i--) {
		if (s->t[i].type == XT_NUM && !(s->t[i].flags & XF_TIME)) {
			num = i;
			break;
		}
		if ((s->t[i].type != XT_WORD && !xt_w(s, i, "%")) ||
		    (s->t[i].flags & XF_TIME))
			return -1;
	}
	if (num < 1)
		return -1;
	i = num - 1;
	if (xt_w(s, i, "rub") || xt_w(s, i, "usd")) /* "against RUB 7" */
		i--;
	return xt_wa(s, i, cmp) ||
	       (xt_w(s, i, "with") && xt_w(s, i - 1, "compared")) ||
	       (xt_w(s, i, "from") && (xt_w(s, i - 1, "up") ||
				       xt_w(s, i - 1, "down"))) ? num : -1;
}

static bool after_compared(const struct xsent *s, const struct xtime *m)
{
	return compared_num(s, m) >= 0;
}

/* Does m open a clause of contrast that gives the earlier figure ("...
 * стало пять, а в позапрошлом году было три", "..., while in 2022 there
 * were three", round twelve: dev12b babaevo)? */
static bool contrast(const struct xsent *s, const struct xtime *m)
{
	static const char *const ws[] = { "а", "while", "whereas", NULL };
	static const char *const was[] = { "было", "были", "был", "была",
		"was", "were", NULL };
	int i, a = m->t0 - 1;

	if ((m->role != XR_POINT && m->role != XR_RANGE) || m->p.y0 == 0)
		return false; /* not "..., а сегодня в нём уже 12" */
	if (xt_w(s, a, "в") || xt_w(s, a, "in"))
		a--;
	if (!xt_wa(s, a, ws) || !xt_w(s, a - 1, ","))
		return false;
	for (i = m->t1; i < s->nt && i < m->t1 + 4; i++)
		if ((s->t[i].type == XT_NUM && !(s->t[i].flags & XF_TIME)) ||
		    xt_wa(s, i, was))
			return true;
	return false;
}

bool xcmp_date(const struct xsent *s, const struct xtime *m)
{
	return in_bracket(s, m) || after_compared(s, m) || contrast(s, m);
}

bool xcmp_other(const struct xsent *s, const struct xfig *f,
		const struct xtime *m)
{
	return compared_num(s, m) >= f->t1;
}
