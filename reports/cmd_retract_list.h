/*
** cmd_retract_list.h: `growthstat retract --list [GLOB...]`: every
** retraction on record, with the row it names and its reason.
*/
#ifndef GS_CMD_RETRACT_LIST_H
#define GS_CMD_RETRACT_LIST_H

#include "../cli.h"

/* Print the retractions of the series matching ctx->args (every series
 * when none), in the order recorded. Returns the exit code. */
int retract_list(struct gs_ctx *ctx);

/* Print every committed batch: number, file, started, rows stored. */
int retract_list_batches(struct gs_ctx *ctx);

#endif
