/*
** extract_nounit.c: Russian words after a number that are no unit, by
** their endings (extract_ends.c), since a number's noun stands in the
** genitive: a past plural verb ("из них восемьдесят заняли бывшие
** работники", "ещё двое подали"), a short participle ("из них три
** включены в реестр", "созданы", "введены"), and after a scale word a
** noun ending in a soft sign, which is no genitive plural ("ещё
** шестьдесят миллионов область даёт на котельную": the subject of the
** verb after it). extract_unitof.c's ru_verb reads the endings the
** older rules met; these are the ones the twelfth round's folders
** brought (dev12a, dev12b).
*/
#include "../../common.h"

#include <string.h>

#include "extract_ends.h"
#include "extract_nounit.h"

bool xnounit_at(const struct xsent *s, int i, const struct xfig *f)
{
	static const char *const verbs[] = { "яли", NULL }; /* "заняли";
							      * not "модели" */
	static const char *const parts[] = { "ены", "аны", "яны", "ыты",
		NULL };
	static const char *const soft[] = { "ь", NULL };
	const char *w;

	if (i < 0 || i >= s->nt || s->t[i].type != XT_WORD || !s->t[i].cyr)
		return false;
	w = s->t[i].w;
	return xends_in(w, verbs, 3) || xends_in(w, parts, 4) ||
	       (f->scale[0] != '\0' && xends_in(w, soft, 3));
}
