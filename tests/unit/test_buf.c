/*
** test_buf.c: the growable array (GS_GROW) and the string buffer (gs_buf)
** of common.h. Capacities by hand: after n pushes from NULL the array has
** room for the next power of two >= n (1, 2, 4, 4, 8, ...); every element
** pushed is still there after each reallocation. Also gs_utf8_len,
** against the byte ranges of RFC 3629 (by hand).
*/
#include "../../common.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <string.h>

static void test_grow_keeps_every_element(void **state)
{
	long *v = NULL;
	size_t n = 0, i;

	(void)state;
	for (i = 0; i < 1000; i++) {
		GS_GROW(v, n);
		v[n++] = (long)(i * i);
	}
	assert_int_equal(n, 1000);
	for (i = 0; i < n; i++)
		assert_int_equal(v[i], (long)(i * i));
	free(v);
}

/* A row of several elements per step, as the table cells use it. */
static void test_grow_rows(void **state)
{
	const char **cells = NULL;
	size_t rows = 0, ncols = 3, r, c;

	(void)state;
	for (r = 0; r < 37; r++) {
		cells = gs_grow(cells, rows, ncols * sizeof(*cells));
		for (c = 0; c < ncols; c++)
			cells[rows * ncols + c] = c == 0 ? "a" : c == 1 ? "b" :
						  "c";
		rows++;
	}
	assert_string_equal(cells[36 * 3 + 2], "c");
	assert_string_equal(cells[0], "a");
	free(cells);
}

/* It reallocates only when n is 0 or a power of two. */
static void test_grow_when(void **state)
{
	char *v = NULL, *before;

	(void)state;
	GS_GROW(v, 0);
	assert_non_null(v);
	GS_GROW(v, 1);
	GS_GROW(v, 2);
	before = v;
	GS_GROW(v, 3);              /* room for 4 already */
	assert_ptr_equal(v, before);
	GS_GROW(v, 4);
	v[4] = 'x';                 /* room for 8 now: ASan would object */
	v[7] = 'y';
	free(v);
}

static void test_buf(void **state)
{
	struct gs_buf b = { 0 };
	size_t i;

	(void)state;
	assert_string_equal(gs_buf_str(&b), "");
	assert_null(b.s);
	gs_buf_printf(&b, "%s", "");   /* nothing added: still NULL */
	assert_null(b.s);
	gs_buf_add(&b, "Series ");
	gs_buf_printf(&b, "%s, %d%%", "a.b", 50);
	gs_buf_addn(&b, ".xyz", 1);
	assert_string_equal(b.s, "Series a.b, 50%.");
	assert_int_equal(b.len, strlen("Series a.b, 50%."));
	for (i = 0; i < 500; i++)
		gs_buf_printf(&b, "%03zu", i);
	assert_int_equal(b.len, 16 + 1500);
	assert_memory_equal(b.s + 16, "000001002", 9);
	assert_string_equal(b.s + b.len - 3, "499");
	gs_buf_free(&b);
	assert_null(b.s);
	assert_int_equal(b.len, 0);
	gs_buf_addn(&b, "a\0b", 3);   /* bytes, NUL included */
	assert_int_equal(b.len, 3);
	assert_int_equal(b.s[2], 'b');
	gs_buf_free(&b);
}

static void test_utf8_len(void **state)
{
	(void)state;
	assert_int_equal(gs_utf8_len("a"), 1);
	assert_int_equal(gs_utf8_len("\xC3\xA9"), 2);          /* é */
	assert_int_equal(gs_utf8_len("\xE2\x82\xAC"), 3);      /* € */
	assert_int_equal(gs_utf8_len("\xF0\x9F\x98\x80"), 4);  /* U+1F600 */
	assert_int_equal(gs_utf8_len("\xF4\x8F\xBF\xBF"), 4);  /* U+10FFFF */
	assert_int_equal(gs_utf8_len("\xC0\x80"), 0);          /* overlong */
	assert_int_equal(gs_utf8_len("\xE0\x80\x80"), 0);      /* overlong */
	assert_int_equal(gs_utf8_len("\xED\xA0\x80"), 0);      /* surrogate */
	assert_int_equal(gs_utf8_len("\xF4\x90\x80\x80"), 0);  /* > 10FFFF */
	assert_int_equal(gs_utf8_len("\x80"), 0);              /* stray */
	assert_int_equal(gs_utf8_len("\xE2\x82"), 0);          /* cut short */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_grow_keeps_every_element),
		cmocka_unit_test(test_grow_rows),
		cmocka_unit_test(test_grow_when),
		cmocka_unit_test(test_buf),
		cmocka_unit_test(test_utf8_len),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
