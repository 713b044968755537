/*
** impliednote.c: why a relation implies no figure (impliednote.h).
*/
#include "impliednote.h"

#include <string.h>

/* The point (level or flow) at period p: reported if any, else implied;
 * NULL when none. */
static const struct rp_point *at(const struct rp_series *s,
				 const struct gs_period *p)
{
	const struct rp_point *imp = NULL;
	size_t i;

	for (i = 0; i < s->npts; i++) {
		const struct rp_point *q = &s->pts[i];

		if (q->period.start != p->start || q->period.end != p->end)
			continue;
		if (!q->implied)
			return q;
		if (imp == NULL)
			imp = q;
	}
	return imp;
}

void implied_note(const struct rp_series *s, size_t rel, char *buf, size_t n)
{
	const struct gs_obs *o = &s->obs.v[rel];
	const struct rp_point *b, *e, *q;
	char per[48];

	buf[0] = '\0';
	if (rp_implied_by(s, rel) != NULL)
		return;
	if (o->as_of && o->period.end > o->as_of) {
		gs_snprintf(buf, n, "stated before its period ended: a claim "
			    "about it, implies nothing");
		return;
	}
	b = at(s, &o->base);
	e = at(s, &o->period);
	if (b && e && !b->implied && !e->implied) {
		gs_snprintf(buf, n, "both ends reported: a claim, for check");
		return;
	}
	q = b && b->implied ? b : e && e->implied ? e : NULL;
	if (q == NULL) {
		gs_snprintf(buf, n, "neither end reported");
		return;
	}
	period_format(&q->period, per, sizeof(per));
	gs_snprintf(buf, n, "not implied: %s %s is itself implied (by #%zu); "
		    "implied figures do not chain", q == b ? "its base" :
		    "its period", per, q->src[0] + 1);
}
