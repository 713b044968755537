/*
** test_db_open.c: what series_open refuses before it touches anything:
** databases that would not persist, opened for writing (issue 13 item 1).
** The command line checks first (tests/cli/083-not-stored.sh); this is the
** library's own check, for any other caller.
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

#include "series/series.h"

static void refused(const char *path, int flags)
{
	struct gs_err e;
	struct series_db *db;

	gs_err_clear(&e);
	db = series_open(path, flags, &e);
	if (db)
		series_close(db);
	assert_null(db);
	assert_int_equal(e.code, GS_EX_NOTSTORED);
}

static void not_stored_refused_for_writing(void **state)
{
	static const char *const paths[] = {
		"", ":memory:", "file::memory:", "file:x.db?mode=memory",
		"file:", "file:?cache=shared",
	};
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(paths); i++) {
		refused(paths[i], SERIES_CREATE);
		refused(paths[i], SERIES_WRITE);
	}
}

static void persists_accepts_paths_and_servers(void **state)
{
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	assert_int_equal(series_persists("growthstat.db", &e), 0);
	assert_int_equal(series_persists("./file:x.db", &e), 0);
	assert_int_equal(series_persists("/tmp/:memory:", &e), 0);
	assert_int_equal(series_persists("postgresql://gs@h/db", &e), 0);
	assert_int_equal(e.code, 0);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(not_stored_refused_for_writing),
		cmocka_unit_test(persists_accepts_paths_and_servers),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
