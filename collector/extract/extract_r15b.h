/*
** extract_r15b.h: values, units and qualifiers of the fifteenth round
** (extract_r15b.c), for extract_num.c and extract_money12.c.
*/
#ifndef GS_EXTRACT_R15B_H
#define GS_EXTRACT_R15B_H

#include "extract_int.h"

/* After the figure f[n] (k = 1) or the range f[n], f[n + 1] (k = 2) of
 * s is read: a range of a scale said alone ("puts at fifteen to
 * eighteen million" after "twelve million roubles") is money in the
 * currency said last, as one such number is (extract_money.c); a
 * figure joined by "and" to one with "at least" or "no more than"
 * ("no fewer than 11 residents and 820 jobs") shares its qualifier; a
 * loss said as a profit's compared figure ("Net profit: RUB 610 million,
 * against a loss of RUB 85 million") is that profit below zero. */
void xr15b_spot(const struct xsent *s, const struct xdoc *d,
		struct xfig *f, int n, int k);

/* Is the capitalised word at k a name's ("Windows 11"), not one that
 * opens its line or list item ("🔹 Создано 73 новых рабочих места",
 * "- Built 3 new plants")? */
bool xr15b_name_cap(const struct xsent *s, int k);

/* Does the number at i of an interview's answer count what its own
 * sentence names, not what the question asked: the count of the
 * sentence's first figure, said before it (prev: "трудятся триста
 * шестьдесят человек, в сезон — до пятисот"), or a noun right before it, the Russian rough order
 * ("Работает у них человек шестьсот")? */
bool xr15b_own_count(const struct xsent *s, int i, const struct xfig *prev);

/* Russian says a rough percent by putting "процентов" first:
 * "процентов на десять больше" is about 10 % more. The number at i in
 * words after "процентов на" takes the percent and "about" into f;
 * true if so. */
bool xr15b_pct_first(const struct xsent *s, int i, struct xfig *f);

#endif
