/*
** test_report_text.c: the escaping of data text into the report page
** (reports/report/text.h). Expected strings are written out by hand from
** the rules in report/text.h; base64 from the test vectors of RFC 4648
** section 10.
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

#include "reports/report/text.h"

/* What fn writes for s, as a new string. */
static char *written(void (*fn)(FILE *, const char *), const char *s)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);

	assert_non_null(f);
	fn(f, s);
	fclose(f);
	return buf;
}

static void expect(void (*fn)(FILE *, const char *), const char *in,
		   const char *want)
{
	char *got = written(fn, in);

	assert_string_equal(got, want);
	free(got);
}

static void test_html(void **state)
{
	(void)state;
	expect(rt_html, "plain text", "plain text");
	expect(rt_html, "<script>alert(\"x\")</script>",
	       "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
	expect(rt_html, "a & b's", "a &amp; b&#39;s");
	expect(rt_html, "&amp;", "&amp;amp;");
	/* a run of controls (CR LF TAB ESC) is one space */
	expect(rt_html, "line1\r\n\t\x1b[31mred", "line1 [31mred");
	/* C1 control U+0085 (0xC2 0x85) and DEL */
	expect(rt_html, "a\xc2\x85" "b\x7f" "c", "a b c");
	/* bidirectional overrides, embeddings and isolates (U+202E, U+202A,
	 * U+2066, U+2069) reorder what follows: a space too; the marks
	 * U+200F and U+061C, which reorder nothing after them, stay */
	expect(rt_html, "x\xe2\x80\xaey\xe2\x80\xaa\xe2\x81\xa6z\xe2\x81\xa9",
	       "x y z ");
	expect(rt_html, "a\xe2\x80\x8f\xd8\x9c" "b", "a\xe2\x80\x8f\xd8\x9c" "b");
	/* cut short, it is no control but bytes that are not UTF-8 */
	expect(rt_html, "a\xe2\x80", "a\xef\xbf\xbd\xef\xbf\xbd");
	/* not UTF-8: a lone continuation byte, a truncated sequence, an
	 * overlong '<' (0xC0 0xBC) */
	expect(rt_html, "x\x80y", "x\xef\xbf\xbdy");
	expect(rt_html, "x\xe2\x82", "x\xef\xbf\xbd\xef\xbf\xbd");
	expect(rt_html, "\xc0\xbc", "\xef\xbf\xbd\xef\xbf\xbd");
	/* UTF-8 passes: Cyrillic, m², × */
	expect(rt_html, "\xd0\xbc\xd0\xbb\xd1\x80\xd0\xb4 m\xc2\xb2 \xc3\x97",
	       "\xd0\xbc\xd0\xbb\xd1\x80\xd0\xb4 m\xc2\xb2 \xc3\x97");
	expect(rt_html, NULL, "");
}

static void test_md(void **state)
{
	(void)state;
	expect(rt_md, "a|b", "a\\|b");
	expect(rt_md, "*x* _y_ [l](u) `c` \\", "\\*x\\* \\_y\\_ \\[l\\](u) "
	       "\\`c\\` \\\\");
	expect(rt_md, "<b>&", "&lt;b\\>&amp;");
	expect(rt_md, "# h\n> q", "\\# h \\> q");
	expect(rt_md, "moscow.pharma.output", "moscow.pharma.output");
}

static void base64(const char *in, const char *want)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);

	assert_non_null(f);
	rt_base64(f, (const unsigned char *)in, strlen(in));
	fclose(f);
	assert_string_equal(buf, want);
	free(buf);
}

static void test_base64(void **state)
{
	(void)state;
	base64("", "");
	base64("f", "Zg==");
	base64("fo", "Zm8=");
	base64("foo", "Zm9v");
	base64("foob", "Zm9vYg==");
	base64("fooba", "Zm9vYmE=");
	base64("foobar", "Zm9vYmFy");
	base64("\xff\xfe\xfd", "//79");
}

static void test_group(void **state)
{
	(void)state;
	assert_int_equal(rt_group_len("moscow.pharma.output"), 13);
	assert_int_equal(rt_group_len("moscow.technopolis.pharma.jobs"), 25);
	assert_int_equal(rt_group_len("nodot"), 5);
	assert_int_equal(rt_group_len("a."), 1);
	assert_int_equal(rt_group_len(".a"), 0);
}

static void test_id(void **state)
{
	(void)state;
	expect(rt_id, "moscow.pharma_x", "moscow-2epharma_x");
	/* '-' itself is escaped, so "a-2e" and "a." differ */
	expect(rt_id, "a-2e", "a-2d2e");
	expect(rt_id, "a.", "a-2e");
	expect(rt_id, "\"<x>", "-22-3cx-3e");
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_html),
		cmocka_unit_test(test_md),
		cmocka_unit_test(test_base64),
		cmocka_unit_test(test_group),
		cmocka_unit_test(test_id),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
