/*
** cmd_resample.c: --frequency/--aggregation for show, growth, project and
** chart (cmd_resample.h).
*/
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "cmd_analysis.h"
#include "cmd_resample.h"

int rs_option(const struct gs_ctx *ctx, struct rs_opts *o, int c,
	      const char *val)
{
	if (c == OPT_RS_FREQ) {
		if (rs_freq_parse(val, &o->f) == 0)
			return 1;
		return cli_usage(ctx, NULL, "--frequency: '%s' is not annual, "
				 "quarterly or monthly", val);
	}
	if (c == OPT_RS_AGG) {
		if (rs_agg_parse(val, &o->a) == 0)
			return 1;
		return cli_usage(ctx, NULL, "--aggregation: '%s' is not sum, "
				 "avg or eop", val);
	}
	return 0;
}

static int needs_frequency(const struct gs_ctx *ctx, const struct rs_opts *o)
{
	if (o->a != RS_AGG_DEFAULT && o->f == RS_FREQ_NONE)
		return cli_usage(ctx, NULL, "--aggregation needs --frequency");
	return 0;
}

static void status_cell(const struct rs_out *r, char *buf, size_t n)
{
	if (r->have < r->need)
		gs_snprintf(buf, n, "incomplete: %d of %d", r->have, r->need);
	else
		gs_snprintf(buf, n, "complete");
}

/* csv and json columns; the bounds come last so that the columns
 * scripts read before they were added keep their places. The table for
 * people shows the bounds beside the value. */
static const char *const head[] = { "period", "value", "figures",
	"needed", "status", "series", "unit", "aggregation", "low", "high" };
#define NCOL GS_ARRAY_LEN(head)
static const size_t people[] = { 0, 1, 8, 9, 2, 3, 4 };
#define NPEOPLE GS_ARRAY_LEN(people)

static void rows(const struct gs_ctx *ctx, const struct rp_series *s,
		 const struct rs_out *r, size_t n, const char *agg)
{
	struct table *t = report_pick_table(ctx, head, NCOL, people,
					     NPEOPLE);
	size_t i;

	/* right-aligned in tables, numbers in json */
	for (i = 1; i <= (ctx->format == FMT_TABLE ? 5u : 3u); i++)
		table_align_right(t, i);
	if (ctx->format != FMT_TABLE) {
		table_align_right(t, 8);
		table_align_right(t, 9);
	}
	for (i = 0; i < n; i++) {
		char per[48], v[64], lo[64], hi[64], have[16], need[16], st[48];
		const char *cells[NCOL] = { per, v, have, need, st, s->key,
					    s->info.sym, agg, lo, hi };

		period_format(&r[i].period, per, sizeof(per));
		v[0] = lo[0] = hi[0] = '\0';
		if (!isnan(r[i].p.v)) {
			report_value_of(ctx, &s->info, r[i].p.v, 0, v,
					sizeof(v));
			report_bounds_of(ctx, &s->info, r[i].p.v, r[i].p.lo,
					 r[i].p.hi, lo, hi, sizeof(lo));
		}
		gs_snprintf(have, sizeof(have), "%d", r[i].have);
		gs_snprintf(need, sizeof(need), "%d", r[i].need);
		status_cell(&r[i], st, sizeof(st));
		report_pick_add(ctx, t, cells, people, NPEOPLE);
	}
	table_print(t, ctx->format, stdout);
	table_free(t);
}

/* The aggregation actually used: the default follows the kind. */
static enum rs_agg effective(const struct rs_opts *o, enum gs_kind k)
{
	if (o->a != RS_AGG_DEFAULT)
		return o->a;
	return k == GS_KIND_FLOW ? RS_SUM : RS_AVG;
}

static int show_points(struct gs_ctx *ctx, const struct rp_series *s,
		       const struct rs_opts *o, struct gs_err *e)
{
	enum gs_kind k = rp_main_kind(s);
	struct rs_out *r = NULL;
	size_t nr = 0;

	if (rs_of_series(s, o->f, effective(o, k), &r, &nr, e))
		return -1;
	if (ctx->format == FMT_TABLE && !ctx->quiet)
		printf("%s: %s, %s of %s figures\n", s->key,
		       rs_freq_name(o->f), rs_agg_name(effective(o, k)),
		       kind_name(k));
	rows(ctx, s, r, nr, rs_agg_name(effective(o, k)));
	free(r);
	return 0;
}

int rs_show(struct gs_ctx *ctx, const char *key, int32_t as_of,
	    const struct rs_opts *o)
{
	struct rp_opts ro = { as_of, GS_APPROX_TOL_DEFAULT };
	struct rp_series s;
	struct gs_err e;
	int rc;

	if ((rc = needs_frequency(ctx, o)) != 0)
		return rc;
	gs_err_clear(&e);
	if (rp_load(ctx->db, key, &ro, &s, &e))
		return cli_report(ctx, &e);
	rc = show_points(ctx, &s, o, &e) ? cli_report(ctx, &e) : GS_EX_OK;
	rp_free(&s);
	return rc;
}

int rs_apply_e(const struct gs_ctx *ctx, const struct rs_opts *o,
	       struct rp_series *s, struct gs_err *e)
{
	struct rs_out *inc = NULL;
	size_t i, n = 0;

	if (o->a != RS_AGG_DEFAULT && o->f == RS_FREQ_NONE)
		return gs_errf(e, GS_EX_USAGE, "--aggregation needs "
			       "--frequency");
	if (o->f == RS_FREQ_NONE)
		return 0;
	if (rs_series(s, o->f, o->a, &inc, &n, e))
		return -1;
	for (i = 0; i < n && !ctx->quiet; i++) {
		char per[48];

		period_format(&inc[i].period, per, sizeof(per));
		fprintf(stderr, "growthstat: warning: %s: %s is incomplete "
			"(%d of %d figures): not aggregated\n", s->key, per,
			inc[i].have, inc[i].need);
	}
	free(inc);
	return 0;
}

int rs_apply(const struct gs_ctx *ctx, const struct rs_opts *o,
	     struct rp_series *s)
{
	struct gs_err e;
	int rc;

	if ((rc = needs_frequency(ctx, o)) != 0)
		return rc;
	gs_err_clear(&e);
	return rs_apply_e(ctx, o, s, &e) ? cli_report(ctx, &e) : 0;
}
