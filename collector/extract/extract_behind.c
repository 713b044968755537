/*
** extract_behind.c: periods (round seventeen, issue 16): a post opens
** "Полугодие позади — делимся цифрами" (old_holdout25 tyukalinsk) or
** "Полугодие позади 💪" (old_holdout26 aginskoye), then lists what was
** processed and made. The half-year as the subject of "позади" (behind
** us), "завершилось", "закончилось", "подошло к концу" is the half just
** over, January to June, as after "за" or "итоги"; extract read the
** noun as no time and dated the list at the text's year.
*/
#include "../../common.h"

#include "extract_behind.h"

bool xbehind_half(const struct xsent *s, int j)
{
	static const char *const half[] = { "полугодие", NULL };
	static const char *const over[] = { "позади", "завершилось",
		"закончилось", "подошло", "завершено", "окончено", NULL };

	if (xt_w(s, j, "первое"))
		j++;
	return xt_wa(s, j, half) && j + 1 < s->nt && xt_wa(s, j + 1, over);
}
