/*
** test_pgfigtab.c: the PostgreSQL backend's table of figures
** (series/pg/pg_figtab.c), which a stage flush decides its rows against:
** every lookup gives what a search of all rows would give (compared with
** a linear search here), whatever order the rows of a series were added
** in, when a series comes back after others, when the table grows, and
** after it is emptied but for a carried prefix. No server is needed.
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#ifndef GS_NO_PG
#include "../../series/pg/pg_bulk.h"

/* A small pseudo-random generator, so that every run checks the same. */
static uint32_t rnd_state = 12345;

static uint32_t rnd(uint32_t n)
{
	rnd_state = rnd_state * 1103515245u + 12345u;
	return (rnd_state >> 8) % n;
}

/* A figure of series sid, drawn from a small space so that lookups both
 * find and miss, and vintages of one figure (as_of) meet. */
static struct fig draw(int64_t sid)
{
	struct fig f;

	memset(&f, 0, sizeof(f));
	f.series = sid;
	f.ps = (int32_t)rnd(40) * 31;
	f.pe = f.ps + 30;
	f.bs = rnd(4) == 0 ? f.ps - 365 : 0;
	f.be = f.bs ? f.pe - 365 : 0;
	f.source = 1 + rnd(3);
	f.kind = (int)rnd(3);
	f.qual = (int)rnd(2);
	f.as_of = 20000 + (int32_t)rnd(3);
	f.value = rnd(1000);
	return f;
}

static bool same(const struct fig *a, const struct fig *b)
{
	return a->series == b->series && a->ps == b->ps && a->pe == b->pe &&
	       a->bs == b->bs && a->be == b->be && a->source == b->source &&
	       a->kind == b->kind && a->qual == b->qual && a->as_of == b->as_of;
}

/* The first row of v[0..n) with f's figure and as_of (rows are added only
 * when not found, so there is at most one). */
static const struct fig *linear(const struct bulk *b, const struct fig *f)
{
	for (size_t i = 0; i < b->n; i++)
		if (same(&b->v[i], f))
			return &b->v[i];
	return NULL;
}

/* Look f up in both; add it when neither has it (as pg_bulk_append adds
 * a new row). */
static void decide(struct bulk *b, const struct fig *f)
{
	const struct fig *want = linear(b, f), *got = figtab_find(b, f);

	assert_true(want == got);
	if (got == NULL)
		figtab_add(b, f);
}

/* Stored rows of series from..to in runs, some series in two runs. */
static void load(struct bulk *b, int64_t from, int64_t to, int per)
{
	for (int64_t s = from; s <= to; s++)
		for (int i = 0; i < per; i++) {
			struct fig f = draw(s);

			if (linear(b, &f) == NULL)
				figtab_add(b, &f);
		}
	for (int64_t s = from; s <= to; s += 3) { /* a second run */
		struct fig f = draw(s);

		if (linear(b, &f) == NULL)
			figtab_add(b, &f);
	}
}

static void by_series_order(void **state)
{
	struct bulk b;

	(void)state;
	memset(&b, 0, sizeof(b));
	figtab_init(&b);
	load(&b, 1, 30, 40);
	/* rows by series, as a chunk's come; then a series comes back */
	for (int64_t s = 1; s <= 32; s++)
		for (int i = 0; i < 60; i++) {
			struct fig f = draw(s);

			decide(&b, &f);
		}
	for (int i = 0; i < 200; i++) {
		struct fig f = draw(1 + rnd(32));

		decide(&b, &f);
	}
	figtab_free(&b);
}

static void one_long_series(void **state)
{
	struct bulk b;

	(void)state;
	memset(&b, 0, sizeof(b));
	figtab_init(&b);
	/* the series being decided grows its hash past its first size */
	for (int i = 0; i < 3000; i++) {
		struct fig f = draw(7);

		f.ps = i;
		f.pe = i + 1;
		decide(&b, &f);
	}
	for (int i = 0; i < 3000; i++) {
		struct fig f = draw(7);

		f.ps = (int32_t)rnd(3000);
		f.pe = f.ps + 1;
		decide(&b, &f);
	}
	figtab_free(&b);
}

static void kept_prefix(void **state)
{
	struct bulk b;

	(void)state;
	memset(&b, 0, sizeof(b));
	figtab_init(&b);
	load(&b, 5, 9, 30);
	for (int i = 0; i < 300; i++) {
		struct fig f = draw(5 + rnd(5));

		decide(&b, &f);
	}
	/* the next chunk keeps the first rows (a carried series), then reads
	 * other series' stored rows after them */
	bulk_table_keep(&b, b.n / 3);
	load(&b, 8, 12, 20);
	for (int64_t s = 5; s <= 12; s++)
		for (int i = 0; i < 50; i++) {
			struct fig f = draw(s);

			decide(&b, &f);
		}
	bulk_table_keep(&b, 0);
	for (int i = 0; i < 100; i++) {
		struct fig f = draw(5);

		assert_null(figtab_find(&b, &f) == NULL ? NULL : &b);
		figtab_add(&b, &f);
		assert_true(figtab_find(&b, &f) != NULL);
		bulk_table_keep(&b, 0);
	}
	figtab_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(by_series_order),
		cmocka_unit_test(one_long_series),
		cmocka_unit_test(kept_prefix),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
#else
static void no_pg(void **state)
{
	(void)state;
	skip();
}

int main(void)
{
	const struct CMUnitTest tests[] = { cmocka_unit_test(no_pg) };

	return cmocka_run_group_tests(tests, NULL, NULL);
}
#endif
