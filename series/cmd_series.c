/*
** cmd_series.c: `growthstat series`: list the series with their units and
** the span of their figures. Retracted rows are left out, as every read
** leaves them out, and a series whose rows are all retracted is not
** listed: what `export` and a fresh `ingest` of it give back.
*/
#include "../commands.h"
#include "obs.h"

static const char usage[] =
	"usage: growthstat series [GLOB] [--format table|csv|json] [--db PATH]\n"
	"\n"
	"Lists every series (or those whose key matches GLOB, e.g. 'moscow.*')\n"
	"with its unit, dimension, number of rows and the span of its periods.\n"
	"\n"
	"Exit: 0 ok; 2 usage; 65 a GLOB that matches no series.\n";

static const struct option longopts[] = { CLI_COMMON_LONGOPTS };

int cmd_series(int argc, char **argv, struct gs_ctx *ctx)
{
	static const char *const head[] = { "series", "unit", "dimension",
					    "rows", "from", "to", "name" };
	struct series_list l;
	struct table *t;
	struct gs_err e;
	size_t i;
	static const struct cli_spec spec = { usage, longopts, NULL, 0, 1,
		"one GLOB at most", NULL };
	int rc;

	if ((rc = cli_setup(argc, argv, ctx, &spec, NULL)) != 0)
		return rc < 0 ? GS_EX_OK : rc;
	gs_err_clear(&e);
	if (series_list(ctx->db, ctx->nargs ? ctx->args[0] : NULL, &l, &e))
		return cli_report(ctx, &e);
	series_list_drop_empty(&l);
	if (ctx->nargs && l.n == 0) {
		series_list_free(&l);
		gs_errf(&e, GS_EX_DATAERR, "no series matches '%s'",
			ctx->args[0]);
		return cli_report(ctx, &e);
	}
	t = table_new(GS_ARRAY_LEN(head), head);
	table_align_right(t, 3);
	for (i = 0; i < l.n; i++) {
		const struct series_info *s = &l.v[i];
		char rows[32], from[16], to[16];
		const char *cells[7];

		gs_snprintf(rows, sizeof(rows), "%ld", s->n_obs);
		date_format(s->first, from, sizeof(from));
		date_format(s->last, to, sizeof(to));
		cells[0] = s->key;
		cells[1] = s->sym;
		cells[2] = s->dim;
		cells[3] = rows;
		cells[4] = from;
		cells[5] = to;
		cells[6] = s->name;
		table_add(t, cells);
	}
	table_print(t, ctx->format, stdout);
	table_free(t);
	series_list_free(&l);
	return GS_EX_OK;
}
