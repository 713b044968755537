/*
** cmd_deflate.h: --deflate INDEX at the command layer: `growth` gives the
** change of a currency series in nominal and in real terms, side by side;
** project, check and chart work on the series in real terms (df_apply).
** The computing is dfseries.c's and deflate.c's; here it is printed.
*/
#ifndef GS_CMD_DEFLATE_H
#define GS_CMD_DEFLATE_H

#include "cmd_analysis.h"
#include "cmd_resample.h"
#include "dfseries.h"

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

#define DEFLATE_LONGOPT { "deflate", required_argument, NULL, OPT_RS_DEFLATE }
#define DEFLATE_USAGE \
	"  --deflate INDEX         in real terms: currency figures divided by\n" \
	"                          the price index series INDEX, in prices of\n" \
	"                          the first figure's period (targets it does\n" \
	"                          not cover and stated multiples are left out,\n" \
	"                          with a warning)\n"

/* Read index ikey at rp->as_of into ix (df_index_read; free it with
 * df_index_free): 0, or an exit code (printed). */
int df_index_load(struct gs_ctx *ctx, const struct rp_opts *rp,
		  const char *ikey, struct df_index *ix);

/* s in real terms (df_series, dfseries.h), what it leaves out printed as
 * warnings on stderr unless -q. */
int df_apply(const struct gs_ctx *ctx, const struct df_index *ix,
	     struct rp_series *s, struct gs_period *base, struct gs_err *e);

#endif
