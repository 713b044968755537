/*
** extract_again.c: "half as much again as the year before", "half as
** many again as in 2022": English says a multiple of one and a half
** this way (the amount and half of it once more). The phrase is a
** multiple like "1.5 times as much as", and its comparison ("as the
** year before", "as in 2023") is the base, as for "times". Only with
** "again": "half as much as" is a half, and "half as many" alone is
** no multiple at all.
*/
#include "../../common.h"

#include "extract_tw.h"
#include "extract_again.h"

int xagain_half(const struct xsent *s, int i, double *v)
{
	static const char *const much[] = { "much", "many", "large", "big",
		"high", "fast", "long", NULL };

	if (!xtw_is(s, i, "half") || !xtw_is(s, i + 1, "as") ||
	    !xtw_isa(s, i + 2, much) || !xtw_is(s, i + 3, "again"))
		return 0;
	*v = 1.5;
	return 4;
}
