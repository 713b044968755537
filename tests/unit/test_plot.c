/*
** test_plot.c: unit tests of the chart writer (reports/plot*.c): quoting
** of user text for gnuplot, numbers, scales, file names, Markdown
** escaping, period text, and the structure of a written script.
**
** The quoting tests check the output twice: against the exact expected
** text, and through a model of gnuplot's scanner (src/scanner.c, 5.4:
** a single-quoted token runs to the next quote, except that a character
** followed by '' takes the pair in; a double-quoted one substitutes
** backquotes) which must see only string literals joined by '.', and
** whose decoded value must be the cleaned text.
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

#include "../../reports/plot.h"
#include "../../reports/plot_build.h"
#include "../../reports/plot_index.h"

/* ---- a model of gnuplot's scanner for string expressions ---- */

/*
** Scan s as gnuplot would: string tokens joined by '.' and nothing else.
** Returns 0 and the decoded value in out, or -1 (a token that is not a
** string or '.', an unterminated string, a backquote in double quotes,
** two strings side by side).
*/
static int gp_scan(const char *s, char *out, size_t n)
{
	size_t i = 0, k = 0;
	bool want_string = true;

	out[0] = '\0';
	for (;;) {
		while (s[i] == ' ')
			i++;
		if (s[i] == '\0')
			return want_string ? -1 : 0;
		if (!want_string) {
			if (s[i] != '.')
				return -1;
			i++;
			want_string = true;
			continue;
		}
		if (s[i] == '\'') {
			size_t cur = i;

			while (s[++cur] != '\'') {
				if (s[cur] == '\0')
					return -1;
				if (s[cur + 1] == '\'' && s[cur + 2] == '\'')
					cur += 2;
			}
			/* The value: '' inside is one quote. */
			for (i = i + 1; i < cur; i++) {
				if (s[i] == '\'' && s[i + 1] == '\'')
					i++;
				if (k + 1 < n)
					out[k++] = s[i];
			}
			i = cur + 1;
		} else if (s[i] == '"') {
			for (i++; s[i] != '"'; i++) {
				if (s[i] == '\0' || s[i] == '`' || s[i] == '\\')
					return -1;
				if (k + 1 < n)
					out[k++] = s[i];
			}
			i++;
		} else {
			return -1;
		}
		out[k] = '\0';
		want_string = false;
	}
}

/* quote s, check the exact text (when want is not NULL), and that gnuplot
 * would read back `value`. */
static void check_quote(const char *s, size_t max, const char *want,
			const char *value)
{
	char *q = plot_quote(s, max), got[4096];

	if (want)
		assert_string_equal(q, want);
	assert_int_equal(gp_scan(q, got, sizeof(got)), 0);
	assert_string_equal(got, value);
	free(q);
}

static void test_quote_plain(void **state)
{
	(void)state;
	check_quote("Moscow pharma: output (revenue)", 0,
		    "'Moscow pharma: output (revenue)'",
		    "Moscow pharma: output (revenue)");
	check_quote("", 0, "''", "");
	check_quote(NULL, 0, "''", "");
	check_quote("млрд руб. m² ×", 0, "'млрд руб. m² ×'", "млрд руб. m² ×");
}

static void test_quote_apostrophes(void **state)
{
	(void)state;
	check_quote("capital's", 0, "'capital'.\"'\".'s'", "capital's");
	check_quote("'x", 0, "''.\"'\".'x'", "'x");
	check_quote("x'", 0, "'x'.\"'\".''", "x'");
	check_quote("'", 0, "''.\"'\".''", "'");
	check_quote("a''b", 0, "'a'.\"'\".''.\"'\".'b'", "a''b");
	check_quote("'''", 0, NULL, "'''");
	/* The case that defeats doubling: '''< touch f''' splits in two. */
	check_quote("'< touch f'", 0, NULL, "'< touch f'");
	check_quote("'.system(\"touch f\").'", 0, NULL,
		    "'.system(\"touch f\").'");
}

static void test_quote_hostile(void **state)
{
	static const char *const evil[] = {
		"`touch pwn`", "$(touch pwn)", "system(\"touch pwn\")",
		"'< touch pwn'", "| touch pwn", "!touch pwn", "@macro",
		"a\\", "\\'", "#", "x'; system('touch pwn'); '",
		"\"`touch pwn`\"", "'\"'\"", "'.'", "''.''",
	};
	size_t i;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(evil); i++)
		check_quote(evil[i], 0, NULL, evil[i]);
}

static void test_quote_controls(void **state)
{
	(void)state;
	check_quote("a\r\nb", 0, "'a b'", "a b");
	check_quote("a\nsystem(\"x\")", 0, "'a system(\"x\")'",
		    "a system(\"x\")");
	check_quote("t\tu\x01v\x7fw", 0, "'t u v w'", "t u v w");
	check_quote("c1\xC2\x85x", 0, "'c1 x'", "c1 x");    /* U+0085 NEL */
	check_quote("\n'\n", 0, "' '.\"'\".' '", " ' ");
}

static void test_quote_utf8(void **state)
{
	(void)state;
	check_quote("a\xFF" "b", 0, "'a?b'", "a?b");
	/* "\?" : no trigraphs */
	check_quote("\xC0\xAF", 0, "'?\?'", "?\?");       /* overlong */
	check_quote("\xED\xA0\x80", 0, "'?\?\?'", "?\?\?"); /* surrogate */
	check_quote("\xE2\x82", 0, "'?\?'", "?\?");       /* truncated */
	check_quote("\xF0\x9F\x93\x88", 0, "'\xF0\x9F\x93\x88'",
		    "\xF0\x9F\x93\x88");
}

static void test_quote_cut(void **state)
{
	(void)state;
	check_quote("abcdefgh", 5, "'abcd\xE2\x80\xA6'", "abcd\xE2\x80\xA6");
	check_quote("abcde", 5, "'abcde'", "abcde");
	check_quote("ббббббб", 4, "'ббб\xE2\x80\xA6'", "ббб\xE2\x80\xA6");
	check_quote("a'b'c'd", 3, "'a'.\"'\".'\xE2\x80\xA6'", "a'\xE2\x80\xA6");
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
		struct plot_scale s = plot_scale_for(t[i].v);

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
		{ "line\nbreak & co", "line break &amp; co", "`line break & co`" },
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
	{ 2030, 2031, 230e9, PLOT_EXACT, GS_QUAL_NONE, false, "2030" },
};
static const struct plot_proj_pt pharma_pp[] = {
	{ 2024.5, 2024.5, 2024.5, 154e9, NAN, NAN },
	{ 2027.5, 2027.5, 2027.5, 333e9, 300e9, 370e9 },
	{ 2030.5, 2030.5, 2030.5, 721.5e9, 650e9, 800e9 },
};
static const struct plot_proj pharma_proj = {
	pharma_pp, 3, false, "projection: CAGR 2020\xE2\x80\x93" "2024", "2030",
	0.95,
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
	assert_non_null(strstr(t, "'bn RUB' noenhanced"));
	assert_non_null(strstr(t, "'2030 target: 230 bn RUB' noenhanced"));
	assert_non_null(strstr(t, "'2030 projection: 721.5 bn RUB' noenhanced"));
	assert_non_null(strstr(t, "outfile = 'chart.png'"));
	assert_non_null(strstr(t, "set output outfile\n"));
	assert_non_null(strstr(t, "'95 % prediction interval'"));
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
	assert_non_null(strstr(t, "'bn RUB, log scale'"));
	free(t);
	spec(&sp, &ps, false, false);
	sp.index_base = "2020";
	t = script(&sp, &rc, &e);
	assert_int_equal(rc, 0);
	assert_non_null(strstr(t, "'index, 2020 = 100'"));
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
	assert_non_null(strstr(t, "set label 1 'T system(\"touch pwn\") `touch "
			       "pwn` '.\"'\".'< touch pwn'.\"'\".'' noenhanced"));
	assert_non_null(strstr(t, "outfile = 'it'.\"'\".'s.png'"));
	assert_non_null(strstr(t, "'bn d'.\"'\".'oh' noenhanced"));
	free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_quote_plain),
		cmocka_unit_test(test_quote_apostrophes),
		cmocka_unit_test(test_quote_hostile),
		cmocka_unit_test(test_quote_controls),
		cmocka_unit_test(test_quote_utf8),
		cmocka_unit_test(test_quote_cut),
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
