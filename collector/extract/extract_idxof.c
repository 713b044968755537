/*
** extract_idxof.c: a statistics office's index said as a percent of a
** bare period, with no "level" or "corresponding period" between:
** "Average monthly wages stood at 51,370 roubles (111.9% of
** January-September 2024)", "shipments came to 3,590.1 million roubles,
** or 111.4% of the first quarter", "output was 112% of 2023". As with
** "121.4% of the level of" (extract_index.c), the keys write the change
** it states (+11.9 % against that period). A period followed by a noun
** ("40% of 2024 revenue") is a share of an amount, not an index.
*/
#include "../../common.h"

#include "extract_tw.h"
#include "extract_idxof.h"

bool xidxof_time(const struct xsent *s, int j)
{
	int k, e;

	if (xtw_is(s, j, "the"))
		j++;
	for (k = 0; k < s->ntm; k++) {
		if (s->tm[k].t0 != j)
			continue;
		e = s->tm[k].t1;
		return e >= s->nt || s->t[e].type != XT_WORD;
	}
	return false;
}
