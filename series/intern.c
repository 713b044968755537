/*
** intern.c: one copy of each distinct string, with a dense id (see
** intern.h).
**
** An open-addressing table of slots, each the index of a string in the
** list of distinct ones, kept at most half full so a probe ends soon.
** Keys of one file often share a long prefix ("region12.cluster345.metric"),
** so the hash mixes every byte (hash_str).
*/
#include "intern.h"

#include <stdlib.h>
#include <string.h>

#define EMPTY UINT32_MAX

struct entry {
	const char *s;
	uint64_t h;
};

struct intern {
	struct pool *pool;
	uint32_t *slot;        /* index into v, or EMPTY */
	uint32_t nslots;       /* a power of two */
	struct entry *v;       /* the distinct strings, by id */
	uint32_t n, cap;
};

#define MIX 0xff51afd7ed558ccdULL

/*
** A hash of s that mixes every byte, eight at a time: each word is folded
** in by a multiplication and a shift, and the end is mixed again so that
** keys differing in their last bytes spread too. FNV-1a took a
** multiplication per byte, one after the other: with five strings a row
** it was most of the stage's work per row (series keys run to 30 bytes).
** The hash lives only in this table.
*/
static uint64_t hash_str(const char *s)
{
	size_t n = strlen(s), i;
	uint64_t h = 0x9e3779b97f4a7c15ULL ^ n, w;

	for (i = 0; i + 8 <= n; i += 8) {
		memcpy(&w, s + i, 8);
		h = (h ^ w) * MIX;
		h ^= h >> 32;
	}
	w = 0;
	memcpy(&w, s + i, n - i);
	h = (h ^ w) * MIX;
	h ^= h >> 29;
	h *= 0xc4ceb9fe1a85ec53ULL;
	return h ^ (h >> 32);
}

struct intern *intern_new(struct pool *p)
{
	struct intern *t = xcalloc(1, sizeof(*t));

	t->pool = p;
	return t;
}

void intern_free(struct intern *t)
{
	if (t == NULL)
		return;
	free(t->slot);
	free(t->v);
	free(t);
}

void intern_reset(struct intern *t)
{
	if (t->slot)
		memset(t->slot, 0xff, t->nslots * sizeof(*t->slot));
	t->n = 0;
}

uint32_t intern_count(const struct intern *t)
{
	return t->n;
}

/* The slot holding s, or the empty slot where it would go. */
static uint32_t probe(const struct intern *t, const char *s, uint64_t h)
{
	uint32_t mask = t->nslots - 1, i = (uint32_t)(h ^ (h >> 32)) & mask;

	while (t->slot[i] != EMPTY) {
		const struct entry *x = &t->v[t->slot[i]];

		if (x->h == h && strcmp(x->s, s) == 0)
			break;
		i = (i + 1) & mask;
	}
	return i;
}

/* Double the slots (or make the first 1,024) and place every string. */
static void grow(struct intern *t)
{
	uint32_t i;

	t->nslots = t->nslots ? t->nslots * 2 : 1024;
	free(t->slot);
	t->slot = xmalloc(t->nslots * sizeof(*t->slot));
	memset(t->slot, 0xff, t->nslots * sizeof(*t->slot));
	for (i = 0; i < t->n; i++)
		t->slot[probe(t, t->v[i].s, t->v[i].h)] = i;
}

const char *intern_str(struct intern *t, const char *s, uint32_t *id)
{
	uint64_t h;
	uint32_t i;

	if (s == NULL)
		s = "";
	if ((t->n + 1) * 2 > t->nslots)
		grow(t);
	h = hash_str(s);
	i = probe(t, s, h);
	if (t->slot[i] == EMPTY) {
		if (t->n == t->cap) {
			t->cap = t->cap ? t->cap * 2 : 256;
			t->v = xrealloc(t->v, t->cap * sizeof(*t->v));
		}
		t->v[t->n].s = pool_dup(t->pool, s);
		t->v[t->n].h = h;
		t->slot[i] = t->n++;
	}
	if (id)
		*id = t->slot[i];
	return t->v[t->slot[i]].s;
}

struct ranked {
	const char *s;
	uint32_t id;
};

static int by_text(const void *a, const void *b)
{
	return strcmp(((const struct ranked *)a)->s,
		      ((const struct ranked *)b)->s);
}

void intern_rank(const struct intern *t, uint32_t *rank)
{
	struct ranked *r;
	uint32_t i;

	if (t->n == 0)
		return;
	r = xmalloc(t->n * sizeof(*r));
	for (i = 0; i < t->n; i++) {
		r[i].s = t->v[i].s;
		r[i].id = i;
	}
	qsort(r, t->n, sizeof(*r), by_text);
	for (i = 0; i < t->n; i++)
		rank[r[i].id] = i;
	free(r);
}
