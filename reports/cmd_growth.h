/*
** cmd_growth.h: what the two halves of `growthstat growth` share: the
** parsed options, and the change between two points (cmd_growth_pair.c);
** cmd_growth.c parses, loads and runs the FRED transforms.
*/
#ifndef GS_CMD_GROWTH_H
#define GS_CMD_GROWTH_H

#include "cmd_analysis.h"
#include "cmd_resample.h"

struct gopts {
	struct report_opts r;
	struct gs_period from, to;
	const char *xform;
	struct rs_opts rs;
	const char *deflate; /* --deflate INDEX */
};

/*
** The change of s from --from to --to (or of other at --from to s at
** --to), printed as a table. Refuses (65, message printed) a single
** figure, two figures ending on the same day, flows of different lengths
** and an undefined CAGR. Returns the exit code.
*/
int growth_pair(struct gs_ctx *ctx, const struct gopts *o,
		struct rp_series *s, struct rp_series *other);

#endif
