/*
** extract_pmark.c: bank analysts' notes write a count's changes in a
** bracket after it, each with a period mark ("Residents: 12 at end-3Q24
** (+1 q/q, +4 YTD)", "57 (+3 QoQ)"). The marks say over what time the
** change ran; they are no unit, so the change counts what the level
** before the bracket counts (extract_elide.c), however many changes the
** bracket lists and whatever date the level is said at. Also the end of
** a change said before its start ("rose to 1,040 from 910"), which
** takes its unit from the words before it as the end alone does.
*/
#include "../../common.h"

#include <string.h>

#include "extract_pmark.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

bool xpmark_at(const struct xsent *s, int i)
{
	static const char *const marks[] = { "YTD", "ytd", "QTD", "MTD",
		"QoQ", "qoq", "YoY", "yoy", "MoM", "mom", "LTM", "TTM",
		NULL };
	int k;

	for (k = 0; marks[k] != NULL; k++)
		if (is_w(s, i, marks[k]))
			return true;
	return false;
}

int xpmark_slash(const struct xsent *s, int i, int *months)
{
	static const struct {
		const char *w;
		int months;
	} ws[] = { { "q", 3 }, { "кв", 3 }, { "m", 1 }, { "м", 1 },
		   { "y", 0 }, { "г", 0 } };
	size_t k;

	for (k = 0; k < GS_ARRAY_LEN(ws); k++)
		if (is_w(s, i, ws[k].w) && is_w(s, i + 1, "/") &&
		    is_w(s, i + 2, ws[k].w)) {
			if (months != NULL)
				*months = ws[k].months;
			return 3;
		}
	return 0;
}

bool xpmark_bracket_near(const struct xsent *s, int t1, int o)
{
	static const char *const join[] = { "at", "on", "as", "of", "на",
		"по", "состоянию", NULL };
	int k, j;

	if (o - t1 > 6)
		return false;
	for (k = t1; k < o; k++) {
		if (s->t[k].flags & XF_TIME)
			continue;
		for (j = 0; join[j] != NULL && !is_w(s, k, join[j]); j++)
			;
		if (join[j] == NULL)
			return false;
	}
	return true;
}

bool xpmark_changes_before(const struct xsent *s, int o, int i)
{
	int k, n;

	for (k = o + 1; k < i; k++) {
		if (is_w(s, k, ")"))
			return false;
		if (s->t[k].type != XT_NUM)
			continue;
		n = xpmark_slash(s, k + 1, NULL);
		if (n == 0 && xpmark_at(s, k + 1))
			n = 1;
		if (n == 0 || !is_w(s, k + 1 + n, ",") ||
		    !(is_w(s, k - 1, "+") || is_w(s, k - 1, "-") ||
		      is_w(s, k - 1, "−") || s->t[k].w[0] == '+'))
			return false;
		k += n + 1;
	}
	return true;
}

bool xpmark_from_start(const struct xsent *s, int j)
{
	return j >= 2 && j + 1 < s->nt && s->t[j - 1].type == XT_NUM &&
	       s->t[j + 1].type == XT_NUM &&
	       ((is_w(s, j, "from") && is_w(s, j - 2, "to")) ||
		(is_w(s, j, "с") && is_w(s, j - 2, "до")));
}
