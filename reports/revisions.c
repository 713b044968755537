/*
** revisions.c: releases and revision sizes of each figure (revisions.h).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "points.h"
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

/* The end of the release that starts at l->v[i]: the statements of one
 * figure at one as_of (two sources the same day, "100 to 150"). */
static size_t release_end(const struct obs_list *l, size_t i)
{
	size_t j = i + 1;

	while (j < l->n && rev_same_figure(&l->v[i], &l->v[j]) &&
	       l->v[j].as_of == l->v[i].as_of)
		j++;
	return j;
}

/* Row k of a release after the first: its change from the ruling
 * statement of the release before (prev) and of the first (first). */
static void sizes(const struct obs_list *l, size_t k, size_t prev,
		  size_t first, struct rev_row *r)
{
	double v = l->v[k].value;

	r->change = v - l->v[prev].value;
	r->change_pct = pct_of(r->change, l->v[prev].value);
	r->total = v - l->v[first].value;
	r->total_pct = pct_of(r->total, l->v[first].value);
}

/*
** A release is an as_of: statements of one figure on the same day (two
** sources, two qualifiers) are one release, not revisions of each other,
** all of the last one are latest, and a revision is measured from the
** statement the reports take of the release before it.
*/
size_t rev_build(const struct obs_list *l, struct rev_row **out)
{
	struct rev_row *r;
	size_t i = 0, j, k, first = 0, prev = 0;
	int release = 0;

	*out = NULL;
	if (l->n == 0)
		return 0;
	r = xcalloc(l->n, sizeof(*r));
	while (i < l->n) {
		bool cont = i > 0 && rev_same_figure(&l->v[i - 1], &l->v[i]);

		j = release_end(l, i);
		release = cont ? release + 1 : 1;
		for (k = i; k < j; k++) {
			r[k].obs = k;
			r[k].release = release;
			r[k].latest = j == l->n ||
				      !rev_same_figure(&l->v[k], &l->v[j]);
			r[k].change = r[k].change_pct = NAN;
			r[k].total = r[k].total_pct = NAN;
			if (cont)
				sizes(l, k, prev, first, &r[k]);
		}
		prev = rp_taken(l, i, j);
		if (!cont)
			first = prev;
		i = j;
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
	if (latest != NULL)
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
			if (latest != NULL && l->v[k].as_of == hi)
				push_copy(latest, &l->v[k]);
		}
		i = j;
	}
}
