/*
** growthpair.c: the series one change of `growth KEY OTHER_KEY` may run
** between (see growthpair.h).
*/
#include "growthpair.h"

#include <string.h>

/* A dimension as a message names it. */
static const char *dim_text(const struct series_info *info)
{
	return *info->dim ? info->dim : "plain numbers";
}

int growth_pair_check(const struct rp_series *s,
		      const struct rp_series *other, struct gs_err *e)
{
	if (strcmp(s->info.dim, other->info.dim) == 0)
		return 0;
	return gs_errf(e, GS_EX_DATAERR, "%s is measured in %s and %s in %s: "
		       "a multiple of different dimensions means nothing",
		       s->key, dim_text(&s->info), other->key,
		       dim_text(&other->info));
}
