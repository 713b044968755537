/*
** reads.c: what every backend's reads end with: the latest-vintage rule,
** the order of a series' figures, and freeing what was read.
**
** "Latest vintage" is decided per figure, i.e. per series, kind, period and
** base: the rows with the greatest as_of at or before the date asked for
** (both backends read every row known then). A row is "already present" when
** stored (same as_of, same value), so rows that tie on as_of are distinct
** statements of the figure (two qualifiers, "100 to 150", or two sources
** the same day) and all are kept, read in order of source name, never of
** arrival. Both backends feed their rows here, so the rule is written once.
**
** Retractions come first: a row retracted from a date on or before the
** read's as_of is not there for that read, so the latest vintage of its
** figure is then the one before it, if any (an --as-of before the date
** still sees the row). Every row keeps its retraction date (gs_obs
** .retracted), so --all-vintages can mark it.
*/
#include "db_internal.h"
#include "pool.h"

#include <stdlib.h>
#include <string.h>

void series_info_free(struct series_info *s)
{
	free(s->key);
	free(s->name);
	free(s->description);
	free(s->dim);
	free(s->sym);
	memset(s, 0, sizeof(*s));
}

void series_list_free(struct series_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		series_info_free(&l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

void series_list_drop_empty(struct series_list *l)
{
	size_t i, n = 0;

	for (i = 0; i < l->n; i++) {
		if (l->v[i].n_obs > 0)
			l->v[n++] = l->v[i];
		else
			series_info_free(&l->v[i]);
	}
	l->n = n;
}

static bool same_figure(const struct gs_obs *a, const struct gs_obs *b)
{
	return a->kind == b->kind && a->period.start == b->period.start &&
	       a->period.end == b->period.end && a->base.start == b->base.start &&
	       a->base.end == b->base.end;
}

static void obs_free(const struct obs_list *l, struct gs_obs *o)
{
	if (l->pool)
		return;
	free((char *)o->series);
	free((char *)o->unit_text);
	free((char *)o->source);
	free((char *)o->note);
}

/*
** Keep, of each figure (adjacent rows with one kind, period and base), the
** rows of its latest vintage: all of them, as a text may state one figure
** with two qualifiers ("100 to 150") or two sources on the same day.
*/
static void keep_latest(struct obs_list *l)
{
	size_t i = 0, j, k, n = 0;

	while (i < l->n) {
		int32_t top = l->v[i].as_of;

		for (j = i + 1; j < l->n && same_figure(&l->v[i], &l->v[j]); j++)
			if (l->v[j].as_of > top)
				top = l->v[j].as_of;
		for (k = i; k < j; k++) {
			if (l->v[k].as_of == top)
				l->v[n++] = l->v[k];
			else
				obs_free(l, &l->v[k]);
		}
		i = j;
	}
	assert(n <= l->n);
	l->n = n;
}

bool obs_retracted(const struct gs_obs *o, int32_t as_of)
{
	return o->retracted != 0 && o->retracted <= (as_of > 0 ? as_of :
						     SERIES_AS_OF_NOW);
}

void obs_list_drop_retracted(struct obs_list *l, int32_t as_of)
{
	size_t i, n = 0;

	for (i = 0; i < l->n; i++) {
		if (obs_retracted(&l->v[i], as_of))
			obs_free(l, &l->v[i]);
		else
			l->v[n++] = l->v[i];
	}
	l->n = n;
}

void obs_list_keep_latest(struct obs_list *l, int32_t as_of)
{
	obs_list_drop_retracted(l, as_of);
	keep_latest(l);
}

static int cmp_int(int64_t a, int64_t b)
{
	return a < b ? -1 : a > b;
}

/* The alphabetical rank of a kind's and a qualifier's name (the order
 * the output has always had), without comparing the names. */
static int kind_rank(enum gs_kind k)
{
	static const signed char rank[] = {
		[GS_KIND_NONE] = 0, [GS_KIND_FLOW] = 1, [GS_KIND_LEVEL] = 2,
		[GS_KIND_MULTIPLE] = 3, [GS_KIND_PERCENT] = 4,
		[GS_KIND_PLAN] = 5, [GS_KIND_TARGET] = 6,
	};

	return (unsigned)k < GS_ARRAY_LEN(rank) ? rank[k] : 7;
}

static int qual_rank(enum gs_qual q)
{
	static const signed char rank[] = {
		[GS_QUAL_NONE] = 0, [GS_QUAL_ABOUT] = 1, [GS_QUAL_ALMOST] = 2,
		[GS_QUAL_AT_LEAST] = 3, [GS_QUAL_OVER] = 4,
		[GS_QUAL_UNDER] = 5, [GS_QUAL_UP_TO] = 6,
	};

	return (unsigned)q < GS_ARRAY_LEN(rank) ? rank[q] : 7;
}

/* Output order: by period end, start, kind, base, as_of, qualifier, source.
 * The rows of one figure (kind, period, base) are adjacent in it too. */
static int by_period(const void *pa, const void *pb)
{
	const struct gs_obs *a = pa, *b = pb;
	int c;

	if ((c = cmp_int(a->period.end, b->period.end)) ||
	    (c = cmp_int(a->period.start, b->period.start)) ||
	    (c = cmp_int(kind_rank(a->kind), kind_rank(b->kind))) ||
	    (c = cmp_int(a->base.start, b->base.start)) ||
	    (c = cmp_int(a->base.end, b->base.end)) ||
	    (c = cmp_int(a->as_of, b->as_of)) ||
	    (c = cmp_int(qual_rank(a->qual), qual_rank(b->qual))))
		return c;
	return strcmp(a->source, b->source);
}

void obs_list_finish(struct obs_list *l, int flags, int32_t as_of)
{
	size_t i;

	if (!(flags & OBSQ_ALL_VINTAGES))
		obs_list_keep_latest(l, as_of);
	/* Rows of a series are mostly read in this order already. */
	for (i = 1; i < l->n; i++)
		if (by_period(&l->v[i - 1], &l->v[i]) > 0)
			break;
	if (i < l->n)
		qsort(l->v, l->n, sizeof(*l->v), by_period);
}

void obs_list_free(struct obs_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		obs_free(l, &l->v[i]);
	pool_free(l->pool);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

void source_list_free(struct source_list *l)
{
	size_t i;

	for (i = 0; i < l->n; i++)
		free(l->v[i].name);
	free(l->v);
	memset(l, 0, sizeof(*l));
}
