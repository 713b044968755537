/*
** extract_prep.c: a noun after a preposition says whose or where, not
** what is counted ("Зарплата у резидентов", "companies registered in the
** cluster"), and a possessive between a number and its noun is passed
** over ("Три его резидента"); for the unit finders (extract_unitof.c,
** extract_money12.c).
*/
#include "../../common.h"

#include <string.h>

#include "extract_prep.h"
#include "extract_tw.h"

/* Is there a preposition of preps at i, or before an article or a
 * possessive there ("at the park's residents")? */
static bool prep_in(const struct xsent *s, int i, const char *const *preps)
{
	static const char *const dets[] = { "the", "a", "its", "their",
		"our", "его", "их", "наших", NULL };
	int k;

	/* over an article or a possessive: "at the park's residents" */
	for (k = i; k >= 0 && k >= i - 2; k--) {
		if (xtw_isa(s, k, preps))
			return true;
		if (!xtw_isa(s, k, dets) && strchr(s->t[k].w, '\'') == NULL)
			return false;
	}
	return false;
}

bool xprep_whose(const struct xsent *s, int i)
{
	static const char *const preps[] = { "у", "в", "на", "при", "для",
		"среди", "of", "at", "for", "in", "among", "by", NULL };

	return prep_in(s, i, preps);
}

bool xprep_where(const struct xsent *s, int i)
{
	static const char *const preps[] = { "at", "by", "in", NULL };

	return prep_in(s, i, preps);
}

bool xprep_owner(const struct xsent *s, int i)
{
	static const char *const owner[] = { "его", "её", "ее", "их", NULL };

	return xtw_isa(s, i, owner);
}
