/*
** revisions.c: releases and revision sizes of each figure (revisions.h).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "revisions.h"

bool rev_same_figure(const struct gs_obs *a, const struct gs_obs *b)
{
	return a->kind == b->kind && a->period.start == b->period.start &&
	       a->period.end == b->period.end &&
	       a->base.start == b->base.start && a->base.end == b->base.end;
}

static double pct_of(double d, double ref)
{
	return ref != 0 ? 100 * d / fabs(ref) : NAN;
}

size_t rev_build(const struct obs_list *l, struct rev_row **out)
{
	struct rev_row *r;
	size_t i, first = 0;

	*out = NULL;
	if (l->n == 0)
		return 0;
	r = xcalloc(l->n, sizeof(*r));
	for (i = 0; i < l->n; i++) {
		const struct gs_obs *o = &l->v[i];
		bool cont = i > 0 && rev_same_figure(&l->v[i - 1], o);

		if (!cont)
			first = i;
		r[i].obs = i;
		r[i].release = cont ? r[i - 1].release + 1 : 1;
		r[i].latest = i + 1 == l->n ||
			      !rev_same_figure(o, &l->v[i + 1]);
		r[i].change = cont ? o->value - l->v[i - 1].value : NAN;
		r[i].change_pct = cont ? pct_of(r[i].change,
						l->v[i - 1].value) : NAN;
		r[i].total = cont ? o->value - l->v[first].value : NAN;
		r[i].total_pct = cont ? pct_of(r[i].total,
					       l->v[first].value) : NAN;
	}
	*out = r;
	return l->n;
}

/* A copy of o, its strings its own, at the end of l. */
static void push_copy(struct obs_list *l, const struct gs_obs *o)
{
	struct gs_obs *c;

	l->v = xrealloc(l->v, (l->n + 1) * sizeof(*l->v));
	c = &l->v[l->n++];
	*c = *o;
	c->series = xstrdup(o->series);
	c->unit_text = xstrdup(o->unit_text ? o->unit_text : "");
	c->source = xstrdup(o->source ? o->source : "");
	c->note = xstrdup(o->note ? o->note : "");
}

void rev_split(const struct obs_list *l, struct obs_list *first,
	       struct obs_list *latest)
{
	size_t i = 0, j, k;

	memset(first, 0, sizeof(*first));
	memset(latest, 0, sizeof(*latest));
	while (i < l->n) {
		int32_t lo = l->v[i].as_of, hi = lo;

		for (j = i + 1; j < l->n && rev_same_figure(&l->v[i], &l->v[j]);
		     j++) {
			lo = l->v[j].as_of < lo ? l->v[j].as_of : lo;
			hi = l->v[j].as_of > hi ? l->v[j].as_of : hi;
		}
		for (k = i; k < j; k++) {
			if (l->v[k].as_of == lo)
				push_copy(first, &l->v[k]);
			if (l->v[k].as_of == hi)
				push_copy(latest, &l->v[k]);
		}
		i = j;
	}
}
