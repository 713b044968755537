/*
** extract_fiscal.c: periods (round eleven, issue 16): a fiscal year that
** is not the calendar's, said once with its months. "Sanwa Volga
** Packaging ... reported results for FY2024 (1 April 2024 - 31 March
** 2025) ... compared with 188 million square metres in FY2023 ... For
** FY2025 the company guides" (old_holdout13): the key dates FY2023
** 2023-04..2024-03 and FY2025 2025-04..2026-03; extract read each as a
** calendar year. Round ten read "FY2024/25" (a name with both years);
** a name with one year is the calendar's unless the text says its
** months, and some firms name the year by its end ("FY2025 (April 2024
** - March 2025)"). General: any start month, either naming.
*/
#include "../../common.h"

#include <string.h>

#include "extract_fiscal.h"
#include "extract_yearend.h"

/* Does the time m of s come from a fiscal year's name ("FY2024", "FY24",
 * "fiscal 2024") read as a calendar year? */
static bool fy_name(const struct xsent *s, const struct xtime *m)
{
	int i;

	if ((m->role != XR_POINT && m->role != XR_BASE) || m->p.m0 != 0 ||
	    m->p.y0 != m->p.y1 || m->p.y0 == 0)
		return false; /* "9% more than in fiscal 2024" (round 14) */
	for (i = m->t0; i < m->t1; i++)
		if (strncmp(s->t[i].w, "fy", 2) == 0 ||
		    strcmp(s->t[i].w, "fiscal") == 0) /* a time's word */
			return true;
	return false;
}

/* Twelve months from a month after January ("1 April 2024 - 31 March
 * 2025", "April 2024 - March 2025")? */
static bool twelve(const struct xper *p)
{
	int n = (p->y1 * 12 + p->m1) - (p->y0 * 12 + p->m0) + 1;

	return p->m0 > 1 && n == 12 && (p->d0 == 0 || p->d0 == 1);
}

/* The months in the bracket that opens at token o of s: one range
 * ("April 2024 - March 2025") or two days or months joined by a dash or
 * "to" ("1 April 2024 - 31 March 2025", "July 2024 to June 2025"), k at
 * the first time. False if none. */
static bool bracket_months(const struct xsent *s, int k, int o,
			   struct xper *p)
{
	const struct xtime *a = &s->tm[k], *b;

	if (a->t0 > o + 1)
		return false;
	*p = a->p;
	if (a->role == XR_RANGE)
		return true;
	if (k + 1 >= s->ntm || a->role != XR_POINT)
		return false;
	b = &s->tm[k + 1];
	if (b->role != XR_POINT || b->t0 != a->t1 + 1 ||
	    !(xt_dash(s, a->t1) || strcmp(s->t[a->t1].w, "to") == 0 ||
	      strcmp(s->t[a->t1].w, "по") == 0))
		return false; /* "(July 2024 to June 2025)": round twelve */
	*p = xt_per(a->p.y0, a->p.m0, a->p.d0, b->p.y1, b->p.m1, b->p.d1);
	return true;
}

/* The declaration in s: a fiscal year's name and right after it, in a
 * bracket, its twelve months. Sets *start (month) and *off (name year
 * minus the first year: 0 or 1); false if none. */
static bool declared(const struct xsent *s, int *start, int *off)
{
	struct xper p;
	int k;

	for (k = 0; k + 1 < s->ntm; k++) {
		const struct xtime *n = &s->tm[k];

		if (!fy_name(s, n) || !xt_w(s, n->t1, "(") ||
		    !bracket_months(s, k + 1, n->t1, &p) || !twelve(&p) ||
		    (n->p.y0 != p.y0 && n->p.y0 != p.y1))
			continue;
		*start = p.m0;
		*off = n->p.y0 - p.y0;
		return true;
	}
	return false;
}

/* "the financial year ended 30 September 2025 (FY2025)", "the year to
 * 30 June 2025" (round twelve: dev12a, oh15): a year's last day, not in
 * December, after "year ended/ending/to". Sets *start to the month after
 * it and *off as the FY name in a bracket right after says (the end
 * year when none); false if none. */
static bool ended(const struct xsent *s, int *start, int *off)
{
	int k;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->p.d1 == 0 || m->p.m1 == 12 ||
		    xyearend_named(s, m) != 12)
			continue;
		*start = m->p.m1 + 1;
		*off = 1; /* FY2025 ends in 2025, starts in 2024 */
		if (k + 1 < s->ntm && fy_name(s, &s->tm[k + 1]) &&
		    s->tm[k + 1].t0 == m->t1 + 1 && xt_w(s, m->t1, "("))
			*off = s->tm[k + 1].p.y0 - (m->p.y1 - 1);
		return *off == 0 || *off == 1;
	}
	return false;
}

/* "the 2024/25 financial year (April 2024 to March 2025)", "results for
 * the year ended 31 March 2025 ... (1 April 2024 - 31 March 2025)"
 * (round thirteen: dev13a lesozavodsk): twelve months said in a bracket
 * as two dates near the top are one span, a time of their own, so that
 * a report's heading finds the fiscal year it is about. */
static void join_bracket(struct xsent *s)
{
	struct xper p;
	int k;

	for (k = 0; k + 1 < s->ntm; k++) {
		struct xtime *a = &s->tm[k];

		if (a->role != XR_POINT || a->t0 < 1 ||
		    !xt_w(s, a->t0 - 1, "(") ||
		    !bracket_months(s, k, a->t0 - 1, &p) || !twelve(&p))
			continue;
		a->role = XR_RANGE;
		a->p = xt_per(p.y0, p.m0, 0, p.y1, p.m1, 0);
		s->tm[k + 1].role = XR_RANGE;
		s->tm[k + 1].p = a->p;
	}
}

/* "In fiscal 2025 (July 2024 to June 2025) the sawmill processed ...":
 * the months in the bracket right after the name are the same year, one
 * time of the sentence, so that it dates the sentences after it (round
 * fourteen: oh20 bikin). Drops the bracket's times after time k. */
static void once(struct xsent *s, int k)
{
	const struct xtime *m = &s->tm[k];
	int g;

	if (!xt_w(s, m->t1, "("))
		return;
	g = s->t[m->t1 + 1 < s->nt ? m->t1 + 1 : m->t1].paren;
	while (k + 1 < s->ntm && s->t[s->tm[k + 1].t0].paren == g &&
	       g > 0 && memcmp(&s->tm[k + 1].p, &m->p, sizeof(m->p)) == 0) {
		memmove(&s->tm[k + 1], &s->tm[k + 2],
			(size_t)(s->ntm - k - 2) * sizeof(*s->tm));
		s->ntm--;
	}
}

bool xfiscal_year(const struct xper *p)
{
	return p->m0 > 1 && p->y1 == p->y0 + 1 && p->m1 == p->m0 - 1;
}

static void fiscal_names(struct xdoc *d);

void xfiscal_fix(struct xdoc *d)
{
	fiscal_names(d);
	xyearend_fix(d); /* after ended() has read the day as a year's end */
}

static void fiscal_names(struct xdoc *d)
{
	int i, k, start = 0, off = 0;

	for (i = 0; i < d->ns && i < 3; i++)
		join_bracket(&d->s[i]);

	for (i = 0; i < d->ns && !declared(&d->s[i], &start, &off); i++)
		;
	for (k = 0; i == d->ns && k < d->ns && k < 3; k++)
		if (ended(&d->s[k], &start, &off))
			i = k;
	if (i == d->ns)
		return;
	for (i = 0; i < d->ns; i++)
		for (k = 0; k < d->s[i].ntm; k++) {
			struct xtime *m = &d->s[i].tm[k];
			int y;

			if (!fy_name(&d->s[i], m))
				continue;
			y = m->p.y0 - off;
			m->p = xt_per(y, start, 0, y + 1, start - 1, 0);
			once(&d->s[i], k);
		}
}
