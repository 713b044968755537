/*
** test_chart_files.c: a chart's files written and gnuplot run on them
** (chart_files.c), with stand-in gnuplots (GROWTHSTAT_GNUPLOT): one not
** there, one that fails, one that draws nothing, one that draws. What
** each leaves on disk and the words of each outcome are written by hand
** from chart_files.h and the README ("Charts": the script is still
** written when gnuplot is missing or fails).
*/
#include "common.h" /* first: its feature macros (mkdtemp, setenv) */

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "reports/chart/chart_files.h"
#include "reports/chart/chart_load.h"

#define FX_NAME "chart-files"
#include "chart_fx.h"

static char dir[] = "/tmp/gs-chart-files-XXXXXX";
static char img[64], gp[64];

/* A stand-in gnuplot: a shell script with body, in dir. */
static void fake(const char *name, const char *body)
{
	char path[96];
	FILE *f;

	snprintf(path, sizeof(path), "%s/%s", dir, name);
	f = fopen(path, "w");
	assert_non_null(f);
	fprintf(f, "#!/bin/sh\n%s\n", body);
	fclose(f);
	assert_int_equal(chmod(path, 0755), 0);
	assert_int_equal(setenv("GROWTHSTAT_GNUPLOT", path, 1), 0);
}

static bool exists(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0;
}

/* Files in dir: the stand-ins, and what a draw left (no temporary
 * files: every output is put in place or taken away). */
static int files(void)
{
	DIR *d = opendir(dir);
	struct dirent *de;
	int n = 0;

	assert_non_null(d);
	while ((de = readdir(d)) != NULL)
		n += de->d_name[0] != '.';
	closedir(d);
	return n;
}

static char *slurp(const char *path)
{
	FILE *f = fopen(path, "rb");
	char *buf = xcalloc(1, 1 << 16);

	assert_non_null(f);
	assert_true(fread(buf, 1, (1 << 16) - 1, f) > 0);
	fclose(f);
	return buf;
}

/* Draw out (as the command does: the chart of series "out") into img and
 * gp; the result of chart_draw. */
static int draw(void **state, bool script_only, bool *missing,
		struct chart_gnuplot *g, struct gs_err *e)
{
	struct fx *f = *state;
	struct pb_opts pb = { 0 };
	struct rp_opts rp = { 0, 0.05 };
	struct chart_load_opts lo = { &rp, &pb, false, NULL, NULL };
	struct pb_chart pc = { 0 };
	char *keys[1] = { "out" };
	struct chart ch = { 0 };
	int rc;

	gs_err_clear(e);
	unlink(img);
	unlink(gp);
	assert_int_equal(chart_load(f->db, &lo, keys, 1, &ch, e), 0);
	pc.width = 1280;
	pc.height = 720;
	rc = chart_draw(ch.rs, ch.pb, ch.n, &pc, NULL, img, gp, script_only,
			missing, g, e);
	chart_free(&ch);
	return rc;
}

static int make_dir(void **state)
{
	assert_non_null(mkdtemp(dir));
	snprintf(img, sizeof(img), "%s/c.png", dir);
	snprintf(gp, sizeof(gp), "%s/c.gp", dir);
	return fill(state);
}

static int remove_dir(void **state)
{
	char cmd[96];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", dir);
	assert_int_equal(system(cmd), 0);
	return teardown(state);
}

static void test_script_only(void **state)
{
	struct chart_gnuplot g;
	struct gs_err e;
	bool missing = false;
	char *s;

	fake("never.sh", "exit 9");
	assert_int_equal(draw(state, true, &missing, &g, &e), 0);
	assert_true(exists(gp));
	assert_false(exists(img));
	assert_null(g.said);
	assert_int_equal(g.when, CHART_SAID_NONE);
	/* the script names the image as seen from its own directory */
	s = slurp(gp);
	assert_non_null(strstr(s, "c.png"));
	assert_null(strstr(s, dir));
	free(s);
	chart_gnuplot_free(&g);
	assert_int_equal(files(), 2);      /* never.sh, c.gp */
	unlink(gp);
}

/* A draw with the stand-in that fake() set: it returns rc with g.why
 * reading why (%s: the script's path), gnuplot's words said shown
 * when; the script is in place, the image is not. */
static void not_drawn(void **state, bool *missing, int rc,
		      const char *why, enum chart_said when, const char *said)
{
	struct chart_gnuplot g;
	struct gs_err e;
	char want[256];

	assert_int_equal(draw(state, false, missing, &g, &e), rc);
	assert_int_equal(g.rc, rc);
	snprintf(want, sizeof(want), why, gp);
	assert_string_equal(g.why.msg, want);
	assert_int_equal(g.when, when);
	if (said)
		assert_string_equal(g.said, said);
	assert_true(exists(gp));
	assert_false(exists(img));
	chart_gnuplot_free(&g);
	unlink(gp);
}

static void test_missing(void **state)
{
	struct chart_gnuplot g;
	struct gs_err e;
	bool missing = false;

	assert_int_equal(setenv("GROWTHSTAT_GNUPLOT", "/nonexistent/gp", 1), 0);
	not_drawn(state, &missing, GS_EX_UNAVAILABLE, "gnuplot not found "
		  "('/nonexistent/gp': No such file or directory); install "
		  "gnuplot or set GROWTHSTAT_GNUPLOT. The script is written: "
		  "%s", CHART_SAID_NONE, NULL);
	assert_true(missing);
	/* known missing: the next chart is only its script, and 0 */
	assert_int_equal(draw(state, false, &missing, &g, &e), 0);
	assert_null(g.said);
	assert_true(exists(gp));
	assert_false(exists(img));
	chart_gnuplot_free(&g);
	unlink(gp);
}

static void test_failed(void **state)
{
	bool missing = false;

	fake("fail.sh", "echo 'line 3: undefined variable: x' >&2; exit 3");
	not_drawn(state, &missing, GS_EX_UNAVAILABLE, "gnuplot failed on %s "
		  "(exit 3):", CHART_SAID_FAILURE,
		  "line 3: undefined variable: x\n");
	assert_false(missing);
	fake("kill.sh", "kill -9 $$");
	not_drawn(state, &missing, GS_EX_UNAVAILABLE, "gnuplot failed on %s "
		  "(signal 9):", CHART_SAID_FAILURE, "");
}

/* gnuplot says nothing of a failed write: an empty image is cut short
 * and not put in place; the script is. */
static void test_cut_short(void **state)
{
	bool missing = false;

	fake("empty.sh", "echo hm >&2");
	not_drawn(state, &missing, GS_EX_IOERR, "the image gnuplot wrote for "
		  "%s is cut short (a full disk?); nothing put in its place",
		  CHART_SAID_WARNINGS, "hm\n");
}

/* A stand-in that draws: it runs in the script's directory, reads the
 * script from descriptor 4 (kept as seen.gp) and writes the image to
 * descriptor 3; both are put in place. */
static void test_drawn(void **state)
{
	struct chart_gnuplot g;
	struct gs_err e;
	bool missing = false;
	char seen[96], *a, *b;

	fake("draw.sh", "[ \"$1 $2 $3\" = '-e outfile = \"/dev/fd/3\" "
	     "/dev/fd/4' ] || exit 7\ncat /dev/fd/4 >seen.gp\n"
	     "printf drawn >/dev/fd/3\necho 'warning: odd' >&2");
	assert_int_equal(draw(state, false, &missing, &g, &e), 0);
	assert_int_equal(g.rc, 0);
	assert_int_equal(g.when, CHART_SAID_WARNINGS);
	assert_string_equal(g.said, "warning: odd\n");
	a = slurp(img);
	assert_string_equal(a, "drawn");
	free(a);
	snprintf(seen, sizeof(seen), "%s/seen.gp", dir);
	a = slurp(gp);
	b = slurp(seen);
	assert_string_equal(a, b);
	free(a);
	free(b);
	chart_gnuplot_free(&g);
	unlink(seen);
	unlink(img);
	unlink(gp);
}

static void test_index(void **state)
{
	struct plot_index_entry x = { "a.b", "A", "RUB", "a.b.png", "a.b.gp",
				      NULL };
	char path[96], *s;
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	snprintf(path, sizeof(path), "%s/index.md", dir);
	assert_int_equal(chart_index_file(path, &x, 1, &e), 0);
	s = slurp(path);
	assert_true(strncmp(s, "# Charts\n\n1 chart by growthstat ", 32) == 0);
	assert_non_null(strstr(s, "![A](a.b.png)\n"));
	free(s);
	unlink(path);
	snprintf(path, sizeof(path), "%s/no/index.md", dir);
	assert_int_equal(chart_index_file(path, &x, 1, &e), -1);
	assert_false(exists(path));
}

/* The directory of --all: made when missing (not its parents), taken
 * when it is one, refused when it is a file. */
static void test_dir(void **state)
{
	char d[96], want[160];
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	snprintf(d, sizeof(d), "%s/charts", dir);
	assert_int_equal(chart_dir(d, &e), 0);
	assert_true(exists(d));
	assert_int_equal(chart_dir(d, &e), 0);
	assert_int_equal(rmdir(d), 0);
	snprintf(d, sizeof(d), "%s/no/charts", dir);
	assert_int_equal(chart_dir(d, &e), -1);
	assert_int_equal(e.code, GS_EX_CANTCREAT);
	snprintf(want, sizeof(want), "cannot create '%s': No such file or "
		 "directory", d);
	assert_string_equal(e.msg, want);
	snprintf(d, sizeof(d), "%s/draw.sh", dir);   /* a file */
	gs_err_clear(&e);
	assert_int_equal(chart_dir(d, &e), -1);
	snprintf(want, sizeof(want), "'%s' is not a directory", d);
	assert_string_equal(e.msg, want);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_script_only),
		cmocka_unit_test(test_missing),
		cmocka_unit_test(test_failed),
		cmocka_unit_test(test_cut_short),
		cmocka_unit_test(test_drawn),
		cmocka_unit_test(test_index),
		cmocka_unit_test(test_dir),
	};

	return cmocka_run_group_tests(tests, make_dir, remove_dir);
}
