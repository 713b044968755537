/*
** figmem.c: the figures written so far to one series (see figmem.h).
**
** An open-addressing hash table of figures; each slot holds the newest row
** added for its figure, and rows of one figure (its vintages) are chained
** from there. Most figures have one vintage, so a lookup is one probe and
** a short walk.
*/
#include "figmem.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

#define SLOTS_MIN 256u
#define EMPTY UINT32_MAX

struct row {
	struct fig_key k;
	int32_t as_of;
	double value;
	long tag;
	uint32_t older;        /* previous row of the same figure, or EMPTY */
};

struct figmem {
	struct row *rows;
	uint32_t n, cap;
	uint32_t *slot;        /* newest row of a figure, or EMPTY */
	uint32_t nslots;       /* a power of two, at least 2 * n */
};

static void clear_slots(struct figmem *m)
{
	memset(m->slot, 0xff, m->nslots * sizeof(*m->slot));
}

void fig_key_of_obs(struct fig_key *k, int64_t source_id,
		    const struct gs_obs *o)
{
	memset(k, 0, sizeof(*k));
	k->source_id = source_id;
	k->kind = o->kind;
	k->pstart = o->period.start;
	k->pend = o->period.end;
	k->bstart = o->base.start;
	k->bend = o->base.end;
	k->qual = o->qual;
}

struct figmem *figmem_new(void)
{
	struct figmem *m = xcalloc(1, sizeof(*m));

	m->nslots = SLOTS_MIN;
	m->slot = xmalloc(m->nslots * sizeof(*m->slot));
	clear_slots(m);
	return m;
}

void figmem_free(struct figmem *m)
{
	if (m == NULL)
		return;
	free(m->rows);
	free(m->slot);
	free(m);
}

void figmem_reset(struct figmem *m)
{
	if (m->n == 0)
		return;
	m->n = 0;
	/* A table grown for a long series is not cleared for every short
	 * one after it. */
	if (m->nslots > 4 * SLOTS_MIN) {
		m->nslots = SLOTS_MIN;
		m->slot = xrealloc(m->slot, m->nslots * sizeof(*m->slot));
	}
	clear_slots(m);
}

static bool same(const struct fig_key *a, const struct fig_key *b)
{
	return a->source_id == b->source_id && a->kind == b->kind &&
	       a->pstart == b->pstart && a->pend == b->pend &&
	       a->bstart == b->bstart && a->bend == b->bend &&
	       a->qual == b->qual;
}

static uint32_t hash(const struct fig_key *k)
{
	uint64_t h = (uint64_t)k->source_id * 0x9e3779b97f4a7c15u;

	h ^= (uint64_t)(uint32_t)k->pstart * 0xc2b2ae3d27d4eb4fu;
	h ^= (uint64_t)(uint32_t)k->pend * 0x165667b19e3779f9u;
	h ^= (uint64_t)(uint32_t)k->bstart * 0x27d4eb2f165667c5u;
	h ^= (uint64_t)(uint32_t)k->bend * 0x94d049bb133111ebu;
	h ^= ((uint64_t)(uint32_t)k->kind << 8 ^ (uint32_t)k->qual) *
	     0xbf58476d1ce4e5b9u;
	h ^= h >> 31;
	h *= 0xd6e8feb86659fd93u;
	return (uint32_t)(h ^ (h >> 32));
}

/* The slot of k's figure, or the empty slot where it would go. */
static uint32_t probe(const struct figmem *m, const struct fig_key *k)
{
	uint32_t mask = m->nslots - 1, i = hash(k) & mask;

	while (m->slot[i] != EMPTY && !same(&m->rows[m->slot[i]].k, k))
		i = (i + 1) & mask;
	return i;
}

int figmem_find(const struct figmem *m, const struct fig_key *k,
		int32_t as_of, double *value, long *tag)
{
	uint32_t r;

	for (r = m->slot[probe(m, k)]; r != EMPTY; r = m->rows[r].older)
		if (m->rows[r].as_of == as_of) {
			*value = m->rows[r].value;
			if (tag)
				*tag = m->rows[r].tag;
			return 1;
		}
	return 0;
}

/* Double the table and put every figure's newest row back. */
static void grow(struct figmem *m)
{
	uint32_t i;

	m->nslots *= 2;
	m->slot = xrealloc(m->slot, m->nslots * sizeof(*m->slot));
	clear_slots(m);
	/* Rows are added oldest first, so the last row of a figure wins. */
	for (i = 0; i < m->n; i++)
		m->slot[probe(m, &m->rows[i].k)] = i;
}

int figmem_add(struct figmem *m, const struct fig_key *k, int32_t as_of,
	       double value, long tag)
{
	uint32_t s;
	struct row *x;

	if (m->n >= FIGMEM_MAX)
		return -1;
	if (m->n == m->cap) {
		m->cap = m->cap ? m->cap * 2 : 256;
		m->rows = xrealloc(m->rows, m->cap * sizeof(*m->rows));
	}
	if (2 * (m->n + 1) > m->nslots)
		grow(m);
	/* probe's mask needs a power of two, and a free slot to stop at */
	assert((m->nslots & (m->nslots - 1)) == 0 &&
	       2 * (m->n + 1) <= m->nslots);
	s = probe(m, k);
	x = &m->rows[m->n];
	x->k = *k;
	x->as_of = as_of;
	x->value = value;
	x->tag = tag;
	x->older = m->slot[s];
	m->slot[s] = m->n++;
	return 0;
}
