/*
** growthpair.h: `growthstat growth KEY OTHER_KEY`: which two series one
** change may run between. A multiple of two series means something only
** when both measure one dimension (currency:RUB with currency:RUB, jobs
** with jobs); the two points within them are span.h's to pick.
*/
#ifndef GS_GROWTHPAIR_H
#define GS_GROWTHPAIR_H

#include "points.h"

/*
** 0 when the change from other to s can be computed; else -1 with e
** filled (GS_EX_DATAERR): "S is measured in DIM and OTHER in DIM: a
** multiple of different dimensions means nothing" (a series without a
** dimension is "plain numbers").
*/
int growth_pair_check(const struct rp_series *s,
		      const struct rp_series *other, struct gs_err *e);

#endif
