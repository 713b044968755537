/*
** checks.c: the numbers of a series' section: growth and CAGR
** over its trend window, its targets with the CAGR they require and the
** projection at their date with its interval, its claims with their
** verdicts; every row names the observations it rests on (#n, linked to
** the series' figures in HTML). Values read as in the CLI (fmt_human).
*/
#include "page.h"

#include <math.h>
#include <string.h>

#include "../celltext.h"

#define RIGHT(a, b) ((1UL << (b + 1)) - (1UL << (a)))  /* columns a..b */

/* "2024: 154.0 bn RUB" */
static void at(const struct rp_series *s, const struct rp_point *p,
	       char *buf, size_t n)
{
	char per[48], val[160];

	period_format(&p->period, per, sizeof(per));
	report_point(s, p, val, sizeof(val));
	gs_snprintf(buf, n, "%s: %s%s", per, val, p->implied ? " (implied)" :
		    "");
}

/* One end of an interval: in the unit of series `in` (a count in whole
 * units, rounded inwards: side -1 low, 1 high), or in sym when in is
 * NULL; an infinite end as the sign. */
static void bound(double x, int side, const struct series_info *in,
		  const char *sym, char *buf, size_t n)
{
	if (isinf(x))
		gs_snprintf(buf, n, "%s", x < 0 ? "\u2212\u221e" : "\u221e");
	else if (in != NULL)
		report_amount(in, x, side, buf, n);
	else
		fmt_human(x, sym, buf, n);
}

/* "[lo – hi]" of an interval with a finite side, else "". */
static void interval(double lo, double hi, const struct series_info *in,
		     const char *sym, char *buf, size_t n)
{
	char a[64], b[64];

	buf[0] = '\0';
	if (isnan(lo) || isnan(hi) || lo == hi)
		return;
	bound(lo, -1, in, sym, a, sizeof(a));
	bound(hi, 1, in, sym, b, sizeof(b));
	gs_snprintf(buf, n, "%s \u2013 %s", a, b);
}

void rpage_trend(struct rpage *pg, const struct rd_series *x)
{
	static const char *const head[] = { "from", "to", "years", "multiple",
		"change", "CAGR", "trend", "observations" };
	struct ro_table t = { .caption = "Growth over the trend window",
		.head = head, .ncols = 8, .right = RIGHT(0, 5),
		.refs = 1UL << 7, .key = x->s.key };
	const struct gs_change *g = &x->growth;
	char a[128], b[128], yr[32], mu[64], ch[64], cg[32], how[96],
	     refs[72];
	const char *c[8] = { a, b, yr, mu, ch, cg, how, refs };
	char why[400];

	if (!x->have_growth) {
		gs_snprintf(why, sizeof(why), "No trend: %s.", x->v.have_pj ?
			    "the CAGR is undefined" : x->v.pj_why);
		pg->ops->para(pg->out, why);
		return;
	}
	at(&x->s, &x->v.pj.win[0], a, sizeof(a));
	at(&x->s, proj_last(&x->v.pj), b, sizeof(b));
	gs_snprintf(yr, sizeof(yr), "%.4g", g->years);
	fmt_human(g->mult.v, "\u00d7", mu, sizeof(mu));
	fmt_human(g->pct.v, "%", ch, sizeof(ch));
	report_pct(g->cagr.v, cg, sizeof(cg));
	gs_snprintf(how, sizeof(how), "%s, %zu points",
		    proj_method_name(x->v.pj.method), x->v.pj.nwin);
	report_refs_two(&x->v.pj.win[0], proj_last(&x->v.pj), refs,
			sizeof(refs));
	pg->ops->table(pg->out, &t);
	pg->ops->row(pg->out, &t, c, 0);
	pg->ops->table_end(pg->out, &t);
}

static void target_row(struct rpage *pg, const struct ro_table *t,
		       const struct rd_series *x, const struct target_eval *v)
{
	const struct rp_series *s = &x->s;
	const struct gs_obs *ob = &s->obs.v[v->obs];
	char q[96], by[48], lat[128], req[32], tr[32], pr[64], iv[140],
	     yr[16], rl[32], refs[64];
	const char *c[11] = { q, by, lat, req, tr, pr, iv, yr,
			      verdict_name(v->verdict), v->note, refs };

	report_qualified(ob->qual, ob->value, s->info.sym, q, sizeof(q));
	period_format(&ob->period, by, sizeof(by));
	lat[0] = pr[0] = rl[0] = '\0';
	if (v->latest) {
		at(s, v->latest, lat, sizeof(lat));
		report_refs(v->latest, rl, sizeof(rl));
	}
	report_pct(v->required.v, req, sizeof(req));
	report_pct(v->trend.v, tr, sizeof(tr));
	if (!isnan(v->projected.v))
		report_amount(&s->info, v->projected.v, 0, pr, sizeof(pr));
	interval(v->projected.has_interval ? v->projected.lo : NAN,
		 v->projected.hi, &s->info, NULL, iv, sizeof(iv));
	report_reached(v, yr, sizeof(yr));
	gs_snprintf(refs, sizeof(refs), "#%zu%s%s", v->obs + 1, *rl ? " " : "",
		    rl);
	pg->ops->row(pg->out, t, c, 0);
}

void rpage_targets(struct rpage *pg, const struct rd_series *x)
{
	static const char *const head[] = { "target", "by", "latest",
		"required CAGR", "trend CAGR", "projected", "interval",
		"reached", "verdict", "note", "observations" };
	struct ro_table t = { .caption = "Targets", .head = head, .ncols = 11,
		.right = RIGHT(0, 7), .verdict = 1UL << 8, .refs = 1UL << 10,
		.wide = 1UL << 9, .key = x->s.key };
	size_t i;

	if (x->v.ntv == 0)
		return;
	pg->ops->table(pg->out, &t);
	for (i = 0; i < x->v.ntv; i++)
		target_row(pg, &t, x, &x->v.tv[i]);
	pg->ops->table_end(pg->out, &t);
}

static void claim_row(struct rpage *pg, const struct ro_table *t,
		      const struct rd_series *x, const struct claim_eval *cl)
{
	const struct rp_series *s = &x->s;
	const struct gs_obs *ob = &s->obs.v[cl->obs];
	const char *sym = cl->pct ? "%" : "\u00d7";
	char q[96], base[48], per[48], fr[160], to[160], ac[160], iv[140],
	     refs[80], note[400];
	const char *c[10] = { q, base, per, fr, to, ac, iv,
			      verdict_name(cl->verdict), note, refs };

	report_claim_stated(s, cl, q, sizeof(q));
	period_format(&ob->base, base, sizeof(base));
	period_format(&ob->period, per, sizeof(per));
	report_claim_end(s, cl, false, fr, sizeof(fr));
	report_claim_end(s, cl, true, to, sizeof(to));
	report_claim_actual(cl, ac, sizeof(ac));
	interval(cl->actual.lo, cl->actual.hi, NULL, sym, iv, sizeof(iv));
	report_claim_note(s, cl, note, sizeof(note));
	report_claim_refs(cl, refs, sizeof(refs));
	pg->ops->row(pg->out, t, c, 0);
}

void rpage_claims(struct rpage *pg, const struct rd_series *x)
{
	static const char *const head[] = { "claim", "base", "period", "from",
		"to", "actual", "interval", "verdict", "note", "observations" };
	struct ro_table t = { .caption = "Claims", .head = head, .ncols = 10,
		.right = RIGHT(0, 6), .verdict = 1UL << 7, .refs = 1UL << 9,
		.wide = 1UL << 8, .key = x->s.key };
	size_t i;

	if (x->v.ncv == 0)
		return;
	pg->ops->table(pg->out, &t);
	for (i = 0; i < x->v.ncv; i++)
		claim_row(pg, &t, x, &x->v.cv[i]);
	pg->ops->table_end(pg->out, &t);
}
