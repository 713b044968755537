/*
** extract_due.c: periods (round eight, second pass, issue 16): a project
** is often told in two sentences, what it adds and when it is due ("A
** maker of packaging has signed an agreement to build a 14,000 sq m
** plant. The company will invest RUB 1.1 billion and create 160 jobs by
** the end of 2026."; "в Находке строятся три завода общей мощностью
** 1 500 тонн в сутки. ... к 2025 году будет создано ..."; "вложит 1,3
** млрд ₽ и создаст 250 рабочих мест. Запуск — до конца 2024 года."). The
** keys of every writer date all it adds as a plan from the text's year to
** the due year; extract dated the first sentence's figures by the text's
** date, as if they stood now.
*/
#include "../../common.h"

#include <string.h>

#include "extract_due.h"

/* Does a board approve construction ("The Board approved construction
 * of building No. 2", "одобрил строительство корпуса")? It decides to
 * build (round nine). */
static bool approves_build(const struct xsent *s)
{
	static const char *const ok[] = { "approved", "одобрил", "одобрило",
		"утвердил", "утвердило", NULL };
	static const char *const build[] = { "construction", "строительство",
		NULL };
	int k;

	for (k = 0; k + 1 < s->nt; k++)
		if (xt_wa(s, k, ok) && (xt_wa(s, k + 1, build) ||
					(xt_w(s, k + 1, "the") &&
					 xt_wa(s, k + 2, build))))
			return true;
	return false;
}

/* Does s speak of something to come or being built ("has signed an
 * agreement to build", "намерен построить", "вложит")? */
static bool to_come(const struct xsent *s)
{
	static const char *const ws[] = { "построить", "построит",
		"построят", "возвести", "вложит", "вложат", "инвестирует",
		"инвестируют", NULL };
	int k;

	if (xcue_future(s) || xcue_build(s) || approves_build(s))
		return true;
	for (k = 0; k < s->nt; k++)
		if (xt_wa(s, k, ws) || (xt_w(s, k, "to") &&
					(xt_w(s, k + 1, "build") ||
					 xt_w(s, k + 1, "construct"))))
			return true;
	return false;
}

/* Does s name when a project starts or ends ("Запуск — до конца 2024
 * года", "Completion: 2025", "Ввод в эксплуатацию — 2026 год")? */
static bool launch(const struct xsent *s)
{
	static const char *const ws[] = { "запуск", "ввод", "окончание",
		"завершение", "launch", "completion", "opening", "start-up",
		"commissioning", NULL };
	int k;

	for (k = 0; k < s->nt && k < 3; k++)
		if (xt_wa(s, k, ws))
			return true;
	return false;
}

/* The year to come the sentence after i in its paragraph says things are
 * due by or in ("by the end of 2026", "до конца 2024 года", "к 2025
 * году", "в 2025 году" said of the future), or 0. */
static int due_year(const struct xdoc *d, int i)
{
	const struct xsent *n;
	int k, y = 0;

	if (i + 1 >= d->ns || d->s[i + 1].para != d->s[i].para)
		return 0;
	n = &d->s[i + 1];
	if (!to_come(n) && !launch(n))
		return 0;
	for (k = 0; k < n->ntm; k++) {
		const struct xtime *m = &n->tm[k];

		if ((m->role != XR_BY && m->role != XR_POINT &&
		     !(m->role == XR_RANGE && m->p.y0 == m->p.y1)) ||
		    m->a1 > 0 || m->noyear || m->p.y1 <= d->ay)
			continue; /* a quarter too: "Completion: 3Q 2025" */
		if (y != 0 && y != m->p.y1)
			return 0; /* two years: which one is not said */
		y = m->p.y1;
	}
	return y;
}

/* What a project adds: money, floor space and land, capacity and length
 * (XU_OTHER), jobs; not a count of plants or firms, which stand now
 * ("строятся три завода"). */
static bool adds(const struct xfig *f)
{
	if (f->cls == XU_CUR || f->cls == XU_AREA || f->cls == XU_OTHER)
		return true;
	return f->cls == XU_COUNT && (strstr(f->unit, "jobs") != NULL ||
				      strstr(f->unit, "рабочих") != NULL);
}

/* Is o dated by the text's own date or year, as a figure stating none,
 * or by its horizon as undated jobs to create ("создаст 250 рабочих
 * мест")? */
static bool undated(const struct xdoc *d, const struct xsent *s,
		    const struct xfig *f, const struct xcand *o)
{
	const struct xper *p = &o->period;

	if (o->kind == GS_KIND_TARGET) /* "will create", not "announced
					  * ... (102.3 billion)": a level */
		return (o->why & XW_PERIOD_HORIZON) != 0 &&
		       xcue_creates(s, f);
	return p->y0 == d->ay && p->y1 == d->ay &&
	       (p->m0 == 0 || (p->m0 == d->am && p->m1 == d->am));
}

void xdue_next(const struct xdoc *d, int i, const struct xfig *f,
	       struct xcand *o)
{
	const struct xsent *s = &d->s[i];
	int y;

	if (s->ntm > 0 || !to_come(s) || !undated(d, s, f, o) ||
	    o->kind == GS_KIND_MULTIPLE || o->kind == GS_KIND_PERCENT ||
	    f->pct || f->multiple || !adds(f) || xcue_reaches(s, f))
		return;
	if ((y = due_year(d, i)) == 0)
		return;
	o->kind = GS_KIND_PLAN;
	o->period = (struct xper){ d->ay, 0, 0, y, 0, 0 };
}

/* "have agreed to invest", "обязались вложить", "pledged to create" a
 * few words before f. */
static bool pledged(const struct xsent *s, const struct xfig *f)
{
	static const char *const ws[] = { "agreed", "pledged", "committed",
		"undertook", "обязались", "обязался", "обязалась", "обязуется",
		"обязуются", NULL };
	int k;

	for (k = f->t0 - 1; k >= 0 && k >= f->t0 - 5; k--)
		if (xt_wa(s, k, ws))
			return true;
	return false;
}

/* The one year to come a time after f in s says, or 0. */
static int later_year(const struct xdoc *d, const struct xsent *s,
		      const struct xfig *f)
{
	int k, y = 0;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->t0 < f->t0 || m->a1 > 0 || m->p.y1 <= d->ay ||
		    (m->role != XR_BY && m->role != XR_POINT))
			continue;
		if (y != 0 && y != m->p.y1)
			return 0;
		y = m->p.y1;
	}
	return y;
}

void xdue_pledge(const struct xdoc *d, int i, const struct xfig *f,
		 struct xcand *o)
{
	const struct xsent *s = &d->s[i];
	int y;

	if (f->pct || f->multiple || !adds(f) || !pledged(s, f) ||
	    (y = later_year(d, s, f)) == 0)
		return;
	/* money pledged "by 2027" is put in until then, not a level */
	if (!(o->kind == GS_KIND_TARGET && f->cls == XU_CUR &&
	      o->period.y1 == y) &&
	    ((o->kind != GS_KIND_LEVEL && o->kind != GS_KIND_FLOW) ||
	     !undated(d, s, f, o)))
		return;
	o->kind = GS_KIND_PLAN;
	o->period = (struct xper){ d->ay, 0, 0, y, 0, 0 };
}
