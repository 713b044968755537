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

/* Does token i end f's clause on the left or right: a comma, a
 * semicolon, a dash, or "and"/"и"/"а" between clauses? */
static bool cut(const struct xsent *s, int i)
{
	static const char *const ws[] = { ",", ";", "and", "и", "а", "but",
		"но", NULL };

	return xt_wa(s, i, ws) || xt_dash(s, i);
}

/* Does token i say the figure stands now ("пока", "today", "we
 * have")? Not a bare "is" or "has": "the plan is 15 residents". */
static bool now_word(const struct xsent *s, int i)
{
	static const char *const ws[] = { "пока", "теперь", "still", NULL };
	static const char *const we[] = { "we", "they", NULL };

	return xt_wa(s, i, ws) ||
	       ((xt_w(s, i, "have") || xt_w(s, i, "has")) &&
		xt_wa(s, i - 1, we));
}

void xnowcl_level(const struct xdoc *d, const struct xsent *s,
		  const struct xfig *f, struct xcand *x)
{
	int a = f->t0, b = f->t1, i;
	bool now = false;

	if ((x->kind != GS_KIND_TARGET && x->kind != GS_KIND_PLAN) ||
	    d->ay == 0)
		return;
	while (a > 0 && !cut(s, a - 1))
		a--;
	while (b < s->nt && !cut(s, b))
		b++;
	for (i = a; i < b; i++) {
		if ((s->t[i].flags & XF_TIME) || xw_in(XL_FUTURE, s->t[i].w))
			return;
		now = now || now_word(s, i);
	}
	if (!now)
		return;
	x->kind = GS_KIND_LEVEL;
	x->period = xper_year(d->ay);
}
