/*
** extract_freq.c: words of how often said after a number ("at least 80
** annually", "80 a year", "per annum", "не менее 80 ежегодно",
** "ежемесячно"). They are no unit: the number counts what a label or
** the words before it name ("Создание новых рабочих мест: не менее 80
** ежегодно" counts jobs), as a number ending its clause does. Russian
** by the prefix "еже-" that every such adverb has, English by the few
** words and "a/per/each/every" before a unit of time.
*/
#include "../../common.h"

#include <string.h>

#include "extract_tw.h"
#include "extract_freq.h"

int xfreq_at(const struct xsent *s, int j)
{
	static const char *const per[] = { "a", "per", "each", "every",
		NULL };
	static const char *const unit[] = { "year", "month", "annum",
		"quarter", "week", NULL };
	static const char *const adv[] = { "annually", "yearly", "monthly",
		NULL };
	int k;

	if (j < 0 || j >= s->nt || s->t[j].type != XT_WORD)
		return 0;
	if (s->t[j].cyr)
		return strncmp(s->t[j].w, "еже", strlen("еже")) == 0 ? 1 : 0;
	for (k = 0; adv[k] != NULL; k++)
		if (xtw_is(s, j, adv[k]))
			return 1;
	for (k = 0; per[k] != NULL; k++)
		if (xtw_is(s, j, per[k]))
			break;
	if (per[k] == NULL)
		return 0;
	for (k = 0; unit[k] != NULL; k++)
		if (xtw_is(s, j + 1, unit[k]))
			return 2;
	return 0;
}
