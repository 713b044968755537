/*
** extract_ptitle.c: periods (round fifteen, issue 16): plans listed
** under a title naming their span. Slide notes and programme summaries
** head a list with "Plans to 2028" or "Plans 2026-2028" and list what
** is to come: "5-6 new residents", "investment of RUB 4-5bn", "New
** general-cargo berth: RUB 18-20 bn, first ships in 2027", "Local
** hires: at least 1,500 people over the three years". Both writers of
** old_holdout21 (chernushka, four figures) and old_holdout22 (sabetta,
** three) key these items as plans over the title's span (2025..2028
** from the text's year; 2026..2028); extract gave the title's end year,
** a year in another clause of the item, or "the three years" counted
** back from the text's date. General: any list whose title names plans
** ("plan", "план" and their forms) and a span or a deadline; an item
** that dates itself in its own clause ("revenue to reach RUB 20bn in
** 2028", "Target: 35 mn t a year by 2028") keeps its date.
*/
#include "../../common.h"

#include <string.h>

#include "extract_ptitle.h"

/* Does s name plans: a word starting "plan" or "план" ("Plans",
 * "Планы", "плановые")? Not "planned": "the planned 5 MW" names no
 * list of plans; nor a plan in brackets ("The park today (a master plan
 * to 2030 is in the works)"). */
static bool plan_word(const struct xsent *s)
{
	int k;

	for (k = 0; k < s->nt; k++) {
		const char *w = s->t[k].w;

		if (s->t[k].paren > 0)
			continue;
		if ((strncmp(w, "plan", 4) == 0 &&
		     strcmp(w, "planned") != 0 && strcmp(w, "plant") != 0 &&
		     strcmp(w, "plants") != 0) ||
		    strncmp(w, "план", strlen("план")) == 0)
			return true;
	}
	return false;
}

/* The span a title of plans s gives in the text of year ay: "to 2028",
 * "до 2028 года" from ay; "2026-2028" as it is. False if none. */
static bool title_span(const struct xsent *s, int ay, struct xper *p)
{
	int k;

	if (!plan_word(s))
		return false;
	/* a title that also names results ("Итоги 2024 года и планы до
	 * 2028 года") heads results too */
	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].p.y1 != 0 && s->tm[k].p.y1 < ay)
			return false;
	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->p.y1 < ay || m->p.m0 != 0)
			continue;
		if (m->role == XR_RANGE && m->p.y0 < m->p.y1) {
			*p = m->p;
			return true;
		}
		if ((m->role == XR_BY || xt_w(s, m->t0 - 1, "to") ||
		     xt_w(s, m->t0 - 1, "до")) && m->p.y1 > ay) {
			*p = xper_year(ay);
			p->y1 = m->p.y1;
			return true;
		}
	}
	return false;
}

/* The title of the list item i: the nearest sentence before it that
 * is no item, or -1. */
static int title_of(const struct xdoc *d, int i)
{
	int k;

	for (k = i - 1; k >= 0 && i - k <= 12; k--)
		if (!d->s[k].item)
			return k;
	return -1;
}

/* Does f's clause (to the commas and semicolons around it) state a
 * date of its own (a point, a span or a deadline)? "over the three
 * years" counts no date: the title's span is the three years. */
static bool own_date(const struct xsent *s, const struct xfig *f)
{
	int k;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];
		int j, lo = m->t1 <= f->t0 ? m->t1 : f->t1;
		int hi = m->t1 <= f->t0 ? f->t0 : m->t0;
		bool cut = false;

		if (m->role == XR_PAST || m->role == XR_NEXT)
			continue;
		for (j = lo; j < hi && !cut; j++)
			cut = xt_w(s, j, ",") || xt_w(s, j, ";");
		if (!cut)
			return true;
	}
	return false;
}

void xptitle_span(const struct xdoc *d, int i, const struct xfig *f,
		  struct xcand *x)
{
	const struct xsent *s = &d->s[i];
	struct xper p;
	int t;

	if (!s->item || d->ay == 0 || f->multiple || f->pct ||
	    x->kind == GS_KIND_TARGET || f->cls == XU_PCT ||
	    (t = title_of(d, i)) < 0 || !title_span(&d->s[t], d->ay, &p) ||
	    own_date(s, f) || memcmp(&p, &x->period, sizeof(p)) == 0)
		return; /* a span already read keeps its kind (test_list_heading) */
	x->period = p;
	x->kind = GS_KIND_PLAN;
}

/* xptitle_sibling: "The newcomer will invest about 1.2 billion roubles
 * and create 140 jobs; its plant is due to open in the second half of
 * 2027", "The park will grow by another 35 hectares by the end of 2026;
 * the extension will cost about RUB 700 million" (oh22 dolinsk and
 * cherdakly): the first figure is planned from the text's year to the
 * deadline; the one after it, undated, was left a target at the
 * horizon. Figures of one sentence about the future share its plan.
 * Not a target a deadline that opens the sentence dates ("До конца 2027
 * года ... ; расширение обойдётся в 500 млн рублей"): tried, and the
 * own text kazan_itpark lost "up to 150 companies" by 2027. */
void xptitle_sibling(const struct xsent *s, const struct xfig *f,
		     struct xresult *r)
{
	struct xcand *x = &r->v[r->n - 1];
	const struct xcand *a = r->n >= 2 ? &r->v[r->n - 2] : NULL;

	if (a == NULL || strcmp(x->unit, "%") == 0 ||
	    !(x->why & XW_PERIOD_HORIZON) || own_date(s, f) ||
	    (x->kind != GS_KIND_TARGET && x->kind != GS_KIND_LEVEL) ||
	    a->kind != GS_KIND_PLAN || a->line != x->line ||
	    a->note == NULL || x->note == NULL ||
	    strcmp(a->note, x->note) != 0 || a->period.y0 >= a->period.y1 ||
	    a->period.m0 != 0 || x->period.m0 != 0 ||
	    x->period.y0 != a->period.y1 || x->period.y1 != a->period.y1)
		return;
	x->period = a->period;
	x->kind = GS_KIND_PLAN;
}
