/*
** cmd_sources.c: `growthstat sources`: list the sources of the figures.
*/
#include "../commands.h"
#include "obs.h"

static const char usage[] =
	"usage: growthstat sources [--format table|csv|json] [--db PATH]\n"
	"\n"
	"Lists every source with the number of figures it gave and the span\n"
	"of their vintages (as_of dates), counting only figures no retraction\n"
	"takes out; a source with none left is not listed.\n";

static const struct option longopts[] = { CLI_COMMON_LONGOPTS };

int cmd_sources(int argc, char **argv, struct gs_ctx *ctx)
{
	static const char *const head[] = { "source", "figures", "first_as_of",
					    "last_as_of" };
	struct source_list l;
	struct table *t;
	struct gs_err e;
	size_t i;
	static const struct cli_spec spec = { usage, longopts, NULL, 0, 0,
		NULL, NULL };
	int rc;

	if ((rc = cli_setup(argc, argv, ctx, &spec, NULL)) != 0)
		return rc < 0 ? GS_EX_OK : rc;
	gs_err_clear(&e);
	if (series_sources(ctx->db, &l, &e))
		return cli_report(ctx, &e);
	t = table_new(GS_ARRAY_LEN(head), head);
	table_align_right(t, 1);
	for (i = 0; i < l.n; i++) {
		char n[32], a[16], b[16];
		const char *cells[4];

		gs_snprintf(n, sizeof(n), "%ld", l.v[i].n_obs);
		date_format(l.v[i].first_as_of, a, sizeof(a));
		date_format(l.v[i].last_as_of, b, sizeof(b));
		cells[0] = l.v[i].name;
		cells[1] = n;
		cells[2] = a;
		cells[3] = b;
		table_add(t, cells);
	}
	table_print(t, ctx->format, stdout);
	table_free(t);
	source_list_free(&l);
	return GS_EX_OK;
}
