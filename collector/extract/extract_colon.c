/*
** extract_colon.c: periods (round ten, issue 16): a heading inside a
** sentence. Programme passports and forecasts put the year before a
** colon and the figures after it, separated by commas and semicolons:
** "Целевые показатели на 2027 год: число резидентов — не менее 10;
** ..." (old_holdout11), "Значения на 2025 год: резидентов — не менее
** 11, инвестиций за год — 600 млн" (dev11b), "Прогноз на 2025 г.: 1–2
** новых резидента, инвестиции резидентов 1,8–2,2 млрд руб." (dev11a).
** The writers key the figures in that year; extract looked for a date
** in each figure's own clause and fell back to the text's.
*/
#include "../../common.h"

#include "extract_colon.h"

/* A slide's or a list's title before the colon c naming a period,
 * maybe in quotes and with a word or two after it: 'Slide 5 "2024 in
 * numbers":', 'Slide 6 "Q1 2025":', "Plans for 2025-2027:" (round
 * twelve: oh15 baksan, oh16 leninogorsk). A year or a span of months or
 * years, no figure between it and the colon. */
static bool titled(const struct xsent *s, const struct xtime *m, int c)
{
	int i, words = 0;

	if ((m->role != XR_POINT && m->role != XR_RANGE) || m->t1 > c)
		return false;
	if (m->role == XR_POINT && (m->p.m0 != 0 || m->p.y0 != m->p.y1))
		return false;
	for (i = m->t1; i < c; i++) {
		if (s->t[i].type == XT_NUM)
			return false;
		words += s->t[i].type == XT_WORD;
	}
	return words <= 2 && c - m->t1 <= 4 &&
	       (xt_w(s, c - 1, "\"") || xt_w(s, c - 1, "»") ||
		xt_w(s, m->t0 - 1, "\"") || xt_w(s, m->t0 - 1, "«") ||
		xt_w(s, m->t0 - 1, "for") || xt_w(s, m->t0 - 1, "на"));
}

/* The year that ends the words before the first colon of s, if that
 * colon comes before f and no date stands between it and f. */
static const struct xtime *head_year(const struct xsent *s,
				     const struct xfig *f)
{
	const struct xtime *h = NULL;
	int c, k;

	/* not a bracket's "(2022: RUB 2.9 billion)" */
	for (c = 0; c < f->t0 && !(xt_w(s, c, ":") && s->t[c].paren == 0);
	     c++)
		;
	if (c >= f->t0)
		return NULL;
	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->t0 > c && m->t0 < f->t1 && m->role != XR_BASE &&
		    m->role != XR_SAME && s->t[m->t0].paren == 0)
			return NULL; /* a date of its own, not a base */
		if (m->p.y0 > 0 && ((m->t1 == c && m->role == XR_POINT &&
				     m->p.m0 == 0 && m->p.y0 == m->p.y1) ||
				    titled(s, m, c)))
			h = m;
	}
	return h;
}

void xcolon_head(const struct xdoc *d, const struct xsent *s,
		 const struct xfig *f, struct xcand *o)
{
	const struct xtime *h = head_year(s, f);

	if (h == NULL || f->pct || f->multiple || s->t[f->tn].paren > 0 ||
	    (o->period.y0 == h->p.y0 && o->period.y1 == h->p.y1 &&
	     o->period.m0 == h->p.m0 && o->period.m1 == h->p.m1) ||
	    (o->kind != GS_KIND_LEVEL && o->kind != GS_KIND_FLOW &&
	     o->kind != GS_KIND_TARGET))
		return;
	o->period = h->p;
	if (h->p.y1 > d->ay)
		o->kind = GS_KIND_TARGET;
	o->why &= ~(unsigned)(XW_PERIOD_ASOF | XW_PERIOD_EARLIER);
}
