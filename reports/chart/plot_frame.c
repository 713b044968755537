/*
** plot_frame.c: plot_write() and the frame of a chart: year ticks, the
** layout in pixels (title, unit, plot area, key, footnote), the terminal
** (png with its fallback, svg, pdf). The y axis is plot_axis.c's.
*/
#include "plot_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ---- layout ---- */

/* The footnote's font scale: 0.8 of the chart font, at least 8 points. */
static double foot_k(const struct plot_ctx *c)
{
	return fmax(0.8, 8.0 / c->fs);
}

/* The number of characters of s whose width, with a "…" after them,
 * fits in width pixels at size k; 0 when all of s fits as it is. */
static size_t fit_chars(const struct plot_ctx *c, const char *s, double k,
			double width)
{
	size_t len = strlen(s), i = 0, n = 0, step;
	char *buf;
	double ell;

	if (plot_textw(c, s, k) <= width)
		return 0;
	buf = xmalloc(len + 1);
	ell = plot_textw(c, "\xE2\x80\xA6", k);
	for (; s[i]; i += step, n++) {
		step = gs_utf8_len(s + i);
		step = step ? step : 1;
		memcpy(buf, s, i + step);
		buf[i + step] = '\0';
		if (plot_textw(c, buf, k) + ell > width)
			break;
	}
	free(buf);
	return n + 1; /* plot_put_text keeps max - 1 of them, then "…" */
}

/* The footnote's size as drawn: gnuplot takes whole points (',10' for
 * 9.6), so lines are measured at that, not at foot_k. */
static double foot_drawn_k(const struct plot_ctx *c)
{
	return (double)lround(c->fs * foot_k(c)) / c->fs;
}

/* Add text as one footnote line, or, a word longer than a line, as
 * several cut between characters, so that no label leaves the image. */
static size_t add_line(const struct plot_ctx *c, const char *text,
		       double width, char ***lines, size_t n)
{
	size_t cut, step;

	while ((cut = fit_chars(c, text, foot_drawn_k(c), width)) > 1) {
		/* the cut-off piece takes the ellipsis' room too */
		for (cut--, step = 0; cut > 0; cut--)
			step += gs_utf8_len(text + step) ? gs_utf8_len(text + step)
							 : 1;
		GS_GROW(*lines, n);
		(*lines)[n++] = xstrndup(text, step);
		text += step;
	}
	GS_GROW(*lines, n);
	(*lines)[n++] = xstrdup(text);
	return n;
}

/* Footnote text split into lines of at most width pixels: at spaces, a
 * word longer than a line between its characters (add_line). */
static size_t wrap(const struct plot_ctx *c, const char *s, double width,
		   char ***lines, size_t n)
{
	char *buf = xstrdup(s), save;
	size_t start = 0, sp = 0, i;

	for (i = 0;; i++) {
		if (buf[i] != ' ' && buf[i] != '\0')
			continue;
		save = buf[i];
		buf[i] = '\0';
		if (plot_textw(c, buf + start, foot_drawn_k(c)) > width &&
		    sp > start) {
			buf[sp] = '\0';
			n = add_line(c, buf + start, width, lines, n);
			start = sp + 1;
		}
		buf[i] = save;
		if (save == '\0')
			break;
		sp = i;
	}
	if (buf[start])
		n = add_line(c, buf + start, width, lines, n);
	free(buf);
	return n;
}

/* Key columns as gnuplot lays them out: its column width is the longest
 * entry in characters plus the sample and gaps (about 7 more), at its
 * character width estimate, fs * 5/6 pixels for the cairo terminals. */
static void key_layout(struct plot_ctx *c)
{
	size_t i, chars = 0;
	double w;

	for (i = 0; i < c->nkey; i++) {
		const unsigned char *p = (const unsigned char *)c->key[i].text;
		size_t n = 0;

		for (; *p; p++)
			n += (*p & 0xC0) != 0x80;
		chars = n > chars ? n : chars;
	}
	chars = chars > plot_key_chars(c) ? plot_key_chars(c) : chars;
	w = (double)(chars + 7) * c->fs * 5.0 / 6.0;
	c->keycols = (int)fmax(1, floor((c->R - c->L) / w));
	if ((size_t)c->keycols > c->nkey)
		c->keycols = (int)c->nkey;
	c->keyrows = c->nkey ? (int)((c->nkey + (size_t)c->keycols - 1) /
				     (size_t)c->keycols) : 0;
}

static void put_label_screen(struct plot_ctx *c, const char *text, double x,
			     double y, double k, const char *color,
			     size_t max)
{
	fprintf(c->out, "set label %d ", ++c->nlabel);
	plot_put_text(c->out, text, max);
	fprintf(c->out, " at screen %.4f, screen %.4f left front font ',%d' "
		"textcolor rgb '%s'\n", x / c->W, y / c->H,
		(int)lround(c->fs * k), color);
}

/* The most characters of the title drawn: as many as an average width
 * allows, fewer when they are wider. */
static size_t title_chars(const struct plot_ctx *c, double pad)
{
	double width = c->W - 2 * pad;
	size_t avg = (size_t)(width / (c->fs * 4.0 / 3.0 * 1.4 * 0.62));
	size_t fit = fit_chars(c, c->s->title, 1.4, width);

	return fit && fit < avg ? fit : avg;
}

/*
** Quarterly points (--frequency quarterly) under year labels at the
** years' middles: with a range that starts or ends inside a year, a
** label stood near an edge and a Q1 point left of "2024" seemed to be
** in 2023. Each quarter is labelled instead ("Q1 2024", "Q2", ...) when
** every point is a quarter and the labels fit.
*/
static bool quarter_ticks(const struct plot_ctx *c, double yearpx)
{
	size_t i, j, n = 0;

	if (yearpx / 4 < 8 * c->dw + c->lh)
		return false;
	for (i = 0; i < c->s->nseries; i++)
		for (j = 0; j < c->s->series[i].nobs; j++, n++) {
			double w = c->s->series[i].obs[j].x1 -
				   c->s->series[i].obs[j].x0;

			if (w < 0.2 || w > 0.3)
				return false;
		}
	return n > 0;
}

/* Each quarter from the first point's to the last's labelled at its
 * middle: "Q1 2023" (and the year on the first label), "Q2".."Q4". */
static void quarter_labels(struct plot_ctx *c)
{
	const char *sep = "";
	double lo = c->xmax, hi = c->xmin;
	size_t i, j;
	int yr, q;

	for (i = 0; i < c->s->nseries; i++)
		for (j = 0; j < c->s->series[i].nobs; j++) {
			lo = fmin(lo, c->s->series[i].obs[j].x0);
			hi = fmax(hi, c->s->series[i].obs[j].x1);
		}
	for (yr = (int)floor(lo); yr <= (int)ceil(hi); yr++)
		for (q = 0; q < 4; q++) {
			double x = yr + 0.125 + 0.25 * q;

			if (x < lo || x > hi)
				continue;
			if (q == 0 || *sep == '\0')
				fprintf(c->out, "%s'Q%d %d' %.3f", sep, q + 1,
					yr, x);
			else
				fprintf(c->out, "%s'Q%d' %.3f", sep, q + 1, x);
			sep = ", ";
		}
}

static void frame(struct plot_ctx *c, char **foot, size_t nfoot,
		  const double *yv, char (*yt)[32], size_t nyt)
{
	double pad = 0.6 * c->lh, yearpx;
	double fl = foot_k(c) * c->lh * 1.1, y;
	char unit[128];
	static const int steps[] = { 1, 2, 5, 10, 20, 50, 100 };
	int step = 1, yr;
	size_t i;
	const char *sep = "";

	fprintf(c->out, "set lmargin at screen %.4f\nset rmargin at screen "
		"%.4f\nset bmargin at screen %.4f\nset tmargin at screen "
		"%.4f\n", c->L / c->W, c->R / c->W, c->B / c->H, c->T / c->H);
	/* cut with "…" where it would leave the image: at the width its
	 * characters take, wide ones (W, CJK) too */
	if (c->s->title && *c->s->title)
		put_label_screen(c, c->s->title, pad, c->H - pad - 0.75 * c->lh,
				 1.4, "#111111", title_chars(c, pad));
	gs_snprintf(unit, sizeof(unit), "%s%s%s", c->yunit, c->s->log &&
		    *c->yunit ? ", " : "", c->s->log ? "log scale" : "");
	put_label_screen(c, unit, pad, c->T + 0.95 * c->lh, 1, "#333333", 0);
	y = pad + (double)nfoot * fl - 0.5 * fl;
	for (i = 0; i < nfoot; i++, y -= fl)
		put_label_screen(c, foot[i], pad, y, foot_k(c), PLOT_GREY, 0);
	fprintf(c->out, "set xrange [%.6f:%.6f]\n", c->xmin, c->xmax);
	fprintf(c->out, "set yrange [%.10g:%.10g]\n", c->ymin, c->ymax);
	if (c->s->log)
		fputs("set logscale y\n", c->out);
	fputs("set border 3 lc rgb '#444444' lw 1\nset tics textcolor "
	      "rgb '#333333'\nunset mxtics\nunset mytics\n", c->out);
	yearpx = (c->R - c->L) / (c->xmax - c->xmin);
	for (i = 0; i < GS_ARRAY_LEN(steps); i++)
		if ((step = steps[i]) * yearpx >= 4 * c->dw + 1.2 * c->lh)
			break;
	fputs("set xtics nomirror out scale 0,0.6 (", c->out);
	if (quarter_ticks(c, yearpx))
		quarter_labels(c);
	else
		for (yr = (int)floor(c->xmin); yr <= (int)ceil(c->xmax); yr++)
			if (yr % step == 0 && yr + 0.5 >= c->xmin &&
			    yr + 0.5 <= c->xmax) {
				fprintf(c->out, "%s'%d' %d.5", sep, yr, yr);
				sep = ", ";
			}
	fputs(")\n", c->out);
	sep = "";
	fputs("set xtics add (", c->out);
	for (yr = (int)ceil(c->xmin); yr <= (int)floor(c->xmax); yr++)
		if (yearpx >= 4 || yr % step == 0) {
			fprintf(c->out, "%s'' %d 1", sep, yr);
			sep = ", ";
		}
	fputs(")\n", c->out);
	fputs("set ytics nomirror out scale 0.6 (", c->out);
	for (i = 0; i < nyt; i++) {
		char num[40];

		plot_num(yv[i], num, sizeof(num));
		fprintf(c->out, "%s'%s' %s", i ? ", " : "", yt[i], num);
	}
	fputs(")\n", c->out);
	fputs("set grid ytics back lt 1 lc rgb '#e6e6e6' lw 1\n", c->out);
	if (c->nkey)
		fprintf(c->out, "set key at screen %.4f, screen %.4f left top "
			"horizontal maxcols %d maxrows %d reverse Left samplen 3 "
			"spacing 1.1 width 1 noautotitle textcolor rgb '#222222' "
			"noenhanced\n", c->L / c->W,
			(c->B - 1.7 * c->lh) / c->H, c->keycols, c->keyrows);
	else
		fputs("unset key\n", c->out);
}

/* The image path as `set output` takes it: gnuplot expands a leading
 * '~' and skips leading blanks, so such a relative name gets "./". */
static char *output_string(const char *path)
{
	bool dot = *path && !strchr("/.", *path) && !(*path & 0x80) &&
		   !((*path >= 'a' && *path <= 'z') ||
		     (*path >= 'A' && *path <= 'Z') ||
		     (*path >= '0' && *path <= '9') || *path == '_');
	char *p = xmalloc(strlen(path) + 3), *q;

	gs_snprintf(p, strlen(path) + 3, "%s%s", dot ? "./" : "", path);
	q = plot_gp_string(p, 0, true);
	free(p);
	return q;
}

static void header(struct plot_ctx *c)
{
	const struct plot_spec *s = c->s;
	char *q = output_string(s->output ? s->output : "");

	fprintf(c->out,
		"# A chart by growthstat %s. Self-contained: every figure is "
		"inline below,\n# so `gnuplot THIS_FILE` redraws the image; "
		"gnuplot -e \"outfile='x.png'\"\n# THIS_FILE writes it "
		"elsewhere. Text from the data is only ever in\n# double-quoted "
		"strings with every other byte than letters, digits and\n# "
		"\" ,.:_+-/()%%=\" as an octal escape, so gnuplot substitutes "
		"nothing.\n"
		"reset\nset encoding utf8\n"
		"if (!exists(\"outfile\")) outfile = %s\n", GS_VERSION, q);
	free(q);
	/* gs_plain: the png terminal draws no dashes; projections then
	 * get open circles along them. */
	/* The svg terminal takes a point as a pixel; cairo draws it as 4/3
	 * pixel: fontscale makes the SVG's text the PNG's size. */
	if (s->term == PLOT_SVG) {
		fprintf(c->out, "gs_plain = 0\nset terminal svg size %d,%d "
			"font 'Sans,%d' fontscale 1.3333 noenhanced background "
			"'#ffffff'\n", s->width, s->height, c->fs);
	} else if (s->term == PLOT_PDF) {
		fprintf(c->out, "gs_plain = 0\n"
			"if (strstrt(' '.GPVAL_TERMINALS.' ', ' pdfcairo ') == 0) {\n"
			"\tprint 'error: this gnuplot has no pdfcairo terminal, "
			"so it cannot write PDF; install a gnuplot built with "
			"cairo (Debian: gnuplot-nox), or write PNG or SVG'\n"
			"\texit status 69\n}\n"
			"set terminal pdfcairo size %.4fin,%.4fin font 'Sans,%d' "
			"noenhanced background '#ffffff'\n", s->width / 96.0,
			s->height / 96.0, c->fs);
	} else {
		fprintf(c->out,
			"gs_plain = strstrt(' '.GPVAL_TERMINALS.' ', ' pngcairo ') == 0\n"
			"if (!gs_plain) {\n"
			"\tset terminal pngcairo size %d,%d font 'Sans,%d' "
			"noenhanced background '#ffffff'\n} else {\n"
			"\tprint 'warning: gnuplot has no pngcairo terminal; "
			"drawing with png (plainer)'\n"
			"\tset terminal png size %d,%d noenhanced\n}\n",
			s->width, s->height, c->fs, s->width, s->height);
	}
	/* The projections' dashes (dash type 11, plot_layers.c): the svg
	 * terminal draws a dash unit twice as long as cairo does, so the
	 * same pattern left the key's short sample one long dash, read as
	 * the solid line of reported figures. */
	fprintf(c->out, "set dashtype 11 (%s)\n", s->term == PLOT_SVG ?
		"8,5" : "16,10");
	fputs("set output outfile\n", c->out);
}

/* The font size in points from the image size, and text metrics in
 * pixels (cairo draws a point as 4/3 pixel). */
static void fonts(struct plot_ctx *c)
{
	c->fs = (int)lround(fmin(c->H / 60, c->W / 100));
	c->fs = c->fs < 8 ? 8 : c->fs > 28 ? 28 : c->fs;
	c->dw = 0.64 * c->fs * 4.0 / 3.0;
	c->lh = 1.25 * c->fs * 4.0 / 3.0;
}

static void layout(struct plot_ctx *c, size_t nfoot, const char (*yt)[32],
		   size_t nyt)
{
	double pad, tickw = 0;
	size_t i;

	pad = 0.6 * c->lh;
	for (i = 0; i < nyt; i++)
		tickw = fmax(tickw, plot_textw(c, yt[i], 1));
	c->L = pad + tickw + 0.9 * c->lh;
	c->R = c->W - fmax(pad, 0.025 * c->W);
	c->T = c->H - (pad + 1.4 * c->lh + 0.5 * c->lh + 1.5 * c->lh);
	key_layout(c);
	c->B = pad + (double)nfoot * foot_k(c) * c->lh * 1.1 + 0.6 * c->lh +
	       (double)c->keyrows * 1.1 * c->lh + 1.9 * c->lh;
}

static void unit_label(struct plot_ctx *c)
{
	const struct plot_spec *s = c->s;

	if (s->index_base)
		gs_snprintf(c->yunit, sizeof(c->yunit), "index, %s = 100",
			    s->index_base);
	else
		gs_snprintf(c->yunit, sizeof(c->yunit), "%s%s%s", c->sc.word,
			    *c->sc.word && s->unit && *s->unit ? " " : "",
			    s->unit ? s->unit : "");
}

/* Each series with flows gets its own bar slot (bars side by side). */
static void bar_slots(struct plot_ctx *c)
{
	size_t i, j;

	for (i = 0; i < c->s->nseries; i++) {
		const struct plot_series *p = &c->s->series[i];
		bool flows = p->proj && p->proj->flow;

		for (j = 0; j < p->nobs; j++)
			flows = flows || p->obs[j].flow;
		c->slot[i] = flows ? c->nslots++ : 0;
	}
}

void plot_ctx_free(struct plot_ctx *c)
{
	size_t i;

	for (i = 0; i < c->nkey; i++) {
		free(c->key[i].style);
		free(c->key[i].text);
	}
	free(c->key);
	free(c->seg);
	free(c->box);
	free(c->mark);
	free(c->lab);
	free(c->lead);
	memset(c, 0, sizeof(*c));
}

int plot_write(FILE *out, const struct plot_spec *s, struct gs_err *e)
{
	return plot_write_ctx(out, s, NULL, e);
}

int plot_write_ctx(FILE *out, const struct plot_spec *s,
		   struct plot_ctx *keep, struct gs_err *e)
{
	struct plot_ctx c;
	struct plot_extent x;
	char **foot = NULL, yt[64][32];
	double yv[64];
	size_t i, nfoot = 0, nyt;
	int rc = -1;

	memset(&c, 0, sizeof(c));
	c.s = s;
	c.out = out;
	c.W = s->width;
	c.H = s->height;
	if (s->nseries < 1 || s->nseries > PLOT_MAX_SERIES)
		return gs_errf(e, GS_EX_USAGE, "a chart holds 1 to %d series, "
			       "not %zu", PLOT_MAX_SERIES, s->nseries);
	if (s->width < 320 || s->height < 200 || s->width > 10000 ||
	    s->height > 10000)
		return gs_errf(e, GS_EX_USAGE, "chart size %dx%d out of range "
			       "(320x200 to 10000x10000)", s->width, s->height);
	plot_extents(s, &x);
	if (!isfinite(x.x0) || !isfinite(x.y0))
		return gs_errf(e, GS_EX_DATAERR, "nothing to draw: no levels, "
			       "flows or targets");
	/* The scale of what was stated, so a steep projection does not turn
	 * 16 mn into 0.016 bn. */
	c.sc = gs_scale_for(s->index_base ? 0 : x.stated > 0 ? x.stated :
			      x.maxabs, true);
	unit_label(&c);
	if (plot_y_range(&c, &x, e))
		return -1;
	/* A quarter year beyond what is drawn, no empty year at either
	 * end (a year's label shows only when its middle is in range). */
	c.xmin = x.x0 - 0.25;
	c.xmax = x.x1 + 0.25;
	if (c.xmax - c.xmin < 1.5) {
		double mid = (c.xmin + c.xmax) / 2;

		c.xmin = mid - 0.75;
		c.xmax = mid + 0.75;
	}
	nyt = plot_y_ticks(&c, yv, yt, GS_ARRAY_LEN(yv));
	fonts(&c);
	for (i = 0; i < s->nnotes; i++)
		nfoot = wrap(&c, s->notes[i], c.W - 1.2 * c.lh, &foot, nfoot);
	bar_slots(&c);
	c.same_months = plot_same_months(s, c.months, sizeof(c.months));
	plot_layers_key(&c);
	layout(&c, nfoot, (const char (*)[32])yt, nyt);
	header(&c);
	frame(&c, foot, nfoot, yv, yt, nyt);
	if (plot_layers_data(&c, e))
		goto cleanup;
	plot_labels(&c);
	plot_layers_plot(&c);
	if (fflush(out) != 0 || ferror(out)) {
		gs_errf(e, GS_EX_IOERR, "writing the script failed");
		goto cleanup;
	}
	rc = 0;
cleanup:
	for (i = 0; i < nfoot; i++)
		free(foot[i]);
	free(foot);
	if (keep)
		*keep = c;
	else
		plot_ctx_free(&c);
	return rc;
}
