/*
** extract_tense.c: the tense of a sentence as the other rules need it: is
** it about the future ("will", "is planned", "expected to", "будет")? does
** it say something is being built ("under construction", "строится")?
** Both the document's dates (extract_date.c) and each figure's kind
** (extract_cue.c) ask, so it sits below both.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

bool xcue_future(const struct xsent *s)
{
	int i;

	for (i = 0; i < s->nt; i++) {
		const char *w = s->t[i].w;
		size_t n = strlen(w);

		if (!xw_in(XL_FUTURE, w) &&
		    !(n > 3 && strcmp(w + n - 3, "'ll") == 0))
			continue;
		if (strcmp(w, "will") == 0 &&
		    (is_w(s, i + 1, "allow") || is_w(s, i + 1, "enable") ||
		     is_w(s, i + 1, "permit") || is_w(s, i + 1, "make")))
			continue; /* what a capacity allows now */
		if ((strcmp(w, "plan") == 0 || strcmp(w, "plans") == 0) &&
		    !(is_w(s, i + 1, "to") || is_w(s, i + 1, "call") ||
		      is_w(s, i + 1, "include") || is_w(s, i + 1, "for")))
			continue;
		if (strcmp(w, "designed") == 0 && !is_w(s, i + 1, "to"))
			continue;
		return true;
	}
	return false;
}

bool xcue_build(const struct xsent *s)
{
	int i;

	for (i = 0; i < s->nt; i++)
		if (xw_in(XL_BUILD, s->t[i].w) ||
		    (is_w(s, i, "under") && (is_w(s, i + 1, "construction") ||
					     is_w(s, i + 1, "way"))) ||
		    (is_w(s, i, "being") && (is_w(s, i + 1, "built") ||
					     is_w(s, i + 1, "constructed"))) ||
		    (is_w(s, i, "ведется") && is_w(s, i + 1, "строительство")))
			return true;
	return false;
}
