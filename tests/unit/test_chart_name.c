/*
** test_chart_name.c: the names of chart files (chart_name.c): one
** chart's image and script from -o, --script, --svg and the key, and the
** files of `chart --all`, one unique base per series whatever its key
** (slashes, dots, leading dashes, non-ASCII, keys that map to one name).
** Every expected name is written by hand from the rules in chart_name.h
** and plot.h (plot_safe_name: [A-Za-z0-9_] kept, '.' and '-' kept but
** not first, any other byte '_').
*/
#include "common.h" /* first: its feature macros (mkdtemp) */

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

#include "reports/chart/chart_name.h"

static int paths(const char *output, const char *script, const char *key,
		 bool svg, struct chart_paths *p, struct gs_err *e)
{
	gs_err_clear(e);
	return chart_paths(output, script, key, svg, NULL, p, e);
}

static void test_default_names(void **state)
{
	struct chart_paths p;
	struct gs_err e;

	(void)state;
	assert_int_equal(paths(NULL, NULL, "moscow.pharma.output", false, &p,
			       &e), 0);
	assert_string_equal(p.out, "moscow.pharma.output.png");
	assert_string_equal(p.script, "moscow.pharma.output.gp");
	assert_false(p.svg);
	assert_false(p.pdf);
	assert_int_equal(paths(NULL, NULL, "moscow.pharma.output", true, &p,
			       &e), 0);
	assert_string_equal(p.out, "moscow.pharma.output.svg");
	assert_string_equal(p.script, "moscow.pharma.output.gp");
	assert_true(p.svg);
	/* a key is never a path: '/' and a leading '.' or '-' become '_' */
	assert_int_equal(paths(NULL, NULL, "../../etc/passwd", false, &p, &e),
			 0);
	assert_string_equal(p.out, "_._.._etc_passwd.png");
	assert_string_equal(p.script, "_._.._etc_passwd.gp");
	assert_int_equal(paths(NULL, NULL, "-rf", false, &p, &e), 0);
	assert_string_equal(p.out, "_rf.png");
}

static void test_given_names(void **state)
{
	struct chart_paths p;
	struct gs_err e;

	(void)state;
	/* the script is the image's name with .gp for .png, .svg, .pdf */
	assert_int_equal(paths("/tmp/l10x/c.pdf", NULL, "k", false, &p, &e), 0);
	assert_string_equal(p.out, "/tmp/l10x/c.pdf");
	assert_string_equal(p.script, "/tmp/l10x/c.gp");
	assert_true(p.pdf);
	assert_false(p.svg);
	assert_int_equal(paths("c.svg", NULL, "k", false, &p, &e), 0);
	assert_string_equal(p.script, "c.gp");
	assert_true(p.svg);
	/* any other ending is kept, .gp added */
	assert_int_equal(paths("chart.jpeg", NULL, "k", false, &p, &e), 0);
	assert_string_equal(p.script, "chart.jpeg.gp");
	assert_false(p.svg);
	assert_int_equal(paths("a.png", "s.gp", "k", true, &p, &e), 0);
	assert_string_equal(p.out, "a.png");
	assert_string_equal(p.script, "s.gp");
	assert_true(p.svg);    /* --svg given: the name does not decide */
}

static void test_refused(void **state)
{
	struct chart_paths p;
	struct gs_err e;

	(void)state;
	assert_int_equal(paths("c.pdf", NULL, "k", true, &p, &e), -1);
	assert_int_equal(e.code, GS_EX_USAGE);
	assert_string_equal(e.msg, "--svg and a .pdf output: choose one");
	assert_int_equal(paths("/tmp", NULL, "k", false, &p, &e), -1);
	assert_string_equal(e.msg, "--output: '/tmp' is a directory");
	assert_int_equal(paths("a.png", "|cat", "k", false, &p, &e), -1);
	assert_string_equal(e.msg, "--script: a path may not begin with '|' "
			    "(gnuplot would run it as a command)");
	assert_int_equal(paths(NULL, "x\ny.gp", "k", false, &p, &e), -1);
	assert_string_equal(e.msg, "--script: control character in path");
}

static size_t add(struct chart_batch *b, const char *key)
{
	struct series_info si = { 0 };

	si.key = (char *)key;
	si.name = "Name";
	si.sym = "RUB";
	return chart_batch_add(b, &si);
}

/* Keys in the order series_list gives them; each base is the key's safe
 * name, else that name with -2, -3 ... the first not yet taken. */
static void test_batch_names(void **state)
{
	static const char *const t[][2] = {
		{ "a/b", "a_b" },
		{ "a b", "a_b-2" },
		{ "a_b", "a_b-3" },
		{ "a_b-2", "a_b-2-2" },      /* its own name is taken */
		{ ".hidden", "_hidden" },
		{ "-lead", "_lead" },
		{ "_lead", "_lead-2" },
		{ "--", "_-" },
		{ "x.y.", "x.y." },
		{ "\xd0\xbc\xd0\xbb\xd1\x80\xd0\xb4", "________" }, /* млрд */
		{ "\xd0\xbc\xd0\xbe\xd1\x89\xd0\xbd", "________-2" }, /* мощн */
		{ "k\xff", "k_" },
	};
	struct chart_batch b;
	size_t i;

	(void)state;
	chart_batch_init(&b, "charts", false);
	for (i = 0; i < GS_ARRAY_LEN(t); i++) {
		size_t k = add(&b, t[i][0]);
		char out[64], script[64];

		assert_int_equal(k, i);
		assert_string_equal(b.it[k].base, t[i][1]);
		snprintf(out, sizeof(out), "charts/%s.png", t[i][1]);
		snprintf(script, sizeof(script), "charts/%s.gp", t[i][1]);
		assert_string_equal(b.it[k].out, out);
		assert_string_equal(b.it[k].script, script);
		assert_string_equal(b.ix[k].key, t[i][0]);
		assert_null(b.ix[k].image);    /* not charted until drawn */
	}
	assert_int_equal(b.n, GS_ARRAY_LEN(t));
	assert_int_equal(chart_batch_charted(&b), 0);
	chart_batch_free(&b);
	assert_int_equal(b.n, 0);
}

/* A key longer than a base may be is cut at 159 bytes; two keys that
 * agree so far share the cut name, so the second gets -2. */
static void test_batch_long(void **state)
{
	char k1[201], k2[201], want[170];
	struct chart_batch b;

	(void)state;
	memset(k1, 'k', 200);
	k1[200] = '\0';
	memcpy(k2, k1, sizeof(k2));
	k2[199] = 'z';
	chart_batch_init(&b, "d", true);
	add(&b, k1);
	add(&b, k2);
	memset(want, 'k', 159);
	want[159] = '\0';
	assert_string_equal(b.it[0].base, want);
	strcat(want, "-2");
	assert_string_equal(b.it[1].base, want);
	assert_int_equal(strlen(b.it[1].out), strlen("d/") + 161 + 4);
	assert_string_equal(b.it[1].out + 2 + 161, ".svg");
	chart_batch_free(&b);
}

/* Names depend on the keys alone: files already in DIR (an older run's
 * chart, a stranger's file) are replaced by name, not avoided; what
 * cannot be replaced (a directory) is refused. The index is
 * DIR/index.md. */
static void test_batch_existing(void **state)
{
	char dir[] = "/tmp/gs-chart-name-XXXXXX", f[64], d[64], want[96];
	char *index;
	struct chart_batch b;
	struct gs_err e;
	FILE *fp;

	(void)state;
	gs_err_clear(&e);
	assert_non_null(mkdtemp(dir));
	snprintf(f, sizeof(f), "%s/a.png", dir);
	fp = fopen(f, "w");
	assert_non_null(fp);
	fclose(fp);
	chart_batch_init(&b, dir, false);
	add(&b, "a");
	add(&b, "b");
	assert_string_equal(b.it[0].out, f);
	assert_string_equal(b.it[0].base, "a");
	assert_int_equal(chart_batch_check(&b, 0, NULL, &e), 0);
	/* a directory where b's image would go: b is refused, by name */
	snprintf(d, sizeof(d), "%s/b.png", dir);
	assert_int_equal(mkdir(d, 0755), 0);
	assert_int_equal(chart_batch_check(&b, 1, NULL, &e), -1);
	assert_int_equal(e.code, GS_EX_USAGE);
	snprintf(want, sizeof(want), "--dir: '%s' is a directory", d);
	assert_string_equal(e.msg, want);
	index = chart_batch_index(&b);
	snprintf(want, sizeof(want), "%s/index.md", dir);
	assert_string_equal(index, want);
	free(index);
	chart_batch_free(&b);
	rmdir(d);
	unlink(f);
	rmdir(dir);
}

/* What index.md says of each series: image and script beside it when
 * drawn, else why not (without the leading "KEY: " a message has). */
static void test_batch_entries(void **state)
{
	struct chart_batch b;

	(void)state;
	chart_batch_init(&b, "out/c", true);
	add(&b, "a.b");
	add(&b, "c/d");
	add(&b, "e");
	add(&b, "f");
	chart_batch_drawn(&b, 0, NULL);
	chart_batch_drawn(&b, 1, "c/d: needs two figures");
	chart_batch_failed(&b, 2, "e: nothing to draw");
	chart_batch_refused(&b, 3, "f: --dir: 'out/c/f.svg' is a directory");
	assert_string_equal(b.ix[0].image, "a.b.svg");
	assert_string_equal(b.ix[0].script, "a.b.gp");
	assert_null(b.ix[0].note);
	assert_string_equal(b.ix[1].image, "c_d.svg");
	assert_string_equal(b.ix[1].script, "c_d.gp");
	assert_string_equal(b.ix[1].note, "no projection: needs two figures");
	assert_null(b.ix[2].image);
	assert_null(b.ix[2].script);
	assert_string_equal(b.ix[2].note, "nothing to draw");
	assert_null(b.ix[3].image);
	/* refused: the message as the path check gave it */
	assert_string_equal(b.ix[3].note, "f: --dir: 'out/c/f.svg' is a "
			    "directory");
	assert_string_equal(b.ix[1].name, "Name");
	assert_string_equal(b.ix[1].unit, "RUB");
	assert_int_equal(chart_batch_charted(&b), 2);
	chart_batch_free(&b);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_default_names),
		cmocka_unit_test(test_given_names),
		cmocka_unit_test(test_refused),
		cmocka_unit_test(test_batch_names),
		cmocka_unit_test(test_batch_long),
		cmocka_unit_test(test_batch_existing),
		cmocka_unit_test(test_batch_entries),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
