/*
** commands.h: the subcommands, one file each, listed in main.c's table.
*/
#ifndef GS_COMMANDS_H
#define GS_COMMANDS_H

#include "cli.h"

int cmd_init(int argc, char **argv, struct gs_ctx *ctx);
int cmd_ingest(int argc, char **argv, struct gs_ctx *ctx);
int cmd_series(int argc, char **argv, struct gs_ctx *ctx);
int cmd_show(int argc, char **argv, struct gs_ctx *ctx);
int cmd_sources(int argc, char **argv, struct gs_ctx *ctx);
int cmd_growth(int argc, char **argv, struct gs_ctx *ctx);
int cmd_implied(int argc, char **argv, struct gs_ctx *ctx);
int cmd_project(int argc, char **argv, struct gs_ctx *ctx);
int cmd_check(int argc, char **argv, struct gs_ctx *ctx);
int cmd_chart(int argc, char **argv, struct gs_ctx *ctx);
int cmd_extract(int argc, char **argv, struct gs_ctx *ctx);
int cmd_report(int argc, char **argv, struct gs_ctx *ctx);
int cmd_revisions(int argc, char **argv, struct gs_ctx *ctx);
int cmd_export(int argc, char **argv, struct gs_ctx *ctx);
int cmd_retract(int argc, char **argv, struct gs_ctx *ctx);

#endif
