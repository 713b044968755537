/*
** retseen.c: the retracted figures an ingest finds again (retseen.h),
** kept sorted by their key and looked up by binary search.
*/
#include "retseen.h"

#include <stdlib.h>
#include <string.h>

struct retseen {
	struct gs_obs *v; /* series and source point into strs */
	size_t n;
	char **strs;
};

static int cmp_int(int64_t a, int64_t b)
{
	return (a > b) - (a < b);
}

/* The figure's key, then its as_of and value. */
static int cmp_obs(const void *pa, const void *pb)
{
	const struct gs_obs *a = pa, *b = pb;
	int c;

	if ((c = strcmp(a->series, b->series)) != 0 ||
	    (c = cmp_int(a->kind, b->kind)) != 0 ||
	    (c = cmp_int(a->period.start, b->period.start)) != 0 ||
	    (c = cmp_int(a->period.end, b->period.end)) != 0 ||
	    (c = cmp_int(a->base.start, b->base.start)) != 0 ||
	    (c = cmp_int(a->base.end, b->base.end)) != 0 ||
	    (c = strcmp(a->source, b->source)) != 0 ||
	    (c = cmp_int(a->qual, b->qual)) != 0 ||
	    (c = cmp_int(a->as_of, b->as_of)) != 0)
		return c;
	return (a->value > b->value) - (a->value < b->value);
}

struct retseen *retseen_load(struct series_db *db, struct gs_err *e)
{
	struct retraction_list l;
	struct retseen *s;
	size_t i;

	if (series_retractions(db, &l, e))
		return NULL;
	if (l.rows.n == 0) {
		retraction_list_free(&l);
		return NULL;
	}
	s = xcalloc(1, sizeof(*s));
	s->n = l.rows.n;
	s->v = xmalloc(s->n * sizeof(*s->v));
	s->strs = xcalloc(2 * s->n, sizeof(*s->strs));
	for (i = 0; i < s->n; i++) {
		s->v[i] = l.rows.v[i];
		s->v[i].series = s->strs[2 * i] = xstrdup(l.rows.v[i].series);
		s->v[i].source = s->strs[2 * i + 1] =
			xstrdup(l.rows.v[i].source ? l.rows.v[i].source : "");
		s->v[i].unit_text = s->v[i].note = NULL;
		/* -0 is 0, as staged rows are */
		if (s->v[i].value == 0)
			s->v[i].value = 0;
	}
	retraction_list_free(&l);
	qsort(s->v, s->n, sizeof(*s->v), cmp_obs);
	return s;
}

bool retseen_has(const struct retseen *s, const struct gs_obs *o)
{
	struct gs_obs k;

	if (s == NULL)
		return false;
	k = *o;
	if (k.source == NULL)
		k.source = "";
	if (k.value == 0)
		k.value = 0;
	return bsearch(&k, s->v, s->n, sizeof(*s->v), cmp_obs) != NULL;
}

void retseen_free(struct retseen *s)
{
	size_t i;

	if (s == NULL)
		return;
	for (i = 0; i < 2 * s->n; i++)
		free(s->strs[i]);
	free(s->strs);
	free(s->v);
	free(s);
}
