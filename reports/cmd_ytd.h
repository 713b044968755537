/*
** cmd_ytd.h: `show KEY --ytd` at the command layer: the single-month or
** single-quarter flows derived from year-to-date figures, and each
** year-to-date figure against the same months a year earlier (ytd.h).
*/
#ifndef GS_CMD_YTD_H
#define GS_CMD_YTD_H

#include "../cli.h"

/* Print both tables for series key as known at as_of (0: now). Returns
 * the exit code (messages printed); 65 when the series has no
 * year-to-date flows. */
int ytd_show(struct gs_ctx *ctx, const char *key, int32_t as_of);

#endif
