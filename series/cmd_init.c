/*
** cmd_init.c: `growthstat init`: create the database, or bring an existing
** one to the current schema version.
*/
#include "../commands.h"

static const char usage[] =
	"usage: growthstat init [--db PATH] [-v]\n"
	"\n"
	"Creates the database (SQLite, WAL mode) or migrates an existing one\n"
	"to the current schema version. Running it again is harmless.\n";

static const struct option longopts[] = { CLI_COMMON_LONGOPTS };

int cmd_init(int argc, char **argv, struct gs_ctx *ctx)
{
	int rc;

	if ((rc = cli_parse(argc, argv, ctx, longopts, usage, NULL, NULL)))
		return rc < 0 ? GS_EX_OK : rc;
	if (optind < argc)
		return cli_usage(ctx, usage, "unexpected argument '%s'",
				 argv[optind]);
	if ((rc = cli_open_db(ctx, SERIES_CREATE)) != 0)
		return rc;
	if (ctx->verbose)
		printf("%s: schema version %d\n", series_path(ctx->db),
		       SERIES_SCHEMA_VERSION);
	return GS_EX_OK;
}
