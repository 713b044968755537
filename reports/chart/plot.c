/*
** plot.c: the parts of the gnuplot script writer (see plot.h) that every
** other plot*.c uses: the one encoder of user text, numbers and their display
** scale, file names, and the pixel geometry of a chart.
*/
#include "plot_int.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *const plot_palette[PLOT_MAX_SERIES] = {
	"#0072B2", "#D55E00", "#009E73", "#CC79A7",
	"#E69F00", "#56B4E9", "#000000", "#999999",
};

/* ---- text ---- */

/* A control character: C0, DEL, C1 (U+0080..U+009F), or a bidirectional
 * embedding, override or isolate (gs_bidi_len), which would reorder the
 * rest of its label: a footnote's dates and the sources after it. */
static bool is_control(const unsigned char *p, size_t k)
{
	return k > 0 && gs_control_len((const char *)p) == k;
}

static size_t count_chars(const unsigned char *p)
{
	size_t n = 0, k;

	for (; *p; p += k, n++)
		if ((k = gs_utf8_len((const char *)p)) == 0)
			k = 1;
	return n;
}

/* The text a label shows (see plot.h): runs of control characters as
 * one space, each invalid byte as U+FFFD, cut with "…" after max_chars. */
static char *shown(const char *s, size_t max_chars)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t len = strlen(s), nch = 0, i = 0, k, limit;
	char *out = xmalloc(3 * len + 4);
	bool cut = max_chars && count_chars(p) > max_chars, ctl = false;

	limit = cut ? max_chars - 1 : (size_t)-1;
	for (; *p && nch < limit; p += k, nch++) {
		k = gs_utf8_len((const char *)p);
		if (k == 0) {
			memcpy(out + i, "\xEF\xBF\xBD", 3);
			i += 3;
			k = 1;
		} else if (is_control(p, k)) {
			if (!ctl)
				out[i++] = ' ';
			ctl = true;
			continue;
		} else {
			memcpy(out + i, p, k);
			i += k;
		}
		ctl = false;
	}
	if (cut) {
		memcpy(out + i, "\xE2\x80\xA6", 3);
		i += 3;
	}
	out[i] = '\0';
	return out;
}

/* A byte gnuplot may see as it is inside "...": letters, digits and
 * punctuation that no gnuplot scanner acts on. */
static bool plain(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
	       (ch >= '0' && ch <= '9') || (ch != '\0' &&
					    strchr(" ,.:_+-/()%=", ch));
}

char *plot_gp_string(const char *s, size_t max_chars, bool bytes)
{
	char *text = bytes ? xstrdup(s ? s : "") : shown(s ? s : "", max_chars);
	const unsigned char *p = (const unsigned char *)text;
	char *out = xmalloc(5 * strlen(text) + 3);
	size_t i = 0, k;
	bool esc = false;

	out[i++] = '"';
	for (; *p; p += k) {
		k = gs_utf8_len((const char *)p);
		if (k > 1 && !is_control(p, k)) {
			memcpy(out + i, p, k); /* valid UTF-8: as it is */
			i += k;
			esc = false;
			continue;
		}
		k = 1;
		/* A digit after an escape is escaped too, so that no
		 * reading of "\ooo" can take it in. */
		if (plain(*p) && !(esc && *p >= '0' && *p <= '7')) {
			out[i++] = (char)*p;
			esc = false;
			continue;
		}
		i += (size_t)gs_snprintf(out + i, 6, "\\0%03o", *p);
		esc = true;
	}
	out[i++] = '"';
	out[i] = '\0';
	free(text);
	return out;
}

void plot_put_text(FILE *out, const char *text, size_t max_chars)
{
	char *q = plot_gp_string(text, max_chars, false);

	fprintf(out, "%s noenhanced", q);
	free(q);
}

/* The advance width in em of an ASCII character in DejaVu Sans (what
 * cairo draws "Sans" with), rounded up: an estimate that is never
 * narrower than the text drawn, so labels placed by it do not touch. */
static double char_em(unsigned char ch)
{
	static const char *const narrow = "iljI'";
	static const char *const mid = "tfr .,:;/-()J";

	if (ch >= '0' && ch <= '9')
		return 0.64;
	if (ch == 'm' || ch == 'M' || ch == 'W' || ch == '%')
		return 1.0;
	if (ch == 'w' || ch == '+' || ch == '=')
		return 0.84;
	if (strchr(narrow, ch))
		return 0.3;
	if (strchr(mid, ch))
		return 0.42;
	if (ch >= 'A' && ch <= 'Z')
		return 0.8;
	return 0.64;
}

double plot_textw(const struct plot_ctx *c, const char *s, double k)
{
	const unsigned char *p = (const unsigned char *)s;
	double em = c->fs * 4.0 / 3.0 * k, w = 0;
	size_t n;

	for (; *p; p += n) {
		n = gs_utf8_len((const char *)p);
		n = n ? n : 1;
		w += n > 1 ? 1.0 : char_em(*p);
	}
	return w * em;
}

/* ---- numbers ---- */

void plot_num(double v, char *buf, size_t n)
{
	if (isfinite(v))
		gs_num_exact(v, buf, n);
	else
		gs_snprintf(buf, n, "NaN"); /* gnuplot's missing value */
}

void plot_value_text(double v, char *buf, size_t n)
{
	double a = fabs(v);
	int d = 0;
	size_t len;

	if (!isfinite(v)) {
		gs_snprintf(buf, n, "n/a");
		return;
	}
	if (a > 0 && a < 1000)
		d = 3 - (int)floor(log10(a));
	if (d > 6)
		d = 6;
	gs_num_grouped(v, d, buf, n);
	if (d > 0 && strchr(buf, '.')) {
		len = strlen(buf);
		while (len && buf[len - 1] == '0')
			buf[--len] = '\0';
		if (len && buf[len - 1] == '.')
			buf[--len] = '\0';
	}
	if (strcmp(buf, "-0") == 0)
		gs_snprintf(buf, n, "0");
}

void plot_safe_name(const char *key, char *buf, size_t n)
{
	size_t i = 0;

	for (; key && *key && i + 1 < n; key++) {
		unsigned char ch = (unsigned char)*key;
		bool keep = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
			    (ch >= '0' && ch <= '9') || ch == '_' ||
			    ((ch == '.' || ch == '-') && i > 0);

		buf[i++] = keep ? (char)ch : '_';
	}
	if (i == 0 && n > 1)
		buf[i++] = '_';
	buf[i] = '\0';
}

const char *plot_qual_word(enum gs_qual q)
{
	switch (q) {
	case GS_QUAL_OVER: return "over ";
	case GS_QUAL_AT_LEAST: return "at least ";
	case GS_QUAL_ABOUT: return "about ";
	case GS_QUAL_UP_TO: return "up to ";
	case GS_QUAL_UNDER: return "under ";
	case GS_QUAL_ALMOST: return "almost ";
	default: return "";
	}
}

/* k as a whole number when it is one (to 1e-6), else -1. */
static int whole(double k)
{
	return fabs(k - round(k)) < 1e-6 ? (int)round(k) : -1;
}

bool plot_part_year(const struct plot_obs *o, bool year, char *buf,
		    size_t n)
{
	static const char *const mon[12] = { "Jan", "Feb", "Mar", "Apr",
		"May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	double y = floor(o->x0 + 1e-9);
	int m0 = whole((o->x0 - y) * 12), m1 = whole((o->x1 - y) * 12);
	char yt[16] = "";

	if (!o->flow || !isfinite(y) || m0 < 0 || m1 <= m0 || m1 > 12 ||
	    (m0 == 0 && m1 == 12))
		return false;
	if (year)
		gs_snprintf(yt, sizeof(yt), "%.0f ", y);
	if (m1 - m0 == 1)
		gs_snprintf(buf, n, "%s%s", yt, mon[m0]);
	else
		gs_snprintf(buf, n, "%s%s\xE2\x80\x93%s", yt, mon[m0],
			    mon[m1 - 1]);
	return true;
}

bool plot_same_months(const struct plot_spec *s, char *buf, size_t n)
{
	char m[32];
	size_t i, j, k = 0;

	for (i = 0; i < s->nseries; i++)
		for (j = 0; j < s->series[i].nobs; j++) {
			if (!plot_part_year(&s->series[i].obs[j], false, m,
					    sizeof(m)) ||
			    (k++ > 0 && strcmp(m, buf) != 0))
				return false;
			gs_snprintf(buf, n, "%s", m);
		}
	return k > 0;
}

void plot_value_unit(const struct plot_ctx *c, double scaled, char *buf,
		     size_t n)
{
	char num[64];

	plot_value_text(scaled, num, sizeof(num));
	if (c->s->index_base || c->yunit[0] == '\0')
		gs_snprintf(buf, n, "%s", num);
	else
		gs_snprintf(buf, n, "%s %s", num, c->yunit);
}

/* ---- geometry ---- */

double plot_px(const struct plot_ctx *c, double x)
{
	return c->L + (x - c->xmin) / (c->xmax - c->xmin) * (c->R - c->L);
}

double plot_py(const struct plot_ctx *c, double y)
{
	double f = c->s->log ? log(y / c->ymin) / log(c->ymax / c->ymin) :
		   (y - c->ymin) / (c->ymax - c->ymin);

	return c->B + f * (c->T - c->B);
}

double plot_ystep(const struct plot_ctx *c, double y, double frac)
{
	if (c->s->log)
		return y * pow(c->ymax / c->ymin, frac);
	return y + frac * (c->ymax - c->ymin);
}

void plot_flow_x(const struct plot_ctx *c, size_t si, double *x0, double *x1)
{
	double w = *x1 - *x0;

	if (c->nslots < 2)
		return;
	*x0 += w * c->slot[si] / c->nslots;
	*x1 = *x0 + w / c->nslots;
}

void plot_nest_x(const struct plot_series *p, size_t j, double *x0,
		 double *x1)
{
	const struct plot_obs *o = &p->obs[j];
	double end = o->x1;
	size_t k, m = 0, r = 0;

	for (k = 0; k < p->nobs; k++) {
		const struct plot_obs *q = &p->obs[k];

		if (!q->flow || fabs(q->x0 - o->x0) > 1e-9)
			continue;
		m++;
		end = fmax(end, q->x1);
		r += q->x1 < o->x1 || (q->x1 == o->x1 && k < j);
	}
	if (!o->flow || m < 2)
		return;
	*x0 = o->x0 + (end - o->x0) * (double)r / (double)m;
	*x1 = *x0 + (end - o->x0) / (double)m;
}

static void grow(struct plot_box **v, size_t *n, struct plot_box b)
{
	GS_GROW(*v, *n);
	(*v)[(*n)++] = b;
}

void plot_add_seg(struct plot_ctx *c, double x0, double y0, double x1,
		  double y1)
{
	struct plot_box b = { x0, y0, x1, y1 };

	if (isfinite(x0) && isfinite(y0) && isfinite(x1) && isfinite(y1))
		grow(&c->seg, &c->nseg, b);
}

void plot_add_box(struct plot_ctx *c, double x0, double y0, double x1,
		  double y1)
{
	struct plot_box b = { fmin(x0, x1), fmin(y0, y1), fmax(x0, x1),
			      fmax(y0, y1) };

	if (isfinite(x0) && isfinite(y0) && isfinite(x1) && isfinite(y1))
		grow(&c->box, &c->nbox, b);
}

void plot_add_mark(struct plot_ctx *c, double x0, double y0, double x1,
		   double y1)
{
	struct plot_box b = { fmin(x0, x1), fmin(y0, y1), fmax(x0, x1),
			      fmax(y0, y1) };

	if (isfinite(x0) && isfinite(y0) && isfinite(x1) && isfinite(y1))
		grow(&c->mark, &c->nmark, b);
}

size_t plot_key_chars(const struct plot_ctx *c)
{
	double fit = floor((c->R - c->L) / (c->fs * 5.0 / 6.0)) - 7;

	return fit > PLOT_KEY_CHARS ? (size_t)fit : PLOT_KEY_CHARS;
}

void plot_add_key(struct plot_ctx *c, const char *style, const char *text)
{
	GS_GROW(c->key, c->nkey);
	c->key[c->nkey].style = xstrdup(style);
	c->key[c->nkey].text = xstrdup(text);
	c->nkey++;
}
