/*
** extract_incby.c: an addition to be made by a deadline is a plan over
** the years up to it (issue 16, round eighteen). "Планы до 2030 г.: +10
** резидентов, +1 000 рабочих мест", "roughly three hundred more by the
** end of 2025", "ещё триста рабочих мест к 2028 году", "two more
** residents by the end of next year": what is added by then is a flow
** from the text's year to the deadline, as the keys of seven writers
** date it; the level to reach ("15 residents by 2026") stays a target,
** and so does an addition in a year ("two more residents in 2026",
** "next year"), which the keys date at that year. Round eight did this
** for sizes of what is built (extract_plan.c); this is the same for
** counts and money.
*/
#include "../../common.h"

#include "extract_incby.h"

/* "+10", "ещё 300", "a further 40", "another 400" just before the
 * number. */
static bool added_before(const struct xsent *s, const struct xfig *f)
{
	static const char *const ws[] = { "+", "ещё", "еще", "further",
		"another", "additional", NULL };
	int i;

	for (i = f->tn - 1; i >= f->t0 - 1 && i >= f->tn - 2; i--)
		if (xt_wa(s, i, ws))
			return true;
	return false;
}

/* "300 more", "two more residents", "three new residents", "2 новых
 * резидента": between the number and its noun, or just after. */
static bool added_after(const struct xsent *s, const struct xfig *f)
{
	static const char *const ws[] = { "more", "new", "additional",
		"further", "новых", "новые", "новый", "нового", NULL };
	int i;

	for (i = f->tn + 1; i <= f->t1 + 1 && i < s->nt; i++)
		if (xt_wa(s, i, ws))
			return true;
	return false;
}

/* Does s name year y as a deadline ("by", "до", "к") in f's clause,
 * and not as the time the addition happens ("in 2026", "next year")?
 * "Three more investors have signed; the ministry expects 11 residents
 * by 2026": the deadline is another clause's. */
static bool deadline(const struct xsent *s, const struct xfig *f, int y)
{
	bool by = false;
	int k;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->p.y1 != y)
			continue;
		if (m->t0 < s->nt &&
		    s->t[m->t0].clause != s->t[f->tn].clause && m->t0 > f->tn)
			continue;
		if (m->role != XR_BY)
			return false;
		by = true;
	}
	return by;
}

void xincby_plan(const struct xdoc *d, const struct xsent *s,
		 const struct xfig *f, struct xcand *x)
{
	const struct xper *p = &x->period;

	/* "will house up to 150 more companies": a room's bound, not an
	 * addition planned (test_extract_gen5a) */
	if (x->kind != GS_KIND_TARGET || d->ay == 0 || p->y0 != p->y1 ||
	    p->m0 != 0 || p->y0 <= d->ay || x->qual == GS_QUAL_UP_TO)
		return;
	if (!added_before(s, f) && !added_after(s, f))
		return;
	if (!deadline(s, f, p->y1))
		return;
	x->kind = GS_KIND_PLAN;
	x->period.y0 = d->ay;
}
