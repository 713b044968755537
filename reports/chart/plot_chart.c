/*
** plot_chart.c: a whole chart from series built by pb_build(): the title,
** the footnote (sources, keys, projections), the plot spec, plot_write().
*/
#include "plot_build.h"

#include "../celltext.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The sources behind what is drawn, each with the latest date it
 * reported a figure used (its latest vintage), in order of first use. */
#define PB_MAX_SOURCES 8
struct src_seen {
	const char *name[PB_MAX_SOURCES];
	int32_t latest[PB_MAX_SOURCES];
	size_t n, more;
};

static void see_source(struct src_seen *ss, const struct gs_obs *ob)
{
	size_t k;

	for (k = 0; k < ss->n && strcmp(ss->name[k], ob->source); k++)
		;
	if (k == ss->n) {
		if (ss->n == PB_MAX_SOURCES) {
			ss->more++;
			return;
		}
		ss->name[ss->n] = ob->source;
		ss->latest[ss->n++] = ob->as_of;
	} else if (ob->as_of > ss->latest[k]) {
		ss->latest[k] = ob->as_of;
	}
}

/* "Source: Moscow Government (mos.ru), figures as of 2025-10-07." */
static char *sources_note(const struct src_seen *ss)
{
	struct gs_buf b = { 0 };
	char day[16];
	size_t k;

	gs_buf_printf(&b, "Source%s: ", ss->n + ss->more > 1 ? "s" : "");
	for (k = 0; k < ss->n; k++) {
		date_format(ss->latest[k], day, sizeof(day));
		gs_buf_printf(&b, "%s%s%s%s", k ? "; " : "", ss->name[k],
			      *day ? ", figures as of " : "", day);
	}
	if (ss->more)
		gs_buf_printf(&b, "; %zu more source%s", ss->more,
			      ss->more > 1 ? "s" : "");
	gs_buf_add(&b, ".");
	return b.s;
}

/* Whether series i's key is one an earlier series of the chart has. */
static bool key_before(const struct rp_series *rs, size_t i)
{
	size_t j;

	for (j = 0; j < i; j++)
		if (strcmp(rs[j].key, rs[i].key) == 0)
			return true;
	return false;
}

size_t pb_notes(const struct rp_series *rs, const struct pb_series *pb,
		size_t nser, int32_t as_of, char **v)
{
	struct src_seen ss;
	struct gs_buf b = { 0 }, p = { 0 };
	char day[16];
	size_t i, j, n = 0;

	memset(&ss, 0, sizeof(ss));
	v[0] = v[1] = v[2] = NULL;
	for (i = 0; i < nser; i++)
		for (j = 0; j < pb[i].nused; j++)
			see_source(&ss, &rs[i].obs.v[pb[i].used[j]]);
	if (ss.n)
		v[n++] = sources_note(&ss);
	gs_buf_printf(&b, "Series %s", rs[0].key);
	for (i = 1; i < nser; i++)
		if (!key_before(rs, i)) /* --first-vs-latest: one key twice */
			gs_buf_printf(&b, ", %s", rs[i].key);
	if (as_of) {
		date_format(as_of, day, sizeof(day));
		gs_buf_printf(&b, ", as known on %s", day);
	}
	gs_buf_add(&b, ".");
	v[n++] = b.s;
	for (i = 0; nser > 1 && i < nser; i++)
		if (pb[i].ps.proj)
			gs_buf_printf(&p, "%s%s: %s", p.len ? "; " : "",
				      rs[i].key, pb[i].proj.what);
	if (p.len)
		v[n++] = p.s;
	return n;
}

int pb_write_chart(FILE *out, const struct rp_series *rs,
		   const struct pb_series *pb, size_t n,
		   const struct pb_chart *o, struct gs_err *e)
{
	return pb_write_chart_more(out, rs, pb, n, o, NULL, e);
}

int pb_write_chart_more(FILE *out, const struct rp_series *rs,
			const struct pb_series *pb, size_t n,
			const struct pb_chart *o,
			const struct pb_chart_more *m, struct gs_err *e)
{
	static const struct pb_chart_more none;
	struct plot_series ps[PLOT_MAX_SERIES];
	struct plot_spec sp;
	struct gs_buf title = { 0 };
	char *nv[3];
	size_t i, nn;
	int rc;

	if (n < 1 || n > PLOT_MAX_SERIES)
		return gs_errf(e, GS_EX_USAGE, "a chart holds 1 to %d series, "
			       "not %zu", PLOT_MAX_SERIES, n);
	memset(&sp, 0, sizeof(sp));
	for (i = 0; i < n; i++) {
		ps[i] = pb[i].ps;
		gs_buf_printf(&title, "%s%s", i ? "; " : "", ps[i].title);
	}
	sp.output = o->output;
	m = m ? m : &none;
	sp.term = m->pdf ? PLOT_PDF : o->svg ? PLOT_SVG : PLOT_PNG;
	sp.has_ymin = m->has_ymin;
	sp.has_ymax = m->has_ymax;
	sp.ymin = m->ymin;
	sp.ymax = m->ymax;
	sp.reported = m->reported;
	sp.width = o->width;
	sp.height = o->height;
	sp.title = o->title ? o->title : title.s;
	sp.unit = rs[0].info.sym;
	sp.count = report_is_count(&rs[0].info);
	sp.index_base = o->index_base;
	sp.log = o->log;
	sp.series = ps;
	sp.nseries = n;
	nn = pb_notes(rs, pb, n, o->as_of, nv);
	sp.notes = (const char *const *)nv;
	sp.nnotes = nn;
	rc = plot_write(out, &sp, e);
	for (i = 0; i < nn; i++)
		free(nv[i]);
	gs_buf_free(&title);
	return rc;
}
