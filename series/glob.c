/*
** glob.c: matching series keys against a glob (glob.h).
**
** A backtracking matcher that remembers only the last '*': on a mismatch it
** retries one character further past that star. This is enough because a
** later star can absorb anything an earlier one could, so the work stays
** O(len(pattern) * len(key)) with no recursion.
*/
#include "glob.h"

#include <string.h>

/* The code point at s and its length in bytes; an invalid byte is a
 * character of its own (its value, above any code point). */
static unsigned cp_at(const unsigned char *s, int *len)
{
	unsigned c = s[0];
	int n = c < 0x80 ? 1 : c >= 0xf0 && c < 0xf8 ? 4 : c >= 0xe0 ? 3 :
		c >= 0xc2 && c < 0xe0 ? 2 : 0;
	int i;

	if (n == 0) {
		*len = 1;
		return 0x110000u + c;
	}
	for (i = 1; i < n; i++)
		if ((s[i] & 0xc0) != 0x80) {
			*len = 1;
			return 0x110000u + c;
		}
	*len = n;
	if (n == 1)
		return c;
	c &= 0xffu >> (n + 1);
	for (i = 1; i < n; i++)
		c = (c << 6) | (s[i] & 0x3fu);
	return c;
}

/* The ']' that closes the set opened at p ('['), or NULL. */
static const unsigned char *set_end(const unsigned char *p)
{
	p++;
	if (*p == '!')
		p++;
	if (*p == ']')
		p++;
	while (*p && *p != ']')
		p++;
	return *p ? p : NULL;
}

/* Is c in the set [p, end) (p just after '[')? */
static bool in_set(const unsigned char *p, const unsigned char *end,
		   unsigned c)
{
	bool neg = *p == '!', found = false;
	int n, m;

	if (neg)
		p++;
	while (p < end && !found) {
		unsigned lo = cp_at(p, &n), hi = lo;

		if (p + n + 1 < end && p[n] == '-') {
			hi = cp_at(p + n + 1, &m);
			n += 1 + m;
		}
		found = lo <= c && c <= hi;
		p += n;
	}
	return found != neg;
}

/* Does the pattern item at *pp match the character c? Advances *pp. */
static bool item(const unsigned char **pp, unsigned c)
{
	const unsigned char *p = *pp, *end;
	bool found;
	int n;

	if (*p == '?') {
		*pp = p + 1;
		return true;
	}
	if (*p == '[' && (end = set_end(p)) != NULL) {
		*pp = end + 1;
		return in_set(p + 1, end, c);
	}
	found = c == cp_at(p, &n);
	*pp = p + n;
	return found;
}

bool glob_match(const char *pattern, const char *key)
{
	const unsigned char *p = (const unsigned char *)pattern;
	const unsigned char *s = (const unsigned char *)key;
	const unsigned char *star_p = NULL, *star_s = NULL;
	int n;

	while (*s) {
		const unsigned char *q = p;

		if (*p == '*') {
			while (*p == '*')
				p++;
			star_p = p;
			star_s = s;
			continue;
		}
		if (*p && item(&q, cp_at(s, &n))) {
			p = q;
			s += n;
			continue;
		}
		if (star_p == NULL)
			return false;
		p = star_p;
		cp_at(star_s, &n);
		s = star_s += n;
	}
	while (*p == '*')
		p++;
	return *p == '\0';
}

bool glob_match_any(const char *const *patterns, size_t n, const char *key)
{
	size_t i;

	if (n == 0)
		return true;
	for (i = 0; i < n; i++)
		if (glob_match(patterns[i], key))
			return true;
	return false;
}

bool glob_has_magic(const char *s)
{
	return strpbrk(s, "*?[") != NULL;
}
