/*
** test_glob.c: the glob language of series keys (series/glob.h), case by
** case. Each expectation follows from the rules written in glob.h (and
** agrees with Python's fnmatch.fnmatchcase, which tests/cli/024-glob.sh
** checks on random patterns through both backends).
*/
#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>

#include "series/glob.h"

static void test_glob_cases(void **state)
{
	static const struct {
		const char *pat, *key;
		bool want;
	} cs[] = {
		{ "*", "", true },
		{ "*", "a.b.c", true },
		{ "a.*", "a.b.c", true },
		{ "a.*", "ab", false },
		{ "a?c", "abc", true },
		{ "a?c", "ac", false },
		{ "a?c", "aжc", true },           /* one character, two bytes */
		{ "a[bc]d", "acd", true },
		{ "a[!x]b", "ayb", true },         /* SQLite matched nothing */
		{ "a[!x]b", "axb", false },
		{ "a[!x]*", "ay.z", true },
		{ "a[^x]b", "a^b", true },         /* '^' is a member, not "not" */
		{ "a[^x]b", "ayb", false },
		{ "a[]", "a[]", true },            /* unclosed: ordinary chars */
		{ "a[!]", "a[!]", true },
		{ "a[", "a[", true },
		{ "a[", "a", false },
		{ "a[]]", "a]", true },            /* ']' first is a member */
		{ "a[!]]", "ax", true },
		{ "a[!]]", "a]", false },
		{ "[a-c]", "b", true },
		{ "[a-c]", "d", false },
		{ "[z-a]", "z", false },           /* reversed range: nothing */
		{ "[z-a]", "-", false },
		{ "[-a]", "-", true },             /* '-' first is a member */
		{ "[a-]", "-", true },             /* '-' last too */
		{ "[а-я]", "ж", true },            /* code points, Cyrillic */
		{ "[а-я]", "z", false },
		{ "*[[:alpha:]]*", "x:]", true },  /* no classes: a set, then "]" */
		{ "*[[:alpha:]]*", "xy", false },
		{ "a\\*", "a\\bc", true },         /* no escape character */
		{ "a[*]", "a*", true },
		{ "a[*]", "ab", false },
		{ "*a*a*a*b", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", false },
		{ "A*", "a", false },              /* case-sensitive */
		{ "", "", true },
		{ "", "a", false },
	};
	size_t i;
	int bad = 0;

	(void)state;
	for (i = 0; i < GS_ARRAY_LEN(cs); i++)
		if (glob_match(cs[i].pat, cs[i].key) != cs[i].want) {
			print_error("'%s' on '%s': want %d\n", cs[i].pat,
				    cs[i].key, cs[i].want);
			bad++;
		}
	assert_int_equal(bad, 0);
}

/* glob_match_any: no pattern is every key; else any one of them. */
static void test_glob_any(void **state)
{
	const char *const two[] = { "a.*", "b.x" };

	(void)state;
	assert_true(glob_match_any(NULL, 0, "anything"));
	assert_true(glob_match_any(two, 2, "a.y"));
	assert_true(glob_match_any(two, 2, "b.x"));
	assert_false(glob_match_any(two, 2, "b.y"));
	assert_false(glob_match_any(two, 1, "b.x")); /* only the first */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_glob_cases),
		cmocka_unit_test(test_glob_any),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
