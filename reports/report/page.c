/*
** page.c: the page of `growthstat report`: its header (title, when,
** which database, as of when, how much), the summary of verdicts with the
** checks that fail, then a section per series group (group.c). See
** page.h.
*/
#include "page.h"
#include "../../series/obs.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "../celltext.h"
#include "../chart/plot_path.h"

void rpage_init(struct rpage *pg, const struct rd_report *r,
		const struct ro_ops *ops, const char *title,
		const char *db_shown)
{
	memset(pg, 0, sizeof(*pg));
	pg->ops = ops;
	pg->r = r;
	pg->title = title ? title : "growthstat report";
	pg->db_shown = db_shown;
	pg->now = rpage_now();
	pg->charts = ops == &ro_html;
}

time_t rpage_now(void)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	char *end;
	long long v;

	if (s && *s) {
		errno = 0;
		v = strtoll(s, &end, 10);
		if (*end == '\0' && errno == 0 && v >= 0)
			return (time_t)v;
	}
	return time(NULL);
}

const struct ro_ops *rpage_format(const char *format, const char *path)
{
	bool md = format ? strcmp(format, "md") == 0 :
		  plot_path_ends(path, ".md");

	return md ? &ro_md : &ro_html;
}

static void meta(struct rpage *pg)
{
	static const char *const head[] = { "report", "" };
	struct ro_table t = { .head = head, .ncols = 2, .narrow = true };
	const struct rd_report *r = pg->r;
	char when[64], asof[32], ns[32], nf[32], nsrc[32];
	const char *rows[][2] = {
		{ "generated", when }, { "database", pg->db_shown },
		{ "as of", asof }, { "series", ns }, { "figures", nf },
		{ "sources", nsrc },
	};
	struct tm tm;
	size_t i;

	strftime(when, sizeof(when), "%Y-%m-%d %H:%M UTC",
		 gmtime_r(&pg->now, &tm));
	if (r->o.rp.as_of)
		date_format(r->o.rp.as_of, asof, sizeof(asof));
	else
		gs_snprintf(asof, sizeof(asof), "latest (every vintage "
			    "stored)");
	gs_snprintf(ns, sizeof(ns), "%zu", r->n);
	gs_snprintf(nf, sizeof(nf), "%ld", r->figures);
	gs_snprintf(nsrc, sizeof(nsrc), "%ld", r->sources);
	pg->ops->table(pg->out, &t);
	for (i = 0; i < GS_ARRAY_LEN(rows); i++)
		pg->ops->row(pg->out, &t, rows[i], 0);
	pg->ops->table_end(pg->out, &t);
}

/* One line of the verdict counts. */
static void count_row(struct rpage *pg, const struct ro_table *t,
		      const char *what, enum verdict v, long n)
{
	char num[32];
	const char *cells[3];

	gs_snprintf(num, sizeof(num), "%ld", n);
	cells[0] = what;
	cells[1] = verdict_name(v);
	cells[2] = num;
	pg->ops->row(pg->out, t, cells, 0);
}

static void counts(struct rpage *pg)
{
	static const char *const head[] = { "checks", "verdict", "count" };
	/* the verdicts of targets whose date has passed only when some
	 * target has them */
	static const enum verdict tv[] = { V_MISSED, V_BEHIND, V_UNCERTAIN,
					   V_NO_FIGURE, V_ON_TRACK, V_LATE,
					   V_AHEAD, V_NA };
	static const bool always[] = { false, true, true, false, true, false,
				       true, true };
	struct ro_table t = { .caption = "Verdicts", .head = head, .ncols = 3,
		.right = 1UL << 2, .verdict = 1UL << 1, .narrow = true };
	const struct rd_report *r = pg->r;
	size_t i;

	pg->ops->table(pg->out, &t);
	count_row(pg, &t, "claims", V_INCONSISTENT, r->claims[V_INCONSISTENT]);
	count_row(pg, &t, "claims", V_CONSISTENT, r->claims[V_CONSISTENT]);
	for (i = 0; i < GS_ARRAY_LEN(tv); i++)
		if (always[i] || r->targets[tv[i]] > 0)
			count_row(pg, &t, "targets", tv[i], r->targets[tv[i]]);
	pg->ops->table_end(pg->out, &t);
}

static const char *const fail_head[] = { "series", "check", "verdict",
					 "what" };

static void failing_claims(struct rpage *pg, const struct ro_table *t,
			   const struct rd_series *x)
{
	size_t i;

	for (i = 0; i < x->v.ncv; i++) {
		const struct claim_eval *c = &x->v.cv[i];
		const struct gs_obs *ob = &x->s.obs.v[c->obs];
		char st[96], base[48], per[48], ac[160], what[400];
		const char *cells[4];

		if (!verdict_failed(c->verdict))
			continue;
		report_claim_stated(&x->s, c, st, sizeof(st));
		report_claim_actual(c, ac, sizeof(ac));
		period_format(&ob->base, base, sizeof(base));
		period_format(&ob->period, per, sizeof(per));
		gs_snprintf(what, sizeof(what), "%s from %s to %s; the "
			    "figures give %s", st, base, per, ac);
		cells[0] = x->s.key;
		cells[1] = "claim";
		cells[2] = verdict_name(c->verdict);
		cells[3] = what;
		pg->ops->row(pg->out, t, cells, 0);
	}
}

static void failing_targets(struct rpage *pg, const struct ro_table *t,
			    const struct rd_series *x)
{
	size_t i;

	for (i = 0; i < x->v.ntv; i++) {
		const struct target_eval *v = &x->v.tv[i];
		const struct gs_obs *ob = &x->s.obs.v[v->obs];
		char tv[64], by[48], pr[64], what[256];
		const char *cells[4];

		if (!verdict_failed(v->verdict))
			continue;
		fmt_human(ob->value, x->s.info.sym, tv, sizeof(tv));
		report_amount(&x->s.info, v->projected.v, 0, pr, sizeof(pr));
		period_format(&ob->period, by, sizeof(by));
		if (v->verdict == V_MISSED)
			gs_snprintf(what, sizeof(what), "%s by %s; %s", tv, by,
				    v->note);
		else
			gs_snprintf(what, sizeof(what), "%s by %s; the trend "
				    "gives %s", tv, by, pr);
		cells[0] = x->s.key;
		cells[1] = "target";
		cells[2] = verdict_name(v->verdict);
		cells[3] = what;
		pg->ops->row(pg->out, t, cells, 0);
	}
}

static void failures(struct rpage *pg)
{
	struct ro_table t = { .caption = "What fails", .head = fail_head, .ncols = 4,
		.verdict = 1UL << 2, .series = 1UL << 0, .wide = 1UL << 3 };
	const struct rd_report *r = pg->r;
	long failed = 0;
	size_t i;
	int v;

	for (v = 0; v < V_NVERDICTS; v++)
		if (verdict_failed((enum verdict)v))
			failed += r->claims[v] + r->targets[v];
	if (failed == 0) {
		pg->ops->para(pg->out, "Nothing fails: no claim is "
			      "inconsistent with its figures and no target is "
			      "behind or missed.");
		return;
	}
	pg->ops->table(pg->out, &t);
	for (i = 0; i < r->n; i++) {
		failing_claims(pg, &t, &r->v[i]);
		failing_targets(pg, &t, &r->v[i]);
	}
	pg->ops->table_end(pg->out, &t);
}

static void summary(struct rpage *pg)
{
	pg->ops->heading(pg->out, 2, "Verdict summary", NULL, false);
	pg->ops->para(pg->out, "Targets are judged against the trend of "
		      "their series (CAGR of the reported figures, 5 % "
		      "tolerance; uncertain when the trend rests on fewer "
		      "than 3 reported figures or its interval straddles the "
		      "target). A target whose date has passed is judged "
		      "by the figures: reached late, missed, or no figure "
		      "yet. Claims are stated multiples or percent "
		      "changes checked against the figures at both ends. "
		      "Behind, missed and inconsistent fail.");
	counts(pg);
	failures(pg);
}

void rpage_write(struct rpage *pg)
{
	const struct rd_report *r = pg->r;
	size_t i, j;

	pg->ops->begin(pg->out, pg->title);
	pg->ops->heading(pg->out, 1, pg->title, NULL, false);
	meta(pg);
	summary(pg);
	if (r->n == 0)
		pg->ops->para(pg->out, "The database holds no series to "
			      "report on.");
	for (i = 0; i < r->n; i = j) {
		for (j = i + 1; j < r->n; j++)
			if (strcmp(r->v[j].group, r->v[i].group) != 0)
				break;
		rpage_group(pg, i, j);
	}
	pg->ops->end(pg->out);
}
