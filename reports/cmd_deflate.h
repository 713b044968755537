/*
** cmd_deflate.h: `growth KEY --deflate INDEX` at the command layer: the
** change of a currency series in nominal and in real terms, side by side.
*/
#ifndef GS_CMD_DEFLATE_H
#define GS_CMD_DEFLATE_H

#include "cmd_analysis.h"

/*
** The change of s from its first to its last point of its main kind in
** [from, to] (zero periods: no limit), nominal and in the prices of the
** start period, deflated by the series ikey read at rp->as_of. Refuses
** (65, printed) a series that is not currency, fewer than two points,
** flows of different lengths, and an index that does not cover both
** ends. Returns the exit code.
*/
int df_growth_cmd(struct gs_ctx *ctx, const struct rp_opts *rp,
		  const char *ikey, const struct gs_period *from,
		  const struct gs_period *to, const struct rp_series *s);

#endif
