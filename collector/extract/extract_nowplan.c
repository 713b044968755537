/*
** extract_nowplan.c: periods (issue 16, a defect a user found): a stock
** said now beside a plan. "Сейчас в парке работают 480 человек, к 2027
** году их станет 700" gave the 480 as a target for 2027: the figures of
** a sentence about the future share its plan (extract_coord.c), and the
** year of the other clause came with it. A clause that says now in so
** many words ("сейчас", "now", "today", "currently", "на сегодня", "на
** данный момент", "в настоящее время", "at present") and states no time
** and no future of its own speaks of the text's date, whatever year the
** rest of the sentence plans for. General: only the clause's own words
** decide; a clause with a time, a future verb or a modal keeps the plan.
*/
#include "../../common.h"

#include <string.h>

#include "extract_nowplan.h"
#include "extract_nowst.h"

/* Does token i say now in so many words (a time's tokens aside:
 * xt_w does not see them): the words of a stock said now
 * (extract_nowst.c) and a few more? xnowplan_level takes "today" and
 * "сегодня" apart: they open news of a day ("Сегодня губернатор
 * объявил о создании 500 рабочих мест ... к 2027 году") as often as a
 * stock's time. */
static bool now_said(const struct xsent *s, int i)
{
	static const char *const ws[] = { "nowadays", "пока", NULL };

	return xnowst_now_said(s, i) || xt_wa(s, i, ws) ||
	       (xt_w(s, i, "present") && xt_w(s, i - 1, "at")) ||
	       (xt_w(s, i, "момент") && xt_w(s, i - 1, "данный")) ||
	       (xt_w(s, i, "время") && xt_w(s, i - 1, "настоящее"));
}

/* Is token i "today" or "сегодня", a time or not? */
static bool today_word(const struct xsent *s, int i)
{
	return strcmp(s->t[i].w, "today") == 0 ||
	       strcmp(s->t[i].w, "сегодня") == 0;
}

/* Is token i part of a time that says now ("сейчас", "на сегодня")? */
static bool now_time(const struct xsent *s, int i)
{
	int k;

	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].t0 <= i && i < s->tm[k].t1)
			return s->tm[k].role == XR_NOW;
	return false;
}

/* A modal, "to", "will" or "shall" before a verb: the clause does not
 * say what is. */
static bool modal(const struct xsent *s, int i)
{
	return xnowst_modal(s, i) || xt_w(s, i, "will") ||
	       xt_w(s, i, "shall");
}

/* Does token i tell news ("announced", "объявил", "сообщили")? Then
 * "today" is the day it was told. A stock said today may have no verb
 * at all ("Сегодня в Мурманской области 212 резидентов", old_holdout3),
 * so a verb of what is cannot be asked for. */
static bool news_verb(const struct xsent *s, int i)
{
	static const char *const ws[] = { "announced", "announces",
		"unveiled", "said", "says", "declared", "reported",
		"объявил", "объявила", "объявили", "сообщил", "сообщила",
		"сообщили", "заявил", "заявила", "заявили", "анонсировал",
		"анонсировала", "анонсировали", "рассказал", "рассказала",
		NULL };

	return xt_wa(s, i, ws);
}

/* x, a target of the clause [a, b) that "today" opens with no verb of
 * what is ("Сегодня губернатор объявил о создании 500 рабочих мест,
 * которые появятся к 2027 году"), dated by that day: the day is the
 * news's, and the deadline of another clause the target's. */
static void by_deadline(const struct xdoc *d, const struct xsent *s,
			struct xcand *x, int a, int b)
{
	int k;

	if (x->kind != GS_KIND_TARGET || !(x->why & XW_PERIOD_ASOF))
		return;
	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if ((m->t1 <= a || m->t0 >= b) && m->role == XR_BY &&
		    m->p.y1 > d->ay) {
			x->period = m->p;
			x->why &= ~(unsigned)XW_PERIOD_ASOF;
			return;
		}
	}
}

void xnowplan_level(const struct xdoc *d, int i, const struct xfig *f,
		    struct xcand *x)
{
	const struct xsent *s = &d->s[i];
	int a, b, k;
	bool now = false, today = false, news = false;

	if ((x->kind != GS_KIND_TARGET && x->kind != GS_KIND_LEVEL) ||
	    f->multiple || f->cls == XU_YEARS || d->ay == 0 ||
	    x->period.y0 < d->ay ||
	    (x->period.y0 == d->ay && x->kind == GS_KIND_LEVEL))
		return; /* a past year is no plan's */
	xnowst_clause(s, f, &a, &b);
	if (!(x->why & (XW_PERIOD_HORIZON | XW_PERIOD_ASOF)) &&
	    !xnowst_other(s, x, a, b))
		return;
	for (k = a; k < b; k++) {
		if (((s->t[k].flags & XF_TIME) && !now_time(s, k)) || xw_in(XL_FUTURE, s->t[k].w) ||
		    modal(s, k))
			return;
		if (today_word(s, k))
			today = true;
		else
			now = now || now_time(s, k) || now_said(s, k);
		news = news || news_verb(s, k);
	}
	if (today && !now && news) {
		by_deadline(d, s, x, a, b);
		return; /* "today" the day of the news, not of the figure */
	}
	if (!now && !today)
		return;
	x->kind = GS_KIND_LEVEL;
	x->period = xper_year(d->ay);
	x->why &= ~(unsigned)(XW_PERIOD_HORIZON | XW_PERIOD_EARLIER);
	x->why |= XW_PERIOD_ASOF;
}
