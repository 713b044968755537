/*
** common.c: the error record and the allocation wrappers of common.h.
*/
#include "common.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Cleared for every row of an ingest: the text buffers only need their
 * first byte (a memset of the whole record was a visible cost). */
void gs_err_clear(struct gs_err *e)
{
	e->code = 0;
	e->line = 0;
	e->col = 0;
	e->file[0] = '\0';
	e->msg[0] = '\0';
}

static int verrf(struct gs_err *e, int code, const char *file, long line,
		 int col, const char *fmt, va_list ap)
{
	if (e == NULL || e->msg[0] != '\0')
		return -1;
	e->code = code;
	e->line = line;
	e->col = col;
	gs_snprintf(e->file, sizeof(e->file), "%s", file ? file : "");
	vsnprintf(e->msg, sizeof(e->msg), fmt, ap);
	return -1;
}

int gs_errf(struct gs_err *e, int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verrf(e, code, NULL, 0, 0, fmt, ap);
	va_end(ap);
	return -1;
}

int gs_errf_at(struct gs_err *e, int code, const char *file, long line,
	       int col, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	verrf(e, code, file, line, col, fmt, ap);
	va_end(ap);
	return -1;
}

/* The message is escaped as a whole: file names and quoted fields in it
 * come from input, and this line goes to terminals, logs and .errors. */
const char *gs_msg_unkeyed(const char *key, const char *msg)
{
	size_t n = strlen(key);

	return strncmp(msg, key, n) == 0 && strncmp(msg + n, ": ", 2) == 0 ?
	       msg + n + 2 : msg;
}

void gs_err_format(const struct gs_err *e, char *buf, size_t n)
{
	char raw[sizeof(e->file) + sizeof(e->msg) + 48];

	if (e->file[0] && e->line > 0 && e->col > 0)
		gs_snprintf(raw, sizeof(raw), "%s:%ld:%d: %s", e->file,
			    e->line, e->col, e->msg);
	else if (e->file[0] && e->line > 0)
		gs_snprintf(raw, sizeof(raw), "%s:%ld: %s", e->file, e->line,
			    e->msg);
	else if (e->file[0])
		gs_snprintf(raw, sizeof(raw), "%s: %s", e->file, e->msg);
	else
		gs_snprintf(raw, sizeof(raw), "%s", e->msg);
	gs_escape(buf, n, raw);
}

/* What gs_escape writes for the byte sequence at s that is no control
 * character: a valid UTF-8 character as it is, a byte of none as \xHH
 * (a lone 0x9b is CSI to a terminal that reads 8-bit controls). */
static size_t plain(const unsigned char *s, char *esc, size_t n,
		    size_t *used)
{
	size_t m = gs_utf8_len((const char *)s);

	if (m == 0) {
		*used = 1;
		return gs_snprintf(esc, n, "\\x%02x", *s);
	}
	memcpy(esc, s, m);
	esc[m] = '\0';
	*used = m;
	return m;
}

size_t gs_escape(char *dst, size_t n, const char *src)
{
	const unsigned char *s = (const unsigned char *)src;
	size_t k = 0;

	if (n == 0)
		return 0;
	for (; *s; s++) {
		char esc[12];
		size_t m, c = gs_control_len((const char *)s);

		if (c == 2) {
			m = gs_snprintf(esc, sizeof(esc), "\\u%04x", s[1]);
			s++;
		} else if (c == 3) {
			m = gs_snprintf(esc, sizeof(esc), "\\u%04x",
					0x2000 | (s[1] & 0x3f) << 6 | (s[2] & 0x3f));
			s += 2;
		} else if (c == 0) {
			size_t used;

			m = plain(s, esc, sizeof(esc), &used);
			s += used - 1;
		} else {
			m = gs_snprintf(esc, sizeof(esc), "%s",
					*s == '\n' ? "\\n" : *s == '\r' ? "\\r" :
					*s == '\t' ? "\\t" : *s == 0x1b ? "\\e" : "");
			if (m == 0)
				m = gs_snprintf(esc, sizeof(esc), "\\x%02x", *s);
		}
		if (k + m >= n)
			break;
		memcpy(dst + k, esc, m);
		k += m;
	}
	dst[k] = '\0';
	return k;
}

_Noreturn void gs_nomem(void)
{
	fputs("growthstat: out of memory\n", stderr);
	abort();
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		gs_nomem();
	return p;
}

void *xcalloc(size_t n, size_t m)
{
	void *p = calloc(n ? n : 1, m ? m : 1);

	if (p == NULL)
		gs_nomem();
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);

	if (q == NULL)
		gs_nomem(); /* aborts: p need not be freed */
	return q;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);

	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *gs_vformat(const char *fmt, va_list ap)
{
	va_list aq;
	char *msg;
	int n;

	va_copy(aq, ap);
	n = vsnprintf(NULL, 0, fmt, aq);
	va_end(aq);
	if (n < 0)
		n = 0;
	msg = xmalloc((size_t)n + 1);
	vsnprintf(msg, (size_t)n + 1, fmt, ap);
	return msg;
}

size_t gs_snprintf(char *buf, size_t n, const char *fmt, ...)
{
	va_list ap;
	int r;

	if (n == 0)
		return 0;
	va_start(ap, fmt);
	r = vsnprintf(buf, n, fmt, ap);
	va_end(ap);
	if (r < 0) {
		buf[0] = '\0';
		return 0;
	}
	return (size_t)r < n ? (size_t)r : n - 1;
}

size_t gs_utf8_len(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	if (p[0] < 0x80)
		return 1;
	if (p[0] >= 0xC2 && p[0] <= 0xDF)
		return (p[1] & 0xC0) == 0x80 ? 2 : 0;
	if (p[0] >= 0xE0 && p[0] <= 0xEF) {
		unsigned lo = p[0] == 0xE0 ? 0xA0 : 0x80;
		unsigned hi = p[0] == 0xED ? 0x9F : 0xBF;

		return p[1] >= lo && p[1] <= hi && (p[2] & 0xC0) == 0x80 ? 3 : 0;
	}
	if (p[0] >= 0xF0 && p[0] <= 0xF4) {
		unsigned lo = p[0] == 0xF0 ? 0x90 : 0x80;
		unsigned hi = p[0] == 0xF4 ? 0x8F : 0xBF;

		return p[1] >= lo && p[1] <= hi && (p[2] & 0xC0) == 0x80 &&
		       (p[3] & 0xC0) == 0x80 ? 4 : 0;
	}
	return 0;
}

size_t gs_control_len(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	if (*p < 0x20 || *p == 0x7f)
		return 1;
	if (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
		return 2;
	return gs_bidi_len(s);
}

size_t gs_bidi_len(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	if (p[0] != 0xE2)
		return 0;
	if ((p[1] == 0x80 && p[2] >= 0xAA && p[2] <= 0xAE) ||
	    (p[1] == 0x81 && p[2] >= 0xA6 && p[2] <= 0xA9))
		return 3;
	return 0;
}

/* ---- numbers as text (see common.h) ---- */

void gs_num_exact(double v, char *buf, size_t n)
{
	int prec;

	if (!isfinite(v)) {
		gs_snprintf(buf, n, "%s", isnan(v) ? "nan" : v > 0 ? "inf" :
			    "-inf");
		return;
	}
	if (v == 0)
		v = 0; /* no "-0" */
	for (prec = 15; prec <= 17; prec++) {
		gs_snprintf(buf, n, "%.*g", prec, v);
		if (strtod(buf, NULL) == v)
			return;
	}
}

void gs_num_grouped(double v, int d, char *buf, size_t n)
{
	char tmp[400], out[540];
	size_t i, j = 0, start = 0, intlen;

	gs_snprintf(tmp, sizeof(tmp), "%.*f", d, v);
	if (strspn(tmp, "-0.") == strlen(tmp)) /* rounds to zero: no sign */
		gs_snprintf(tmp, sizeof(tmp), "%.*f", d, 0.0);
	if (tmp[0] == '-')
		out[j++] = '-', start = 1;
	intlen = strcspn(tmp + start, ".");
	for (i = start; tmp[i] && j < sizeof(out) - 2; i++) {
		size_t pos = i - start;

		if (pos < intlen && pos > 0 && (intlen - pos) % 3 == 0)
			out[j++] = ',';
		out[j++] = tmp[i];
	}
	out[j] = '\0';
	gs_snprintf(buf, n, "%s", out);
}

int gs_num_decimals(double x, bool sci, int lo, int hi)
{
	char tmp[400];
	int d;

	for (d = lo; d < hi; d++) {
		if (sci)
			gs_snprintf(tmp, sizeof(tmp), "%.*e", d, x);
		else
			gs_snprintf(tmp, sizeof(tmp), "%.*f", d, x);
		if (fabs(strtod(tmp, NULL) - x) <= 1e-9 * fabs(x))
			return d;
	}
	return hi;
}

struct gs_scale gs_scale_for(double maxabs, bool thousands)
{
	static const struct {
		double from;
		struct gs_scale sc;
	} scales[] = {
		{ 1e12, { 1e12, "trn" } }, { 1e9, { 1e9, "bn" } },
		{ 1e6, { 1e6, "mn" } }, { 1e4, { 1e3, "thousand" } },
	};
	struct gs_scale none = { 1, "" };
	size_t i, last = GS_ARRAY_LEN(scales) - (thousands ? 0 : 1);

	for (i = 0; i < last; i++)
		if (isfinite(maxabs) && maxabs >= scales[i].from)
			return scales[i].sc;
	return none;
}

void fmt_num(double v, char *buf, size_t n)
{
	if (isnan(v))
		gs_snprintf(buf, n, "%s", "");
	else
		gs_num_exact(v, buf, n);
}

/*
** x in scientific notation with one or two decimals, the exponent without
** "+" or leading zeros: 1.5e300. For values a scale word cannot bring
** down to a readable size (a million trillion and more): written out in
** digits they would be too long for a table cell, and a cut cell would
** show the wrong magnitude.
*/
static void scientific(double x, char *buf, size_t n)
{
	char tmp[64], *e;
	long ex;

	gs_snprintf(tmp, sizeof(tmp), "%.*e", gs_num_decimals(x, true, 1, 2),
		    x);
	e = strchr(tmp, 'e');
	ex = strtol(e + 1, NULL, 10);
	*e = '\0';
	gs_snprintf(buf, n, "%se%ld", tmp, ex);
}

/*
** v grouped with the fewest decimals from lo up to hi that show it as
** hi shows it: gs_num_decimals stops at hi when v is not exact there,
** and 326,086.98 at one decimal is "326,087.0", whose ".0" tells a
** reader nothing ("326,087" is the same number to the shown precision).
*/
static void grouped_fewest(double v, int lo, int hi, char *buf, size_t n)
{
	int d = gs_num_decimals(v, false, lo, hi);
	size_t len;

	gs_num_grouped(v, d, buf, n);
	len = strlen(buf);
	for (; d > lo && len > 0 && buf[len - 1] == '0'; d--)
		buf[--len] = '\0';
	if (d == 0 && len > 0 && buf[len - 1] == '.')
		buf[--len] = '\0';
}

/* Beyond this, tables write values in scientific notation. */
#define FMT_SCIENTIFIC_FROM 1e18

void fmt_human(double v, const char *sym, char *buf, size_t n)
{
	const char *space = sym && *sym ? " " : "", *unit = sym ? sym : "";
	struct gs_scale sc;
	char num[96];

	if (!isfinite(v)) {
		gs_snprintf(buf, n, "%s", isnan(v) ? "n/a" :
			    v > 0 ? "∞" : "-∞");
		return;
	}
	if (fabs(v) >= FMT_SCIENTIFIC_FROM) {
		scientific(v, num, sizeof(num));
		gs_snprintf(buf, n, "%s%s%s", num, space, unit);
		return;
	}
	if (sym && strcmp(sym, "×") == 0) {
		grouped_fewest(v, 2, 3, num, sizeof(num));
		gs_snprintf(buf, n, "%s×", num);
		return;
	}
	sc = gs_scale_for(fabs(v), false);
	v /= sc.factor;
	/* Scaled: 154.0 bn, 721.54 bn; plain: 28,100 m², 319,909.5, 0.25 */
	grouped_fewest(v, *sc.word ? 1 : 0, *sc.word ? 2 : fabs(v) >= 1000 ?
		       1 : 3, num, sizeof(num));
	gs_snprintf(buf, n, "%s%s%s%s%s", num, *sc.word ? " " : "", sc.word,
		    space, unit);
}

int gs_refuse_secret_path(const char *path, struct gs_err *e)
{
	size_t n = 2 * strlen(path) + 16;
	char *shown = xmalloc(n);
	int ret = 0;

	if (strcmp(gs_redact_uri(shown, n, path), path) != 0)
		ret = gs_errf(e, GS_EX_USAGE, "%s: a password in a database "
			      "file's name (a libpq connection string?): "
			      "refused, a file name anyone may list; give "
			      "PostgreSQL as postgresql://USER@HOST/DB with "
			      "the password in ~/.pgpass", shown);
	free(shown);
	return ret;
}

char *gs_utf8_shown(const char *s)
{
	struct gs_buf b = { 0 };
	size_t m;

	gs_buf_addn(&b, "", 0);
	for (; *s; s += m ? m : 1) {
		if ((m = gs_utf8_len(s)) > 0)
			gs_buf_addn(&b, s, m);
		else
			gs_buf_printf(&b, "\\x%02x", (unsigned char)*s);
	}
	return b.s;
}
