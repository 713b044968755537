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

/* A verb of the past at token i: "invested", "has hired", "spent",
 * "вложила". */
static bool past_at(const struct xsent *s, int i)
{
	static const char *const irr[] = { "spent", "paid", "built", "made",
		"sold", "won", "took", "held", NULL };
	const char *w = s->t[i].w;
	size_t n = strlen(w);

	if (s->t[i].type != XT_WORD || s->t[i].cap)
		return false;
	if (!s->t[i].cyr)
		return (n >= 5 && strcmp(w + n - 2, "ed") == 0) ||
		       xt_wa(s, i, irr);
	return n >= 8 && (strcmp(w + n - 4, "ла") == 0 ||
			  strcmp(w + n - 4, "ли") == 0 ||
			  strcmp(w + n - 4, "ло") == 0);
}

static bool future_at(const struct xsent *s, int i)
{
	size_t n = strlen(s->t[i].w);

	return xw_in(XL_FUTURE, s->t[i].w) ||
	       (n > 3 && strcmp(s->t[i].w + n - 3, "'ll") == 0);
}

bool xsaid_done_part(const struct xsent *s, const struct xfig *f)
{
	int a = f->t0, b = f->t1, i;
	bool past = false;

	while (a > 0 && !xt_w(s, a - 1, ";"))
		a--;
	while (b < s->nt && !xt_w(s, b, ";"))
		b++;
	if (a == 0 && b == s->nt)
		return false; /* no other part to be about the future */
	for (i = a; i < b; i++) {
		if (future_at(s, i))
			return false;
		past = past || (i < f->t0 && past_at(s, i));
	}
	return past;
}

int xsaid_fig_end(const struct xsent *s, const struct xfig *f)
{
	int e = f->t1;

	if (e > 0 && e + 1 < s->nt && xt_w(s, e, ".") && !s->t[e].sp &&
	    s->t[e - 1].type == XT_WORD && !xt_w(s, e + 1, ".") &&
	    (s->t[e + 1].type != XT_WORD || !s->t[e + 1].cap))
		return e + 1; /* "млн руб. в 2024 году": the dot is the unit's */
	return e;
}
