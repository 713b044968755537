/*
** extract_cue.c: the kind, period and base period of a figure from the
** words around it.
**
** The date that applies to a figure is, in order: one in its own brackets
** ("over eight million rubles in 2022–2023"); one in brackets right after
** it ("18 billion rubles (from 2020 to 2026)"); the nearest in its clause;
** one that opens the sentence ("In 2025, ..."); a year in a name in the
** sentence ("PhystechBio-2015 ... gathers over 500 guests"); and, for a
** sentence not about the future, the date of the first sentence of its
** paragraph (or of the line that introduces a list).
**
** Kinds: "2.8-fold", "by 1.5 times", "doubled" are multiples; a percent
** after "increase of", "growth was", "на" is a percent change; in a
** sentence about the future ("will", "is planned", "expected to", "by
** 2030") a figure is a target, or a plan when it is money invested; a
** figure over a range or since a year is a flow. Multiples and percent
** changes take the period's end and the range's start as base ("from 2020
** to 2024 ... 2.8-fold": 2024 against 2020; "over the past 15 years":
** the as-of year against 15 years before; "compared to the same period
** last year": the same months a year earlier).
**
** An undated figure in a sentence about the future goes to the horizon
** year; rates ("50 percent of the calculated amount") and terms ("for 10
** years") stay at the as-of year, as does the count an ordinal gives
** ("will become the 13th IRTC").
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"
#include "extract_cmpdate.h"
#include "extract_fiscal.h"
#include "extract_index.h"
#include "extract_plan.h"
#include "extract_pwhy.h"
#include "extract_still.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

static bool any_word(const struct xsent *s, enum xlist l)
{
	int i;

	for (i = 0; i < s->nt; i++)
		if (xw_in(l, s->t[i].w))
			return true;
	return false;
}

/* A word of list l within n tokens before token i. */
static bool near_before(const struct xsent *s, int i, int n, enum xlist l)
{
	int j;

	for (j = i - 1; j >= 0 && j >= i - n; j--)
		if (xw_in(l, s->t[j].w))
			return true;
	return false;
}

/* ---- which date ---- */

/* The clause of figure f in the present tense: "is", "are",
 * "составляет" ("Exports remain modest: their share did not exceed 5%"
 * is past where the 5% is); not ", что составляет 112,5%" after f. */
static bool present(const struct xsent *s, const struct xfig *f)
{
	static const char *const ws[] = { "is", "are", "has", "have",
		"remains", "remain", "составляет", "составляют", "является",
		"являются", NULL };
	int i, k;

	for (i = 0; i < s->nt; i++)
		for (k = 0; ws[k] != NULL; k++)
			if (strcmp(s->t[i].w, ws[k]) == 0 &&
			    s->t[i].clause == s->t[f->tn].clause &&
			    !(i > f->t1 && i > 0 && (is_w(s, i - 1, "что") ||
						     is_w(s, i - 1, "which"))))
				return true;
	return false;
}

static bool dates_role(enum xrole r)
{
	return r != XR_BASE && r != XR_SAME && r != XR_NAMEYEAR;
}

/* A date in a relative clause applies only inside it. */
static bool elsewhere(const struct xtime *m, const struct xfig *f)
{
	return m->a1 > 0 && !(f->tn > m->a0 && f->tn < m->a1);
}

/* Another quantity between the quantity f and the date m after it: the
 * date is that one's ("reached 16,800, up from 11,200 three years
 * earlier"). A multiple or percent change shares the date of the quantity
 * it goes with, so it is not in the way and never looks past one. */
static bool figure_between(const struct xsent *s, const struct xfig *f,
			   const struct xtime *m)
{
	int a = m->t0 >= f->t1 ? f->t1 : m->t1;
	int b = m->t0 >= f->t1 ? m->t0 : f->t0;
	const struct xunit *u;
	int n;

	if (f->multiple || f->pct || m->t0 < f->t1)
		return false; /* a date before its figures covers them all */
	if (f->pair == XP_FROM || f->pair == XP_LOW)
		return false; /* "from 120 to 150 in 2022": said once for both */
	for (; a < b; a++) {
		if (s->t[a].type != XT_NUM || !(s->t[a].flags & XF_USED) ||
		    xsaid_recipient(s, f, a))
			continue;
		n = a + 1 < s->nt && is_w(s, a + 1, "-") ? a + 2 : a + 1;
		u = n < s->nt ? xw_unit(s, n, &n) : NULL;
		if (u == NULL || (u->cls != XU_TIMES && u->cls != XU_PCT))
			return true;
	}
	return false;
}

/* Is m a date counted back after another figure after f ("58% of
 * shipments, compared with 61% a year earlier", "58% против 61% годом
 * ранее"), or after a compared figure? It dates that one, not f. */
static bool prev_of_other(const struct xsent *s, const struct xfig *f,
			  const struct xtime *m)
{
	int a;

	if (xcmp_other(s, f, m))
		return true; /* "12%, down from 16% in 2024" (round 14) */
	if (!xclause_back(s, m) || m->t0 < f->t1)
		return false;
	for (a = f->t1; a < m->t0; a++)
		if (s->t[a].type == XT_NUM && (s->t[a].flags & XF_USED) &&
		    !(s->t[a].flags & XF_TIME))
			return true;
	return false;
}

/* Tokens between f and the date m. The preposition that opens a date
 * after the figure is the date's ("41% in 2023 from 35% in 2022": 35% is
 * as near to 2022 as 41% to 2023). */
static int dist(const struct xsent *s, const struct xtime *m,
		const struct xfig *f)
{
	static const char *const prep[] = { "in", "в", "во", "at", "for",
		"за", NULL };
	int k, e = xsaid_fig_end(s, f); /* past "руб." */

	if (m->t0 < f->t1)
		return f->t0 - m->t1 + 1;
	for (k = 0; prep[k] != NULL && m->t0 - 1 >= e; k++)
		if (is_w(s, m->t0 - 1, prep[k]))
			return m->t0 - e;
	return m->t0 - e + 1;
}

/* A table flattened into one sentence ("резиденты — 52; выручка — 11,3
 * млрд рублей; инвестиции — 2,4 млрд рублей (2022 год).") says its date
 * once, in brackets at the end: that date, when the items are apart by
 * ";" and it is the last date and nothing but punctuation follows. */
static const struct xtime *list_date(const struct xsent *s)
{
	const struct xtime *m;
	int k, semis = 0;

	for (k = 0; k < s->nt; k++)
		semis += is_w(s, k, ";");
	if (semis == 0 || s->ntm == 0)
		return NULL;
	m = &s->tm[s->ntm - 1];
	if (!dates_role(m->role) || s->t[m->t0].paren == 0)
		return NULL;
	for (k = m->t1; k < s->nt; k++)
		if (s->t[k].type != XT_PUNCT || is_w(s, k, ";"))
			return NULL;
	return m;
}

/* Does the bracket group g, from token i, hold a figure of its own ("(2021:
 * RUB 10.2 billion)")? Its date is that figure's. */
static bool paren_figure(const struct xsent *s, int i, int g)
{
	for (; i < s->nt && s->t[i].paren == g; i++)
		if (s->t[i].type == XT_NUM &&
		    !(s->t[i].flags & (XF_TIME | XF_NAME)))
			return true; /* "(294 on 1 January)" as well */
	return false;
}

static const struct xtime *compared(const struct xsent *s,
				    const struct xtime *m);

/* The date of f: in its bracket, in its clause, before it, or its
 * paragraph's; a change's base ("+9% on the first half of 2022") is no
 * date of the quantity before it. */
static const struct xtime *attach(const struct xdoc *d, const struct xsent *s,
				  const struct xfig *f, const struct xctx *c,
				  bool future)
{
	const struct xtime *best = NULL;
	int k, p = s->t[f->tn].paren, after;

	if ((best = xcue_paren_date(s, f)) != NULL ||
	    (best = xcue_dash_date(s, f)) != NULL ||
	    (best = xtopic_when(s, f)) != NULL)
		return best;
	after = f->t1 < s->nt && is_w(s, f->t1, "(") ? s->t[f->t1].paren : -1;
	if (after >= 0 && paren_figure(s, f->t1 + 1, after))
		after = -1; /* "12.4 billion (2021: 10.2 billion)" */
	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];
		int mp = s->t[m->t0].paren;

		if (dates_role(m->role) && !xcmp_other(s, f, m) &&
		    !elsewhere(m, f) && ((p > 0 && mp == p) || mp == after) &&
		    (best == NULL || dist(s, m, f) < dist(s, best, f)))
			best = m; /* "(RUB 214.1 million in 2025, RUB 142.8
				   * million in 2026)": the nearest */
	}
	if (best != NULL)
		return best;
	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (!dates_role(m->role) || elsewhere(m, f) ||
		    s->t[m->t0].clause != s->t[f->tn].clause ||
		    figure_between(s, f, m) || prev_of_other(s, f, m) ||
		    (!f->multiple && !f->pct && s->t[m->t0].paren > p &&
		     compared(s, m)) ||
		    (s->t[m->t0].paren != p && s->t[m->t0].paren > 0 &&
		     paren_figure(s, m->t0, s->t[m->t0].paren)))
			continue;
		if (best == NULL || dist(s, m, f) < dist(s, best, f))
			best = m;
	}
	if (best != NULL || (best = xcue_label_date(s, f)) != NULL)
		return best;
	if ((best = list_date(s)) != NULL && !elsewhere(best, f))
		return best;
	for (k = 0; k < s->ntm; k++)
		if (dates_role(s->tm[k].role) && s->tm[k].fronted &&
		    !elsewhere(&s->tm[k], f))
			return &s->tm[k];
	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].role == XR_NAMEYEAR)
			return &s->tm[k];
	if (c->para == NULL)
		return xtopic_take(d, s, f, c->topic, future, present(s, f));
	if (future && c->para->p.y1 <= d->ay)
		return NULL;
	/* a range lends itself to a past sentence only: "The average salary
	 * is 98,000 rubles" is not a figure of "January-June 2023" */
	if ((c->para->role == XR_RANGE && !future && present(s, f) &&
	     !xsaid_reckoned(s, f)) ||
	    xtopic_stock_item(s, f, c->para))
		return NULL;
	return c->para;
}

static const struct xtime *base_of(const struct xsent *s)
{
	return xcue_base_near(s, NULL);
}

/* ---- which kind ---- */

/* Is a percent a change ("an increase of 10.5 percent", "growth was
 * 5.7 percent", "на 10%") rather than a level ("a rate of 2 percent")? */
static bool pct_change(const struct xsent *s, const struct xfig *f)
{
	static const char *const after[] = { "growth", "increase", "rise",
		"decline", "drop", "more", "higher", "less", "lower", "up",
		"down", "above", "below", "рост", "прирост", "больше", "меньше", "выше", "ниже",
		NULL };
	static const char *const level[] = { "to", "до", "at", "from", "с",
		NULL };
	int i, t0 = f->t0;

	/* "rose to 41% from 35%", "выросла до 41% с 35%": levels, the
	 * word maybe taken as a qualifier ("до") */
	for (i = 0; level[i] != NULL; i++)
		if (is_w(s, t0 - 1, level[i]) || is_w(s, f->tn - 1, level[i]))
			return false;
	if (xclause_versus_level(s, t0))
		return false; /* "снизилась до 1,8% против 4,5%" */
	if (is_w(s, f->tn - 1, "+") || is_w(s, f->tn - 1, "плюс") ||
	    is_w(s, f->tn - 1, "plus"))
		return true; /* "(+9% on H1 2022)", "плюс 11 процентов к" */
	if ((is_w(s, t0 - 1, "by") || is_w(s, t0 - 1, "of") ||
	     is_w(s, t0 - 1, "на")) &&
	    (near_before(s, t0 - 1, 5, XL_UP) ||
	     near_before(s, t0 - 1, 5, XL_DOWN)))
		return true;
	for (i = 0; after[i] != NULL; i++)
		if (is_w(s, f->t1, after[i]))
			return true;
	for (i = 0; i < t0; i++)
		if (s->t[i].clause == s->t[f->tn].clause &&
		    (xw_in(XL_UP, s->t[i].w) || xw_in(XL_DOWN, s->t[i].w)))
			return true;
	return false;
}

static bool has_multiple(const struct xfig *all, int nf)
{
	int i;

	for (i = 0; i < nf; i++)
		if (all[i].multiple)
			return true;
	return false;
}

/* "increased 2.8-fold to 154 billion rubles": the level at the end. */
static bool level_after_change(const struct xsent *s, const struct xfig *f)
{
	return (is_w(s, f->t0 - 1, "to") || is_w(s, f->t0 - 1, "reaching") ||
		is_w(s, f->t0 - 1, "reach") || is_w(s, f->t0 - 1, "до")) &&
	       (near_before(s, f->t0, 12, XL_UP) ||
		near_before(s, f->t0, 12, XL_DOWN));
}

/* "the park's 14 laboratories", "its 3 plants": a stock, not a flow. */
static bool possessed(const struct xsent *s, const struct xfig *f)
{
	static const char *const ws[] = { "its", "their", "his", "her", "our",
		"его", "их", "ее", NULL };
	int i = f->t0 - 1, k;
	size_t n;

	if (f->cls != XU_COUNT && f->cls != XU_PEOPLE)
		return false;
	for (k = 0; i >= 0 && ws[k] != NULL; k++)
		if (strcmp(s->t[i].w, ws[k]) == 0)
			return true;
	if (is_w(s, i, "'") && i > 0)
		i--;
	n = i >= 0 ? strlen(s->t[i].w) : 0;
	return n > 2 && s->t[i].type == XT_WORD &&
	       (strcmp(s->t[i].w + n - 2, "'s") == 0 || s->t[i + 1].w[0] == '\'');
}

static struct xper end_point(const struct xper *p)
{
	struct xper q = { p->y1, p->m1, p->d1, p->y1, p->m1, p->d1 };

	return q;
}

static struct xper start_point(const struct xper *p)
{
	struct xper q = { p->y0, p->m0, p->d0, p->y0, p->m0, p->d0 };

	return q;
}

static struct xper span(int y0, int y1)
{
	struct xper q = { y0, 0, 0, y1, 0, 0 };

	return q;
}

static void relative(const struct xdoc *d, const struct xsent *s,
		     const struct xfig *f, const struct xtime *m, bool future,
		     int hz, struct xcand *o)
{
	const struct xtime *b = xcue_base_near(s, f);
	struct xper none = { 0 };

	o->base = none;
	if (m == NULL) {
		o->period = xper_year(future ? hz : d->ay);
		if (future)
			o->base = xper_year(d->ay);
	} else if (m->role == XR_RANGE) {
		if (b != NULL && b->role == XR_SAME) {
			o->period = m->p;
		} else if (m->p.m0 != 0) {
			o->period = m->p;
			o->base = xper_shift(m->p, -1);
		} else {
			o->period = end_point(&m->p);
			o->base = start_point(&m->p);
		}
	} else if (m->role == XR_SINCE) {
		o->period = xper_year(future ? hz : d->ay);
		o->base = m->p;
	} else if (m->role == XR_PAST) {
		o->period = xper_year(d->ay);
		if (m->n > 0)
			o->base = xper_year(d->ay - m->n);
	} else if (m->role == XR_NEXT) {
		o->period = xper_year(m->n > 0 ? d->ay + m->n : hz);
		o->base = xper_year(d->ay);
	} else if (m->role == XR_BY) {
		o->period = m->p;
		if (m->p.y1 > d->ay)
			o->base = xper_year(d->ay);
	} else {
		o->period = m->role == XR_NOW ? xper_year(d->ay) : m->p;
	}
	if (b != NULL && b->role == XR_BASE)
		o->base = b->p;
	else if (b != NULL && b->role == XR_SAME && b->n > 0)
		o->base = xpw_months_back(o->period, b->n);
	else if (b != NULL && b->role == XR_SAME)
		o->base = xper_shift(o->period, b->p.y0 ? b->p.y0 - o->period.y1
						  : -1);
	else if (o->base.y0 == 0 && o->kind == GS_KIND_PERCENT)
		o->base = xper_shift(o->period, -1);
}

static void absolute(const struct xdoc *d, const struct xsent *s,
		     const struct xfig *f, const struct xtime *m, bool future,
		     bool plan, int hz, struct xcand *o)
{
	enum xrole r = m ? m->role : XR_NOW;
	struct xper p = m ? m->p : xper_year(d->ay);
	/* a change "from 15 to 20" has two dates; a range of values one */
	bool change = f->pair == XP_FROM || f->pair == XP_TO;

	o->kind = GS_KIND_LEVEL;
	if (r == XR_NOW)
		p = xper_year(d->ay);
	if (m == NULL && future) {
		o->kind = plan ? GS_KIND_PLAN : GS_KIND_TARGET;
		p = plan ? span(d->ay, hz) : xper_year(hz);
	} else if ((r == XR_PAST || r == XR_SINCE) && change) {
		p = f->pair == XP_TO ? xper_year(d->ay) :
		    r == XR_SINCE ? start_point(&p) : xper_year(d->ay - m->n);
		if (f->pair == XP_FROM && r == XR_PAST && m->n == 0)
			p = xper_year(d->ay - 1);
	} else if (r == XR_RANGE && !change && possessed(s, f)) {
		p = end_point(&p);
	} else if (r == XR_RANGE && !change && !level_after_change(s, f)) {
		o->kind = p.y1 > d->ay ? GS_KIND_PLAN : GS_KIND_FLOW;
		if (p.m0 != 0 && p.y1 <= d->ay)
			o->kind = GS_KIND_FLOW;
		if (f->cls == XU_PCT || xtopic_average(s, f))
			o->kind = GS_KIND_LEVEL; /* a share, an average */
	} else if (r == XR_RANGE && !(f->pair != XP_FROM && p.m0 != 0 &&
				      (p.y0 == p.y1 || xfiscal_year(&p)))) {
		/* "rose to 62%" in a half, or a year to March, is its */
		p = f->pair == XP_FROM ? start_point(&p) : end_point(&p);
	} else if (r == XR_SINCE) {
		o->kind = future ? GS_KIND_PLAN : GS_KIND_FLOW;
		p.y1 = future ? hz : d->ay;
		p.m1 = p.d1 = 0;
	} else if (r == XR_PAST && level_after_change(s, f)) {
		p = xper_year(d->ay); /* "rose over five years to 9 billion" */
	} else if (r == XR_PAST) {
		o->kind = GS_KIND_FLOW;
		p = m->n > 0 ? span(d->ay - m->n, d->ay - !m->bare) :
			       xper_year(d->ay);
	} else if (r == XR_NEXT) {
		o->kind = plan ? GS_KIND_PLAN : GS_KIND_TARGET;
		p = xper_year(m->n > 0 ? d->ay + m->n : hz);
		p = plan ? span(d->ay, p.y1) : p;
	} else if (r == XR_BY && p.y1 > d->ay) {
		o->kind = plan ? GS_KIND_PLAN : GS_KIND_TARGET;
		p = plan ? span(d->ay, p.y1) : p;
	} else if (future && p.y1 >= d->ay) {
		/* money to be invested in a year is a plan */
		o->kind = plan && f->cls == XU_CUR ? GS_KIND_PLAN :
						     GS_KIND_TARGET;
	}
	if (f->pair == XP_FROM && r != XR_RANGE && r != XR_PAST &&
	    r != XR_SINCE)
		p = xper_shift(p, -1);
	o->period = p;
}

/* Where the period comes from when the figure states none of its own:
 * the text's date (also for "over five years", "since 2019"), its
 * horizon, or an earlier sentence. */
/* A period a change is measured against: "up 20% on the first half of
 * 2021", "against 2020"; m itself, or NULL. */
static const struct xtime *compared(const struct xsent *s,
				    const struct xtime *m)
{
	static const char *const ws[] = { "on", "against", "versus", NULL };
	int k, b;

	if (m == NULL || (m->role != XR_POINT && m->role != XR_RANGE))
		return NULL;
	if (xcue_figure_of(s, m))
		return m;
	b = is_w(s, m->t0 - 1, "the") ? m->t0 - 2 : m->t0 - 1;
	for (k = 0; ws[k] != NULL; k++)
		if (is_w(s, b, ws[k]))
			return m;
	return NULL;
}

/* The sentence's date other than the base: the period of the change. */
static const struct xtime *other_date(const struct xsent *s,
				      const struct xtime *base)
{
	int k;

	for (k = 0; k < s->ntm; k++)
		if (&s->tm[k] != base && dates_role(s->tm[k].role))
			return &s->tm[k];
	return NULL;
}

/* The two ends of a range ("from 5 to 7 billion", "от 5 до 7 млрд")
 * share the date and tense said once for both: the low end takes the
 * kind, period and base of the high end, which stands by the unit and
 * usually by the date. */
static bool range_low(const struct xdoc *d, const struct xsent *s,
		      const struct xctx *c, const struct xfig *f,
		      const struct xfig *all, int nf, struct xcand *o)
{
	struct xcand hi;

	if (f->pair != XP_LOW || f + 1 >= all + nf || f[1].pair != XP_HIGH)
		return false;
	memset(&hi, 0, sizeof(hi));
	xcue_decide(d, s, c, f + 1, all, nf, &hi);
	o->kind = hi.kind;
	o->period = hi.period;
	o->base = hi.base;
	return true;
}

void xcue_decide(const struct xdoc *d, const struct xsent *s,
		 const struct xctx *c, const struct xfig *f,
		 const struct xfig *all, int nf, struct xcand *o)
{
	const struct xtime *m;
	struct xtime same, years;
	bool future, plan, still = xstill_now(s, f);
	int hz = d->horizon > d->ay ? d->horizon : d->ay;

	future = (xcue_future(s) || c->para_future) && !still &&
		 !near_before(s, f->t0, 3, XL_PRESENT);
	if ((xcue_build(s) || c->para_build) && s->t[f->tn].paren > 0)
		future = true;
	if ((f->pct && f->share) || f->cls == XU_YEARS || f->rank ||
	    xcue_done_before(s, f) || xsaid_done_part(s, f))
		future = false;
	m = still ? NULL :
		    xtopic_years(d, c->topic, attach(d, s, f, c, future), &years);
	o->why |= xcue_period_why(m, c, future);
	plan = (f->cls == XU_CUR && any_word(s, XL_INVEST) &&
		!has_multiple(all, nf) && !xcue_reaches(s, f)) ||
	       xcue_new_ones(s, f) ||
	       (m != NULL && xcue_creates(s, f) &&
		((m->role == XR_NEXT && m->n > 0) ||
		 (m->role == XR_BY && m->p.y1 > d->ay))) ||
	       xplan_built(d, s, f, m, future);
	o->qual = f->q;
	o->value = f->v;
	if (f->multiple || (f->pct && !f->share && pct_change(s, f)) ||
	    xindex_pct(s, f)) {
		o->kind = f->multiple ? GS_KIND_MULTIPLE : GS_KIND_PERCENT;
		const struct xtime *cmp = compared(s, m);

		if (f->down)
			o->value = f->multiple ? 1 / f->v : -f->v;
		if (xindex_pct(s, f)) /* "121.4% of the level of" */
			o->value = xindex_change(f->v);
		const struct xtime *at = cmp ? other_date(s, cmp) : m;

		if (at == NULL && !future && base_of(s) != NULL &&
		    base_of(s)->role == XR_SAME)
			at = xcue_sole_year(s); /* "in 2022, and ... rose by
						 * 7.5% on the previous year" */
		if (at == NULL && !future && base_of(s) != NULL &&
		    base_of(s)->role == XR_SAME)
			at = c->topic; /* "That is 1.3 times the same period" */
		relative(d, s, f, at, future, hz, o);
		if (cmp != NULL && other_date(s, cmp) == NULL)
			o->period = xper_shift(cmp->p, cmp->prev ? cmp->n : 1);
		if (cmp != NULL)
			o->base = cmp->p;
	} else if (range_low(d, s, c, f, all, nf, o)) {
		o->why |= XW_RANGE; /* kind and period from the high end */
	} else if (f->rank) {
		o->kind = GS_KIND_TARGET;
		o->period = m && m->role == XR_POINT ? m->p : xper_year(d->ay);
	} else {
		absolute(d, s, f, xcue_same_months(s, m, &same), future, plan, hz,
			 o);
	}
	if (f->scale[0] && f->unit[0])
		gs_snprintf(o->unit, sizeof(o->unit), "%s %s", f->scale, f->unit);
	else
		gs_snprintf(o->unit, sizeof(o->unit), "%s",
			    f->unit[0] ? f->unit : f->scale);
}
