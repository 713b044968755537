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
	static const struct cli_spec spec = { usage, longopts, NULL, 0, 0,
		NULL, NULL };
	int rc;

	if ((rc = cli_setup(argc, argv, ctx, &spec, NULL)) != 0)
		return rc < 0 ? GS_EX_OK : rc;
	if (ctx->verbose)
		printf("%s: schema version %d\n", series_path(ctx->db),
		       SERIES_SCHEMA_VERSION);
	return GS_EX_OK;
}
