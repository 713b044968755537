/*
** test_relay.c: the two-buffer handoff between the caller's thread and a
** worker (series/relay.c), in both directions: every buffer is drained
** once and in the order it was filled, a worker's failure reaches the
** caller with its message, the caller's failure or cancel stops a worker
** that is waiting or still producing, and nothing is left running.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdlib.h>
#include <string.h>

#include "series/relay.h"

#define ROUNDS 1000

/* A buffer: the number of the round that filled it. */
struct slot {
	long round;
};

/* What a worker saw or made. */
struct job {
	struct slot a, b;
	long next;        /* the round expected (consumer) or to fill next */
	long fail_at;     /* fail on this round, or -1 */
	long limit;       /* rounds to produce, -1 for until stopped */
	bool out_of_order;
};

/* Worker as consumer: rounds must come 0, 1, 2, ... */
static int consume(struct relay *r, void *arg, struct gs_err *e)
{
	struct job *j = arg;
	struct slot *s;

	while ((s = relay_take(r)) != NULL) {
		if (s->round != j->next)
			j->out_of_order = true;
		j->next++;
		s->round = -1; /* drained */
		relay_done(r);
		if (j->next - 1 == j->fail_at)
			return gs_errf(e, GS_EX_IOERR, "failed at %ld",
				       j->fail_at);
	}
	return 0;
}

/* Worker as producer: rounds 0, 1, 2, ... until its limit or stopped. */
static int produce(struct relay *r, void *arg, struct gs_err *e)
{
	struct job *j = arg;
	struct slot *s;

	while (j->limit < 0 || j->next < j->limit) {
		if (j->next == j->fail_at)
			return gs_errf(e, GS_EX_IOERR, "failed at %ld",
				       j->fail_at);
		if ((s = relay_fill(r)) == NULL)
			return 0;
		if (s->round != -1)
			j->out_of_order = true; /* not drained */
		s->round = j->next++;
		relay_filled(r);
	}
	return 0;
}

static struct relay *start(relay_fn fn, struct job *j)
{
	struct gs_err e;
	struct relay *r;

	gs_err_clear(&e);
	j->a.round = j->b.round = -1;
	r = relay_start(fn, j, &j->a, &j->b, &e);
	assert_non_null(r);
	return r;
}

static void test_caller_produces(void **state)
{
	struct job j = { .fail_at = -1 };
	struct relay *r = start(consume, &j);
	struct gs_err e;
	long i;

	(void)state;
	for (i = 0; i < ROUNDS; i++) {
		struct slot *s = relay_fill(r);

		assert_non_null(s);
		assert_int_equal(s->round, -1);
		s->round = i;
		relay_filled(r);
	}
	gs_err_clear(&e);
	assert_int_equal(relay_finish(r, false, &e), 0);
	/* everything handed over was drained before the worker ended */
	assert_int_equal(j.next, ROUNDS);
	assert_false(j.out_of_order);
}

static void test_worker_produces(void **state)
{
	struct job j = { .fail_at = -1, .limit = ROUNDS };
	struct relay *r = start(produce, &j);
	struct slot *s;
	struct gs_err e;
	long n = 0;

	(void)state;
	while ((s = relay_take(r)) != NULL) {
		assert_int_equal(s->round, n);
		n++;
		s->round = -1;
		relay_done(r);
	}
	gs_err_clear(&e);
	assert_int_equal(relay_finish(r, false, &e), 0);
	assert_int_equal(n, ROUNDS);
	assert_false(j.out_of_order);
}

/* A consumer that fails: the producer's next fill says so, and the
 * worker's error is the caller's. */
static void test_consumer_fails(void **state)
{
	struct job j = { .fail_at = 5 };
	struct relay *r = start(consume, &j);
	struct gs_err e;
	long i;

	(void)state;
	for (i = 0; i < ROUNDS; i++) {
		struct slot *s = relay_fill(r);

		if (s == NULL)
			break;
		s->round = i;
		relay_filled(r);
	}
	assert_true(i < ROUNDS);
	gs_err_clear(&e);
	assert_int_equal(relay_finish(r, false, &e), -1);
	assert_int_equal(e.code, GS_EX_IOERR);
	assert_string_equal(e.msg, "failed at 5");
}

/* A producer that fails: what it filled before is still taken, in
 * order, then the caller gets its error. */
static void test_producer_fails(void **state)
{
	struct job j = { .fail_at = 7, .limit = ROUNDS };
	struct relay *r = start(produce, &j);
	struct slot *s;
	struct gs_err e;
	long n = 0;

	(void)state;
	while ((s = relay_take(r)) != NULL) {
		assert_int_equal(s->round, n);
		n++;
		s->round = -1;
		relay_done(r);
	}
	assert_int_equal(n, 7);
	gs_err_clear(&e);
	assert_int_equal(relay_finish(r, false, &e), -1);
	assert_string_equal(e.msg, "failed at 7");
}

/* The caller stops a producer that would go on for ever, after taking
 * a few buffers or none, and a consumer that waits for buffers. */
static void test_cancel(void **state)
{
	struct job j = { .fail_at = -1, .limit = -1 };
	struct job k = { .fail_at = -1 };
	struct relay *r = start(produce, &j);
	struct slot *s;
	int i;

	(void)state;
	for (i = 0; i < 3; i++) {
		assert_non_null(s = relay_take(r));
		s->round = -1;
		relay_done(r);
	}
	assert_int_equal(relay_finish(r, true, NULL), 0);
	r = start(produce, &j);
	assert_int_equal(relay_finish(r, true, NULL), 0);
	r = start(consume, &k);
	assert_int_equal(relay_finish(r, true, NULL), 0);
	assert_int_equal(k.next, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_caller_produces),
		cmocka_unit_test(test_worker_produces),
		cmocka_unit_test(test_consumer_fails),
		cmocka_unit_test(test_producer_fails),
		cmocka_unit_test(test_cancel),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
