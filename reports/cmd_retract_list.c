/*
** cmd_retract_list.c: `growthstat retract --list [GLOB...]`: the record
** of retractions as people audit it: each retracted row as show
** --all-vintages shows it, the date from which it is left out, when the
** retraction was recorded and why. The records are read in series/
** (retract.c); this file only filters by the GLOBs and prints. Also
** `retract --list-batches`: the batches --batch and --file name.
*/
#include "../commands.h" /* first: common.h sets the feature macros */
#include "celltext.h"
#include "cmd_analysis.h"
#include "cmd_retract_list.h"
#include "../series/glob.h"

static void add_row(const struct gs_ctx *ctx, struct table *t,
		    const struct gs_obs *o, const char *reason,
		    const char *recorded)
{
	char period[48], base[48], value[64], as_of[16], on[16];
	const char *sym = report_symbol(o, o->unit.sym);
	const char *cells[12];

	period_format(&o->period, period, sizeof(period));
	period_format(&o->base, base, sizeof(base));
	report_value(ctx, o->value, sym, value, sizeof(value));
	date_format(o->as_of, as_of, sizeof(as_of));
	date_format(o->retracted, on, sizeof(on));
	cells[0] = o->series;
	cells[1] = period;
	cells[2] = kind_name(o->kind);
	cells[3] = qual_name(o->qual);
	cells[4] = value;
	cells[5] = ctx->format == FMT_TABLE ? o->unit_text : sym;
	cells[6] = base;
	cells[7] = as_of;
	cells[8] = o->source;
	cells[9] = on;
	cells[10] = recorded;
	cells[11] = reason;
	table_add(t, cells);
}

int retract_list(struct gs_ctx *ctx)
{
	static const char *const head[] = { "series", "period", "kind",
		"qualifier", "value", "unit", "base", "as_of", "source",
		"retracted", "recorded", "reason" };
	struct retraction_list l;
	struct table *t;
	struct gs_err e;
	size_t i;

	gs_err_clear(&e);
	if (series_retractions(ctx->db, &l, &e))
		return cli_report(ctx, &e);
	t = table_new(GS_ARRAY_LEN(head), head);
	table_align_right(t, 4);
	for (i = 0; i < l.rows.n; i++)
		if (glob_match_any((const char *const *)ctx->args,
				   (size_t)ctx->nargs, l.rows.v[i].series))
			add_row(ctx, t, &l.rows.v[i], l.reason[i],
				l.recorded[i]);
	table_print(t, ctx->format, stdout);
	table_free(t);
	retraction_list_free(&l);
	return GS_EX_OK;
}

int retract_list_batches(struct gs_ctx *ctx)
{
	static const char *const head[] = { "batch", "file", "started",
		"rows" };
	struct batch_list l;
	struct table *t;
	struct gs_err e;
	size_t i;

	gs_err_clear(&e);
	if (series_batches(ctx->db, &l, &e))
		return cli_report(ctx, &e);
	t = table_new(GS_ARRAY_LEN(head), head);
	table_align_right(t, 0);
	table_align_right(t, 3);
	for (i = 0; i < l.n; i++) {
		char id[24], rows[24];
		const char *cells[4] = { id, l.v[i].file, l.v[i].started,
					 rows };

		gs_snprintf(id, sizeof(id), "%lld", (long long)l.v[i].id);
		gs_snprintf(rows, sizeof(rows), "%ld", l.v[i].rows);
		table_add(t, cells);
	}
	table_print(t, ctx->format, stdout);
	table_free(t);
	batch_list_free(&l);
	return GS_EX_OK;
}
