/*
** extract_fact.c: periods (round ten, issue 16): a plan and its fact.
** Audits, court decisions and board minutes set a plan's date in one
** sentence and give the fact in the next: "The programme set the target
** of 9 residents by the end of 2022. In fact the park had 6, and only 4
** of them had started production." (old_holdout11), "... обязался
** вложить ... до 31 декабря 2023 года. Фактически на эту дату вложено
** 58,3 млн рублей (около 40% обязательства) и создано 12 рабочих мест."
** (old_holdout12). Both writers key the fact at the plan's date (31
** December for "by the end of 2022"); extract dated it by the text, a
** year or more later. The fact sentence must state no time of its own.
*/
#include "../../common.h"

#include "extract_fact.h"

/* Does s speak of the fact against a plan or of "that date" ("In fact",
 * "Фактически", "на эту дату", "by that date")? */
static bool fact_cue(const struct xsent *s)
{
	static const char *const first[] = { "фактически", "actually",
		NULL };
	static const char *const that[] = { "эту", "этой", "that", NULL };
	static const char *const date[] = { "дату", "дате", "date", NULL };
	int k;

	if (s->nt > 1 && (xt_wa(s, 0, first) ||
			  (xt_w(s, 0, "in") && xt_w(s, 1, "fact")) ||
			  (xt_w(s, 0, "по") && xt_w(s, 1, "факту"))))
		return true;
	for (k = 0; k + 1 < s->nt; k++)
		if (xt_wa(s, k, that) && xt_wa(s, k + 1, date))
			return true;
	return false;
}

/* The date the plan of sentence p is due: its last "by YEAR" (as 31
 * December) or day ("до 31 декабря 2023 года"), in *out; false if none. */
static bool plan_date(const struct xsent *p, struct xper *out)
{
	int k;
	bool got = false;

	for (k = 0; k < p->ntm; k++) {
		const struct xtime *m = &p->tm[k];

		if (m->role == XR_BY && m->p.y1 > 0 && m->p.m1 == 0) {
			*out = (struct xper){ m->p.y1, 12, 31, m->p.y1, 12, 31 };
			got = true;
		} else if (m->role == XR_POINT && m->p.d0 > 0 && !m->noyear) {
			*out = m->p;
			got = true;
		}
	}
	return got;
}

void xfact_at(const struct xdoc *d, int i, struct xcand *o)
{
	const struct xsent *s = &d->s[i];
	struct xper at;

	if (i < 1 || s->ntm > 0 || !fact_cue(s) ||
	    (o->kind != GS_KIND_LEVEL && o->kind != GS_KIND_FLOW) ||
	    !plan_date(&d->s[i - 1], &at) || at.y1 > d->ay)
		return;
	o->kind = GS_KIND_LEVEL;
	o->period = at;
	o->why = (o->why & ~(unsigned)(XW_PERIOD_ASOF | XW_PERIOD_HORIZON)) |
		 XW_PERIOD_EARLIER; /* the date of the sentence before */
}
