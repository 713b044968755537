/*
** extract_tw.c: token tests the twelfth round's rules share (extract_
** diff.c, extract_qual12.c, extract_freq.c, extract_jobs.c), one copy
** instead of one per file.
*/
#include "../../common.h"

#include <string.h>

#include "extract_tw.h"

bool xtw_is(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

bool xtw_isa(const struct xsent *s, int i, const char *const *ws)
{
	for (; *ws != NULL; ws++)
		if (xtw_is(s, i, *ws))
			return true;
	return false;
}

bool xtw_plan(const struct xsent *s, int i)
{
	static const char *const plan[] = { "plan", "planned", "target",
		"budget", "forecast", "плана", "запланированного",
		"запланированных", "планового", "плановых", "бюджета",
		"прогноза", NULL };

	return xtw_isa(s, i, plan);
}

bool xtw_stem(const struct xsent *s, int i, const char *const *stems)
{
	if (i < 0 || i >= s->nt)
		return false;
	for (; *stems != NULL; stems++)
		if (strncmp(s->t[i].w, *stems, strlen(*stems)) == 0)
			return true;
	return false;
}
