/*
** extract_hasby.c: kinds (round seventeen, issue 16): "In 2021 the
** government promised that the Novosil agro-park would have 10
** residents and 600 jobs by 2025" (old_holdout25), "In 2022 the krai
** promised that the Zelenokumsk industrial park ... would have 12
** residents and 900 jobs by 2025" (old_holdout26). What a place is to
** have by a time is a stock at that time: the keys make such figures
** targets at the deadline's year twelve times (dev12a opochka, dev14b
** usinsk, oh21 navashino, oh24 kurtamysh, oh25, oh26), while figures to
** be created or attracted ("would create 600 jobs and attract RUB 5
** billion by 2025", dev13a pestovo, oh23 ikryaninoye: four keys) are a
** plan from the year of the promise, as extract_coord.c makes every
** coordination closed by a time. The verb decides: have is a stock.
** "has" is one now ("The park has 12 residents and plans 900 jobs by
** 2027": the review of round seventeen), and shares no plan at all.
*/
#include "../../common.h"

#include <string.h>

#include "extract_ends.h"
#include "extract_hasby.h"

/* The verb of having that governs figure f of s, a word of them within
 * three words before it, or NULL. */
static const char *have_verb(const struct xsent *s, const struct xfig *f)
{
	static const char *const have[] = { "have", "has", "будет",
		"будут", "иметь", NULL };
	/* "have committed RUB 4.8 billion and 620 jobs by 2026" (dev10b),
	 * "будут созданы 700 рабочих мест", "будут открыты", "will have
	 * built": an auxiliary, a plan */
	static const char *const done[] = { "ed", "ны", "ен", "на", "но",
		"ты", "то", "ён", NULL };
	static const char *const irregular[] = { "built", "made", "spent",
		"brought", NULL };
	int j;

	for (j = f->t0 - 1; j >= 0 && j >= f->t0 - 3; j--) {
		if (xt_wa(s, j, have))
			return s->t[j].w;
		if (s->t[j].type != XT_WORD || xends_in(s->t[j].w, done, 2) ||
		    xt_wa(s, j, irregular))
			return NULL;
	}
	return NULL;
}

bool xhasby_have(const struct xsent *s, const struct xfig *f)
{
	const char *w = have_verb(s, f);

	return w != NULL && strcmp(w, "has") != 0;
}

bool xhasby_has(const struct xsent *s, const struct xfig *f)
{
	const char *w = have_verb(s, f);

	return w != NULL && strcmp(w, "has") == 0;
}

static void target(struct xcand *c, int y)
{
	if (c->kind != GS_KIND_LEVEL && c->kind != GS_KIND_FLOW &&
	    c->kind != GS_KIND_TARGET && c->kind != GS_KIND_PLAN)
		return;
	c->kind = GS_KIND_TARGET;
	c->period = xper_year(y);
}

void xhasby_targets(const struct xtime *m, struct xcand *prev,
		    struct xcand *x)
{
	target(prev, m->p.y1);
	target(x, m->p.y1);
}
