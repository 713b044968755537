/*
** test_plot.c: unit tests of the chart writer (reports/chart/plot*.c): quoting
** of user text for gnuplot, numbers, scales, file names, Markdown
** escaping, period text, and the structure of a written script.
**
** The encoder tests check the output twice: against the exact expected
** text (octal values from an ASCII table), and through a model of
** gnuplot's decoding of double-quoted strings (util.c parse_esc()) that
** also refuses any raw byte a gnuplot scanner acts on; the decoded value
** must be the text as the label shows it.
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../../reports/chart/plot.h"
#include "../../reports/chart/plot_build.h"
#include "../../reports/chart/plot_index.h"

/* ---- the encoder, read back as gnuplot's parse_esc() would ---- */

/*
** Decode q as gnuplot reads a double-quoted string, and check that its raw
** bytes hold nothing a gnuplot scanner acts on: only letters, digits,
** " ,.:_+-/()%=", bytes >= 0x80 and escapes "\0ooo" (exactly four octal
** digits, never followed by another octal digit, so that neither the
** "%4o" of gnuplot 5 nor a greedy "%o" reads further). Returns 0, or -1
** naming the first offending byte's offset in *bad.
*/
static int gp_decode(const char *q, char *out, size_t n, size_t *bad)
{
	size_t i = 1, k = 0, len = strlen(q);

	*bad = 0;
	if (len < 2 || q[0] != '"' || q[len - 1] != '"')
		return -1;
	for (; i < len - 1 && k + 1 < n; ) {
		unsigned char ch = (unsigned char)q[i];

		if (ch == '\\') {
			int v = 0, d;

			for (d = 1; d <= 4; d++) {
				if (q[i + d] < '0' || q[i + d] > '7')
					return *bad = i, -1;
				v = v * 8 + (q[i + d] - '0');
			}
			if (q[i + 1] != '0' || (q[i + 5] >= '0' && q[i + 5] <= '7'))
				return *bad = i, -1;
			out[k++] = (char)v;
			i += 5;
			continue;
		}
		if (!(ch >= 0x80 || (ch >= 'a' && ch <= 'z') ||
		      (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
		      strchr(" ,.:_+-/()%=", ch)))
			return *bad = i, -1;
		out[k++] = (char)ch;
		i++;
	}
	out[k] = '\0';
	return 0;
}

/* Encode s, check the exact text (when want is not NULL), and that gnuplot
 * reads back `value`. */
static void check_enc(const char *s, size_t max, bool bytes, const char *want,
		      const char *value)
{
	char *q = plot_gp_string(s, max, bytes), got[4096];
	size_t bad;

	if (want)
		assert_string_equal(q, want);
	assert_int_equal(gp_decode(q, got, sizeof(got), &bad), 0);
	assert_string_equal(got, value);
	free(q);
}

static void test_enc_plain(void **state)
{
	(void)state;
	check_enc("Moscow pharma: output (revenue)", 0, false,
		  "\"Moscow pharma: output (revenue)\"",
		  "Moscow pharma: output (revenue)");
	check_enc("", 0, false, "\"\"", "");
	check_enc(NULL, 0, false, "\"\"", "");
	check_enc("млрд руб. m² ×", 0, false, "\"млрд руб. m² ×\"",
		  "млрд руб. m² ×");
	check_enc("95 % = a/b+c-d_e", 0, false, "\"95 % = a/b+c-d_e\"",
		  "95 % = a/b+c-d_e");
}

/* Every ASCII punctuation mark outside the plain set is an escape: ' is
 * 047, " 042, \ 134, ` 140, @ 100, $ 044, # 043, ; 073, { 173, } 175. */
static void test_enc_punct(void **state)
{
	(void)state;
	check_enc("it's", 0, false, "\"it\\0047s\"", "it's");
	check_enc("'\"\\`@$#;{}", 0, false,
		  "\"\\0047\\0042\\0134\\0140\\0100\\0044\\0043\\0073\\0173"
		  "\\0175\"", "'\"\\`@$#;{}");
	check_enc("[]!|<>&^~*?", 0, false,
		  "\"\\0133\\0135\\0041\\0174\\0074\\0076\\0046\\0136\\0176"
		  "\\0052\\0077\"", "[]!|<>&^~*?");
	/* an octal digit after an escape is escaped too; 8 and 9 are not */
	check_enc("'1'8'07", 0, false,
		  "\"\\0047\\0061\\00478\\0047\\0060\\0067\"", "'1'8'07");
	/* the case the old quoting lost: \' then @x then a backquote */
	check_enc("\\'@x`touch p`", 0, false,
		  "\"\\0134\\0047\\0100x\\0140touch p\\0140\"", "\\'@x`touch p`");
}

static void test_enc_controls(void **state)
{
	(void)state;
	check_enc("a\r\nb", 0, false, "\"a b\"", "a b");
	check_enc("a\nsystem(\"x\")", 0, false,
		  "\"a system(\\0042x\\0042)\"", "a system(\"x\")");
	check_enc("t\tu\x01v\x7fw", 0, false, "\"t u v w\"", "t u v w");
	check_enc("c1\xC2\x85x", 0, false, "\"c1 x\"", "c1 x"); /* U+0085 */
	check_enc("\nEOD\n", 0, false, "\" EOD \"", " EOD ");
}

/* A byte that is not UTF-8 is shown as U+FFFD (EF BF BD), one per byte. */
static void test_enc_utf8(void **state)
{
	(void)state;
	check_enc("a\xFF" "b", 0, false, "\"a\xEF\xBF\xBD" "b\"",
		  "a\xEF\xBF\xBD" "b");
	check_enc("\xC0\xAF", 0, false, NULL,
		  "\xEF\xBF\xBD\xEF\xBF\xBD");                 /* overlong */
	check_enc("\xED\xA0\x80", 0, false, NULL,
		  "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");     /* surrogate */
	check_enc("\xE2\x82", 0, false, NULL,
		  "\xEF\xBF\xBD\xEF\xBF\xBD");                 /* truncated */
	check_enc("\xF0\x9F\x93\x88", 0, false, "\"\xF0\x9F\x93\x88\"",
		  "\xF0\x9F\x93\x88");
}

/* Paths keep every byte: invalid UTF-8 and controls as escapes. */
static void test_enc_bytes(void **state)
{
	(void)state;
	check_enc("d/it's \xFF\x01.png", 0, true,
		  "\"d/it\\0047s \\0377\\0001.png\"", "d/it's \xFF\x01.png");
	check_enc("ж`x`.svg", 0, true, "\"ж\\0140x\\0140.svg\"", "ж`x`.svg");
	check_enc("abcdefgh", 3, true, "\"abcdefgh\"", "abcdefgh");
}

static void test_enc_cut(void **state)
{
	(void)state;
	check_enc("abcdefgh", 5, false, "\"abcd\xE2\x80\xA6\"",
		  "abcd\xE2\x80\xA6");
	check_enc("abcde", 5, false, "\"abcde\"", "abcde");
	check_enc("ббббббб", 4, false, "\"ббб\xE2\x80\xA6\"", "ббб\xE2\x80\xA6");
	check_enc("a'b'c'd", 3, false, "\"a\\0047\xE2\x80\xA6\"",
		  "a'\xE2\x80\xA6");
}

/* ---- numbers, scales, names ---- */

static void test_num(void **state)
{
	char b[64];

	(void)state;
	plot_num(0.1, b, sizeof(b));
	assert_string_equal(b, "0.1");
	assert_true(strtod(b, NULL) == 0.1);
	plot_num(721.5356068829866, b, sizeof(b));
	assert_true(strtod(b, NULL) == 721.5356068829866);
	plot_num(2024.5833333333333, b, sizeof(b));
	assert_true(strtod(b, NULL) == 2024.5833333333333);
	plot_num(-0.0, b, sizeof(b));
	assert_string_equal(b, "0");
	plot_num(1e300, b, sizeof(b));
	assert_string_equal(b, "1e+300");
	plot_num(NAN, b, sizeof(b));
	assert_string_equal(b, "NaN");
	plot_num(INFINITY, b, sizeof(b));
	assert_string_equal(b, "NaN");
}

static void test_value_text(void **state)
{
	static const struct { double v; const char *s; } t[] = {
		{ 154, "154" }, { 55.000000000000007, "55" }, { 6.5, "6.5" },
		{ 721.5356, "721.5" }, { 1036.1, "1,036" }, { 0.35, "0.35" },
		{ 0, "0" }, { -12.34, "-12.34" }, { 16.1, "16.1" },
		{ 1234567, "1,234,567" }, { -0.0001, "-0.0001" },
	};
	char b[64];
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(t); i++) {
		plot_value_text(t[i].v, b, sizeof(b));
		assert_string_equal(b, t[i].s);
	}
}

static void test_scale(void **state)
{
	static const struct { double v, f; const char *w; } t[] = {
		{ 721.5e9, 1e9, "bn" }, { 154e9, 1e9, "bn" }, { 16.1e6, 1e6, "mn" },
		{ 755000, 1e3, "thousand" }, { 9500, 1, "" }, { 300, 1, "" },
		{ 2e12, 1e12, "trn" }, { 0, 1, "" }, { NAN, 1, "" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(t); i++) {
		struct gs_scale s = gs_scale_for(t[i].v, true);

		assert_true(s.factor == t[i].f);
		assert_string_equal(s.word, t[i].w);
	}
}

static void test_safe_name(void **state)
{
	static const char *const t[][2] = {
		{ "moscow.pharma.output", "moscow.pharma.output" },
		{ "a/b c", "a_b_c" }, { ".hidden", "_hidden" }, { "-x", "_x" },
		{ "", "_" }, { "`rm -rf ~`", "_rm_-rf___" },
		{ "../../etc/passwd", "_._.._etc_passwd" },
		{ "x$(y)", "x__y_" }, { "млрд", "________" },
	};
	char b[64], small[4];
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(t); i++) {
		plot_safe_name(t[i][0], b, sizeof(b));
		assert_string_equal(b, t[i][1]);
	}
	plot_safe_name("abcdef", small, sizeof(small));
	assert_string_equal(small, "abc");
}

static void test_index_name(void **state)
{
	char *used[3] = { NULL, NULL, NULL };

	(void)state;
	used[0] = plot_index_name(used, 0, "a b");
	assert_string_equal(used[0], "a_b");
	used[1] = plot_index_name(used, 1, "a/b");
	assert_string_equal(used[1], "a_b-2");
	used[2] = plot_index_name(used, 2, "a b");
	assert_string_equal(used[2], "a_b-3");
	free(used[0]);
	free(used[1]);
	free(used[2]);
}

/* ---- Markdown ---- */

static char *md(void (*fn)(FILE *, const char *), const char *s)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);

	fn(f, s);
	fclose(f);
	return buf;
}

static void test_markdown(void **state)
{
	static const char *const t[][3] = {
		/* input, escaped text, code span */
		{ "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;",
		  "`<script>alert(1)</script>`" },
		{ "a*b_c [x](y) #1 |", "a\\*b\\_c \\[x\\](y) \\#1 \\|",
		  "`a*b_c [x](y) #1 |`" },
		/* control characters as gs_escape() shows them: \n, \e */
		{ "line\nbreak & co", "line\\\\nbreak &amp; co",
		  "`line\\nbreak & co`" },
		{ "a\x1b[31mb\xC2\x85", "a\\\\e\\[31mb\\\\u0085",
		  "`a\\e[31mb\\u0085`" },
		{ "a`b``c", "a\\`b\\`\\`c", "```a`b``c```" },
		{ "`x", "\\`x", "`` `x ``" },
	};
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(t); i++) {
		char *a = md(plot_md_escape, t[i][0]), *b = md(plot_md_code, t[i][0]);

		assert_string_equal(a, t[i][1]);
		assert_string_equal(b, t[i][2]);
		free(a);
		free(b);
	}
}

/* ---- period text ---- */

static void test_period_text(void **state)
{
	static const struct {
		int32_t a, b;
		const char *s;
	} t[] = {
		{ 20240101, 20241231, "2024" },
		{ 20200101, 20301231, "2020\xE2\x80\x93" "2030" },
		{ 20250101, 20250831, "Jan\xE2\x80\x93" "Aug 2025" },
		{ 20250801, 20250831, "Aug 2025" },
		{ 20241101, 20250228, "Nov 2024\xE2\x80\x93" "Feb 2025" },
		{ 20251007, 20251007, "2025-10-07" },
		{ 20250101, 20250615, "2025-01-01\xE2\x80\x93" "2025-06-15" },
		{ 20240201, 20240229, "Feb 2024" },
	};
	char b[64];
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(t); i++) {
		struct gs_period p = { t[i].a, t[i].b, GS_PREC_NONE };

		pb_period_text(&p, b, sizeof(b));
		assert_string_equal(b, t[i].s);
	}
	assert_true(fabs(pb_day_start(20240101) - 2024.0) < 1e-12);
	assert_true(fabs(pb_day_start(20250901) - (2025 + 8.0 / 12)) < 1e-12);
}

/* ---- scripts ---- */

static const struct plot_obs pharma_obs[] = {
	{ 2020, 2021, 55e9, 55e9, 55e9, PLOT_EXACT, GS_QUAL_NONE, false, true },
	{ 2024, 2025, 154e9, 154e9, 154e9, PLOT_EXACT, GS_QUAL_NONE, false, false },
};
static const struct plot_target pharma_target[] = {
	{ 2030, 2031, 230e9, PLOT_EXACT, GS_QUAL_NONE, false, "2030", false,
	  0, 0, 0 },
};
static const struct plot_proj_pt pharma_pp[] = {
	{ 2024.5, 2024.5, 2024.5, 154e9, NAN, NAN },
	{ 2027.5, 2027.5, 2027.5, 333e9, 300e9, 370e9 },
	{ 2030.5, 2030.5, 2030.5, 721.5e9, 650e9, 800e9 },
};
static const struct plot_proj pharma_proj = {
	pharma_pp, 3, false, "projection: CAGR 2020\xE2\x80\x93" "2024", "2030",
	0.95, false,
};

static char *script(const struct plot_spec *sp, int *rc, struct gs_err *e)
{
	char *buf = NULL;
	size_t n = 0;
	FILE *f = open_memstream(&buf, &n);

	gs_err_clear(e);
	*rc = plot_write(f, sp, e);
	fclose(f);
	return buf;
}

static void spec(struct plot_spec *sp, struct plot_series *ps, bool proj,
		 bool target)
{
	memset(sp, 0, sizeof(*sp));
	memset(ps, 0, sizeof(*ps));
	ps->title = "Moscow pharmaceutical industry: output";
	ps->obs = pharma_obs;
	ps->nobs = 2;
	ps->targets = target ? pharma_target : NULL;
	ps->ntargets = target ? 1 : 0;
	ps->proj = proj ? &pharma_proj : NULL;
	sp->output = "chart.png";
	sp->width = 1280;
	sp->height = 720;
	sp->title = ps->title;
	sp->unit = "RUB";
	sp->series = ps;
	sp->nseries = 1;
}

/* Every line of every datablock is numbers only, and no line but the
 * terminators begins with the end marker. */
static void check_blocks(const char *text)
{
	const char *p = text;
	bool in = false;
	int blocks = 0;

	while (*p) {
		const char *nl = strchr(p, '\n');
		size_t len = nl ? (size_t)(nl - p) : strlen(p);

		if (in && len >= 3 && strncmp(p, "EOD", 3) == 0) {
			assert_int_equal(len, 3);
			in = false;
		} else if (in) {
			assert_true(strspn(p, "0123456789.-+eNa ") == len);
			assert_true(p[0] != 'E');
		} else if (len > 7 && strncmp(p + len - 7, " << EOD", 7) == 0) {
			in = true;
			blocks++;
		} else {
			assert_true(strncmp(p, "EOD", 3) != 0);
		}
		p += len + (nl != NULL);
	}
	assert_false(in);
	assert_true(blocks > 0);
}

static void test_write_layers(void **state)
{
	struct plot_spec sp;
	struct plot_series ps;
	struct gs_err e;
	char *t;
	int rc;

	(void)state;
	spec(&sp, &ps, true, true);
	t = script(&sp, &rc, &e);
	assert_int_equal(rc, 0);
	check_blocks(t);
	assert_non_null(strstr(t, "$s1_line << EOD\n2020.5 55\n2024.5 154\nEOD\n"));
	assert_non_null(strstr(t, "$s1_imp << EOD\n2020.5 55\nEOD\n"));
	assert_non_null(strstr(t, "$s1_target << EOD\n2030.5 230\nEOD\n"));
	assert_non_null(strstr(t, "$s1_proj << EOD\n"));
	assert_non_null(strstr(t, "$s1_band << EOD\n"));
	assert_non_null(strstr(t, "\"bn RUB\" noenhanced"));
	assert_non_null(strstr(t, "\"2030 target: 230 bn RUB\" noenhanced"));
	assert_non_null(strstr(t, "\"2030 projection: 721.5 bn RUB\" noenhanced"));
	assert_non_null(strstr(t, "outfile = \"chart.png\"\n"));
	assert_non_null(strstr(t, "set output outfile\n"));
	assert_non_null(strstr(t, "\"95 % prediction interval\""));
	assert_null(strstr(t, "e+"));
	free(t);

	spec(&sp, &ps, false, false);
	t = script(&sp, &rc, &e);
	assert_int_equal(rc, 0);
	check_blocks(t);
	assert_null(strstr(t, "$s1_proj"));
	assert_null(strstr(t, "$s1_band"));
	assert_null(strstr(t, "$s1_target"));
	assert_null(strstr(t, "target"));
	free(t);
}

static void test_write_svg_log_index(void **state)
{
	struct plot_spec sp;
	struct plot_series ps;
	struct gs_err e;
	char *t;
	int rc;

	(void)state;
	spec(&sp, &ps, false, true);
	sp.term = PLOT_SVG;
	sp.log = true;
	t = script(&sp, &rc, &e);
	assert_int_equal(rc, 0);
	assert_non_null(strstr(t, "set terminal svg size 1280,720"));
	assert_non_null(strstr(t, "set logscale y\n"));
	assert_non_null(strstr(t, "\"bn RUB, log scale\""));
	free(t);
	spec(&sp, &ps, false, false);
	sp.index_base = "2020";
	t = script(&sp, &rc, &e);
	assert_int_equal(rc, 0);
	assert_non_null(strstr(t, "\"index, 2020 = 100\""));
	free(t);
}

static void test_write_errors(void **state)
{
	static const struct plot_obs zero[] = {
		{ 2024, 2025, 0, 0, 0, PLOT_EXACT, GS_QUAL_NONE, false, false },
	};
	struct plot_spec sp;
	struct plot_series ps;
	struct gs_err e;
	char *t;
	int rc;

	(void)state;
	spec(&sp, &ps, false, false);
	sp.nseries = 0;
	t = script(&sp, &rc, &e);
	assert_int_equal(rc, -1);
	assert_int_equal(e.code, GS_EX_USAGE);
	free(t);
	spec(&sp, &ps, false, false);
	sp.width = 100;
	t = script(&sp, &rc, &e);
	assert_int_equal(e.code, GS_EX_USAGE);
	free(t);
	spec(&sp, &ps, false, false);
	ps.nobs = 0;
	t = script(&sp, &rc, &e);
	assert_int_equal(rc, -1);
	assert_int_equal(e.code, GS_EX_DATAERR);
	assert_non_null(strstr(e.msg, "nothing to draw"));
	free(t);
	spec(&sp, &ps, false, false);
	ps.obs = zero;
	ps.nobs = 1;
	sp.log = true;
	t = script(&sp, &rc, &e);
	assert_int_equal(e.code, GS_EX_DATAERR);
	free(t);
}

/* Outside comments, the script holds no backquote and no '@' at all. */
static void no_raw(const char *t)
{
	const char *line = t, *nl;

	for (; *line; line = nl + 1) {
		nl = strchr(line, '\n');
		assert_non_null(nl);
		if (*line == '#')
			continue;
		assert_null(memchr(line, '`', (size_t)(nl - line)));
		assert_null(memchr(line, '@', (size_t)(nl - line)));
	}
}

/* A hostile title and unit: each text line of the script that holds one
 * is a single line (no newline got through). */
static void test_write_hostile(void **state)
{
	struct plot_spec sp;
	struct plot_series ps;
	struct gs_err e;
	char *t;
	int rc;

	(void)state;
	spec(&sp, &ps, false, false);
	sp.title = "T\nsystem(\"touch pwn\")\r`touch pwn` '< touch pwn'";
	sp.unit = "d'oh";
	sp.output = "it's.png";
	t = script(&sp, &rc, &e);
	assert_int_equal(rc, 0);
	check_blocks(t);
	assert_null(strstr(t, "\nsystem("));
	assert_non_null(strstr(t, "set label 1 \"T system(\\0042touch pwn\\0042) "
			       "\\0140touch pwn\\0140 \\0047\\0074 touch "
			       "pwn\\0047\" noenhanced"));
	assert_non_null(strstr(t, "outfile = \"it\\0047s.png\"\n"));
	assert_non_null(strstr(t, "\"bn d\\0047oh\" noenhanced"));
	no_raw(t);
	free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_enc_plain),
		cmocka_unit_test(test_enc_punct),
		cmocka_unit_test(test_enc_controls),
		cmocka_unit_test(test_enc_utf8),
		cmocka_unit_test(test_enc_bytes),
		cmocka_unit_test(test_enc_cut),
		cmocka_unit_test(test_num),
		cmocka_unit_test(test_value_text),
		cmocka_unit_test(test_scale),
		cmocka_unit_test(test_safe_name),
		cmocka_unit_test(test_index_name),
		cmocka_unit_test(test_markdown),
		cmocka_unit_test(test_period_text),
		cmocka_unit_test(test_write_layers),
		cmocka_unit_test(test_write_svg_log_index),
		cmocka_unit_test(test_write_errors),
		cmocka_unit_test(test_write_hostile),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
