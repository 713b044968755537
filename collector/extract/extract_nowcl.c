/*
** extract_nowcl.c: periods (round eleven, issue 16): the fact said beside
** a plan in one sentence ("We promised five hundred jobs by 2026 and we
** have three hundred and twenty", "Доля кимрской обуви ... пока не больше
** 1%, цель к 2030-му — 3%"; the kimry post in
** old_holdout14).
** Writers of old_holdout13 and old_holdout14 key the fact at the text's
** date; extract gave it the plan's horizon, as figures joined by "and"
** share one (round ten). A clause of its own that says now ("we have",
** "пока", "today") and states no time keeps the figure a
** level now. General: any plan or target in another clause; only a
** word that says now marks the clause, not a bare "is" or "has".
*/
#include "../../common.h"

#include "extract_nowcl.h"

bool xnowcl_cut(const struct xsent *s, int i)
{
	static const char *const ws[] = { ",", ";", "and", "и", "а", "but",
		"но", NULL };

	return xt_wa(s, i, ws) || xt_dash(s, i);
}

/* Does token i say the figure stands now ("пока", "today", "we
 * have")? Not a bare "is" or "has": "the plan is 15 residents". */
static bool now_word(const struct xsent *s, int i)
{
	static const char *const ws[] = { "пока", "теперь", "still", "now",
		NULL };
	static const char *const we[] = { "we", "they", NULL };

	return xt_wa(s, i, ws) ||
	       ((xt_w(s, i, "have") || xt_w(s, i, "has")) &&
		xt_wa(s, i - 1, we));
}

/* The time of s that holds token i, or NULL. */
static const struct xtime *time_at(const struct xsent *s, int i)
{
	int k;

	for (k = 0; k < s->ntm; k++)
		if (i >= s->tm[k].t0 && i < s->tm[k].t1)
			return &s->tm[k];
	return NULL;
}

/* Does s open with the results of the year it reports on ("По итогам
 * 2024 года ..., всего их теперь 12" in January 2025: the year's end,
 * as oh12 keys it)? */
bool xnowcl_framed(const struct xsent *s)
{
	static const char *const ws[] = { "итогам", "итогах", "results",
		NULL };
	int k;

	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].t0 <= 3 && s->tm[k].role != XR_NOW &&
		    xt_wa(s, s->tm[k].t0 - 1, ws))
			return true;
	return false;
}

void xnowcl_level(const struct xdoc *d, const struct xsent *s,
		  const struct xfig *f, struct xcand *x)
{
	int a = f->t0, b = f->t1, i;
	bool now = false, past = x->kind == GS_KIND_LEVEL && !f->multiple &&
				 x->period.y1 > 0 && x->period.y1 < d->ay;
	const struct xtime *m;

	if ((x->kind != GS_KIND_TARGET && x->kind != GS_KIND_PLAN && !past) ||
	    d->ay == 0 || (past && xnowcl_framed(s)))
		return;
	while (a > 0 && !xnowcl_cut(s, a - 1))
		a--;
	while (b < s->nt && !xnowcl_cut(s, b))
		b++;
	for (i = a; i < b; i++) {
		/* a level dated by another clause or sentence ("Сейчас в
		 * нём пять резидентов, год назад было три", "их теперь
		 * семь" after "за год", "We have eight residents" under
		 * "last year"): the clause's own "now" (round twelve) */
		if (past && (m = time_at(s, i)) != NULL && m->role == XR_NOW) {
			now = true;
			continue;
		}
		if ((s->t[i].flags & XF_TIME) || xw_in(XL_FUTURE, s->t[i].w))
			return;
		now = now || now_word(s, i);
	}
	if (!now)
		return;
	x->kind = GS_KIND_LEVEL;
	x->period = xper_year(d->ay);
}
