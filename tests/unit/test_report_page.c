/*
** test_report_page.c: the page of `growthstat report` from the library
** (reports/report/page.h, data.h), without the command: figures stored in
** a throw-away SQLite database, gathered with rd_gather, written with
** rpage_write. Expected rows are worked out by hand from README's
** promises (the verdict summary, targets judged against the trend of
** three or more figures with a 5 % tolerance, claims against their
** ends) and the escaping rules of text.h, never copied from a run.
*/
#define _POSIX_C_SOURCE 200809L /* open_memstream, setenv */

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
#include "reports/report/page.h"
#include "report_fx.h"

struct fx {
	char path[64];
	struct series_db *db;
	struct rd_report r;
	char *page;                  /* the page written, NUL-terminated */
	int warned;                  /* charts not drawn, as told */
};

/* A database of rows[0..n) and its report, every series. */
static struct fx *fx_new(const struct row *rows, size_t n)
{
	static int made;              /* files, one per database */
	struct fx *f = calloc(1, sizeof(*f));
	struct rp_opts rp = { 0, 0.05 };
	struct proj_opts p = { 0 };
	struct rd_opts o;
	struct gs_err e;

	assert_non_null(f);
	gs_err_clear(&e);
	snprintf(f->path, sizeof(f->path), "/tmp/gs-test-rpage-%ld-%d.db",
		 (long)getpid(), made++);
	f->db = fx_db_new(f->path, rows, n);
	p.level = 0.95;
	rd_opts_init(&o, &rp, &p, NULL, 0);
	assert_int_equal(rd_gather(f->db, &o, &f->r, &e), 0);
	return f;
}

static void fx_free(struct fx *f)
{
	rd_free(&f->r);
	series_close(f->db);
	fx_unlink_db(f->path);
	free(f->page);
	free(f);
}

static void count_warning(void *arg, const struct gs_err *e)
{
	struct fx *f = arg;

	assert_true(e->msg[0] != '\0');
	f->warned++;
}

/* The page of f's report in the format ops, into f->page. */
static struct rpage *written(struct fx *f, const struct ro_ops *ops,
			     const char *title, struct rpage *pg)
{
	size_t n = 0;

	setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
	rpage_init(pg, &f->r, ops, title, "/db/path");
	pg->warn = count_warning;
	pg->warn_arg = f;
	free(f->page);
	f->page = NULL;
	pg->out = open_memstream(&f->page, &n);
	assert_non_null(pg->out);
	rpage_write(pg);
	fclose(pg->out);
	pg->out = NULL;
	return pg;
}

static void has(const struct fx *f, const char *line)
{
	if (strstr(f->page, line) == NULL)
		fail_msg("the page lacks \"%s\"; it is:\n%s", line, f->page);
}

static void lacks(const struct fx *f, const char *text)
{
	if (strstr(f->page, text) != NULL)
		fail_msg("the page has \"%s\"", text);
}

/*
** A group of two series with a target each, and a claim:
**   g.a 100, 200, 400 jobs in 2020-2022: CAGR 100 %; the 2025 target of
**       5,000: the trend gives 400 * 2^3 = 3,200, below 5,000 less 5 %:
**       behind. The claim "3 times 2022 against 2020": the figures give
**       400 / 100 = 4: inconsistent.
**   g.b 10, 20, 40 jobs: the 2024 target of 100: 40 * 2^2 = 160, above
**       100 plus 5 %: the trend says ahead; but the figures' release
**       (2025-01-01, report_fx.h) comes after 2024 with no figure for
**       it: "no figure yet" (check.h, targets whose date has passed).
** Both trends rest on three reported figures, so neither is uncertain.
*/
static const struct row two[] = {
	{ "g.a", "2020", "level", 100, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "g.a", "2021", "level", 200, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "g.a", "2022", "level", 400, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "g.a", "2025", "target", 5000, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "g.a", "2022", "multiple", 3, "times", "2020", NULL, NULL, NULL,
	  NULL },
	{ "g.b", "2020", "level", 10, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "g.b", "2021", "level", 20, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "g.b", "2022", "level", 40, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "g.b", "2024", "target", 100, "jobs", NULL, NULL, NULL, NULL, NULL },
};

static void test_verdict_summary(void **state)
{
	struct fx *f = fx_new(two, GS_ARRAY_LEN(two));
	struct rpage pg;

	(void)state;
	assert_int_equal(f->r.n, 2);
	assert_int_equal(f->r.figures, 9);
	written(f, &ro_md, NULL, &pg);
	has(f, "# growthstat report\n");
	has(f, "\n| generated | 2023-11-14 22:13 UTC |\n");
	has(f, "\n| database | /db/path |\n");
	has(f, "\n| series | 2 |\n");
	has(f, "\n| figures | 9 |\n");
	/* the counts, claims first, failing verdicts in bold */
	has(f, "| checks | verdict | count |\n| --- | --- | ---: |\n"
	    "| claims | **inconsistent** | 1 |\n"
	    "| claims | consistent | 0 |\n"
	    "| targets | **behind** | 1 |\n"
	    "| targets | uncertain | 0 |\n"
	    "| targets | no figure yet | 1 |\n"
	    "| targets | on track | 0 |\n"
	    "| targets | ahead | 0 |\n"
	    "| targets | n/a | 0 |\n");
	/* what fails: g.a's claim, then its target; g.b's ahead is not */
	has(f, "**What fails**\n\n| series | check | verdict | what |\n"
	    "| --- | --- | --- | --- |\n"
	    "| g.a | claim | **inconsistent** | 3.00× from 2020 to 2022; "
	    "the figures give 4.00× |\n"
	    "| g.a | target | **behind** | 5,000 jobs by 2025; the trend "
	    "gives 3,200 jobs |\n\n");
	/* one group, g.*, of two series */
	has(f, "\n## g.\\*\n\n2 series.\n");
	has(f, "\n### g.a\n");
	has(f, "\n### g.b\n");
	fx_free(f);
}

/*
** g.b's rows. Growth over its window: 2020 to 2022, two years, 4.00x,
** +300 %, CAGR 100 %. Its target: 100 by 2024 from the latest, 40 in 2022
** (t = 2023.0, the end of 2022), requires (100 / 40)^(1/2) - 1 = 58.114 %
** a year; the trend projects 40 * 2^2 = 160 and crosses 100 at
** t = 2023 + log2(2.5) = 2024.32, in the year 2024; exact: no interval.
*/
static void test_target_row(void **state)
{
	struct fx *f = fx_new(two, GS_ARRAY_LEN(two));
	struct rpage pg;

	(void)state;
	written(f, &ro_md, NULL, &pg);
	has(f, "| 2020: 10 jobs | 2022: 40 jobs | 2 | 4.00× | 300 % | "
	    "100.000 % |");
	/* the target: 100 by 2024 from 40 in 2022, ahead by the trend, no
	 * figure yet after the 2025-01-01 release */
	has(f, "| 100 jobs | 2024 | 2022: 40 jobs | 58.114 % | 100.000 % | "
	    "160 jobs |  | 2024 | no figure yet | no figure for 2024 yet; "
	    "the trend says ahead |");
	fx_free(f);
}

/*
** Every text of the user's on the HTML page goes through rt_html: the
** title, a key, a name (also the description here), a source and a
** note, each holding a tag, both quotes and an ampersand; CR LF is one
** space. Not one "<i>" may reach the page as markup.
*/
static const struct row hostile[] = {
	{ "h.<i>&\"'k", "2020", "level", 1, "jobs", NULL, "<i>S\"'&",
	  "<i>T</i>\"'&\r\nx", "<i>N&\"'", NULL },
	{ "h.<i>&\"'k", "2021", "level", 2, "jobs", NULL, NULL, NULL, NULL,
	  NULL },
};

static void test_html_escapes(void **state)
{
	struct fx *f = fx_new(hostile, GS_ARRAY_LEN(hostile));
	struct rpage pg;

	(void)state;
	setenv("GROWTHSTAT_GNUPLOT", "/nonexistent/gnuplot", 1);
	written(f, &ro_html, "<i>T&\"'", &pg);
	unsetenv("GROWTHSTAT_GNUPLOT");
	lacks(f, "<i>");
	lacks(f, "\r");
	has(f, "<title>&lt;i&gt;T&amp;&quot;&#39;</title>");
	has(f, "<h1>&lt;i&gt;T&amp;&quot;&#39;</h1>");
	has(f, ">h.&lt;i&gt;&amp;&quot;&#39;k: "
	    "&lt;i&gt;N&amp;&quot;&#39;</h3>");
	has(f, "<p>Unit: jobs. &lt;i&gt;N&amp;&quot;&#39;</p>");
	has(f, ">&lt;i&gt;S&quot;&#39;&amp;</td>");
	has(f, ">&lt;i&gt;T&lt;/i&gt;&quot;&#39;&amp; x</td>");
	/* the chart could not be drawn: said on the page, told once */
	has(f, "<p>Chart not drawn (h.&lt;i&gt;&amp;&quot;&#39;k: "
	    "&lt;i&gt;N&amp;&quot;&#39;): gnuplot not found");
	assert_int_equal(f->warned, 1);
	assert_int_equal(pg.chart_rc, GS_EX_UNAVAILABLE);
	assert_int_equal(pg.ncharts, 0);
	fx_free(f);
}

/*
** A series with one figure and nothing to judge: no chart (not even an
** attempt: no "Chart not drawn", no warning), one row of the group's
** "Series with one figure", whose Markdown cells escape | and fold a line
** break, so the text can neither end a cell nor the row.
*/
static const struct row one[] = {
	{ "m.one", "2024", "level", 7, "jobs", NULL, "s|3", "n|1\nx*y",
	  NULL, NULL },
};

static void test_one_figure(void **state)
{
	struct fx *f = fx_new(one, GS_ARRAY_LEN(one));
	struct rpage pg;

	(void)state;
	assert_int_equal(f->r.n, 1);
	assert_false(rd_chartable(&f->r.v[0]));
	setenv("GROWTHSTAT_GNUPLOT", "/nonexistent/gnuplot", 1);
	written(f, &ro_html, NULL, &pg);
	unsetenv("GROWTHSTAT_GNUPLOT");
	lacks(f, "<figure");
	lacks(f, "Chart not drawn");
	assert_int_equal(f->warned, 0);
	assert_int_equal(pg.chart_rc, 0);
	has(f, "<caption>Series with one figure</caption>");
	written(f, &ro_md, NULL, &pg);
	has(f, "\n**Series with one figure**\n\n"
	    "| series | period | kind | value | as of | source | note |\n"
	    "| --- | --- | --- | ---: | --- | --- | --- |\n"
	    "| m.one | 2024 | level | 7 jobs | 2025-01-01 | s\\|3 | "
	    "n\\|1 x\\*y |\n");
	lacks(f, "### m.one");
	fx_free(f);
}

/* Two figures make a series chartable (README: a chart per unit of the
 * series with two or more figures or a target). */
static void test_chartable(void **state)
{
	struct fx *f = fx_new(two, GS_ARRAY_LEN(two));

	(void)state;
	assert_true(rd_chartable(&f->r.v[0]));
	assert_true(rd_chartable(&f->r.v[1]));
	fx_free(f);
}

/* --format wins; else .md is Markdown and anything else HTML. */
static void test_format(void **state)
{
	(void)state;
	assert_ptr_equal(rpage_format("md", "page.html"), &ro_md);
	assert_ptr_equal(rpage_format("html", "page.md"), &ro_html);
	assert_ptr_equal(rpage_format(NULL, "out/page.md"), &ro_md);
	assert_ptr_equal(rpage_format(NULL, "page.html"), &ro_html);
	assert_ptr_equal(rpage_format(NULL, "page.md.html"), &ro_html);
	assert_ptr_equal(rpage_format(NULL, "-"), &ro_html);
}

/* $SOURCE_DATE_EPOCH fixes the time when it is a whole number of
 * seconds; anything else is ignored. */
static void test_now(void **state)
{
	time_t t0;

	(void)state;
	setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
	assert_true(rpage_now() == (time_t)1700000000);
	setenv("SOURCE_DATE_EPOCH", "17e8", 1);
	t0 = time(NULL);
	assert_true(rpage_now() >= t0);
	setenv("SOURCE_DATE_EPOCH", "-5", 1);
	assert_true(rpage_now() >= t0);
	unsetenv("SOURCE_DATE_EPOCH");
}

/*
** verdicts_judge, the one judge of check and report, on a series alone:
** g.a's target behind (3,200 projected against 5,000) and its claim
** inconsistent (4x against 3x); a series whose first figure is zero has
** no CAGR trend, and its target says why (README: "no trend from 4
** figures: CAGR undefined: start value is zero"), without the key.
*/
static const struct row zero[] = {
	{ "z.z", "2020", "level", 0, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "z.z", "2022", "level", 5, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "z.z", "2024", "level", 6, "jobs", NULL, NULL, NULL, NULL, NULL },
	{ "z.z", "2030", "target", 50, "jobs", NULL, NULL, NULL, NULL, NULL },
};

static void judged(const struct fx *f, const char *key, struct rp_series *s,
		   struct verdicts *v)
{
	struct claim_tol ct = { 0.05, 1, 0.05 };
	struct rp_opts rp = { 0, 0.05 };
	struct proj_opts p = { 0 };
	struct gs_err e;

	gs_err_clear(&e);
	p.level = 0.95;
	assert_int_equal(rp_load(f->db, key, &rp, s, &e), 0);
	verdicts_judge(s, &p, 0.05, &ct, v);
}

static void test_verdicts(void **state)
{
	struct fx *f = fx_new(two, GS_ARRAY_LEN(two));
	struct fx *z = fx_new(zero, GS_ARRAY_LEN(zero));
	struct rp_series s;
	struct verdicts v;

	(void)state;
	judged(f, "g.a", &s, &v);
	assert_true(v.have_pj);
	assert_int_equal(v.ntv, 1);
	assert_int_equal(v.tv[0].verdict, V_BEHIND);
	assert_true(v.tv[0].projected.v == 3200);
	assert_int_equal(v.ncv, 1);
	assert_int_equal(v.cv[0].verdict, V_INCONSISTENT);
	assert_true(v.cv[0].actual.v == 4);
	verdicts_free(&v);
	rp_free(&s);
	judged(z, "z.z", &s, &v);
	assert_false(v.have_pj);
	assert_null(strstr(v.pj_why, "z.z"));
	assert_int_equal(v.ntv, 1);
	assert_int_equal(v.tv[0].verdict, V_UNCERTAIN);
	if (strncmp(v.tv[0].note, "no trend from 3 figures: ", 25) != 0 ||
	    strstr(v.tv[0].note, "start value is zero") == NULL)
		fail_msg("note: %s", v.tv[0].note);
	verdicts_free(&v);
	rp_free(&s);
	fx_free(z);
	fx_free(f);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_verdict_summary),
		cmocka_unit_test(test_target_row),
		cmocka_unit_test(test_html_escapes),
		cmocka_unit_test(test_one_figure),
		cmocka_unit_test(test_chartable),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_now),
		cmocka_unit_test(test_verdicts),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
