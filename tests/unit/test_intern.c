/*
** test_intern.c: series/intern.c, the table the stage keeps one copy of
** each repeated string in. Ids are dense and stable, equal strings give
** one pointer, intern_rank agrees with strcmp order (checked here by
** counting, for each string, the strings smaller than it: a different
** method from the sort inside), the table grows past its first slots,
** and a reset forgets everything.
*/
#define _POSIX_C_SOURCE 200809L

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "series/intern.h"

static void test_ids_and_copies(void **state)
{
	struct pool *p = pool_new();
	struct intern *t = intern_new(p);
	char buf[16];
	uint32_t a, b, c, d;
	const char *x, *y;

	(void)state;
	strcpy(buf, "moscow.output");
	x = intern_str(t, buf, &a);
	buf[0] = 'X';               /* the table keeps its own copy */
	assert_string_equal(x, "moscow.output");
	y = intern_str(t, "kazan.jobs", &b);
	assert_ptr_equal(intern_str(t, "moscow.output", &c), x);
	assert_int_equal(a, 0);
	assert_int_equal(b, 1);
	assert_int_equal(c, 0);
	assert_string_equal(intern_str(t, NULL, &d), "");
	assert_int_equal(d, 2);
	assert_ptr_equal(intern_str(t, "", NULL), intern_str(t, NULL, NULL));
	assert_ptr_not_equal(x, y);
	assert_int_equal(intern_count(t), 3);
	intern_free(t);
	pool_free(p);
}

/* Keys with a long shared prefix, in a scrambled order, past the first
 * 1,024 slots; each rank must equal the number of smaller strings. */
static void test_rank_is_strcmp_order(void **state)
{
	enum { N = 3000 };
	struct pool *p = pool_new();
	struct intern *t = intern_new(p);
	static char key[N][48];
	static uint32_t rank[N];
	uint32_t id, i, j, smaller;

	(void)state;
	for (i = 0; i < N; i++) {
		uint32_t k = (i * 7919u) % N; /* 7919 is prime: a permutation */

		snprintf(key[i], sizeof(key[i]), "region%02u.cluster%03u.m%u",
			 k % 83, k % 997, k);
		intern_str(t, key[i], &id);
		assert_int_equal(id, i);
	}
	for (i = 0; i < N; i++) {      /* again: no new ids */
		intern_str(t, key[i], &id);
		assert_int_equal(id, i);
	}
	assert_int_equal(intern_count(t), N);
	intern_rank(t, rank);
	for (i = 0; i < N; i++) {
		smaller = 0;
		for (j = 0; j < N; j++)
			smaller += strcmp(key[j], key[i]) < 0;
		assert_int_equal(rank[i], smaller);
	}
	intern_free(t);
	pool_free(p);
}

static void test_reset(void **state)
{
	struct pool *p = pool_new();
	struct intern *t = intern_new(p);
	uint32_t id;

	(void)state;
	intern_str(t, "a", NULL);
	intern_str(t, "b", NULL);
	intern_reset(t);
	pool_reset(p);
	assert_int_equal(intern_count(t), 0);
	intern_str(t, "b", &id);
	assert_int_equal(id, 0);
	assert_string_equal(intern_str(t, "a", &id), "a");
	assert_int_equal(id, 1);
	intern_free(t);
	pool_free(p);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_ids_and_copies),
		cmocka_unit_test(test_rank_is_strcmp_order),
		cmocka_unit_test(test_reset),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
