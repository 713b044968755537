/*
** extract_elide.c: a count said without its noun because a figure near
** it names it. Writers say the noun once and leave it out of the numbers
** that follow: in a bracket after the count ("95 residents (+8 since
** January)", "не менее 12 резидентов (на дату принятия постановления —
** 5)"), as a difference ("34, это на 13 больше", "11,300 people, about
** 400 more than at the start of the year"), as a level to reach ("has
** hired 310 staff; it intends to reach 450") or against a count placed
** somewhere ("219 technoparks in 62 regions, against 188": the parks,
** not the regions). The number takes the unit of the figure it leans on.
*/
#include "../../common.h"

#include <string.h>

#include "extract_elide.h"
#include "extract_pmark.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

static bool one_of(const struct xsent *s, int i, const char *const *ws)
{
	for (; *ws != NULL; ws++)
		if (is_w(s, i, *ws))
			return true;
	return false;
}

/* A comparative right after a number, then "than", a comma or the end. */
static bool comparative(const struct xsent *s, int j)
{
	static const char *const cmp[] = { "more", "fewer", "less", "больше",
		"меньше", NULL };

	return one_of(s, j, cmp) &&
	       (j + 1 >= s->nt || s->t[j + 1].type == XT_PUNCT ||
		is_w(s, j + 1, "than") || is_w(s, j + 1, "чем"));
}

/* A word of time: "months", "years", "лет", "месяцев", "полгода". */
static bool time_noun(const struct xsent *s, int j)
{
	static const char *const stems[] = { "year", "month", "week",
		"quarter", "day", "год", "лет", "месяц", "недел", "квартал",
		"полгода", NULL };
	int k;

	for (k = 0; j < s->nt && stems[k] != NULL; k++)
		if (strncmp(s->t[j].w, stems[k], strlen(stems[k])) == 0)
			return true;
	return false;
}

/* A time said a while back ("twelve months earlier", "a year ago",
 * "полгода назад"): maybe a number word, a word of time, "earlier". */
static bool time_back(const struct xsent *s, int j)
{
	static const char *const back[] = { "earlier", "ago", "before",
		"previously", "ранее", "назад", "раньше", NULL };
	double v;
	int n = xw_spelled(s, j, &v);

	if (n == 0 && (is_w(s, j, "a") || is_w(s, j, "one")))
		n = 1;
	return time_noun(s, j + n) && one_of(s, j + n + 1, back);
}

bool xelide_not_noun(const struct xsent *s, int j)
{
	return j < s->nt && s->t[j].type == XT_WORD &&
	       (comparative(s, j) || time_back(s, j));
}

/* Is i inside a bracket opened right after prev, or after the date said
 * with it, with no other number in it before i ("(+8 since January)",
 * "(на дату ... — 5)", "(incl. 5 new in Q3)"), or only changes with
 * their period marks ("12 at end-3Q24 (+1 q/q, +4 YTD)"), prev maybe
 * the change before i in the same bracket? */
static bool bracket_after(const struct xsent *s, int i,
			  const struct xfig *prev)
{
	int k, o;

	for (o = i - 1; o >= 0 && !is_w(s, o, "(") && !is_w(s, o, ")"); o--)
		;
	if (o < 0 || is_w(s, o, ")") || prev->t1 > i)
		return false;
	if (o < prev->t0)
		return xpmark_changes_before(s, o, i); /* "(+1 q/q, +4" */
	if (!xpmark_bracket_near(s, prev->t1, o))
		return false;
	for (k = o + 1; k < i; k++)
		if (s->t[k].type == XT_NUM)
			return xpmark_changes_before(s, o, i);
	return true;
}

/* A level to reach right before i: "reach 450", "достичь 60", "to
 * grow to 80", "довести до 75". */
static bool to_reach(const struct xsent *s, int i)
{
	static const char *const reach[] = { "reach", "reaching", "hit",
		"достичь", "достигнуть", NULL };
	static const char *const grow[] = { "grow", "rise", "increase",
		"expand", "raise", "bring", "вырасти", "увеличить",
		"довести", "нарастить", NULL };

	return one_of(s, i - 1, reach) ||
	       ((is_w(s, i - 1, "to") || is_w(s, i - 1, "до")) &&
		one_of(s, i - 2, grow));
}

/* "ended the year with 12", "started 2023 with 30", "closed December
 * with 41", "we will finish it with fifteen": a count a time began or
 * ended with, a few words back. */
static bool ended_with(const struct xsent *s, int i)
{
	static const char *const verbs[] = { "ended", "ends", "closed",
		"finished", "began", "started", "entered", "ending", "end",
		"finish", "close", "start", "begin", NULL };
	int k;

	if (!is_w(s, i - 1, "with"))
		return false;
	for (k = i - 2; k >= 0 && k >= i - 5; k--)
		if (one_of(s, k, verbs))
			return true;
	return false;
}

bool xelide_same_count(const struct xsent *s, int i, int e,
		       const struct xfig *prev)
{
	if (prev == NULL || (prev->cls != XU_COUNT &&
			     prev->cls != XU_PEOPLE && prev->cls != XU_OTHER))
		return false;
	return bracket_after(s, i, prev) || comparative(s, e) ||
	       to_reach(s, i) || ended_with(s, i);
}

const struct xfig *xelide_prev(const struct xsent *s, const struct xfig *f,
			       int n)
{
	static const char *const where[] = { "in", "across", "from", "в",
		"во", "из", NULL };
	const struct xfig *p;

	if (n == 0)
		return NULL;
	p = &f[n - 1];
	if (n >= 2 && p->q == GS_QUAL_NONE && one_of(s, p->t0 - 1, where) &&
	    p->t0 - 1 == f[n - 2].t1 &&
	    (f[n - 2].cls == XU_COUNT || f[n - 2].cls == XU_OTHER) &&
	    f[n - 2].pair == XP_NONE)
		return &f[n - 2]; /* "219 technoparks in 62 regions" */
	return p;
}

bool xelide_paren_part(const struct xsent *s, int j)
{
	static const char *const part[] = { "+", "incl", "including", "inc",
		"из", "включая", NULL };

	return is_w(s, j, "(") &&
	       (one_of(s, j + 1, part) ||
		(is_w(s, j + 1, "of") && is_w(s, j + 2, "which")) ||
		(is_w(s, j + 1, "в") && is_w(s, j + 2, "том")));
}

bool xelide_adjunct(const struct xsent *s, int k)
{
	const struct xtok *t = &s->t[k], *n;
	size_t len = strlen(t->w);

	if (k + 1 >= s->nt || t->cyr || len < 3 || t->w[len - 1] == 's')
		return false;
	n = &s->t[k + 1];
	len = strlen(n->w);
	return n->type == XT_WORD && !n->cyr && len > 3 &&
	       n->w[len - 1] == 's' && n->w[len - 2] != 's' &&
	       (k + 2 >= s->nt || s->t[k + 2].type != XT_WORD);
}

bool xelide_compared(const struct xsent *s, int t0)
{
	static const char *const cmp[] = { "против", "against", "versus",
		"vs", NULL };

	if (is_w(s, t0 - 1, "the") && one_of(s, t0 - 2, cmp))
		return true; /* "214 jobs against the 300 planned" */
	return one_of(s, t0 - 1, cmp) ||
	       (is_w(s, t0 - 1, ".") && is_w(s, t0 - 2, "vs")) ||
	       ((is_w(s, t0 - 1, "with") || is_w(s, t0 - 1, "to")) &&
		is_w(s, t0 - 2, "compared")) ||
	       (is_w(s, t0 - 1, "с") && is_w(s, t0 - 2, "сравнению"));
}

void xelide_compared_level(const struct xsent *s, struct xfig *f,
			   const struct xfig *prev)
{
	static const char *const to[] = { "до", "to", "at", NULL };

	if (prev == NULL || !f->pct || !prev->pct || f->multiple ||
	    !xelide_compared(s, f->t0))
		return;
	if (prev->share || one_of(s, prev->t0 - 1, to) ||
	    one_of(s, prev->tn - 1, to))
		f->share = true; /* a level, as the one it is compared with */
}

bool xelide_place_of(const struct xsent *s, int i, struct xfig *f)
{
	static const char *const place[] = { "town", "city", "village",
		"region", "district", "country", "population", "populace",
		"населением", "население", "численностью", NULL };

	if (!(one_of(s, i - 2, place) && is_w(s, i - 1, "of")) &&
	    !one_of(s, i - 1, place))
		return false;
	if (is_w(s, i - 1, "численностью") && !is_w(s, i - 2, "населения"))
		return false; /* "с численностью населения 130 тыс." only */
	gs_snprintf(f->unit, sizeof(f->unit), "%s",
		    s->t[i - 1].cyr ? "человек" : "people");
	f->cls = XU_PEOPLE; /* not xu_set: extract_unitof.c calls this */
	f->left_unit = true;
	return true;
}
