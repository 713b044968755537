/*
** extract_said.c: dates and verbs around a figure that say when or how
** it was told rather than what period it is of (issue 16, seventh
** round): "the department said on 17 October 2023", "сообщил 17 октября
** 2023 года" is the day of telling; "оцениваются в", "is estimated at"
** reckon a figure of the period the text reports on.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"

bool xsaid_date(const struct xsent *s, const struct xtime *m)
{
	int i = m->t0 - 1;

	if (m->role != XR_POINT || m->p.d0 == 0 || m->p.y0 == 0)
		return false;
	if (i >= 0 && (xt_w(s, i, "on") || xt_w(s, i, "of")))
		i--; /* "said on 17 October 2023" */
	return i >= 0 && xw_in(XL_REPORT, s->t[i].w);
}

/* Is the number at a the recipients of the sum f right before it ("RUB
 * 640 million to 38 companies", "640 млн рублей на 38 проектов")? They
 * share the date said after them. */
bool xsaid_recipient(const struct xsent *s, const struct xfig *f, int a)
{
	static const char *const to[] = { "to", "among", "for", "на", "для",
		NULL };

	return f->cls == XU_CUR && a == f->t1 + 1 && a + 1 < s->nt &&
	       xt_wa(s, f->t1, to) && s->t[a + 1].type == XT_WORD;
}

/* Is f reckoned ("оцениваются в 19 млрд рублей", "is estimated at RUB 19
 * bn", "valued at")? A reckoning of the period the text reports on, as a
 * past verb would state it. */
bool xsaid_reckoned(const struct xsent *s, const struct xfig *f)
{
	static const char *const ru[] = { "оценивается", "оцениваются",
		"оценен", "оценена", "оценено", "оценены", NULL };
	static const char *const en[] = { "estimated", "valued", NULL };
	int i;

	for (i = f->t0 - 1; i >= 0 && i >= f->t0 - 3; i--)
		if (xt_wa(s, i, ru) ||
		    (xt_wa(s, i, en) && xt_w(s, i + 1, "at")))
			return true;
	return false;
}
