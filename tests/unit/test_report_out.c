/*
** test_report_out.c: the two page formats of `growthstat report`
** (reports/report/out.h) called directly: HTML verdict cells with their
** sign and class, observation references as links to the figures' rows,
** row anchors; Markdown tables with right-aligned numbers, failing
** verdicts in bold, cells that cannot end themselves. Expected text is
** written by hand from out.h, html.c's and md.c's rules and text.h.
*/
#define _POSIX_C_SOURCE 200809L /* open_memstream */

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "reports/report/out.h"

static const char *const head[] = { "n", "verdict", "observations" };

/* A table of head[] (column 0 numbers, 1 a verdict, 2 references to
 * key's figures) and one row of cells as observation obs, in format f. */
static char *table(const struct ro_ops *f, const char *const *cells,
		   size_t obs)
{
	struct ro_table t = { .caption = "C", .head = head, .ncols = 3,
		.right = 1UL << 0, .verdict = 1UL << 1, .refs = 1UL << 2,
		.key = "g.a" };
	char *buf = NULL;
	size_t n = 0;
	FILE *out = open_memstream(&buf, &n);

	assert_non_null(out);
	f->table(out, &t);
	f->row(out, &t, cells, obs);
	f->table_end(out, &t);
	fclose(out);
	return buf;
}

static void has(const char *page, const char *want)
{
	if (strstr(page, want) == NULL)
		fail_msg("lacks \"%s\" in:\n%s", want, page);
}

/* Failing verdicts are bad (✗), passing ones good (✓), uncertain ones
 * unsure (?): a sign as well as a tint, for grey print. */
static void test_html_verdicts(void **state)
{
	static const struct { const char *v, *td; } want[] = {
		{ "behind", "<td class=\"v bad\">\u2717 behind</td>" },
		{ "inconsistent",
		  "<td class=\"v bad\">\u2717 inconsistent</td>" },
		{ "ahead", "<td class=\"v good\">\u2713 ahead</td>" },
		{ "on track", "<td class=\"v good\">\u2713 on track</td>" },
		{ "consistent", "<td class=\"v good\">\u2713 consistent</td>" },
		{ "uncertain", "<td class=\"v unsure\">? uncertain</td>" },
		{ "n/a", "<td class=\"v \">n/a</td>" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(want); i++) {
		const char *c[3] = { "1", want[i].v, "" };
		char *page = table(&ro_html, c, 0);

		has(page, want[i].td);
		free(page);
	}
}

/* "#1 #3" of g.a link to the rows o-<id of g.a>-1 and -3: the id keeps
 * letters and digits and writes '.' as "-2e"; observation 2's row is
 * the anchor o-g-2ea-2. The numbers' cell is right-aligned and short
 * (kept on one line). */
static void test_html_refs(void **state)
{
	const char *c[3] = { "12.5", "ahead", "#1 #3" };
	char *page = table(&ro_html, c, 2);

	(void)state;
	has(page, "<caption>C</caption>\n<thead><tr><th scope=\"col\">n</th>"
	    "<th scope=\"col\">verdict</th><th scope=\"col\">observations"
	    "</th></tr></thead>\n<tbody>\n");
	has(page, "<tr id=\"o-g-2ea-2\"><td class=\"n nw\">12.5</td>");
	has(page, "<a href=\"#o-g-2ea-1\">#1</a> <a href=\"#o-g-2ea-3\">#3</a>"
	    "</td></tr>\n</tbody>\n</table>\n");
	free(page);
}

/* Markdown: the caption in bold, numbers right-aligned (---:), failing
 * verdicts in bold, a NULL cell empty, | and line breaks in a cell
 * escaped and folded, links left as the text "#1". */
static void test_md_table(void **state)
{
	const char *c1[3] = { "1|2", "behind", "#1\r\n#2" };
	const char *c2[3] = { NULL, "ahead", "x" };
	char *a = table(&ro_md, c1, 1), *b = table(&ro_md, c2, 0);

	(void)state;
	has(a, "\n**C**\n\n| n | verdict | observations |\n"
	    "| ---: | --- | --- |\n| 1\\|2 | **behind** | \\#1 \\#2 |\n");
	has(b, "|  | ahead | x |\n");
	free(a);
	free(b);
}

/* A Markdown heading's text cannot add to its level or start a list. */
static void test_md_heading(void **state)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *out = open_memstream(&buf, &n);

	(void)state;
	assert_non_null(out);
	ro_md.heading(out, 1, "# t", NULL, false);
	ro_md.heading(out, 3, "k.*", "k", false);
	ro_html.heading(out, 2, "g", "g.x", true);
	fclose(out);
	assert_string_equal(buf, "# \\# t\n\n### k.\\*\n"
			    "<h2 id=\"g-g-2ex\">g</h2>\n");
	free(buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html_verdicts),
		cmocka_unit_test(test_html_refs),
		cmocka_unit_test(test_md_table),
		cmocka_unit_test(test_md_heading),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
