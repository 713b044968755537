/*
** test_claim_vintage.c: a claim is judged against its ends as they stood
** at its own vintage (check.h), and the cells say which end was revised
** since (celltext.h). Rows go through the SQLite backend with their
** as_of; expected values by hand: 182.4 / 162.4 - 1 = 12.315 %,
** 185.1 / 162.4 - 1 = 13.978 % (python3).
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "series/series.h"
#include "reports/celltext.h"
#include "reports/check.h"

#define FX_NAME "clv"
#include "batch_fx.h"

/* A yearly level (base = 0) or a change against year base, of key. */
static void add(struct fx *f, int64_t batch, const char *key, int year,
		enum gs_kind kind, double v, int base, int32_t as_of)
{
	struct gs_obs o;

	row(&o, key, year, base ? v : v * 1e9, as_of, batch);
	o.kind = kind;
	if (base)
		o.base = (struct gs_period){ base * 10000 + 101,
					     base * 10000 + 1231,
					     GS_PREC_YEAR };
	(void)append(f->db, &o);
}

/* A claim (+12.3 % from 162.4 to 182.4) whose end is revised after it
 * (c), one restated after the revision (r), one whose end was published
 * only after it (l). */
static int fill(void **state)
{
	struct fx *f;
	int64_t b;

	setup(state);
	f = *state;
	b = begin(f->db, "t");
	add(f, b, "c", 2024, GS_KIND_LEVEL, 162.4, 0, 20261103);
	add(f, b, "c", 2025, GS_KIND_LEVEL, 182.4, 0, 20261103);
	add(f, b, "c", 2025, GS_KIND_PERCENT, 12.3, 2024, 20261103);
	add(f, b, "c", 2025, GS_KIND_LEVEL, 185.1, 0, 20261118);
	add(f, b, "r", 2024, GS_KIND_LEVEL, 162.4, 0, 20261103);
	add(f, b, "r", 2025, GS_KIND_LEVEL, 182.4, 0, 20261103);
	add(f, b, "r", 2025, GS_KIND_LEVEL, 185.1, 0, 20261118);
	add(f, b, "r", 2025, GS_KIND_PERCENT, 12.3, 2024, 20261118);
	add(f, b, "l", 2024, GS_KIND_LEVEL, 100, 0, 20261103);
	add(f, b, "l", 2025, GS_KIND_MULTIPLE, 1.2, 2024, 20261103);
	add(f, b, "l", 2025, GS_KIND_LEVEL, 130, 0, 20261201);
	commit(f->db, b);
	assert_int_equal(count(f->db, "c", 0), 4);
	return 0;
}

static void judge(struct fx *f, const char *key, int32_t as_of,
		  struct rp_series *s, struct claim_eval *c)
{
	static const struct claim_tol tol = { 0.05, 1, 0.05 };
	struct rp_opts o = { as_of, 0.05 };
	struct gs_err e;

	gs_err_clear(&e);
	assert_int_equal(rp_load(f->db, key, &o, s, &e), 0);
	assert_int_equal(s->nrels, 1);
	assert_true(claim_check(s, s->rels[0], &tol, c));
}

/* Stated 2026-11-03 against 162.4 and 182.4; 182.4 revised to 185.1 on
 * 2026-11-18: still 12.315 %, consistent; the note and the refs say so. */
static void test_revised_end(void **state)
{
	struct rp_series s;
	struct claim_eval c;
	char buf[200];

	judge(*state, "c", 0, &s, &c);
	assert_int_equal(c.verdict, V_CONSISTENT);
	assert_true(fabs(c.actual.v - 100 * (182.4 / 162.4 - 1)) < 1e-9);
	assert_true(fabs(c.to.v - 182.4e9) < 1e-3);
	assert_int_equal(c.vintage[0], 0);
	assert_int_equal(c.vintage[1], 20261103);
	report_claim_note(&s, &c, buf, sizeof(buf));
	assert_string_equal(buf, "end figure revised since: 185.1 bn from "
			    "2026-11-18");
	report_claim_end(&s, &c, true, buf, sizeof(buf));
	assert_string_equal(buf, "182.4 bn");
	report_claim_refs(&c, buf, sizeof(buf));
	assert_string_equal(buf, "#3 #1 #2@2026-11-03");
	rp_free(&s);
	/* before the revision nothing was revised */
	judge(*state, "c", 20261117, &s, &c);
	assert_int_equal(c.verdict, V_CONSISTENT);
	report_claim_note(&s, &c, buf, sizeof(buf));
	assert_string_equal(buf, "");
	rp_free(&s);
}

/* Restated on the day of the revision: 13.978 % against 12.3 %, 1.68 pp
 * off: inconsistent. */
static void test_restated(void **state)
{
	struct rp_series s;
	struct claim_eval c;

	judge(*state, "r", 0, &s, &c);
	assert_int_equal(c.verdict, V_INCONSISTENT);
	assert_true(fabs(c.actual.v - 100 * (185.1 / 162.4 - 1)) < 1e-9);
	assert_int_equal(c.vintage[1], 0);
	rp_free(&s);
}

/* No statement of the end as early as the claim: the current one,
 * 130 / 100 = 1.3 against 1.2 +- 5 %: inconsistent. */
static void test_end_later(void **state)
{
	struct rp_series s;
	struct claim_eval c;

	judge(*state, "l", 0, &s, &c);
	assert_int_equal(c.verdict, V_INCONSISTENT);
	assert_true(fabs(c.actual.v - 1.3) < 1e-12);
	assert_int_equal(c.vintage[1], 0);
	rp_free(&s);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_revised_end),
		cmocka_unit_test(test_restated),
		cmocka_unit_test(test_end_later),
	};

	return cmocka_run_group_tests(tests, fill, teardown);
}
