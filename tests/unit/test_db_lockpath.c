/*
** test_db_lockpath.c: series_lock_path, where the ingest lock of a --db
** lives (issue 17: collector/lock.c no longer reads the path itself).
** Expected names are spelled out from the rule: "REAL.lock" beside the
** database's real path when it exists (a symlink's target), the path as
** given plus ".lock" while it does not, none for a server URI. The scratch
** directory is made under /tmp, which is taken to be no symlink itself.
*/
#include "series/series.h" /* first: common.h sets the feature macros */

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char dir[64];

static void lock_is(const char *db_path, const char *want)
{
	char *got = series_lock_path(db_path);

	if (want == NULL) {
		assert_null(got);
		return;
	}
	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

static void existing_file_and_symlink(void **state)
{
	char db[128], link[128], want[160];
	FILE *f;

	(void)state;
	snprintf(db, sizeof(db), "%s/real.db", dir);
	snprintf(link, sizeof(link), "%s/link.db", dir);
	snprintf(want, sizeof(want), "%s/real.db.lock", dir);
	f = fopen(db, "w");
	assert_non_null(f);
	fclose(f);
	assert_int_equal(symlink("real.db", link), 0);
	lock_is(db, want);
	lock_is(link, want); /* one lock, whichever name is used */
	unlink(link);
	unlink(db);
}

static void missing_file_keeps_its_name(void **state)
{
	char db[128], want[160];

	(void)state;
	snprintf(db, sizeof(db), "%s/none.db", dir);
	snprintf(want, sizeof(want), "%s/none.db.lock", dir);
	lock_is(db, want);
	lock_is("no-such-dir/x.db", "no-such-dir/x.db.lock");
}

static void server_has_no_lock_file(void **state)
{
	(void)state;
	lock_is("postgresql://gs@localhost:5432/db", NULL);
	lock_is("postgres://h/db", NULL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(existing_file_and_symlink),
		cmocka_unit_test(missing_file_keeps_its_name),
		cmocka_unit_test(server_has_no_lock_file),
	};
	int rc;

	snprintf(dir, sizeof(dir), "/tmp/gs-lockpath-XXXXXX");
	if (mkdtemp(dir) == NULL)
		return 1;
	rc = cmocka_run_group_tests(tests, NULL, NULL);
	rmdir(dir);
	return rc;
}
