/*
** test_outfile.c: the mode of a file growthstat writes (outfile.c), while
** it is written and once it is in place. A private output (a reject CSV,
** candidates of a 0600 text) must never be open to others, not even for
** the moment between creating the temporary name and narrowing its mode:
** another user watching the directory could open it then and read the
** rows later. The expected modes follow from the rule: 0600 while
** written; at commit 0666 less the umask, less for group and others what
** the source lacks.
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
#include <sys/stat.h>
#include <unistd.h>

#include "common.h"

static unsigned mode_of_fd(void *fp)
{
	struct stat sb;

	assert_int_equal(fstat(fileno((FILE *)fp), &sb), 0);
	return (unsigned)sb.st_mode & 0777u;
}

static unsigned mode_of(const char *path)
{
	struct stat sb;

	assert_int_equal(stat(path, &sb), 0);
	return (unsigned)sb.st_mode & 0777u;
}

static void write_one(const char *path, int private_src, unsigned src_mode,
		      unsigned *while_open, unsigned *placed)
{
	struct gs_out o;
	struct gs_err e = { 0 };

	unlink(path);
	assert_int_equal(gs_out_open(&o, path, false, &e), 0);
	if (private_src)
		assert_int_equal(gs_out_private_as(&o, src_mode), 0);
	*while_open = mode_of_fd(o.fp);
	fputs("x\n", (FILE *)o.fp);
	assert_int_equal(gs_out_commit(&o, &e), 0);
	*placed = mode_of(path);
	unlink(path);
}

static void test_modes(void **state)
{
	char dir[] = "/tmp/gs-outfile-XXXXXX", path[64];
	unsigned during, after;
	mode_t old = umask(022);

	(void)state;
	assert_non_null(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/out.csv", dir);

	/* an ordinary output: 0600 while written, 0644 in place */
	write_one(path, 0, 0, &during, &after);
	assert_int_equal(during, 0600u);
	assert_int_equal(after, 0644u);

	/* from a 0600 source: 0600 throughout (before the fix: 0644 while
	 * written, narrowed only after creation) */
	write_one(path, 1, 0600u, &during, &after);
	assert_int_equal(during, 0600u);
	assert_int_equal(after, 0600u);

	/* from a 0640 source: group may read, others not */
	write_one(path, 1, 0640u, &during, &after);
	assert_int_equal(during, 0600u);
	assert_int_equal(after, 0640u);

	/* the umask still decides the owner's and the widest modes */
	umask(077);
	write_one(path, 0, 0, &during, &after);
	assert_int_equal(after, 0600u);
	umask(old);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_modes),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
