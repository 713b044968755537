/*
** cmd_ytd.c: `show KEY --ytd`: derived single-period flows and
** same-period-last-year comparisons of year-to-date figures
** (cmd_ytd.h), computed by ytdseries.c and ytd.c, printed here: a table
** for each for people; in csv and json one table with a section column,
** as check does.
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_analysis.h"
#include "cmd_ytd.h"
#include "ytdseries.h"

/* csv and json columns; the bounds come last so that the columns
 * scripts read before they were added keep their places. */
static const char *const head[] = { "section", "period", "value",
	"last_year", "multiple", "percent", "derived", "observations",
	"series", "unit", "low", "high", "multiple_low", "multiple_high" };
#define NCOL GS_ARRAY_LEN(head)

/* The table for people: the bounds beside what they bound. */
static const size_t people[] = { 1, 2, 10, 11, 3, 4, 12, 13, 5, 6, 7 };
#define NPEOPLE GS_ARRAY_LEN(people)

static struct table *new_table(const struct gs_ctx *ctx)
{
	struct table *t = report_pick_table(ctx, head, NCOL, people, NPEOPLE);
	size_t c;

	if (ctx->format != FMT_TABLE) {
		/* numbers in json: the values and their bounds */
		for (c = 2; c <= 5; c++)
			table_align_right(t, c);
		for (c = 10; c < NCOL; c++)
			table_align_right(t, c);
		return t;
	}
	for (c = 1; c <= 8; c++)
		table_align_right(t, c);
	return t;
}

/* cells in csv order; the table for people takes its columns from them
 * (the section, series and unit are left out). */
static void add(const struct gs_ctx *ctx, struct table *t,
		const char **cells)
{
	report_pick_add(ctx, t, cells, people, NPEOPLE);
}

/* A figure as stated, for people: "over 4,100 packages" keeps the words
 * of its statement's qualifier (observation id, 1-based), as check shows
 * it; csv and json keep the number, its bounds say the rest. */
static void stated(const struct gs_ctx *ctx, const struct rp_series *s,
		   size_t id, double v, char *buf, size_t n)
{
	enum gs_qual q = id > 0 && id <= s->obs.n ? s->obs.v[id - 1].qual :
			 GS_QUAL_NONE;

	if (ctx->format == FMT_TABLE && q != GS_QUAL_NONE)
		report_qualified(q, v, s->info.sym, buf, n);
	else
		report_value_of(ctx, &s->info, v, 0, buf, n);
}

static void flow_rows(const struct gs_ctx *ctx, struct table *t,
		      const struct rp_series *s, const struct ytd_flow *f,
		      size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		char per[48], v[64], lo[64], hi[64], refs[48];
		const char *cells[NCOL] = { "flow", per, v, "", "", "",
			f[i].derived ? "derived" : "", refs, s->key,
			s->info.sym, lo, hi, "", "" };

		period_format(&f[i].period, per, sizeof(per));
		if (f[i].derived)
			report_value_of(ctx, &s->info, f[i].value, 0, v,
					sizeof(v));
		else
			stated(ctx, s, f[i].from[0], f[i].value, v, sizeof(v));
		report_bounds_of(ctx, &s->info, f[i].value, f[i].lo, f[i].hi,
				 lo, hi, sizeof(lo));
		if (f[i].derived)
			gs_snprintf(refs, sizeof(refs), "#%zu - #%zu",
				    f[i].from[0], f[i].from[1]);
		else
			gs_snprintf(refs, sizeof(refs), "#%zu", f[i].from[0]);
		add(ctx, t, cells);
	}
}

static void yoy_rows(const struct gs_ctx *ctx, struct table *t,
		     const struct rp_series *s, const struct ytd_yoy *y,
		     size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		char per[48], v[64], p[64], m[64], pc[64], refs[48], lo[64],
		     hi[64], vlo[64], vhi[64];
		const char *cells[NCOL] = { "same_period_last_year", per, v, p,
			m, pc, "", refs, s->key, s->info.sym, vlo, vhi, lo, hi };

		period_format(&y[i].period, per, sizeof(per));
		stated(ctx, s, y[i].from[0], y[i].value, v, sizeof(v));
		stated(ctx, s, y[i].from[1], y[i].prev, p, sizeof(p));
		report_value(ctx, y[i].mult, "×", m, sizeof(m));
		report_value(ctx, y[i].pct, "%", pc, sizeof(pc));
		report_bounds_of(ctx, &s->info, y[i].value, y[i].lo, y[i].hi,
				 vlo, vhi, sizeof(vlo));
		report_bounds(ctx, y[i].mult, y[i].mult_lo, y[i].mult_hi, "×", lo, hi,
		       sizeof(lo));
		gs_snprintf(refs, sizeof(refs), "#%zu #%zu", y[i].from[0],
			    y[i].from[1]);
		add(ctx, t, cells);
	}
}

/* One section for people: its heading and table, none when it has no
 * rows (as check prints no empty section). */
static void section(const struct gs_ctx *ctx, const char *heading,
		    struct table *t, size_t rows, bool *printed)
{
	if (rows > 0) {
		printf("%s%s\n", *printed ? "\n" : "", heading);
		table_print(t, ctx->format, stdout);
		*printed = true;
	}
	table_free(t);
}

static void print(const struct gs_ctx *ctx, const struct rp_series *s,
		  const struct ytd_flow *f, size_t nf,
		  const struct ytd_yoy *y, size_t ny)
{
	struct table *t = new_table(ctx);
	bool printed = false;

	flow_rows(ctx, t, s, f, nf);
	if (ctx->format == FMT_TABLE) {
		section(ctx, "single periods (from year-to-date figures)", t,
			nf, &printed);
		t = new_table(ctx);
		yoy_rows(ctx, t, s, y, ny);
		section(ctx, "same period last year", t, ny, &printed);
		return;
	}
	yoy_rows(ctx, t, s, y, ny);
	table_print(t, ctx->format, stdout);
	table_free(t);
}

/* Why the year-to-date figures give nothing to show, in one line in
 * place of the sections (the figures are fine: exit 0, as for a check
 * with nothing to check). */
static void say_nothing(const struct gs_ctx *ctx, const char *key, size_t n)
{
	if (ctx->quiet)
		return;
	printf("%s: nothing to show: %zu year-to-date figure%s, no two of "
	       "one year (a single period is their difference) and none with "
	       "the same months a year earlier\n", key, n, n == 1 ? "" : "s");
}

int ytd_show(struct gs_ctx *ctx, const char *key, int32_t as_of)
{
	struct rp_opts ro = { as_of, GS_APPROX_TOL_DEFAULT };
	struct ytd_fig *figs = NULL;
	struct ytd_flow *f = NULL;
	struct ytd_yoy *y = NULL;
	struct rp_series s;
	struct gs_err e;
	size_t n, nf, ny;
	int rc = GS_EX_OK;

	gs_err_clear(&e);
	if (rp_load(ctx->db, key, &ro, &s, &e))
		return cli_report(ctx, &e);
	n = ytd_figures(&s, &figs);
	nf = ytd_flows(figs, n, &f);
	ny = ytd_yoy(figs, n, &y);
	if (n == 0)
		rc = cli_error(ctx, GS_EX_DATAERR, "%s: no year-to-date flows "
			       "(flows from January to a month of the same "
			       "year)", key);
	else
		print(ctx, &s, f, nf, y, ny);
	if (n > 0 && nf + ny == 0 && ctx->format == FMT_TABLE)
		say_nothing(ctx, key, n);
	free(f);
	free(y);
	free(figs);
	rp_free(&s);
	return rc;
}
