/*
** pg_figtab.c: the table of figures a stage flush decides against
** (pg_bulk.c): the stored rows its series can meet and the rows it wrote,
** found by figure and as_of.
**
** It was one hash over all of them (a chunk of a re-ingest: about 33,000
** stored rows, 2 MB of figures and as much of chain heads), and each of a
** million lookups went to a random place in both: in the re-ingest's
** profile the lookups and inserts were a third of the main thread's time
** while it wrote, most of it waiting for memory. A flush's rows come by
** series, and a figure only ever meets figures of its own series. So the
** table notes where each series' rows lie in v (runs of one series: the
** stored rows come ordered by series, the written ones by series too),
** and a small open-addressing hash is built over the rows of the series
** being decided when it starts (a few KB, in cache for all its rows).
*/
#include "pg_bulk.h"

#include <stdlib.h>
#include <string.h>

/* No series is being decided (ids start at 1). */
#define NO_SERIES INT64_MIN

/* A run of one series' rows in v, and its series' run before it, + 1. */
struct figrun {
	int64_t sid;
	size_t start, end, prev;
};

static uint64_t mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdu;
	h ^= h >> 33;
	return h;
}

/* The hash of f's figure within its series (as_of left out: a figure's
 * vintages share a place, as they did in the chains before). */
static size_t fig_hash(const struct fig *f)
{
	uint64_t h = 1469598103934665603u;
	int64_t k[7] = { f->ps, f->pe, f->bs, f->be, f->source, f->kind,
			 f->qual };

	for (int i = 0; i < 7; i++)
		h = (h ^ (uint64_t)k[i]) * 1099511628211u;
	return (size_t)mix(h);
}

static bool same_row(const struct fig *a, const struct fig *b)
{
	return a->series == b->series && a->ps == b->ps && a->pe == b->pe &&
	       a->bs == b->bs && a->be == b->be && a->source == b->source &&
	       a->kind == b->kind && a->qual == b->qual &&
	       a->as_of == b->as_of;
}

/* The slot of series sid in the map of last runs. */
static size_t map_slot(const struct figtab *t, int64_t sid)
{
	size_t m = t->nmap - 1, j = (size_t)mix((uint64_t)sid) & m;

	while (t->map[j] && t->run[t->map[j] - 1].sid != sid)
		j = (j + 1) & m;
	return j;
}

static void map_grow(struct figtab *t)
{
	free(t->map);
	t->nmap = t->nmap ? t->nmap * 2 : 256;
	t->map = xcalloc(t->nmap, sizeof(*t->map));
	for (size_t k = 0; k < t->nrun; k++) /* later runs overwrite */
		t->map[map_slot(t, t->run[k].sid)] = k + 1;
}

/* Note the runs of v[t->indexed .. n). */
static void index_more(struct figtab *t, const struct fig *v, size_t n)
{
	for (size_t i = t->indexed; i < n; i++) {
		struct figrun *r = t->nrun ? &t->run[t->nrun - 1] : NULL;
		size_t j;

		if (r && r->sid == v[i].series && r->end == i) {
			r->end = i + 1;
			continue;
		}
		if ((t->nrun + 1) * 2 > t->nmap)
			map_grow(t);
		GS_GROW(t->run, t->nrun);
		j = map_slot(t, v[i].series);
		t->run[t->nrun] = (struct figrun){ v[i].series, i, i + 1,
						   t->map[j] };
		t->map[j] = ++t->nrun;
	}
	t->indexed = n;
}

static void slot_put(struct figtab *t, const struct fig *v, size_t i)
{
	size_t m = t->nslot - 1, j = fig_hash(&v[i]) & m;

	while (t->slot[j])
		j = (j + 1) & m;
	t->slot[j] = i + 1;
	t->nused++;
}

/* An empty hash with room for `want` rows (load at most a half); the
 * array is kept from series to series, only the part in use cleared. */
static void slots_reset(struct figtab *t, size_t want)
{
	size_t n = 64;

	while (n < want * 2)
		n *= 2;
	if (n > t->capslot) {
		free(t->slot);
		t->slot = xmalloc(n * sizeof(*t->slot));
		t->capslot = n;
	}
	t->nslot = n;
	memset(t->slot, 0, n * sizeof(*t->slot));
	t->nused = 0;
}

/* The hash over every row of series sid in v[0..n). */
static void build(struct figtab *t, const struct fig *v, size_t n,
		  int64_t sid)
{
	size_t count = 0, k;

	index_more(t, v, n);
	k = t->nmap ? t->map[map_slot(t, sid)] : 0;
	for (size_t r = k; r; r = t->run[r - 1].prev)
		count += t->run[r - 1].end - t->run[r - 1].start;
	slots_reset(t, count + 16);
	for (size_t r = k; r; r = t->run[r - 1].prev)
		for (size_t i = t->run[r - 1].start; i < t->run[r - 1].end; i++)
			slot_put(t, v, i);
	t->cur = sid;
}

/* The hash grown to twice its size, its rows put back. */
static void slots_grow(struct figtab *t, const struct fig *v)
{
	size_t *old = t->slot, nold = t->nslot;

	t->capslot = t->nslot = nold * 2;
	t->slot = xcalloc(t->nslot, sizeof(*t->slot));
	t->nused = 0;
	for (size_t j = 0; j < nold; j++)
		if (old[j])
			slot_put(t, v, old[j] - 1);
	free(old);
}

const struct fig *figtab_find(struct bulk *b, const struct fig *f)
{
	struct figtab *t = &b->tab;
	size_t m, j;

	if (f->series != t->cur)
		build(t, b->v, b->n, f->series);
	m = t->nslot - 1;
	for (j = fig_hash(f) & m; t->slot[j]; j = (j + 1) & m)
		if (same_row(&b->v[t->slot[j] - 1], f))
			return &b->v[t->slot[j] - 1];
	return NULL;
}

void figtab_add(struct bulk *b, const struct fig *f)
{
	struct figtab *t = &b->tab;

	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 1024;
		b->v = xrealloc(b->v, b->cap * sizeof(*b->v));
	}
	b->v[b->n++] = *f;
	if (f->series != t->cur)
		return; /* noted when its series is next looked up */
	if ((t->nused + 1) * 2 > t->nslot)
		slots_grow(t, b->v);
	slot_put(t, b->v, b->n - 1);
}

void bulk_table_keep(struct bulk *b, size_t n)
{
	struct figtab *t = &b->tab;

	b->n = n;
	t->nrun = 0;
	t->indexed = 0;
	t->cur = NO_SERIES;
	if (t->map)
		memset(t->map, 0, t->nmap * sizeof(*t->map));
}

void figtab_init(struct bulk *b)
{
	b->tab.cur = NO_SERIES;
}

void figtab_free(struct bulk *b)
{
	free(b->v);
	free(b->tab.run);
	free(b->tab.map);
	free(b->tab.slot);
}
