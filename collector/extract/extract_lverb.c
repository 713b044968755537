/*
** extract_lverb.c: fact sheets and bank notes write a label, a colon,
** the count and what happened to it: "Jobs: ~950 created since 2020",
** "Agreements: 4 signed in 2024", "Рабочие места: 950 создано". The
** participle is no unit: the count is the label's, as in "Jobs: 950".
** Told by form: an English past participle (-ed) or a Russian short
** neuter or plural one (-но, -ны, -то, -ты) right after a number that a
** colon opens, a qualifier or sign between them at most.
*/
#include "../../common.h"

#include <string.h>

#include "extract_lverb.h"
#include "extract_ends.h"

static bool participle(const struct xtok *t)
{
	static const char *const ru[] = { "но", "ны", "то", "ты", NULL };
	static const char *const en[] = { "ed", NULL };

	if (t->type != XT_WORD)
		return false;
	return t->cyr ? xends_in(t->w, ru, 5) : xends_in(t->w, en, 2);
}

bool xlverb_at(const struct xsent *s, int j)
{
	int k;

	if (j < 2 || j >= s->nt || !participle(&s->t[j]) ||
	    s->t[j - 1].type != XT_NUM)
		return false;
	for (k = j - 2; k >= 0 && k >= j - 4; k--) {
		if (strcmp(s->t[k].w, ":") == 0)
			return true;
		if (s->t[k].type != XT_PUNCT && !xw_in(XL_STOP, s->t[k].w) &&
		    strcmp(s->t[k].w, "about") != 0)
			return false;
	}
	return false;
}
