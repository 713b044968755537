/*
** test_runrec.c: the compact run record of series/runrec.c. Rows with the
** extremes of every field (negative and 64-bit integers, -0 and NaN with a
** payload, empty and long strings, dim and sym at their limits) go through
** rr_encode and come back from rr_decode bit for bit; a repeated row costs
** a few bytes; a record cut short or with a bad mask is refused.
*/
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "series/runrec.h"

static char long_note[5000];

static void fill(struct srow *w, int i)
{
	memset(w, 0, sizeof(*w));
	w->o.series = i % 3 ? "a.series" : "b";
	w->o.unit_text = i % 2 ? "million rubles" : "";
	w->o.source = "src";
	w->o.note = i == 2 ? long_note : i == 3 ? "" : "row, \"quoted\"";
	w->name = i == 4 ? "Name" : "";
	w->desc = "";
	memset(w->o.unit.dim, 'd', sizeof(w->o.unit.dim) - 1);
	strcpy(w->o.unit.sym, i % 2 ? "RUB" : "");
	w->tag = i == 1 ? -7 : 1000000L * i;
	w->seq = i == 5 ? UINT64_MAX / 2 : (uint64_t)i;
	w->o.batch = i == 3 ? INT64_MIN / 2 : 42;
	w->o.kind = (enum gs_kind)(i % 6);
	w->o.period.start = 20240101 + i;
	w->o.period.end = i == 1 ? INT32_MIN : 20241231;
	w->o.period.prec = GS_PREC_MONTH;
	w->o.base.start = i == 2 ? INT32_MAX : 0;
	w->o.qual = (enum gs_qual)(i % 7);
	w->o.as_of = 20250101;
	w->o.value = i == 1 ? -0.0 : i == 2 ? nan("0x1234") : 1.5 * i;
	w->o.unit.factor = i == 4 ? 1e-300 : 1e6;
}

static void same(const struct srow *a, const struct srow *b)
{
	assert_string_equal(a->o.series, b->o.series);
	assert_string_equal(a->o.unit_text, b->o.unit_text);
	assert_string_equal(a->o.source, b->o.source);
	assert_string_equal(a->o.note, b->o.note);
	assert_string_equal(a->name, b->name);
	assert_string_equal(a->desc, b->desc);
	assert_string_equal(a->o.unit.dim, b->o.unit.dim);
	assert_string_equal(a->o.unit.sym, b->o.unit.sym);
	assert_true(a->tag == b->tag && a->seq == b->seq);
	assert_true(a->o.batch == b->o.batch && a->o.kind == b->o.kind);
	assert_true(a->o.period.start == b->o.period.start);
	assert_true(a->o.period.end == b->o.period.end);
	assert_true(a->o.period.prec == b->o.period.prec);
	assert_true(a->o.base.start == b->o.base.start);
	assert_true(a->o.base.end == b->o.base.end);
	assert_true(a->o.qual == b->o.qual && a->o.as_of == b->o.as_of);
	assert_memory_equal(&a->o.value, &b->o.value, sizeof(double));
	assert_memory_equal(&a->o.unit.factor, &b->o.unit.factor,
			    sizeof(double));
}

/* Encode rows 0..n) (row 6 repeats row 5) into one stream, decode it. */
static void test_round_trip(void **state)
{
	struct rr_prev enc = { 0 }, dec = { 0 };
	struct rr_buf rec = { 0 };
	struct srow in[8], out;
	unsigned char *all = NULL;
	size_t len = 0, at = 0, total, sizes[8];
	int i;

	(void)state;
	memset(long_note, 'n', sizeof(long_note) - 1);
	rr_reset(&enc);
	rr_reset(&dec);
	for (i = 0; i < 8; i++) {
		fill(&in[i], i == 6 ? 5 : i);
		rr_encode(&enc, &in[i], &rec);
		sizes[i] = rec.n;
		all = realloc(all, len + rec.n);
		memcpy(all + len, rec.p, rec.n);
		len += rec.n;
	}
	/* A repeated row: the length, a zero mask. */
	assert_int_equal(sizes[6], 2);
	for (i = 0; i < 8; i++) {
		assert_int_equal(rr_size(all + at, len - at, &total), 0);
		assert_int_equal(total, sizes[i]);
		assert_int_equal(rr_decode(&dec, all + at, total, &out), 0);
		same(&in[i], &out);
		at += total;
	}
	assert_int_equal(at, len);
	free(all);
	free(rec.p);
	rr_free(&dec);
}

static void test_damaged(void **state)
{
	struct rr_prev enc = { 0 }, dec = { 0 };
	struct rr_buf rec = { 0 };
	struct srow in, out;
	size_t total;
	static const unsigned char bad_mask[] = { 4, 0x80, 0x80, 0x80, 0x40 };
	static const unsigned char no_prefix[] = { 0x80, 0x80 };

	(void)state;
	rr_reset(&enc);
	rr_reset(&dec);
	fill(&in, 3);
	rr_encode(&enc, &in, &rec);
	/* The length says one byte more than there is: fields run short. */
	rec.p[0]++;
	assert_int_equal(rr_decode(&dec, rec.p, rec.n, &out), -1);
	/* A record one byte shorter than its fields. */
	rec.p[0] -= 2;
	assert_int_equal(rr_decode(&dec, rec.p, rec.n - 2, &out), -1);
	assert_int_equal(rr_decode(&dec, bad_mask, sizeof(bad_mask), &out), -1);
	assert_int_equal(rr_size(no_prefix, sizeof(no_prefix), &total), -1);
	free(rec.p);
	rr_free(&dec);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_round_trip),
		cmocka_unit_test(test_damaged),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
