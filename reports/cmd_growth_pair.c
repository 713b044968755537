/*
** cmd_growth_pair.c: `growthstat growth KEY [OTHER]`: the change between
** two points (absolute, multiple, percent, CAGR, log difference) with the
** interval their qualifiers allow; between an implied point and its own
** anchor, with the stated multiple's bounds.
*/
#include <math.h>
#include <string.h>

#include "../commands.h"
#include "cmd_growth.h"

static const struct rp_point *latest(const struct rp_series *s)
{
	enum gs_kind k = rp_main_kind(s);
	size_t i;

	for (i = s->npts; i-- > 0;)
		if (s->pts[i].kind == k)
			return &s->pts[i];
	return NULL;
}

static const struct rp_point *first(const struct rp_series *s)
{
	enum gs_kind k = rp_main_kind(s);
	size_t i;

	for (i = 0; i < s->npts; i++)
		if (s->pts[i].kind == k)
			return &s->pts[i];
	return NULL;
}

static const struct rp_point *at(const struct rp_series *s,
				 const struct gs_period *p, struct gs_err *e)
{
	const struct rp_point *q = rp_find(s, GS_KIND_LEVEL, p);
	char buf[48];

	if (q || (q = rp_find(s, GS_KIND_FLOW, p)))
		return q;
	period_format(p, buf, sizeof(buf));
	gs_errf(e, GS_EX_DATAERR, "%s: no figure for %s (see 'growthstat "
		"show %s')", s->key, buf, s->key);
	return NULL;
}

/* The default start: a partial-year flow compares with the same months a
 * year earlier, anything else with the first point. */
static const struct rp_point *default_from(const struct rp_series *s,
					   const struct rp_point *b,
					   struct gs_err *e)
{
	struct gs_period p;

	if (b->kind == GS_KIND_FLOW && period_months(&b->period) % 12 != 0) {
		p = period_shift_years(&b->period, -1);
		return at(s, &p, e);
	}
	return first(s);
}

static int comparable(const struct rp_point *a, const struct rp_point *b,
		      struct gs_err *e)
{
	char x[48], y[48];

	if (a->kind != b->kind)
		return gs_errf(e, GS_EX_DATAERR, "a %s and a %s are not "
			       "comparable", kind_name(a->kind),
			       kind_name(b->kind));
	if (a->kind != GS_KIND_FLOW ||
	    period_months(&a->period) == period_months(&b->period))
		return 0;
	period_format(&a->period, x, sizeof(x));
	period_format(&b->period, y, sizeof(y));
	return gs_errf(e, GS_EX_DATAERR, "flows over periods of different "
		       "length are not comparable (%s and %s); compare with "
		       "the same period a year earlier", x, y);
}

/* The pair table and what each of its rows shares. */
struct ptab {
	const struct gs_ctx *ctx;
	struct table *t;
	const char *key;   /* the series a row is about */
};

/* One row: in csv and json it also names its series and unit. */
static void measure(const struct ptab *pt, const char *name,
		    const struct gs_est *v, const char *sym, const char *unit,
		    double scale, const char *refs)
{
	char a[64], b[64], c[64];
	const char *cells[7];
	bool exact = v->lo == v->hi || (isnan(v->lo) && isnan(v->hi));

	report_value(pt->ctx, v->v * scale, sym, a, sizeof(a));
	report_bound(pt->ctx, exact ? NAN : v->lo * scale, sym, b, sizeof(b));
	report_bound(pt->ctx, exact ? NAN : v->hi * scale, sym, c, sizeof(c));
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
	struct ptab pt = { ctx, NULL, fs->key };
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

/*
** Two figures at one time have no growth between them: a single figure
** compared with itself, or two whose periods end on the same day.
*/
static int apart(const struct rp_series *s, const struct rp_point *a,
		 const struct rp_point *b, struct gs_err *e)
{
	char x[48], y[48];

	period_format(&a->period, x, sizeof(x));
	period_format(&b->period, y, sizeof(y));
	if (a == b)
		return gs_errf(e, GS_EX_DATAERR, "%s: only one figure (%s): "
			       "growth needs two at different times", s->key,
			       x);
	if (a->period.end == b->period.end)
		return gs_errf(e, GS_EX_DATAERR, "%s: %s and %s end on the same "
			       "day: no time passes between them", s->key, x,
			       y);
	return 0;
}

/* The change from a to b; between an implied point and its own anchor,
 * with the stated multiple's bounds (the two are not independent). */
static int change(const struct rp_point *a, const struct rp_point *b,
		  bool same_series, struct gs_change *c, struct gs_err *e)
{
	struct gs_est r;

	if (same_series && rp_dependent(a, b, &r))
		return growth_change_dep(&a->p, &b->p, &r, !a->implied, c, e);
	return growth_change(&a->p, &b->p, c, e);
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
	b = o->to.start ? at(s, &o->to, &e) : latest(s);
	if (b == NULL)
		return e.msg[0] ? cli_report(ctx, &e) : cli_error(ctx,
			GS_EX_DATAERR, "%s: no levels or flows", s->key);
	a = o->from.start ? at(fs, &o->from, &e) :
	    other ? latest(other) : default_from(s, b, &e);
	if (a == NULL)
		return e.msg[0] ? cli_report(ctx, &e) : cli_error(ctx,
			GS_EX_DATAERR, "%s: no levels or flows", fs->key);
	if (comparable(a, b, &e) || apart(s, a, b, &e) ||
	    change(a, b, !other, &c, &e))
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

