/*
** extract_tender.c: periods (round eight, second pass, issue 16). A
** tender notice ("NOTICE OF AN OPEN TENDER", "ИЗВЕЩЕНИЕ о проведении
** открытого конкурса") states what is put out to tender (the initial
** price, "Scope: 6.8 km of water mains, a 10 MW substation") and when it
** is due ("Completion: by 30 November 2024", "within 420 days of
** signing"), then a "Background" of stocks that stand now. Every writer
** keys the tendered works as a plan from the text's year to the due year
** (old_holdout6 twice, dev9a, dev9b); extract dated them by the text's
** date, as stocks.
*/
#include "../../common.h"

#include "extract_tender.h"
#include "../../series/cal.h"

/* Is d a tender notice: a word of one in its first sentences? */
static bool tender(const struct xdoc *d)
{
	static const char *const ws[] = { "tender", "tenders", "procurement",
		"извещение", "конкурса", "аукциона", "закупки", NULL };
	int i, k;

	for (i = 0; i < d->ns && i < 3; i++)
		for (k = 0; k < d->s[i].nt; k++)
			if (xt_wa(&d->s[i], k, ws))
				return true;
	return false;
}

/* "within 420 days", "— 18 месяцев" on a completion line: the year the
 * term ends, counted from the text's date, or 0. */
static int term_year(const struct xdoc *d, const struct xsent *s)
{
	int k, n;

	for (k = 1; k + 1 < s->nt; k++) {
		if (s->t[k].type != XT_NUM)
			continue;
		n = (int)s->t[k].v;
		if (xt_w(s, k + 1, "days") || xt_w(s, k + 1, "дней"))
			return cal_from_day_number(cal_day_number(d->as_of) +
						   n) / 10000;
		if (xt_w(s, k + 1, "months") || xt_w(s, k + 1, "месяцев"))
			return cal_add_months(d->as_of, n) / 10000;
	}
	return 0;
}

/* The due year a completion or funding line states, or 0. */
static int line_due(const struct xdoc *d, const struct xsent *s)
{
	/* "Term of performance", "Deadline", "Сроки выполнения работ" too
	 * (round nine) */
	static const char *const ws[] = { "completion", "срок", "funding",
		"term", "deadline", "сроки", NULL };
	int k, y = 0;

	if (!xt_wa(s, 0, ws))
		return 0;
	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].p.y1 >= d->ay && s->tm[k].p.y1 > y &&
		    !s->tm[k].noyear)
			y = s->tm[k].p.y1;
	return y > 0 ? y : term_year(d, s);
}

int xtender_due(const struct xdoc *d)
{
	int i, y, due = 0;

	if (d->as_of == 0 || !tender(d))
		return 0;
	for (i = 0; i < d->ns; i++)
		if ((y = line_due(d, &d->s[i])) > due)
			due = y;
	return due;
}

/* The first sentence of the notice's background, or d->ns. */
static int background(const struct xdoc *d)
{
	static const char *const ws[] = { "background", "справочно",
		"справка", "reference", NULL };
	int i;

	for (i = 0; i < d->ns; i++)
		if (xt_wa(&d->s[i], 0, ws))
			return i;
	return d->ns;
}

/* "up to 15 more", "ещё 12": more of what stands, to come. */
static bool more_after(const struct xsent *s, const struct xfig *f)
{
	return xt_w(s, f->tn + 1, "more") || xt_w(s, f->t0 - 1, "ещё") ||
	       xt_w(s, f->t0 - 1, "еще");
}

/* Is f an item dated by the year before it ("Финансирование: 2025 год
 * — 62 000 000,00 рубля, 2026 год — ...", "2025: RUB 40 million")? That
 * year is its own (round fourteen: oh19 znamensk, oh20 kozelsk, dev14a
 * magdagachi: three writers' tenders, each year's money keyed at it). */
static bool year_item(const struct xsent *s, const struct xfig *f)
{
	int k, j;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->role != XR_POINT || m->noyear || m->p.m0 != 0 ||
		    m->t1 > f->t0)
			continue;
		j = m->t1 + (xt_dash(s, m->t1) || xt_w(s, m->t1, ":"));
		if (j == f->t0 && j > m->t1)
			return true;
	}
	return false;
}

void xtender_scope(const struct xdoc *d, int due, int i,
		   const struct xfig *f, struct xcand *o)
{
	const struct xsent *s = &d->s[i];
	const struct xper *p = &o->period;

	if (due <= d->ay || f->pct || f->multiple ||
	    (o->kind != GS_KIND_LEVEL && o->kind != GS_KIND_FLOW) ||
	    p->y0 != d->ay || p->y1 != d->ay || year_item(s, f))
		return;
	if (i < background(d) ? f->cls == XU_COUNT || f->cls == XU_PEOPLE :
				!more_after(s, f))
		return;
	o->kind = GS_KIND_PLAN;
	o->period = (struct xper){ d->ay, 0, 0, due, 0, 0 };
}
