/*
** test_figmem.c: series/figmem.c (the figures of a new series, in memory)
** against a brute-force model: random (figure, as_of, value) rows are added,
** and after every addition figmem_find must agree with a linear scan of all
** rows added (the row of an equal figure with exactly the as_of asked, none
** -> 0: the "already present" rule looks for nothing else; an earlier
** vintage must not be found). Also: growth well past the first 256 slots,
** figmem_reset and reuse (after a small and a big table), the FIGMEM_MAX
** bound, and keys that differ in one field only being distinct figures.
*/
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "series/figmem.h"

static uint64_t rng = 0x2545f4914f6cdd1du;

static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static uint32_t below(uint32_t n)
{
	return (uint32_t)(rnd() % n);
}

/* figmem_find gives 1 and that value. */
static void found(const struct figmem *m, const struct fig_key *k,
		  int32_t as_of, double want)
{
	double got;

	assert_int_equal(figmem_find(m, k, as_of, &got, NULL), 1);
	assert_true(got == want);
}

static void none(const struct figmem *m, const struct fig_key *k,
		 int32_t as_of)
{
	double got;

	assert_int_equal(figmem_find(m, k, as_of, &got, NULL), 0);
}

/* The model: every row added, in order. */
struct mrow {
	struct fig_key k;
	int32_t as_of;
	double value;
};

struct model {
	struct figmem *m;
	struct mrow *v;
	size_t n, cap;
	struct fig_key *keys;  /* the key space rows are drawn from */
	size_t nkeys;
	int32_t lo, hi;        /* as_of range [lo, hi) */
};

static bool key_eq(const struct fig_key *a, const struct fig_key *b)
{
	return a->source_id == b->source_id && a->kind == b->kind &&
	       a->pstart == b->pstart && a->pend == b->pend &&
	       a->bstart == b->bstart && a->bend == b->bend &&
	       a->qual == b->qual;
}

/* A random key; a few values per field, so keys overlap field by field. */
static void rand_key(struct fig_key *k)
{
	memset(k, 0, sizeof(*k));
	k->source_id = (int64_t)below(5) + (below(4) ? 0 : INT64_C(1) << 40);
	k->kind = (int32_t)below(7);
	k->pstart = 20000101 + (int32_t)below(30) * 10000;
	k->pend = k->pstart + (int32_t)below(3) * 1130;
	k->bstart = below(2) ? 0 : 19990101 + (int32_t)below(50) * 10000;
	k->bend = k->bstart ? k->bstart + 1130 : 0;
	k->qual = (int32_t)below(7);
}

static void model_init(struct model *d, size_t nkeys, int32_t lo, int32_t hi)
{
	size_t i;

	memset(d, 0, sizeof(*d));
	d->m = figmem_new();
	d->nkeys = nkeys;
	d->keys = xcalloc(nkeys, sizeof(*d->keys));
	for (i = 0; i < nkeys; i++)
		rand_key(&d->keys[i]);
	d->lo = lo;
	d->hi = hi;
}

static void model_free(struct model *d)
{
	figmem_free(d->m);
	free(d->v);
	free(d->keys);
}

/* The brute-force answer: 1 and the row, or 0. */
static int model_find(const struct model *d, const struct fig_key *k,
		      int32_t as_of, const struct mrow **out)
{
	const struct mrow *best = NULL;
	size_t i;

	for (i = 0; i < d->n; i++)
		if (key_eq(&d->v[i].k, k) && d->v[i].as_of == as_of)
			best = &d->v[i];
	*out = best;
	return best != NULL;
}

static void check_one(const struct model *d, const struct fig_key *k,
		      int32_t as_of)
{
	const struct mrow *want;
	double got;
	long tag = -1;

	if (model_find(d, k, as_of, &want)) {
		found(d->m, k, as_of, want->value);
		/* and the tag it was added with: its index in the model */
		assert_int_equal(figmem_find(d->m, k, as_of, &got, &tag), 1);
		assert_int_equal(tag, want - d->v);
	} else {
		none(d->m, k, as_of);
	}
}

/* A few random queries: keys of the space (added or not), and fresh ones;
 * as_of anywhere, or at a row's own as_of and just around it. */
static void check_some(const struct model *d, int queries)
{
	struct fig_key k;
	int i;

	for (i = 0; i < queries; i++) {
		uint32_t span = (uint32_t)(d->hi - d->lo + 4);
		int32_t as_of = d->lo - 2 + (int32_t)below(span);

		if (d->n > 0 && below(2)) {
			const struct mrow *r = &d->v[below((uint32_t)d->n)];

			k = r->k;
			as_of = r->as_of + (int32_t)below(3) - 1;
		} else if (below(8)) {
			k = d->keys[below((uint32_t)d->nkeys)];
		} else {
			rand_key(&k);
			k.kind += 100; /* never added */
		}
		check_one(d, &k, as_of);
	}
}

/* Add a random row (no duplicate figure and as_of). */
static void add_random(struct model *d)
{
	const struct mrow *dummy;
	struct mrow r;
	int tries;

	for (tries = 0; tries < 100; tries++) {
		r.k = d->keys[below((uint32_t)d->nkeys)];
		r.as_of = d->lo + (int32_t)below((uint32_t)(d->hi - d->lo));
		if (!model_find(d, &r.k, r.as_of, &dummy))
			break;
	}
	assert_true(tries < 100); /* else the key space is used up */
	r.value = (double)d->n + 0.25 * (double)below(4);
	assert_int_equal(figmem_add(d->m, &r.k, r.as_of, r.value,
				    (long)d->n), 0);
	if (d->n == d->cap) {
		d->cap = d->cap ? 2 * d->cap : 64;
		d->v = xrealloc(d->v, d->cap * sizeof(*d->v));
	}
	d->v[d->n++] = r;
}

/* Add n random rows, checking queries after each. */
static void fill(struct model *d, size_t n, int queries)
{
	size_t i;

	for (i = 0; i < n; i++) {
		add_random(d);
		check_some(d, queries);
	}
}

/* Every key of the space at every as_of around the rows'. */
static void check_all(const struct model *d)
{
	size_t i;
	int32_t a;

	for (i = 0; i < d->nkeys; i++)
		for (a = d->lo - 1; a <= d->hi; a++)
			check_one(d, &d->keys[i], a);
}

static void model_reset(struct model *d)
{
	size_t i;

	figmem_reset(d->m);
	/* Nothing of before is found. */
	for (i = 0; i < d->n; i++)
		none(d->m, &d->v[i].k, d->v[i].as_of);
	d->n = 0;
}

/* Few figures, many vintages each, added out of order. */
static void test_vintages(void **state)
{
	struct model d;

	(void)state;
	model_init(&d, 12, 20200101, 20200101 + 300);
	fill(&d, 1500, 8);
	check_all(&d);
	model_free(&d);
}

/* Thousands of figures: the table grows 256 -> 16384 slots. */
static void test_growth(void **state)
{
	struct model d;

	(void)state;
	model_init(&d, 20000, 1, 4);
	fill(&d, 6000, 4);
	check_some(&d, 5000);
	model_free(&d);
}

static void test_reset_reuse(void **state)
{
	struct model d;

	(void)state;
	model_init(&d, 40, 100, 140);
	figmem_reset(d.m); /* empty: nothing to do */
	fill(&d, 200, 6);
	model_reset(&d);
	check_all(&d);
	/* The same figures again, other vintages and values. */
	d.lo = 120;
	d.hi = 200;
	fill(&d, 300, 6);
	check_all(&d);
	model_reset(&d);
	model_reset(&d);
	fill(&d, 50, 6);
	check_all(&d);
	model_free(&d);
}

/* A big table, reset (it shrinks), a small series, a big one again. */
static void test_reset_after_big(void **state)
{
	struct model d;
	int round;

	(void)state;
	model_init(&d, 6000, 10, 14);
	for (round = 0; round < 3; round++) {
		fill(&d, 5000, 1);
		check_some(&d, 2000);
		model_reset(&d);
		fill(&d, 100, 8);
		check_all(&d);
		model_reset(&d);
		fill(&d, 600, 4); /* grows again from the floor */
		model_reset(&d);
	}
	model_free(&d);
}

/* Row i of the full table: 20000 figures, up to 4 vintages each. */
static void full_row(uint32_t i, struct fig_key *k, int32_t *as_of)
{
	memset(k, 0, sizeof(*k));
	k->source_id = 1 + i % 20000;
	k->kind = 1;
	k->pstart = 20240101;
	k->pend = 20241231;
	*as_of = 20250101 + (int32_t)(i / 20000);
}

static void test_full(void **state)
{
	struct figmem *m = figmem_new();
	struct fig_key k;
	int32_t as_of;
	uint32_t i;

	(void)state;
	for (i = 0; i < FIGMEM_MAX; i++) {
		full_row(i, &k, &as_of);
		assert_int_equal(figmem_add(m, &k, as_of, i, 0), 0);
	}
	/* Full: a new figure, and a later vintage of a known one, refused. */
	full_row(0, &k, &as_of);
	assert_int_equal(figmem_add(m, &k, as_of + 100, -1.0, 0), -1);
	none(m, &k, as_of + 100);
	k.qual = 5;
	assert_int_equal(figmem_add(m, &k, as_of, -2.0, 0), -1);
	none(m, &k, as_of);
	/* Every row kept is found at its own as_of, not just after it. */
	for (i = 0; i < FIGMEM_MAX; i++) {
		full_row(i, &k, &as_of);
		found(m, &k, as_of, i);
		if (i + 20000 >= FIGMEM_MAX)
			none(m, &k, as_of + 1);
	}
	/* After a reset there is room again. */
	figmem_reset(m);
	full_row(0, &k, &as_of);
	none(m, &k, as_of);
	assert_int_equal(figmem_add(m, &k, as_of + 100, 9.0, 0), 0);
	found(m, &k, as_of + 100, 9.0);
	none(m, &k, INT32_MAX);
	figmem_free(m);
}

static void set_field(struct fig_key *k, int f, int32_t v)
{
	int32_t *p[] = { NULL, &k->kind, &k->pstart, &k->pend, &k->bstart,
			 &k->bend, &k->qual };

	if (f == 0)
		k->source_id = v;
	else
		*p[f] = v;
}

/* Keys differing in one field only are distinct figures: for each field,
 * 2000 keys alike but for it (so they meet in probe chains); then keys
 * with fields swapped or with hash inputs that mix alike. */
static void test_one_field(void **state)
{
	const struct fig_key base = { 7, 2, 20240101, 20241231, 20200101,
				      20201231, 1 };
	struct fig_key k, v[5];
	struct figmem *m = figmem_new();
	int32_t j, f;
	size_t i;

	(void)state;
	for (f = 0; f < 7; f++) {
		figmem_reset(m);
		for (j = 0; j < 3000; j++) {
			k = base;
			set_field(&k, f, j % 2000 * 7);
			assert_int_equal(figmem_add(m, &k, j < 2000 ? 10 : 20,
						    j + 0.5, 0), 0);
		}
		for (j = 0; j < 2000; j++) {
			k = base;
			set_field(&k, f, j * 7);
			none(m, &k, 9);
			none(m, &k, 15); /* not an earlier vintage */
			found(m, &k, 10, j + 0.5);
			if (j < 1000)
				found(m, &k, 20, j + 2000.5);
			else
				none(m, &k, 20);
		}
		k = base;
		set_field(&k, f, 2000 * 7);
		none(m, &k, 10);
	}
	figmem_reset(m);
	for (i = 0; i < GS_ARRAY_LEN(v); i++)
		v[i] = base;
	v[0].source_id += INT64_C(1) << 32;     /* only the high half differs */
	v[1].pstart = base.pend;                 /* period swapped */
	v[1].pend = base.pstart;
	v[2].kind = 0;                           /* kind << 8 | qual alike */
	v[2].qual = base.kind << 8 | base.qual;
	v[3].bstart = v[3].bend = 0;             /* no base */
	v[4].pstart = base.bstart;               /* period and base swapped */
	v[4].pend = base.bend;
	v[4].bstart = base.pstart;
	v[4].bend = base.pend;
	for (i = 0; i < GS_ARRAY_LEN(v); i++)
		assert_int_equal(figmem_add(m, &v[i], 50, (double)i, 0), 0);
	none(m, &base, 50);
	assert_int_equal(figmem_add(m, &base, 100, 100.0, 0), 0);
	for (i = 0; i < GS_ARRAY_LEN(v); i++)
		found(m, &v[i], 50, (double)i);
	found(m, &base, 100, 100.0);
	figmem_free(m);
}

/* Any int in the key hashes without undefined behaviour (UBSan build). */
static void test_extreme_fields(void **state)
{
	struct figmem *m = figmem_new();
	struct fig_key k;

	(void)state;
	memset(&k, 0, sizeof(k));
	k.kind = -1;
	k.qual = INT32_MIN;
	k.pstart = INT32_MAX;
	k.source_id = INT64_MIN;
	assert_int_equal(figmem_add(m, &k, 20250101, 1.5, 0), 0);
	k.kind = 1 << 24;
	assert_int_equal(figmem_add(m, &k, 20250101, 2.5, 0), 0);
	found(m, &k, 20250101, 2.5);
	k.kind = -1;
	found(m, &k, 20250101, 1.5);
	figmem_free(m);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_extreme_fields),
		cmocka_unit_test(test_vintages),
		cmocka_unit_test(test_growth),
		cmocka_unit_test(test_reset_reuse),
		cmocka_unit_test(test_reset_after_big),
		cmocka_unit_test(test_full),
		cmocka_unit_test(test_one_field),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
