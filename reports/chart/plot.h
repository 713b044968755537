/*
** plot.h: the gnuplot script writer behind `growthstat chart`.
**
** Plain data in, script text out: no SQL, no database, no process. The
** caller (plot_chart.c, from series plot_build.c built for `chart` and
** the report's SVG charts) fills the structs below; then
** plot_write() writes one self-contained gnuplot script: every number is
** inline in a datablock, so `gnuplot chart.gp` redraws the chart anywhere.
**
** THE X AXIS is in decimal years on the calendar: year Y spans [Y, Y+1),
** a period [start, end] spans from the instant its first day begins to the
** instant its last day ends (2024 -> 2024.0..2025.0, Jan-Aug 2025 ->
** 2025.0..2025+8/12). The end is growth.h's time rule; the start the same
** rule applied to the day before. A level is drawn at the middle of its
** period (the 2024 level at 2024.5, under the tick label "2024"); a flow
** as a bar over its whole period. Year labels sit in the middle of their
** year, minor ticks mark the year boundaries.
**
** THE Y AXIS shows values divided by a scale chosen from the data (trn,
** bn, mn, thousand) and is labelled with the scale and the unit: "bn RUB".
** Index charts (index_base set) are unscaled and labelled "index, 2020 = 100".
**
** SAFETY. gnuplot substitutes backquotes (also inside double quotes) and
** @macros in a line before parsing it, and runs shell commands (system(),
** '< cmd' data, '| cmd' outputs, !). Text from the database (names,
** units, periods, sources) and from the command line (titles, paths)
** reaches the script only through plot_gp_string(), by construction: a
** double-quoted string in which every byte but letters, digits, valid
** UTF-8 beyond ASCII and " ,.:_+-/()%=" is an octal escape \0ooo. So no
** quote, backslash, backquote, @, $, #, ;, brace, newline or other control
** byte of user text is ever in the script's raw bytes, where a scanner or
** the macro expander could see it; gnuplot decodes the escapes only into
** the string's value. Labels carrying such text are `noenhanced` (so ^ _
** { } @ & ~ are drawn, not read as markup). No text goes into comments or
** datablocks: datablocks hold numbers only and end with a marker no number
** can begin with.
*/
#ifndef GS_PLOT_H
#define GS_PLOT_H

#include <stdio.h>

#include "../../series/obs.h"

/* How a figure relates to the truth: its qualifier turned into a bound. */
enum plot_bound {
	PLOT_EXACT = 0, /* as stated */
	PLOT_LOWER,     /* over, at least: the truth is at v or above */
	PLOT_UPPER,     /* up to, under: the truth is at v or below */
	PLOT_RANGE,     /* about, almost, "100 to 150": within [lo, hi] */
};

/* An actual (or implied) level, or a flow over its period. */
struct plot_obs {
	double x0, x1;          /* the period on the x axis (see above) */
	double v, lo, hi;       /* in base units; lo, hi used by PLOT_RANGE */
	enum plot_bound bound;
	enum gs_qual qual;      /* for the label ("over 6.5"); NONE if merged */
	bool flow;              /* a sum over [x0, x1]: a bar, not a point */
	bool implied;           /* derived from a stated multiple */
};

/* A target (a level to reach by the end of the period) or a plan. */
struct plot_target {
	double x0, x1;
	double v;
	enum plot_bound bound;
	enum gs_qual qual;
	bool plan;              /* a flow planned over the whole period */
	const char *when;       /* the period as text, for the label: "2030" */
	/* The path required to reach the target: from the latest figure
	 * (path_v at path_x, drawn like a level) growing path_rate a year
	 * (the required CAGR, 0.069 for 6.9 %). Drawn when path is set. */
	bool path;
	double path_x, path_v, path_rate;
};

/* One projected value; for a flow projection a bar over [x0, x1]. */
struct plot_proj_pt {
	double x, x0, x1;
	double v, lo, hi;       /* lo, hi NAN where there is no interval */
};

struct plot_proj {
	const struct plot_proj_pt *pts; /* by x */
	size_t n;
	bool flow;
	const char *what;       /* key text: "projection: CAGR 2020-2024, ..." */
	const char *when;       /* label of the last value: "2030" */
	double level;           /* interval level for the key, e.g. 0.95 */
	/* The trend rests on fewer reported figures than check needs to
	 * judge a target by it (README "Trend sufficiency"): drawn thinner,
	 * "(uncertain)" on its end label; `what` says what it rests on. */
	bool uncertain;
};

struct plot_series {
	const char *title;      /* key text: the series' name or key */
	const struct plot_obs *obs;     /* by x */
	size_t nobs;
	const struct plot_target *targets;
	size_t ntargets;
	const struct plot_proj *proj;   /* NULL: no projection */
};

/* PDF is drawn by pdfcairo at 96 pixels to the inch, so that it looks
 * as the PNG of the same size in pixels. */
enum plot_term { PLOT_PNG = 0, PLOT_SVG, PLOT_PDF };

#define PLOT_MAX_SERIES 8

struct plot_spec {
	const char *output;     /* the image path written into the script */
	enum plot_term term;
	int width, height;      /* pixels */
	const char *title;
	const char *unit;       /* base unit symbol: "RUB", "companies", "" */
	const char *index_base; /* non-NULL: values are indexes, base = 100 */
	bool count;             /* the unit counts (jobs): unscaled labels
				 * in whole units, as the tables show them */
	bool log;               /* logarithmic y axis (values must be > 0) */
	const struct plot_series *series;
	size_t nseries;         /* 1..PLOT_MAX_SERIES */
	const char *const *notes; /* footnote paragraphs (sources, method) */
	size_t nnotes;
	const char *reported;   /* the key's words for the line of figures
				 * ("quarterly averages of reported
				 * figures"); NULL: "reported figures" */
	/* Fixed ends of the y axis, in its units as shown (scaled: 200 on
	 * a "bn RUB" axis); when not set, from the data. */
	bool has_ymin, has_ymax;
	double ymin, ymax;
};

/*
** Write the script for s to out. Fails (GS_EX_DATAERR) when there is
** nothing to draw or a log axis meets a value <= 0, (GS_EX_USAGE) for a bad
** size or series count or y limits (ymin >= ymax, or <= 0 on a log axis),
** (GS_EX_IOERR) when writing fails.
*/
int plot_write(FILE *out, const struct plot_spec *s, struct gs_err *e);

/*
** s as a gnuplot double-quoted string (see SAFETY above). As a label
** (bytes false) the text shown is s with each run of control characters
** (C0, DEL, C1; CR, LF and TAB among them) as one space and each byte that
** is not valid UTF-8 as U+FFFD; text longer than max_chars characters (0:
** no limit) is cut at a character boundary and ends in "…". As a path
** (bytes true) every byte is kept exactly (invalid UTF-8 and controls as
** escapes too). NULL is "". Returns a new string (free it).
*/
char *plot_gp_string(const char *s, size_t max_chars, bool bytes);

/* v as the shortest text that reads back exactly (gs_num_exact); "NaN"
 * unless finite. */
void plot_num(double v, char *buf, size_t n);

/* The display scale of an axis or a label: gs_scale_for(maxabs, true). */

/* A scaled value for a label: three significant digits, no trailing
 * zeros, thousands grouped: 154, 55, 6.5, 16.1, 0.35, 1,250. */
void plot_value_text(double v, char *buf, size_t n);

/* A file name for a series key: [A-Za-z0-9._-] kept, others '_', no
 * leading '.' or '-', at most n - 1 bytes (n >= 2); never empty. */
void plot_safe_name(const char *key, char *buf, size_t n);

#endif
