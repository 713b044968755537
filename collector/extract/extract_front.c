/*
** extract_front.c: periods (round fifteen, issue 16): a date that opens
** a sentence dates the figures of its clause. "В 2026 году мы планируем
** запустить цех сухой сыворотки стоимостью 1,1 млрд рублей и к 2028 году
** довести переработку молока до 130 тыс. тонн" (oh21 sernur) gave the
** 1,1 млрд the 2028 of the next clause; "В прошлом году район вложил в
** подъездную дорогу и освещение восемнадцать миллионов рублей, ещё
** столько же область обещает в будущем году" (oh22 belyov) gave the 18
** million next year's. Both writers key the figure at the date that
** opens its clause. General: the nearest date wins only inside a
** clause; a date after the figure across a comma, a semicolon or an
** "и"/"and" that opens the next clause with that date is the next
** clause's, and the sentence's opening date, with no comma between it
** and the figure, is the figure's.
*/
#include "../../common.h"

#include <string.h>

#include "extract_front.h"

/* Does a clause end between tokens a and b (where a date starts): a
 * comma or semicolon, or "и"/"and" with a date within two tokens? */
static bool clause_end(const struct xsent *s, int a, int b)
{
	int k;

	for (k = a; k < b; k++) {
		if (xt_w(s, k, ",") || xt_w(s, k, ";"))
			return true;
		if ((xt_w(s, k, "и") || xt_w(s, k, "and")) &&
		    ((k + 1 <= b && (s->t[k + 1].flags & XF_TIME)) ||
		     (k + 2 <= b && (s->t[k + 2].flags & XF_TIME))))
			return true;
	}
	return false;
}

/* The time of s that opens it, maybe after a quote or a dash (a point
 * or a range before token t with no comma between), or NULL. */
static const struct xtime *opening(const struct xsent *s, int t)
{
	int k, j;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (!(m->fronted || m->t0 <= 2) || m->t1 > t ||
		    (m->role != XR_POINT && m->role != XR_RANGE))
			continue;
		for (j = m->t1; j < t; j++)
			if (xt_w(s, j, ",") || xt_w(s, j, ";"))
				return NULL;
		return m;
	}
	return NULL;
}

void xfront_date(const struct xsent *s, const struct xfig *f, int ay,
		 struct xcand *x)
{
	const struct xtime *o;
	int k;

	if (f->multiple || f->pct || (o = opening(s, f->t0)) == NULL ||
	    memcmp(&o->p, &x->period, sizeof(o->p)) == 0)
		return;
	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->t0 >= f->t1 &&
		    memcmp(&m->p, &x->period, sizeof(m->p)) == 0 &&
		    clause_end(s, f->t1, m->t0))
			break;
	}
	if (k == s->ntm)
		return;
	x->period = o->p;
	if (x->kind == GS_KIND_TARGET) /* the next clause's deadline */
		x->kind = o->p.y1 < ay ? GS_KIND_LEVEL : GS_KIND_PLAN;
}
