/*
** cmd_keys.h: the KEY argument of a command about one series (growth,
** project) when it is a glob (keyglob.h), at the command layer.
*/
#ifndef GS_CMD_KEYS_H
#define GS_CMD_KEYS_H

#include "../cli.h"
#include "keyglob.h"

/*
** KEY... arguments of a command about several series (check, implied,
** chart) into *k (free it with key_args_free): each glob is replaced by
** the series it matches; more than max keys (0: no limit) is a usage
** error. Returns 0, or the exit code after printing.
*/
int cmd_keys_list(struct gs_ctx *ctx, char **args, size_t n, size_t max,
		  struct key_args *k);

/*
** The series arg names into *k (free it with key_args_free). A glob may
** match several when `several` is set and the output is a table for
** people, where each series gets a block of its own; csv and json hold
** one series, so there (and where one is needed) a glob must match one.
** Returns 0, or the exit code after printing (65 no match, 2 too many).
*/
int cmd_keys(struct gs_ctx *ctx, char *arg, bool several, struct key_args *k);

/*
** Run fn on the series arg names, or on each series a glob matches in
** turn (a blank line between their tables). Returns the first non-zero
** code of fn (the others still run: their messages are printed).
*/
typedef int (*cmd_key_fn)(struct gs_ctx *ctx, void *opts, const char *key);
int cmd_keys_each(struct gs_ctx *ctx, char *arg, cmd_key_fn fn, void *opts);

#endif
