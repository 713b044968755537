/*
** extract_was.c: Russian names what it counts before a verb of being and
** gives the number after it: "в начале года резидентов было пять"
** (dev14b), "рабочих мест тогда было двести", "участников было
** девятнадцать". The number has no noun after it; the count before the
** verb is its unit, before the unit of a figure said earlier in the
** sentence ("занято 540 человек; в начале года резидентов было пять" is
** five residents, not five people). A list item of a fact sheet says its
** count first, the number last: "...; pellet exports 72 thousand
** tonnes, up from 51 thousand tonnes in 2024; jobs 640." (oh20) is 640
** jobs, not tonnes.
*/
#include "../../common.h"

#include "extract_tw.h"
#include "extract_was.h"

/* A count noun right before token k: the noun at k is its dependent
 * ("Участников кластера"). */
static bool head_before(const struct xsent *s, int k)
{
	const struct xunit *u;
	int n;

	return k >= 1 && s->t[k - 1].type == XT_WORD && s->t[k - 1].cyr &&
	       (u = xw_unit(s, k - 1, &n)) != NULL &&
	       (u->cls == XU_COUNT || u->cls == XU_PEOPLE);
}

bool xwas_noun(const struct xsent *s, int i, struct xfig *f)
{
	static const char *const be[] = { "было", "стало", "будет",
		"станет", "насчитывалось", "насчитывается", NULL };
	static const char *const adv[] = { "тогда", "уже", "всего", "лишь",
		"только", "ещё", "еще", "почти", "около", NULL };
	const struct xunit *u;
	int j = i - 1, k, n;

	while (j >= 0 && xtw_isa(s, j, adv))
		j--;
	if (!xtw_isa(s, j, be))
		return false;
	for (j--; j >= 0 && xtw_isa(s, j, adv); j--)
		;
	for (k = j; k >= 0 && k >= j - 1; k--)
		if (s->t[k].type == XT_WORD && s->t[k].cyr &&
		    (u = xw_unit(s, k, &n)) != NULL && k + n - 1 == j &&
		    (u->cls == XU_COUNT || u->cls == XU_PEOPLE)) {
			if (head_before(s, k))
				return false; /* "Участников кластера стало 23":
					       * the head noun's (extract_head.c) */
			xu_set(f, u->out, u->cls);
			return true;
		}
	return false;
}

bool xwas_item(const struct xsent *s, int i, int e, struct xfig *f)
{
	static const char *const ends[] = { ".", ";", ",", ")", NULL };
	const struct xunit *u;
	int n;

	if (i < 1 || s->t[i - 1].type != XT_WORD || s->t[i - 1].cyr ||
	    (e < s->nt && !xtw_isa(s, e, ends)) ||
	    (i >= 2 && s->t[i - 2].type == XT_WORD && !xtw_isa(s, i - 2, ends) &&
	     !xtw_is(s, i - 2, ":")) ||
	    (u = xw_unit(s, i - 1, &n)) == NULL || n != 1 ||
	    (u->cls != XU_COUNT && u->cls != XU_PEOPLE))
		return false;
	xu_set(f, u->out, u->cls);
	return true;
}
