/*
** extract_elnoun.c: a number whose noun is left out because a label
** said it: "Jobs: 1,040 created vs 1,460 declared", "Резиденты: 5
** действующих, 2 строящихся", "Участки: 7 занятых, 3 свободных". What
** follows the number is a participle or an adjective saying which of
** the label's things, not a noun: the unit is the label's (extract_
** unitof.c reads "the words before the number" when the words after
** give none). English runs such a list with "vs" or "versus", which
** no noun phrase crosses; Russian leaves the adjective without its
** noun, the next token a comma, a bracket or the end. A bracket that
** lists in words what the label's things are ("Residents: 4 (tungsten
** concentrate processing, timber, building materials, food)") names no
** unit either.
*/
#include "../../common.h"

#include <string.h>

#include "extract_ends.h"
#include "extract_tw.h"
#include "extract_elnoun.h"

/* A Russian adjective or participle by its ending ("индустриальных",
 * "опытные", "новыми"), which a noun follows. */
bool xu_ru_adjective(const char *w)
{
	static const char *const ends[] = { "ых", "их", "ый", "ий", "ой",
		"ая", "яя", "ое", "ее", "ые", "ие", "ую", "юю", "ым", "им",
		"ого", "его", "ому", "ему", "ыми", "ими", NULL };

	return xends_in(w, ends, 4);
}

/* An adjective or a participle, reflexive ones too ("строящихся"). */
static bool adj(const char *w)
{
	static const char *const refl[] = { "ихся", "ыхся", NULL };

	return xu_ru_adjective(w) || xends_in(w, refl, 4);
}

/* "и", "а", "and": a list goes on. */
static bool list_and(const struct xsent *s, int j)
{
	return xtw_is(s, j, "и") || xtw_is(s, j, "а") || xtw_is(s, j, "and");
}

/* "12 thousand pallets opens in the autumn", "500 seats reopens on
 * Monday": an English word in -s right after the plural noun, with a
 * preposition, an article or a word of time after it, is the verb of
 * the sentence's subject (singular), not a second noun of the phrase. */
static bool verb_s(const struct xsent *s, int i, int j)
{
	static const char *const after[] = { "in", "on", "at", "next",
		"this", "the", "a", "by", "from", "until", "today", "soon",
		NULL };
	size_t n = strlen(s->t[j].w), m;

	if (j <= i || s->t[j].cyr || s->t[j - 1].cyr || n < 4 ||
	    s->t[j].w[n - 1] != 's' || !xtw_isa(s, j + 1, after))
		return false;
	m = strlen(s->t[j - 1].w);
	return m > 3 && s->t[j - 1].w[m - 1] == 's' &&
	       s->t[j - 1].w[m - 2] != 's';
}

bool xelnoun_stop(const struct xsent *s, int i, int j)
{
	return xtw_is(s, j, "vs") || xtw_is(s, j, "versus") ||
	       verb_s(s, i, j);
}

/* Words i..last adjectives or participles only, no noun after them
 * (a list may go on: "5 действующих и 2 строящихся"). */
static bool adjs_only(const struct xsent *s, int i, int last)
{
	int k;

	if (i < 1 || last >= s->nt || s->t[i - 1].type != XT_NUM)
		return false; /* not "с две тысячи двадцатого" */
	if (last + 1 < s->nt && s->t[last + 1].type == XT_WORD &&
	    !(list_and(s, last + 1) && last + 2 < s->nt &&
	      s->t[last + 2].type == XT_NUM))
		return false; /* "5 действующих предприятий": the noun; not
			       * "5 действующих и 2 строящихся" */
	for (k = i; k <= last; k++)
		if (!s->t[k].cyr || !adj(s->t[k].w))
			return false;
	return true;
}

/* A label's colon a few words before the number that ends before i
 * ("Резиденты: 5"): without it an adjective alone may be a noun of its
 * own ("около 120 приезжих"), or a noun that ends like one
 * ("вакансий"). */
static bool after_label(const struct xsent *s, int i)
{
	int k;

	for (k = i - 2; k >= 0 && k >= i - 6; k--)
		if (xtw_is(s, k, ":"))
			return true;
	return false;
}

bool xelnoun_paren_list(const struct xsent *s, int j)
{
	int k, commas = 0;

	if (!xtw_is(s, j, "(") || !after_label(s, j))
		return false;
	for (k = j + 1; k < s->nt && !xtw_is(s, k, ")"); k++)
		if (xtw_is(s, k, ","))
			commas++;
		else if (s->t[k].type != XT_WORD)
			return false;
	return commas >= 1;
}

bool xelnoun_adjs_only(const struct xsent *s, int i, int last)
{
	return adjs_only(s, i, last) && after_label(s, i);
}

bool xelnoun_listed(const struct xsent *s, int e, const struct xfig *prev)
{
	return adjs_only(s, e, e) && xelnoun_adjs_only(s, prev->t1, prev->t1);
}
