/*
** extract_tw.h: token tests of the twelfth round's rules (extract_tw.c):
** a word at i, time words too (xt_w of extract_tword.c leaves out the
** words a time expression took, "than" of "than in 2021").
*/
#ifndef GS_EXTRACT_TW_H
#define GS_EXTRACT_TW_H

#include "extract_int.h"

/* Is token i the word w (any flags)? */
bool xtw_is(const struct xsent *s, int i, const char *w);
/* Is token i one of the words of the NULL-terminated list ws? */
bool xtw_isa(const struct xsent *s, int i, const char *const *ws);
/* Does token i start with one of the NULL-terminated stems? */
bool xtw_stem(const struct xsent *s, int i, const char *const *stems);
/* Is token i a word for a plan, target, budget or forecast ("плана")? */
bool xtw_plan(const struct xsent *s, int i);

#endif
