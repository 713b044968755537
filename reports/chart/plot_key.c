/*
** plot_key.c: the key of a chart: one entry per series when several share
** it, then one per kind of thing drawn (figures, bars, bounds, the
** projection and its interval, targets and their required paths, plans),
** in the style it is drawn with.
*/
#include "plot_layer.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* "path to the 2030 target: +6.9 % a year" for a chart with one path;
 * else what the dotted curves are. */
static void path_key_text(const struct plot_spec *s, char *buf, size_t n)
{
	const struct plot_target *one = NULL;
	size_t i, j, k = 0;

	for (i = 0; i < s->nseries; i++)
		for (j = 0; j < s->series[i].ntargets; j++)
			if (s->series[i].targets[j].path &&
			    !s->series[i].targets[j].plan && k++ == 0)
				one = &s->series[i].targets[j];
	if (k == 1)
		gs_snprintf(buf, n, "path to the %s target: %+.1f %% a year "
			    "(required)", one->when ? one->when : "",
			    one->path_rate * 100);
	else
		gs_snprintf(buf, n, "path required to reach each target "
			    "(dotted)");
}

static void key(struct plot_ctx *c, const char *fmt, const char *col,
		const char *text)
{
	char style[160];

	/* A style names its colour once or twice (fill and border). */
	gs_snprintf(style, sizeof(style), fmt, col, col);
	plot_add_key(c, style, text);
}

/* The projection's entry: with one series, what it is (and what its
 * trend rests on when that is too little); with several, what the
 * dashes are, and what thin dashes are when some projection is
 * uncertain (README "Trend sufficiency"). */
static void proj_keys(struct plot_ctx *c, const char *g)
{
	const struct plot_spec *s = c->s;
	const struct plot_proj *p = s->series[0].proj;
	bool thin = false;
	size_t i;

	if (s->nseries == 1) {
		key(c, p->uncertain ? "with lines " DASH " lw " THIN " lc rgb "
		    "'%s'" : "with lines " DASH " lw 2.5 lc rgb '%s'", g,
		    p->what ? p->what : "projection (dashed)");
		return;
	}
	for (i = 0; i < s->nseries; i++)
		thin = thin || (s->series[i].proj && s->series[i].proj->uncertain);
	key(c, "with lines " DASH " lw 2.5 lc rgb '%s'", g,
	    "projection (dashed)");
	if (thin)
		key(c, "with lines " DASH " lw " THIN " lc rgb '%s'", g,
		    "thin: a trend from fewer than 3 reported figures "
		    "(uncertain)");
}

void plot_layers_key(struct plot_ctx *c)
{
	const struct plot_spec *s = c->s;
	bool any[L_COUNT] = { false }, h[L_COUNT];
	bool one = s->nseries == 1;
	const char *g = one ? plot_color(c, 0) : PLOT_GREY;
	const char *tg = one ? PLOT_ACCENT : PLOT_GREY;
	char text[160];
	size_t i, k;

	for (i = 0; i < s->nseries; i++) {
		plot_scan(&s->series[i], h);
		for (k = 0; k < L_COUNT; k++)
			any[k] = any[k] || h[k];
		/* bars over the same months of each year: the key says
		 * which ("Vaccines (Jan–Aug sums)") */
		gs_snprintf(text, sizeof(text), c->same_months ? "%s (%s sums)" :
			    "%s", s->series[i].title, c->months);
		if (!one)
			key(c, !(h[L_BAR] || h[L_OBAR] || h[L_IBAR]) ? "with linespoints lw 2.5 pt 7 ps 1.3 "
			    "lc rgb '%s'" : "with boxxyerror lc rgb '%s' fs "
			    "transparent solid 0.45 border lc rgb '%s'", plot_color(c, i),
			    text);
	}
	if (one && (any[L_LINE] || any[L_PT]))
		key(c, "with linespoints lw 2.5 pt 7 ps 1.3 lc rgb '%s'", g,
		    c->s->reported ? c->s->reported : "reported figures");
	gs_snprintf(text, sizeof(text), c->same_months ? "reported sums over "
		    "%s of each year (bars)" : "reported sums over each period "
		    "(bars)", c->months);
	if (one && (any[L_BAR] || any[L_OBAR]))
		key(c, "with boxxyerror lc rgb '%s' fs transparent solid 0.45 "
		    "border lc rgb '%s'", g, text);
	if (any[L_IMP])
		key(c, "with points pt 4 ps 1.4 lw 2 lc rgb '%s'", g,
		    "implied by a stated growth multiple");
	else if (any[L_IBAR])
		key(c, "with boxxyerror lc rgb '%s' fs transparent solid 0.12 "
		    "border lc rgb '%s'", g, "implied by a stated growth "
		    "multiple");
	if (any[L_LOWER] || (any[L_ARROW] && any[L_OBAR]))
		key(c, "with points pt 8 ps 1.5 lw 2 lc rgb '%s'", g,
		    "lower bound (over, at least): the value is higher");
	if (any[L_UPPER])
		key(c, "with points pt 10 ps 1.5 lw 2 lc rgb '%s'", g,
		    "upper bound (up to, under): the value is lower");
	if (any[L_RANGE] || any[L_ERR])
		key(c, "with yerrorbars pt 6 ps 1.5 lw 2 lc rgb '%s'", g,
		    "approximate (about, almost) or a range: the bar");
	if (any[L_PROJ] || any[L_PBAR])
		proj_keys(c, g);
	if (any[L_BAND] || any[L_PBAND]) {
		double lv = 0;

		for (i = 0; i < s->nseries; i++)
			if (s->series[i].proj)
				lv = s->series[i].proj->level;
		gs_snprintf(text, sizeof(text), "%g %% prediction interval",
			    round(lv * 1000) / 10);
		/* the fill takes the line colour, not the border's: without
		 * its own lc the swatch was the next line type's (yellow) */
		key(c, "with filledcurves lc rgb '%s' " BOUND " fs "
		    "transparent solid 0.15 border lc rgb '%s'", g, text);
	}
	if (any[L_TARGET] || any[L_OTARGET])
		key(c, "with points pt 13 ps 2.2 lc rgb '%s'", tg, "target");
	if (any[L_PATH]) {
		path_key_text(s, text, sizeof(text));
		key(c, "with lines " PATHDASH " lw 2.5 lc rgb '%s'", tg, text);
	}
	if (any[L_PLAN])
		key(c, "with boxxyerror lc rgb '%s' lw 2 " PLANDASH " fs "
		    "transparent solid 0.12 border lc rgb '%s'", tg,
		    "plan: a sum over the period (bar)");
}
