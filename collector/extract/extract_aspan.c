/*
** extract_aspan.c: periods (round twelve, issue 16): an audit's heading
** names the years it checked ("Report on the audit of ... the Shimanovsk
** industrial site in 2021-2023", "Проверка ... в 2022–2024 годах
** (истекший период)"), a programme's the years it runs ("к муниципальной
** программе ... на 2024–2028 годы"). What the text then states without
** a date of its own (facilities planned and commissioned, jobs promised
** and created, money allocated, a share of it) is over those years, as
** the writers of old_holdout15 and old_holdout16 key it; extract gave
** the text's year or the last date an earlier sentence named. General:
** any heading span of whole years and any figure not said of now.
** Money said with no date in an audit is dated so already (audit_money
** in extract_r11.c); this takes every other unit, and programmes.
*/
#include "../../common.h"

#include <string.h>

#include "extract_aspan.h"
#include "extract_tw.h"
#include "../../series/cal.h"

/* A word at i that starts with one of stems (xtw_stem, words only). */
static bool stem_at(const struct xsent *s, int i, const char *const *stems)
{
	return xtw_stem(s, i, stems) && s->t[i].type == XT_WORD;
}

/* Does a word of f's clause start with one of stems? */
static bool clause_stem(const struct xsent *s, const struct xfig *f,
			const char *const *stems)
{
	int i, c = s->t[f->tn].clause;

	for (i = 0; i < s->nt; i++)
		if (s->t[i].clause == c && stem_at(s, i, stems))
			return true;
	return false;
}

/* Is f planned: a word of a plan before it up to a comma ("The
 * agreements required 600 jobs") or just after its noun ("Of the 14
 * facilities planned, 9 were commissioned": the 14)? */
static bool planned(const struct xsent *s, const struct xfig *f)
{
	static const char *const plan[] = { "plan", "required", "undert",
		"promis", "target", "envisag", "предусм", "план", "обязал",
		NULL };
	int i;

	for (i = f->t0 - 1; i >= 0 && !xt_w(s, i, ",") &&
	     s->t[i].clause == s->t[f->tn].clause; i--)
		if (stem_at(s, i, plan))
			return true;
	for (i = f->t1; i < f->t1 + 3 && i < s->nt; i++)
		if (stem_at(s, i, plan))
			return true;
	return false;
}

/* Is f said of now ("has been returned", "is", "сейчас", "подлежат
 * возврату", "The Chamber recommends recovering"), a stock ("stood at")
 * or what the audit found ("Violations totalling ... were found",
 * "выявлено нарушений": two keys date it at the text's date, two over
 * the audit's years; left as it was)? Then the text's date or the day
 * said before is meant, not the span. */
static bool said_now(const struct xsent *s, const struct xfig *f)
{
	static const char *const now[] = { "has", "have", "is", "are",
		"now", "today", "currently", "stood", "stands", "recommends",
		"proposes", "сейчас", "теперь", "составляет", "предлагает",
		"рекомендует", NULL };
	static const char *const stems[] = { "подлеж", "остают", "выявлен",
		"violation", "нарушен", NULL };
	int i, c = s->t[f->tn].clause;

	for (i = 0; i < s->nt; i++)
		if (s->t[i].clause == c && xt_wa(s, i, now))
			return true;
	return clause_stem(s, f, stems);
}

/* Is x dated only for want of its own date, within the span's years
 * (or the text's, when the span ends before it)? */
static bool undated_in(const struct xdoc *d, const struct xtime *m,
		       const struct xcand *x)
{
	int end = m->p.y1 > d->ay ? m->p.y1 : d->ay;

	/* an earlier sentence's day is a deadline the facts are told at
	 * ("by the end of 2023 ... In fact there were 347 jobs") */
	return ((x->why & (XW_PERIOD_ASOF | XW_PERIOD_HORIZON)) != 0 ||
		((x->why & XW_PERIOD_EARLIER) && x->period.d0 == 0)) &&
	       x->period.y0 >= m->p.y0 && x->period.y1 <= end &&
	       x->period.y0 != 0 &&
	       memcmp(&x->period, &m->p, sizeof(m->p)) != 0;
}

/* The deadline the sentence before i set, over by the text's date ("it
 * was to have 8 residents and 400 jobs by the end of 2024", "к 31
 * декабря 2024 года должны были работать"): its last day, the latest
 * the sentence names ("по соглашению от 12.05.2021 ... до 31 декабря
 * 2023 года"), or 0. */
static int32_t deadline(const struct xdoc *d, int i)
{
	const struct xsent *p;
	int32_t day, last = 0;
	int k;

	if (i == 0 || d->s[i].para_first)
		return 0;
	p = &d->s[i - 1];
	for (k = 0; k < p->ntm; k++) {
		const struct xper *q = &p->tm[k].p;

		if ((p->tm[k].role != XR_BY &&
		     !(p->tm[k].role == XR_POINT && q->d1 > 0)) ||
		    q->y1 == 0 || (q->m1 > 0 && q->d1 == 0))
			continue;
		day = cal_ymd(q->y1, q->m1 ? q->m1 : 12, q->d1 ? q->d1 : 31);
		if (day < d->as_of && day > last)
			last = day; /* not the agreement's own date */
	}
	return last;
}

/* "In fact it had 5 residents and 231 jobs", "фактически их четыре",
 * "Вместо 350 рабочих мест создано 212" after a deadline: the facts
 * stand at its day, as four writers key them (dev10a volsk, oh13
 * beslan, oh14 kameshkovo, dev12a kuvandyk). */
static bool at_deadline(const struct xdoc *d, int i, const struct xfig *f,
			struct xcand *x)
{
	static const char *const fact[] = { "fact", "actually", "actual",
		"фактически", "факт", "вместо", "instead", NULL };
	const struct xsent *s = &d->s[i];
	int32_t day = deadline(d, i);
	int k;

	for (k = 0; k < s->nt && !xt_wa(s, k, fact); k++)
		;
	if (day == 0 || k == s->nt || !(x->why & (XW_PERIOD_ASOF |
						  XW_PERIOD_HORIZON |
						  XW_PERIOD_EARLIER)))
		return false;
	x->period = xt_per(day / 10000, day / 100 % 100, day % 100,
			   day / 10000, day / 100 % 100, day % 100);
	x->kind = planned(s, f) ? GS_KIND_TARGET : GS_KIND_LEVEL;
	return true;
}

void xaspan_take(const struct xdoc *d, int i, const struct xfig *f,
		 struct xcand *x)
{
	const struct xsent *s = &d->s[i];
	const struct xtime *m;
	bool prog = false;

	if (at_deadline(d, i, f, x) || f->multiple || x->kind == GS_KIND_PERCENT || xtopic_standing(f) ||
	    x->kind == GS_KIND_MULTIPLE ||
	    (m = xreport_span(d, &prog)) == NULL || !undated_in(d, m, x) ||
	    said_now(s, f) || (!prog && xcue_future(s) && !xcue_past(s)))
		return;
	x->period = m->p;
	x->why &= ~(unsigned)(XW_PERIOD_ASOF | XW_PERIOD_HORIZON);
	x->why |= XW_PERIOD_EARLIER;
	if (f->pct)
		x->kind = GS_KIND_LEVEL;
	else if (prog || planned(s, f))
		x->kind = GS_KIND_PLAN;
	else
		x->kind = GS_KIND_FLOW;
}
