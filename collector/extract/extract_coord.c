/*
** extract_coord.c: periods (round ten, issue 16): a time that closes a
** coordination dates every figure in it. "The stage is to allow 8 more
** residents and about 1,200 jobs by 2026" (old_holdout11), "вложение 740
** млн руб. и создание 95 рабочих мест в 2024–2025 годах" (old_holdout11),
** "investment of RUB 1.2 billion and 140 jobs by 2027", "обязался вложить
** не менее 146 млн рублей и создать 35 рабочих мест до 31 декабря 2023
** года" (old_holdout12): the keys of both writers plan each figure from
** the text's year (or the year the pledge was made) to that time; extract
** gave the time only to the figure next to it and dated the first one
** by the text. A verb in the past between the two ("invested RUB 2 bn
** and will create 400 jobs by 2026") parts them; so does "reach"
** ("выйти на тысячу рабочих мест" is a target, as the keys write it).
*/
#include "../../common.h"

#include <string.h>

#include "extract_coord.h"
#include "extract_ends.h"
#include "extract_hasby.h"

/* Does the word at j read as a verb in the past ("invested", "вложили")? */
static bool past_word(const struct xsent *s, int j)
{
	static const char *const ends[] = { "ed", "ли", "ла", "ло", "лся",
		NULL };

	return xends_in(s->t[j].w, ends, 2);
}

/* Are the figures f and g joined by "and"/"и" with a few words between
 * and no clause break, no past verb and no "reach"? */
bool xcoord_joined(const struct xsent *s, const struct xfig *f,
		   const struct xfig *g)
{
	static const char *const reach[] = { "reach", "выйти", "достичь",
		"довести", NULL };
	int j, and = 0;

	if (g->t0 - f->t1 < 1 || g->t0 - f->t1 > 4)
		return false;
	for (j = f->t1; j < g->t0; j++) {
		if (xt_w(s, j, "and") || xt_w(s, j, "и"))
			and++;
		else if (j == f->t1 && xt_w(s, j, ".") && !s->t[j].sp)
			continue; /* "740 млн руб. и создание ..." */
		else if (s->t[j].type != XT_WORD || past_word(s, j) ||
			 xt_wa(s, j, reach))
			return false;
	}
	return and == 1;
}

/* The time that closes g: "by 2026", "до 31 декабря 2023 года", "в
 * 2024–2025 годах", a few words after it with no break; NULL if none. */
static const struct xtime *closing(const struct xsent *s,
				   const struct xfig *g)
{
	static const char *const by[] = { "by", "until", "до", "к", NULL };
	int k, j, t0;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		/* "до 31 декабря 2023 года" is a day after "до" */
		t0 = m->role == XR_POINT && m->p.d0 > 0 && m->t0 > 0 &&
		     xt_wa(s, m->t0 - 1, by) ? m->t0 - 1 : m->t0;
		if ((m->role != XR_BY && m->role != XR_RANGE &&
		     t0 == m->t0) || t0 < g->t1 || t0 - g->t1 > 3 ||
		    m->p.y1 == 0)
			continue;
		for (j = g->t1; j < t0; j++)
			if (s->t[j].type != XT_WORD)
				return NULL;
		return m;
	}
	return NULL;
}

/* Is there a time between the figures f and g (the first one's own)? */
static bool dated_between(const struct xsent *s, const struct xfig *f,
			  const struct xfig *g)
{
	int k;

	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].t0 >= f->t0 && s->tm[k].t0 < g->t0)
			return true;
	return false;
}

/* Is p the closing time's year (or a day in it) alone? */
static bool at_end(const struct xper *p, const struct xtime *m)
{
	return p->y0 == m->p.y1 && p->y1 == m->p.y1;
}

void xcoord_share(const struct xdoc *d, int i, const struct xfig *figs,
		  int k, struct xcand *prev, struct xcand *x)
{
	const struct xsent *s = &d->s[i];
	const struct xfig *f, *g = &figs[k];
	const struct xtime *m;
	int y0;

	if (k < 1 || prev == NULL || prev->line != s->line)
		return; /* prev is of an earlier sentence */
	f = &figs[k - 1];
	if (prev->value != f->v || f->pct ||
	    g->pct || f->multiple || g->multiple || !xcoord_joined(s, f, g) ||
	    dated_between(s, f, g) || (m = closing(s, g)) == NULL)
		return;
	if (xhasby_has(s, f))
		return; /* "has 12 residents and plans 900 jobs by 2027" */
	if (xhasby_have(s, f)) {
		xhasby_targets(m, prev, x); /* "would have 10 residents and
					     * 600 jobs by 2025" */
		return;
	}
	y0 = m->role == XR_RANGE ? m->p.y0 :
	     prev->period.y0 > 0 && prev->period.y0 < d->ay ?
	     prev->period.y0 : d->ay;
	if (y0 <= 0 || y0 > m->p.y1)
		return;
	if ((prev->kind == GS_KIND_LEVEL || prev->kind == GS_KIND_FLOW) &&
	    prev->period.y1 == prev->period.y0 && prev->period.y1 != 0) {
		prev->kind = GS_KIND_PLAN;
		prev->period = (struct xper){ y0, 0, 0, m->p.y1, 0, 0 };
	}
	if (prev->kind == GS_KIND_PLAN && x->kind != GS_KIND_PLAN &&
	    at_end(&x->period, m)) {
		x->kind = GS_KIND_PLAN;
		x->period = prev->period;
	}
	if (x->kind == GS_KIND_PLAN && prev->kind == GS_KIND_TARGET &&
	    at_end(&prev->period, m)) {
		prev->kind = GS_KIND_PLAN; /* "will bring 12 ha and a 5,000 sq
					    * m warehouse into use by 2027" */
		prev->period = x->period;
	}
}

/* Round fifteen: "compared with 11 residents and 930 jobs a year
 * earlier", "против 11 резидентов и 930 рабочих мест годом ранее" (oh22
 * cherdakly): the date that closes a coordination of figures (a point,
 * within two words after the second) dates both; extract gave it to the
 * second only, and the first kept the sentence's own date. */
void xcoord_back(const struct xsent *s, const struct xfig *figs, int k,
		 struct xcand *prev, struct xcand *x)
{
	const struct xfig *f, *g = &figs[k];
	int n, j;

	if (k < 1 || prev == NULL || prev->line != x->line)
		return;
	f = &figs[k - 1];
	if (prev->value != f->v || f->pct || g->pct || f->multiple ||
	    g->multiple || !xcoord_joined(s, f, g) || dated_between(s, f, g) ||
	    memcmp(&prev->period, &x->period, sizeof(x->period)) == 0)
		return;
	for (n = 0; n < s->ntm; n++) {
		const struct xtime *m = &s->tm[n];

		if (m->role != XR_POINT || m->t0 < g->t1 || m->t0 - g->t1 > 2 ||
		    memcmp(&m->p, &x->period, sizeof(m->p)) != 0)
			continue;
		for (j = g->t1; j < m->t0; j++)
			if (s->t[j].type != XT_WORD)
				return;
		prev->period = x->period;
		return;
	}
}
