/*
** extract_text.c: the text side of extract: checking that a file is text
** (not empty, no NUL byte, valid UTF-8) and cutting it into paragraphs and
** sentences (extract_tok.c cuts the sentences into tokens).
**
** Paragraphs end at a blank line, before a line that starts a list item
** ("— ", "• ", "- "), and before a line that starts with a capital after
** a line that ends a sentence or is short (a heading); other line ends are
** hard wraps and join with a space. In hard-wrapped text (blank lines
** between paragraphs, no line over 100 characters) only a short line ends
** a paragraph that way. Sentences
** end at ". ", "! ", "? " before a capital, a digit, a quote or a dash,
** except after an initial ("N. A.") or a title ("Dr.", "No.").
*/
#include "../../common.h"

#include <stdlib.h>
#include <string.h>

#include "extract_grid.h"
#include "extract_int.h"
#include "extract_wyear.h"
#include "../../series/parse.h"

/* Press texts are kilobytes. extract holds every candidate of a text in
 * memory with its sentence, some 55 bytes per byte of text, and takes
 * about 2.5 s a MiB: a 4 MiB text needs 10 s and 230 MB; at the old 64
 * MiB a cron run would have taken minutes and gigabytes. */
#define MAX_TEXT (4L << 20)

/* ---- checks ---- */

/* Length of the valid UTF-8 sequence at p (n bytes left), or 0. */
static int utf8_ok(const unsigned char *p, size_t n)
{
	int len, i;
	unsigned c = p[0];

	if (c < 0x80)
		return 1;
	if (c >= 0xc2 && c <= 0xdf)
		len = 2;
	else if (c >= 0xe0 && c <= 0xef)
		len = 3;
	else if (c >= 0xf0 && c <= 0xf4)
		len = 4;
	else
		return 0;
	if ((size_t)len > n)
		return 0;
	for (i = 1; i < len; i++)
		if ((p[i] & 0xc0) != 0x80)
			return 0;
	if (c == 0xe0 && p[1] < 0xa0)
		return 0; /* overlong */
	if (c == 0xed && p[1] >= 0xa0)
		return 0; /* surrogate */
	if (c == 0xf0 && p[1] < 0x90)
		return 0;
	if (c == 0xf4 && p[1] >= 0x90)
		return 0;
	return len;
}

/* Text in UTF-16 without a byte order mark: most of the bytes at odd or
 * at even offsets of the first kilobyte are NUL. */
static bool utf16_like(const unsigned char *p, size_t len)
{
	size_t i, n = len < 1024 ? len : 1024, zero[2] = { 0, 0 };

	for (i = 0; i < n; i++)
		if (p[i] == 0)
			zero[i % 2]++;
	return n >= 8 && (zero[0] * 4 > n * 3 / 2 || zero[1] * 4 > n * 3 / 2);
}

int extract_check(const char *buf, size_t len, const char *file,
		  struct gs_err *e)
{
	const unsigned char *p = (const unsigned char *)buf;
	size_t i, hi = 0;
	long line = 1, col = 1;
	bool text = false;
	int n;

	if (len == 0)
		return gs_errf_at(e, GS_EX_DATAERR, file, 0, 0,
				  "empty file: no text to extract from");
	if ((long)len > MAX_TEXT)
		return gs_errf_at(e, GS_EX_DATAERR, file, 0, 0,
				  "file too large for extract (over %ld MiB)",
				  MAX_TEXT >> 20);
	if (len >= 2 && ((p[0] == 0xff && p[1] == 0xfe) ||
			 (p[0] == 0xfe && p[1] == 0xff)))
		return gs_errf_at(e, GS_EX_DATAERR, file, 0, 0,
				  "UTF-16 text; convert it to UTF-8 first "
				  "(iconv -f UTF-16 -t UTF-8)");
	if (utf16_like(p, len))
		return gs_errf_at(e, GS_EX_DATAERR, file, 0, 0,
				  "UTF-16 text without a byte order mark; "
				  "convert it to UTF-8 first (iconv -f "
				  "UTF-16LE -t UTF-8)");
	if (memchr(buf, '\0', len) != NULL)
		return gs_errf_at(e, GS_EX_DATAERR, file, 0, 0,
				  "binary file (a NUL byte at offset %ld); "
				  "extract reads plain text",
				  (long)((const char *)memchr(buf, '\0', len) -
					 buf));
	for (i = 0; i < len; i++)
		if (p[i] >= 0xc0)
			hi++;
	for (i = 0; i < len; i += (size_t)n) {
		if ((n = utf8_ok(p + i, len - i)) == 0)
			return gs_errf_at(e, GS_EX_DATAERR, file, line,
					  (int)col, "not UTF-8 (byte 0x%02X)%s; "
					  "convert the file to UTF-8 first", p[i],
					  hi > 0 ? ", perhaps CP1251 or Latin-1 "
					  "(iconv -f CP1251 -t UTF-8)" : "");
		if (p[i] == '\n') {
			line++;
			col = 0;
		}
		if (p[i] > ' ' && !(i == 0 && len >= 3 &&
				    memcmp(p, "\xef\xbb\xbf", 3) == 0))
			text = true;
		col++;
	}
	if (!text)
		return gs_errf_at(e, GS_EX_DATAERR, file, 0, 0,
				  "no text: the file holds only white space");
	return 0;
}

/* ---- paragraphs and sentences ---- */

/* Words after which a period does not end a sentence. */
static bool no_split_after(const char *w, size_t n, bool single_cap)
{
	static const char *const abbr[] = { "mr", "mrs", "ms", "dr", "prof",
		"st", "no", "nos", "vs", "jr", "sr", "gen", "gov", "sen",
		"rep", "lt", "col", "capt", "mt", "ft", "approx", "fig", "jan",
		"feb", "apr", "aug", "sep", "sept", "oct", "nov", "dec", "e.g",
		"i.e", "им", "ул", "проф", "акад", "т.е", "т.к", "см", "incl",
		"excl", "est", "ca", "c", "ок", "прибл", "янв", "фев", "апр",
		"авг", "сент", "окт", "нояб", "дек" };
	char f[16];
	size_t i;

	if (single_cap)
		return true;
	if (n == 0 || n >= sizeof(f))
		return false;
	xfold(w, n, f, sizeof(f));
	for (i = 0; i < GS_ARRAY_LEN(abbr); i++)
		if (strcmp(f, abbr[i]) == 0)
			return true;
	return false;
}

/* Closing quotes and brackets after a sentence end. */
static int closer_at(const unsigned char *p)
{
	if (*p == '"' || *p == '\'' || *p == ')' || *p == ']')
		return 1;
	if (p[0] == 0xe2 && p[1] == 0x80 && (p[2] == 0x9d || p[2] == 0x99))
		return 3;
	if (p[0] == 0xc2 && p[1] == 0xbb)
		return 2;
	return 0;
}

/* Can a sentence start at p: a capital, a digit, a quote or a dash. */
static bool opener_at(const unsigned char *p)
{
	if (xupper_at(p) || xdigit(*p) || *p == '"' || *p == '\'' || *p == '-')
		return true;
	if (p[0] == 0xe2 && p[1] == 0x80 &&
	    (p[2] == 0x9c || p[2] == 0x94 || p[2] == 0x93 || p[2] == 0x98))
		return true;
	if (p[0] == 0xc2 && p[1] == 0xab)
		return true;
	return p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0xa2;
}

/* A Russian abbreviation that a sentence may end with ("в 2021 г.",
 * "5 тыс.") but that, before anything but a capital ("2021 г. — 53"),
 * goes on. */
static bool ru_abbr(const unsigned char *w, size_t n)
{
	static const char *const ab[] = { "г", "гг", "тыс", "млн", "млрд",
		"руб", "кв", "мес", "т", "ч", "ед", "чел", "шт", "пол",
		NULL }; /* "1 пол. 2024": a half-year */
	char f[16];
	int k;

	if (n == 0 || n >= sizeof(f))
		return false;
	xfold((const char *)w, n, f, sizeof(f));
	for (k = 0; ab[k] != NULL; k++)
		if (strcmp(f, ab[k]) == 0)
			return true;
	return false;
}

/* Does the period at p (in [start, p)) end a sentence? next is where the
 * next one would start. */
static bool period_ends(const unsigned char *start, const unsigned char *p,
			const unsigned char *next)
{
	const unsigned char *w = p;

	while (w > start && (xletter_at(w - 1) || w[-1] == '.' ||
			     (w[-1] & 0xc0) == 0x80))
		w--;
	while (w < p && *w == '.')
		w++;
	if (ru_abbr(w, (size_t)(p - w)) &&
	    (!xupper_at(next) || ((*next == 'I' || *next == 'V') &&
				  (next[1] == ' ' || next[1] == 'I' ||
				   next[1] == 'V'))))
		return false; /* "I кв. II кв. III кв.": quarter heads */
	return !no_split_after((const char *)w, (size_t)(p - w),
			       p - w == 1 && xupper_at(w));
}

static struct xsent *new_sent(struct xdoc *d)
{
	struct xsent *s;

	if (d->ns == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 64;
		d->s = xrealloc(d->s, (size_t)d->cap * sizeof(*d->s));
	}
	s = &d->s[d->ns++];
	memset(s, 0, sizeof(*s));
	return s;
}

/* A paragraph: text (collapsed white space) with the line of each byte
 * range, cut into sentences. */
struct para {
	char *text;
	size_t len, cap;
	long line0;
	long start;
};

static void para_sentences(struct xdoc *d, const struct para *pa, int idx,
			   bool item)
{
	const unsigned char *p = (const unsigned char *)pa->text;
	const unsigned char *end = p + pa->len, *start = p, *q;
	bool lead = pa->len > 0 && pa->text[pa->len - 1] == ':';
	bool first = true;
	struct xsent *s;
	int n;

	while (p <= end) {
		/* A run-on "sentence" is cut at a space past XSENT_MAX bytes:
		 * the work on one sentence grows faster than its length, and
		 * no real sentence is that long. */
		bool cut = p == end ||
			   (*p == ' ' && p - start >= XSENT_MAX);

		if (!cut && (*p == '.' || *p == '!' || *p == '?' ||
			     (p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0xa6))) {
			q = p + xchar_len(p);
			while ((n = closer_at(q)) > 0)
				q += n;
			if (q < end && *q == ' ' && opener_at(q + 1) &&
			    (*p != '.' || period_ends(start, p, q + 1))) {
				p = q;
				cut = true;
			}
		}
		if (cut) {
			while (start < p && *start == ' ')
				start++;
			if (p > start) {
				s = new_sent(d);
				s->len = (int)(p - start);
				s->text = xstrndup((const char *)start,
						   (size_t)s->len);
				s->para = idx;
				s->para_first = first;
				s->item = item;
				s->lead = lead;
				s->line = pa->line0;
				s->start = pa->start +
					   (long)(start -
						  (const unsigned char *)pa->text);
				xsent_tokenize(s);
				xwyear_fold(s);
				first = false;
			}
			start = p;
			if (p == end)
				break;
		}
		p += xchar_len(p);
	}
}

static void para_add(struct para *pa, const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t i;

	if (pa->len + n + 2 > pa->cap) {
		pa->cap = (pa->len + n + 2) * 2;
		pa->text = xrealloc(pa->text, pa->cap);
	}
	if (pa->len > 0 && pa->text[pa->len - 1] != ' ')
		pa->text[pa->len++] = ' ';
	for (i = 0; i < n; i++) {
		unsigned char c = p[i];

		if (c < ' ' || c == 0x7f)
			c = ' ';
		if (c == ' ' && (pa->len == 0 || pa->text[pa->len - 1] == ' '))
			continue;
		pa->text[pa->len++] = (char)c;
	}
	while (pa->len > 0 && pa->text[pa->len - 1] == ' ')
		pa->len--;
	pa->text[pa->len] = '\0';
}

/* A pictograph a post uses as a bullet ("✅", "📍", "▶"): U+2600..U+27BF
 * or U+1F300..U+1FAFF. */
static bool emoji_at(const unsigned char *p, const unsigned char *e)
{
	if (p + 2 < e && p[0] == 0xe2 && p[1] >= 0x98 && p[1] <= 0x9e)
		return true;
	return p + 3 < e && p[0] == 0xf0 && p[1] == 0x9f && p[2] >= 0x8c &&
	       p[2] <= 0xab;
}

/* Does the line start a list item: a dash, a bullet, an emoji, "1)" or
 * "1."? */
static bool item_start(const unsigned char *p, const unsigned char *e)
{
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	if (p >= e)
		return false;
	if (emoji_at(p, e))
		return true;
	if ((*p == '-' || *p == '*') && p + 1 < e && p[1] == ' ')
		return true;
	if (p + 2 < e && p[0] == 0xe2 && ((p[1] == 0x80 && (p[2] == 0x94 ||
		p[2] == 0x93 || p[2] == 0xa2)) || (p[1] == 0x96 && p[2] == 0xaa)))
		return true;
	if (p + 1 < e && p[0] == 0xc2 && p[1] == 0xb7)
		return true;
	if (xdigit(*p) && p + 2 < e && (p[1] == ')' || p[1] == '.') &&
	    p[2] == ' ')
		return true;
	return false;
}

/* The characters of a line and whether it ends a sentence. */
static size_t line_chars(const unsigned char *p, const unsigned char *e,
			 bool *term)
{
	const unsigned char *q = e, *r;
	size_t chars = 0;

	while (q > p && (q[-1] == ' ' || q[-1] == '\t' || q[-1] == '\r'))
		q--;
	for (r = p; r < q; r++)
		if ((*r & 0xc0) != 0x80)
			chars++;
	*term = q > p && (q[-1] == '.' || q[-1] == '!' || q[-1] == '?' ||
			  q[-1] == ':' || q[-1] == ';' ||
			  (q - p >= 3 && q[-3] == 0xe2 && q[-2] == 0x80 &&
			   (q[-1] == 0x9d || q[-1] == 0xa6)));
	if (q > p && (q[-1] == ',' || q[-1] == '-'))
		chars = 1000; /* a line that goes on is never short */
	return chars;
}

/* Hard-wrapped text: blank lines between paragraphs and no line longer
 * than 100 characters. Its single line ends never end a paragraph. */
static bool wrapped(const unsigned char *p, const unsigned char *end)
{
	const unsigned char *eol;
	size_t most = 0, n, blanks = 0;
	bool term;

	for (; p < end; p = eol + 1) {
		if ((eol = memchr(p, '\n', (size_t)(end - p))) == NULL)
			eol = end;
		n = line_chars(p, eol, &term);
		if (n == 0)
			blanks++;
		else if (n < 1000 && n > most)
			most = n;
	}
	return blanks > 0 && most <= 100;
}

static bool line_opens(const unsigned char *p, const unsigned char *e)
{
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	return p < e && (xupper_at(p) || xdigit(*p) || *p == '"' ||
			 (p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x9c) ||
			 (p[0] == 0xc2 && p[1] == 0xab));
}

/* Does the line end with a colon (a lead of what follows)? */
static bool ends_colon(const unsigned char *p, const unsigned char *e)
{
	while (e > p && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r'))
		e--;
	return e > p && e[-1] == ':';
}

/* Does the line open with a label and a colon within its first 60 letters
 * ("Lease rate: RUB 85", "Investment made by residents, 2016 - H1 2024:
 * RUB 9.6 bn", "Накопленные инвестиции с 2016 г.: 3,1 млрд руб.")? Two
 * such lines in a row are two items of a fact sheet, each with its own
 * date or none, however long the first one is (round ten). */
static bool label_opens(const unsigned char *p, const unsigned char *e)
{
	const unsigned char *q;
	int chars = 0;

	if (!xupper_at(p))
		return false;
	for (q = p; q < e && chars < 60; q++) {
		if (*q == ':')
			return q + 1 < e && q[1] == ' ' && chars >= 3;
		chars += (*q & 0xc0) != 0x80;
	}
	return false;
}

void xdoc_build(struct xdoc *d, const char *buf, size_t len)
{
	const unsigned char *p = (const unsigned char *)buf;
	const unsigned char *end = p + len, *eol, *next;
	struct para pa = { 0 };
	int idx = 0;
	bool item = false, wrap, term = false, label = false, listing = false;
	bool grid = false; /* the line before was a table's row */
	bool labelled = false; /* the line before opened with a label */
	size_t chars = 1000;
	long line = 1;

	memset(d, 0, sizeof(*d));
	if (len >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0)
		p += 3;
	wrap = wrapped(p, end);
	for (; p < end; p = next, line++) {
		bool brk;

		for (eol = p; eol < end && *eol != '\n' && *eol != '\r'; eol++)
			;
		next = eol;
		if (next < end && *next == '\r')
			next++;
		if (next < end && *next == '\n')
			next++;
		if (line_chars(p, eol, &(bool){ false }) == 0) {
			if (pa.len > 0)
				para_sentences(d, &pa, idx++, item);
			pa.len = 0;
			listing = false;
			continue;
		}
		brk = item_start(p, eol) ||
		      (line_opens(p, eol) && (wrap ? chars < 40 :
					      term || chars < 50)) ||
		      (label && xsheet_label_line((const char *)p,
						  (size_t)(eol - p), true)) ||
		      grid || xgrid_line((const char *)p, (size_t)(eol - p)) ||
		      (labelled && chars < 1000 && label_opens(p, eol));
		if (pa.len > 0 && brk) {
			para_sentences(d, &pa, idx++, item);
			pa.len = 0;
		}
		if (pa.len == 0) {
			pa.line0 = line;
			pa.start = (long)(p - (const unsigned char *)buf);
			/* "Key numbers, 2021 vs 2020:" then "Residents: 74
			 * (62)" lines: items of the list it leads */
			item = item_start(p, eol) ||
			       (listing && xsheet_label_line((const char *)p,
							     (size_t)(eol - p),
							     true));
		}
		para_add(&pa, (const char *)p, (size_t)(eol - p));
		chars = line_chars(p, eol, &term);
		grid = xgrid_line((const char *)p, (size_t)(eol - p));
		labelled = label_opens(p, eol);
		label = xsheet_label_line((const char *)p, (size_t)(eol - p),
					  false);
		listing = ends_colon(p, eol) || (listing && item);
	}
	if (pa.len > 0)
		para_sentences(d, &pa, idx, item);
	free(pa.text);
}

void xdoc_free(struct xdoc *d)
{
	int i;

	for (i = 0; i < d->ns; i++) {
		free(d->s[i].text);
		free(d->s[i].t);
		free(d->s[i].tm);
	}
	free(d->s);
	memset(d, 0, sizeof(*d));
}
