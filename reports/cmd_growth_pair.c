/*
** cmd_growth_pair.c: `growthstat growth KEY [OTHER]`: the change between
** two points (absolute, multiple, percent, CAGR, log difference) with the
** interval their qualifiers allow; between an implied point and its own
** anchor, with the stated multiple's bounds. Which two points: span.h.
*/
#include <math.h>
#include <string.h>

#include "../commands.h"
#include "cmd_growth.h"
#include "span.h"

/* The pair table and what each of its rows shares. */
struct ptab {
	const struct gs_ctx *ctx;
	struct table *t;
	const char *key;   /* the series a row is about */
	const struct series_info *in;  /* its unit: counts in whole units */
};

/* One row: in csv and json it also names its series and unit. */
static void measure(const struct ptab *pt, const char *name,
		    const struct gs_est *v, const char *sym, const char *unit,
		    double scale, const char *refs)
{
	char a[64], b[64], c[64];
	const char *cells[7];
	bool exact = v->lo == v->hi || (isnan(v->lo) && isnan(v->hi));

	if (sym == pt->in->sym) {
		/* in the series' unit: a count in whole units */
		report_value_of(pt->ctx, pt->in, v->v, 0, a, sizeof(a));
		report_value_of(pt->ctx, pt->in, exact ? NAN : v->lo, -1, b,
				sizeof(b));
		report_value_of(pt->ctx, pt->in, exact ? NAN : v->hi, 1, c,
				sizeof(c));
	} else {
		report_value(pt->ctx, v->v * scale, sym, a, sizeof(a));
		report_bound(pt->ctx, exact ? NAN : v->lo * scale, sym, b,
			     sizeof(b));
		report_bound(pt->ctx, exact ? NAN : v->hi * scale, sym, c,
			     sizeof(c));
	}
	cells[0] = name;
	cells[1] = a;
	cells[2] = b;
	cells[3] = c;
	cells[4] = refs;
	cells[5] = pt->key;
	cells[6] = unit;
	table_add(pt->t, cells);
}

static void pair_table(const struct gs_ctx *ctx, const struct rp_series *s,
		       const struct rp_series *fs, const struct rp_point *a,
		       const struct rp_point *b, const struct gs_change *c)
{
	static const char *const head[] = { "measure", "value", "low", "high",
					    "observations", "series", "unit" };
	const char *sym = s->info.sym;
	struct ptab pt = { ctx, NULL, fs->key, &s->info };
	struct gs_est sa = { a->p.v, a->p.lo, a->p.hi };
	struct gs_est sb = { b->p.v, b->p.lo, b->p.hi };
	struct gs_est yrs = { c->years, c->years, c->years };
	char ra[64], rb[64];
	int i;

	pt.t = table_new(ctx->format == FMT_TABLE ? 5 : 7, head);
	for (i = 1; i < 4; i++)
		table_align_right(pt.t, (size_t)i);
	report_refs(a, ra, sizeof(ra));
	report_refs(b, rb, sizeof(rb));
	measure(&pt, "start", &sa, sym, sym, 1, ra);
	pt.key = s->key;
	measure(&pt, "end", &sb, sym, sym, 1, rb);
	measure(&pt, "years", &yrs, "", "years", 1, "");
	measure(&pt, "change", &c->abs, sym, sym, 1, "");
	measure(&pt, "multiple", &c->mult, "×", "×", 1, "");
	measure(&pt, "percent", &c->pct, "%", "%", 1, "");
	measure(&pt, "cagr_pct", &c->cagr, "%", "%", 100, "");
	measure(&pt, "log_diff", &c->logd, "", "", 1, "");
	table_print(pt.t, ctx->format, stdout);
	table_free(pt.t);
}

int growth_pair(struct gs_ctx *ctx, const struct gopts *o,
		struct rp_series *s, struct rp_series *other)
{
	struct rp_series *fs = other ? other : s;
	const struct rp_point *a, *b;
	struct gs_change c;
	struct gs_err e;
	char x[48], y[48];

	gs_err_clear(&e);
	if (span_pick(s, other, &o->from, &o->to, &a, &b, &e) ||
	    span_change(a, b, !other, &c, &e))
		return cli_report(ctx, &e);
	period_format(&a->period, x, sizeof(x));
	period_format(&b->period, y, sizeof(y));
	if (ctx->format == FMT_TABLE && !ctx->quiet)
		printf("%s%s%s: %s -> %s, %s%s\n", other ? other->key : "",
		       other ? " -> " : "", s->key, x, y, kind_name(b->kind),
		       a->implied || b->implied ? " (implied points used)" : "");
	pair_table(ctx, s, fs, a, b, &c);
	report_explain(ctx, &o->r, s);
	if (other)
		report_explain(ctx, &o->r, other);
	return GS_EX_OK;
}
