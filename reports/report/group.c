/*
** group.c: the section of one series group (a key prefix such
** as moscow.technopolis.pharma.*): its charts, one per unit (series in
** different units cannot share an axis), the series with a single figure
** in one table, and every other series with its figures, trend, targets
** and claims, each number naming the observations (#n) it rests on.
*/
#include "page.h"
#include "../celltext.h"
#include "../../series/obs.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- charts ---- */

static bool same_unit(const struct rp_series *a, const struct rp_series *b)
{
	return strcmp(a->info.dim, b->info.dim) == 0 &&
	       strcmp(a->info.sym, b->info.sym) == 0;
}

static void draw(struct rpage *pg, const struct rp_series *rs, size_t n,
		 const char *group)
{
	struct pb_series pb[PLOT_MAX_SERIES];
	unsigned char *svg = NULL;
	char title[512], why[900];
	struct gs_err e;
	size_t i, built = 0;
	size_t len = 0;
	int rc = 0;

	gs_err_clear(&e);
	gs_snprintf(title, sizeof(title), "%s: %s", n == 1 ? rs[0].key : group,
		    n == 1 ? (rs[0].info.name && *rs[0].info.name ?
			      rs[0].info.name : "figures") :
		    *rs[0].info.sym ? rs[0].info.sym : "no unit");
	for (i = 0; i < n && rc == 0; i++, built++) {
		struct pb_opts o = { 0 };

		o.level = 0.95;
		o.project_optional = true;
		o.project = rp_projection_target(&rs[i], &o.proj_to);
		rc = pb_build(&rs[i], &o, &pb[i], &e);
	}
	if (rc == 0 && !pg->gnuplot_missing)
		rc = rpage_svg(rs, pb, n, n == 1 ? NULL : title, &svg, &len,
			       &pg->gnuplot_missing, &e);
	if (svg) {
		pg->ops->chart(pg->out, title, svg, len);
		pg->ncharts++;
	} else {
		gs_snprintf(why, sizeof(why), "Chart not drawn (%s): %s", title,
			    pg->gnuplot_missing && !e.msg[0] ?
			    "gnuplot not found" : e.msg);
		pg->ops->para(pg->out, why);
		if (e.msg[0] && pg->warn)
			pg->warn(pg->warn_arg, &e);
		pg->chart_rc = GS_EX_UNAVAILABLE;
	}
	free(svg);
	for (i = 0; i < built; i++)
		pb_free(&pb[i]);
}

/* Charts of the chartable series of r->v[from..to), by unit, at most
 * PLOT_MAX_SERIES a chart. */
static void charts(struct rpage *pg, size_t from, size_t to)
{
	const struct rd_series *v = pg->r->v;
	struct rp_series rs[PLOT_MAX_SERIES];
	bool *done = xcalloc(to - from, sizeof(*done));
	size_t i, j, n;

	for (i = from; i < to; i++) {
		if (done[i - from] || !rd_chartable(&v[i]))
			continue;
		for (n = 0, j = i; j < to && n < PLOT_MAX_SERIES; j++) {
			if (done[j - from] || !rd_chartable(&v[j]) ||
			    !same_unit(&v[i].s, &v[j].s))
				continue;
			rs[n++] = v[j].s;
			done[j - from] = true;
		}
		draw(pg, rs, n, v[i].group);
	}
	free(done);
}

/* ---- tables ---- */

static bool single(const struct rd_series *x)
{
	return x->s.obs.n == 1 && x->v.ntv == 0 && x->v.ncv == 0;
}

static const char *const fig_head[] = { "#", "period", "kind", "value",
	"base", "as of", "source", "note" };

/* The cells of observation i of s (bufs: 4 of 64 bytes). */
static void fig_cells(const struct rp_series *s, size_t i, const char **c,
		      char (*b)[64])
{
	const struct gs_obs *ob = &s->obs.v[i];

	gs_snprintf(b[0], 64, "#%zu", i + 1);
	period_format(&ob->period, b[1], 64);
	report_qualified(ob->qual, ob->value, rp_symbol(s, ob), b[2], 64);
	period_format(&ob->base, b[3], 64);
	if (ob->as_of)
		date_format(ob->as_of, b[4], 64);
	else
		b[4][0] = '\0';
	c[0] = b[0];
	c[1] = b[1];
	c[2] = kind_name(ob->kind);
	c[3] = b[2];
	c[4] = b[3];
	c[5] = b[4];
	c[6] = ob->source ? ob->source : "";
	c[7] = ob->note ? ob->note : "";
}

static void figures(struct rpage *pg, const struct rp_series *s)
{
	struct ro_table t = { .caption = "Figures", .head = fig_head, .ncols = 8,
		.right = 1UL << 3, .wide = 1UL << 7, .key = s->key };
	const char *c[8];
	char b[5][64];
	size_t i;

	pg->ops->table(pg->out, &t);
	for (i = 0; i < s->obs.n; i++) {
		fig_cells(s, i, c, b);
		pg->ops->row(pg->out, &t, c, i + 1);
	}
	pg->ops->table_end(pg->out, &t);
}

/* The series of the group that have one figure and nothing to judge. */
static void singles(struct rpage *pg, size_t from, size_t to)
{
	static const char *const head[] = { "series", "period", "kind",
		"value", "as of", "source", "note" };
	struct ro_table t = { .caption = "Series with one figure", .head = head,
		.ncols = 7, .right = 1UL << 3, .wide = 1UL << 6,
		.keys = 1UL << 0 };
	const char *c[8];
	char b[5][64];
	size_t i, n = 0;

	for (i = from; i < to; i++) {
		const struct rp_series *s = &pg->r->v[i].s;

		if (!single(&pg->r->v[i]))
			continue;
		if (n++ == 0)
			pg->ops->table(pg->out, &t);
		fig_cells(s, 0, c, b);
		c[0] = s->key;
		c[4] = c[5];
		c[5] = c[6];
		c[6] = c[7];
		t.key = s->key;
		pg->ops->row(pg->out, &t, c, 1);
	}
	if (n)
		pg->ops->table_end(pg->out, &t);
}

static void series(struct rpage *pg, const struct rd_series *x)
{
	const struct series_info *si = &x->s.info;
	const char *name = si->name ? si->name : "";
	const char *desc = si->description ? si->description : "";
	char head[1024];

	gs_snprintf(head, sizeof(head), "%s%s%s", x->s.key, *name ? ": " : "",
		    name);
	pg->ops->heading(pg->out, 3, head, x->s.key, false);
	gs_snprintf(head, sizeof(head), "Unit: %s.%s%s", *si->sym ? si->sym :
		    "none", *desc ? " " : "", desc);
	pg->ops->para(pg->out, head);
	figures(pg, &x->s);
	rpage_trend(pg, x);
	rpage_targets(pg, x);
	rpage_claims(pg, x);
}

void rpage_group(struct rpage *pg, size_t from, size_t to)
{
	char head[600];
	size_t i;

	gs_snprintf(head, sizeof(head), "%s%s", pg->r->v[from].group,
		    strchr(pg->r->v[from].s.key, '.') ? ".*" : "");
	pg->ops->heading(pg->out, 2, head, pg->r->v[from].group, true);
	gs_snprintf(head, sizeof(head), "%zu series.", to - from);
	pg->ops->para(pg->out, head);
	if (pg->charts)
		charts(pg, from, to);
	for (i = from; i < to; i++)
		if (!single(&pg->r->v[i]))
			series(pg, &pg->r->v[i]);
	singles(pg, from, to);
}
