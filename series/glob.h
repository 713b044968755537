/*
** glob.h: the one glob language of series keys, matched in C so that every
** backend gives the same answer (SQLite's GLOB and a regular expression on
** PostgreSQL disagreed on [!...], [], [z-a] and a lone '[').
**
** The language is that of the shell and of Python's fnmatch.fnmatchcase:
**   *        any run of characters, dots included, also none
**   ?        exactly one character (a UTF-8 code point)
**   [set]    one character of the set; [!set] one character not in it.
**            A ']' right after '[' or '[!' is a member; a-z is a range of
**            code points (a reversed range such as z-a matches nothing); a
**            '-' first or last is a member. A '[' with no closing ']' is an
**            ordinary character, and so are '^' and '\' (there is no escape
**            character: write [*] for a literal '*').
** Matching is case-sensitive and anchored at both ends.
*/
#ifndef GS_GLOB_H
#define GS_GLOB_H

#include "../common.h"

bool glob_match(const char *pattern, const char *key);
/* Does s use the glob language at all (a '*', '?' or '[')? A name
 * without one is a key, matched as it is. */
bool glob_has_magic(const char *s);
/* True when key matches one of the n patterns, or when n is 0 (no GLOB
 * given: every key). */
bool glob_match_any(const char *const *patterns, size_t n, const char *key);

#endif
