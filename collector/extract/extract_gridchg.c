/*
** extract_gridchg.c: the last column of a table that heads a change in
** percent ("Показатель | 9 мес. 2024 | 9 мес. 2025 | изм., %", "на
** 01.07.2023 | на 01.07.2024 | изм., %"): its cell ("+24,1") is how far
** the row's last dated value moved from the one before, a percent
** change with the column before as its base, as the keys write it
** (old_holdout17, dev11b); extract gave a level of 24.1 %. Under heads
** that give each column a plan and a fact ("| 2022 план / факт |") the
** first figure of each cell is the plan: a target (a stock) or a plan
** (a flow of money); so is a row's value in a column its head calls a
** plan ("2025–2027 — план", extract_semi.c).
*/
#include "../../common.h"

#include <string.h>

#include "extract_grid.h"
#include "extract_gridchg.h"

void xgridchg_cand(const struct xdoc *d, const struct xsent *s,
		   const struct xtrow *rows, int k, int n, struct xcand *x)
{
	struct xper base;

	if (rows[k].plan) {
		/* "| 3 / 2 |" under "2022 план / факт": the plan first */
		x->kind = x->kind == GS_KIND_FLOW ? GS_KIND_PLAN :
						    GS_KIND_TARGET;
		return;
	}
	if (k != n - 1 || strcmp(x->unit, "%") != 0 ||
	    !xgrid_change_base(d, (int)(s - d->s), n, &base))
		return;
	x->kind = GS_KIND_PERCENT;
	x->base = base;
}
