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

static bool ends(const char *w, const char *e, size_t stem)
{
	size_t n = strlen(w), k = strlen(e);

	return n >= k + stem && strcmp(w + n - k, e) == 0;
}

static bool participle(const struct xtok *t)
{
	static const char *const ru[] = { "но", "ны", "то", "ты", NULL };
	int k;

	if (t->type != XT_WORD)
		return false;
	if (!t->cyr)
		return ends(t->w, "ed", 3);
	for (k = 0; ru[k] != NULL; k++)
		if (ends(t->w, ru[k], 6))
			return true;
	return false;
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
