/*
** cmd_resample.h: --frequency and --aggregation at the command layer:
** the options, `show KEY --frequency ...` (the aggregated table), and the
** hook that makes growth, project and chart work on aggregated points.
*/
#ifndef GS_CMD_RESAMPLE_H
#define GS_CMD_RESAMPLE_H

#include "../cli.h"
#include "resample.h"

enum { OPT_RS_FREQ = OPT_COMMON_LAST + 300, OPT_RS_AGG, OPT_RS_DEFLATE };

#define RESAMPLE_LONGOPTS \
	{ "frequency", required_argument, NULL, OPT_RS_FREQ }, \
	{ "aggregation", required_argument, NULL, OPT_RS_AGG }

#define RESAMPLE_USAGE \
	"  --frequency annual|quarterly|monthly  aggregate monthly or quarterly\n" \
	"                          figures; a period with missing months is\n" \
	"                          incomplete: show lists it without a value,\n" \
	"                          growth and project leave it out, with a\n" \
	"                          warning\n" \
	"  --aggregation sum|avg|eop  flows: sum (default); levels: avg\n" \
	"                          (default) or the end-of-period value\n"

struct rs_opts {
	enum rs_freq f;
	enum rs_agg a;
};

/* Handle OPT_RS_FREQ/OPT_RS_AGG: 1 handled, 0 not ours, or an exit code
 * (> 1) after printing. */
int rs_option(const struct gs_ctx *ctx, struct rs_opts *o, int c,
	      const char *val);

/*
** `show KEY --frequency F`: the aggregated periods of KEY known at as_of,
** incomplete ones listed with how many figures they have and no value.
** Returns the exit code (messages printed).
*/
int rs_show(struct gs_ctx *ctx, const char *key, int32_t as_of,
	    const struct rs_opts *o);

/*
** With --frequency: replace the points of s by the aggregated ones
** (rs_series) and warn on stderr about each incomplete period left out.
** Without: nothing. Returns 0 or the exit code after printing.
*/
int rs_apply(const struct gs_ctx *ctx, const struct rs_opts *o,
	     struct rp_series *s);
/* The same, the error into e (-1) instead of printed: for a series of a
 * scan (project --all) or a chart. */
int rs_apply_e(const struct gs_ctx *ctx, const struct rs_opts *o,
	       struct rp_series *s, struct gs_err *e);

#endif
