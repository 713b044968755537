/*
** test_report_retract.c: what `growthstat retract KEY N...` names and
** refuses (reports/retractsel.h), without the command: figure numbers as
** --explain gives them (#1 the first), a reason of one line, and the
** refusal of a figure whose other vintage is retracted already unless
** --again. Expected values from retract's --help and README, by hand.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "series/parse.h"
#include "series/series.h"
#include "reports/retractsel.h"
#include "report_fx.h"

/* "#3" and "3" name the third of five; nothing outside 1..5 does. */
static void test_number(void **state)
{
	static const struct { const char *s; long want; } c[] = {
		{ "#3", 2 }, { "3", 2 }, { "#1", 0 }, { "#5", 4 },
		{ "#0", -1 }, { "#6", -1 }, { "0", -1 }, { "x", -1 },
		{ "#", -1 }, { "", -1 }, { "3x", -1 }, { "-1", -1 },
		{ " 3", -1 }, { "##3", -1 }, { "+3", -1 },
	};
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(c); i++)
		if (retract_number(c[i].s, 5) != c[i].want)
			fail_msg("'%s': %ld, want %ld", c[i].s,
				 retract_number(c[i].s, 5), c[i].want);
	assert_int_equal(retract_number("#1", 0), -1);
}

static void reason(const char *s, const char *want)
{
	char why[64] = "";
	int rc = retract_reason(s, why, sizeof(why));

	if (want == NULL) {
		assert_int_equal(rc, 0);
		return;
	}
	assert_int_equal(rc, -1);
	assert_string_equal(why, want);
}

/* One line of text: no control character (byte counted from 1), not
 * only spaces. */
static void test_reason(void **state)
{
	(void)state;
	reason("typo in the source", NULL);
	reason("\xd0\xbe\xd0\xbf\xd0\xb5\xd1\x87\xd0\xb0\xd1\x82\xd0\xba\xd0"
	       "\xb0", NULL);
	reason(" x ", NULL);
	reason("a\tb", "control character at byte 2");
	reason("ab\n", "control character at byte 3");
	reason("\x7f", "control character at byte 1");
	reason("   ", "empty");
	reason("", "empty");
}

/* r.a's 2020 figure in two vintages: 100 (2025-01-01), revised to 105
 * (2025-02-01). */
static const struct row rows[] = {
	{ "r.a", "2020", "level", 100, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "r.a", "2021", "level", 110, "jobs", NULL, NULL, NULL, NULL, NULL },
};

/* The latest view's figure #1 of r.a, into *o (l keeps its strings). */
static void first(struct series_db *db, struct obs_list *l,
		  struct gs_obs *o)
{
	struct gs_err e;

	gs_err_clear(&e);
	assert_int_equal(series_observations(db, "r.a", 0, OBSQ_LATEST, l,
					     &e), 0);
	assert_true(l->n >= 1);
	*o = l->v[0];
}

/*
** #1 is 105 at first: nothing of its figure is retracted, so it may go.
** Once it is, #1 names 100, the vintage before: refused without --again
** (the same command run twice), allowed with it.
*/
static void test_refused(void **state)
{
	char path[64];
	struct series_db *db;
	struct retraction r = { 20250301, "typo" };
	struct gs_obs revised = { 0 }, pick;
	struct obs_list l;
	enum append_result res;
	struct gs_err e;
	long added = 0;
	int64_t batch;

	(void)state;
	snprintf(path, sizeof(path), "/tmp/gs-test-rretract-%ld.db",
		 (long)getpid());
	db = fx_db_new(path, rows, GS_ARRAY_LEN(rows));
	gs_err_clear(&e);
	first(db, &l, &pick);
	revised = pick;
	revised.value = 105;
	revised.as_of = 20250201;
	assert_int_equal(series_batch_begin(db, "t2", &batch, &e), 0);
	revised.batch = batch;
	assert_int_equal(series_append(db, &revised, "", "", &res, &e), 0);
	assert_int_equal(series_batch_commit(db, batch,
					     &(struct batch_counts){ 0 }, "",
					     &e), 0);
	obs_list_free(&l);
	first(db, &l, &pick);
	assert_true(pick.value == 105);
	assert_int_equal(retract_refused(db, &pick, 0, "#1", false, &e), 0);
	assert_int_equal(series_retract_rows(db, &pick, 1, &r, &added, &e),
			 0);
	assert_int_equal(added, 1);
	obs_list_free(&l);
	first(db, &l, &pick);
	assert_true(pick.value == 100);
	assert_int_equal(retract_refused(db, &pick, 0, "#1", true, &e), 0);
	assert_int_equal(retract_refused(db, &pick, 0, "#1", false, &e), 1);
	assert_int_equal(e.code, GS_EX_DATAERR);
	assert_string_equal(e.msg, "r.a #1: another vintage of this figure "
			    "(as_of 2025-02-01) is retracted already, and #1 "
			    "now names the one before it; nothing retracted "
			    "(give --again to retract that one too)");
	obs_list_free(&l);
	series_close(db);
	fx_unlink_db(path);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_number),
		cmocka_unit_test(test_reason),
		cmocka_unit_test(test_refused),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
