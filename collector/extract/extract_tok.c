/*
** extract_tok.c: characters and tokens for extract: UTF-8 classes, folding
** to lower case, and a sentence cut into words, numbers, dates written as
** numbers and punctuation.
**
** Words: letters, then letters, digits and inner hyphens or apostrophes
** ("high-tech", "PC-137", "Moscow's"): a number glued into a word is part
** of a name. Numbers: digits with thousands separators and a decimal mark as
** value_parse reads them ("172,000", "6 300", "2,8"), a space grouping only
** three digits after short groups; an ordinal ending ("13th", "5-й") is
** kept on the number and flagged. "13.05.2025" and "2025-05-13" are dates.
*/
#include "../../common.h"

#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "../../series/parse.h"

/* ---- characters ---- */

/* Length of a space-like character at p: ASCII white space, U+00A0,
 * U+2009, U+202F; 0 otherwise. */
int xspace_at(const unsigned char *p)
{
	if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' ||
	    *p == '\f' || *p == '\v')
		return 1;
	if (p[0] == 0xc2 && p[1] == 0xa0)
		return 2;
	if (p[0] == 0xe2 && p[1] == 0x80 &&
	    (p[2] == 0x89 || p[2] == 0xaf || p[2] == 0x8a))
		return 3;
	return 0;
}

int xchar_len(const unsigned char *p)
{
	if (*p < 0x80)
		return 1;
	if (*p >= 0xf0)
		return 4;
	if (*p >= 0xe0)
		return 3;
	return 2;
}

/* A letter: ASCII, Latin-1 and Latin Extended, Greek, Cyrillic. */
bool xletter_at(const unsigned char *p)
{
	if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
		return true;
	if (p[0] == 0xc3 && (p[1] == 0x97 || p[1] == 0xb7))
		return false; /* × and ÷ */
	return *p >= 0xc3 && *p <= 0xd4;
}

bool xupper_at(const unsigned char *p)
{
	if (*p >= 'A' && *p <= 'Z')
		return true;
	return p[0] == 0xd0 && p[1] >= 0x80 && p[1] <= 0xaf;
}

bool xdigit(unsigned char c)
{
	return c >= '0' && c <= '9';
}

void xfold(const char *s, size_t n, char *buf, size_t size)
{
	const unsigned char *p = (const unsigned char *)s;
	const unsigned char *e = p + n;
	size_t at = 0;
	int len;

	for (; p < e; p += len) {
		len = xchar_len(p);
		if (p + len > e || at + 4 >= size)
			break;
		if (len == 1) {
			buf[at++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
		} else if (len == 2 && p[0] == 0xd0 && (p[1] == 0x81)) {
			buf[at++] = (char)0xd0; /* Ё -> е */
			buf[at++] = (char)0xb5;
		} else if (len == 2 && p[0] == 0xd1 && p[1] == 0x91) {
			buf[at++] = (char)0xd0; /* ё -> е */
			buf[at++] = (char)0xb5;
		} else if (len == 2 && p[0] == 0xd0 && p[1] >= 0x90 &&
			   p[1] <= 0xaf) {
			buf[at++] = (char)(p[1] < 0xa0 ? 0xd0 : 0xd1);
			buf[at++] = (char)(p[1] < 0xa0 ? p[1] + 0x20 :
					   p[1] - 0x20);
		} else if (len == 3 && p[0] == 0xe2 && p[1] == 0x80 &&
			   p[2] == 0x99) {
			buf[at++] = '\''; /* ’ */
		} else {
			memcpy(buf + at, p, (size_t)len);
			at += (size_t)len;
		}
	}
	buf[at] = '\0';
}

/* ---- tokens ---- */

static struct xtok *add_tok(struct xsent *s, int *cap, enum xtk type,
			    int off, int len, bool sp)
{
	struct xtok *t;

	if (s->nt == *cap) {
		*cap = *cap ? *cap * 2 : 32;
		s->t = xrealloc(s->t, (size_t)*cap * sizeof(*s->t));
	}
	t = &s->t[s->nt++];
	memset(t, 0, sizeof(*t));
	t->type = type;
	t->off = off;
	t->len = len;
	t->sp = sp;
	xfold(s->text + off, (size_t)len, t->w, sizeof(t->w));
	return t;
}

/* A word from p: letters, then letters, digits, ², ³, and an apostrophe
 * or a hyphen between two word characters. */
static const unsigned char *scan_word(const unsigned char *p)
{
	for (;;) {
		if (xletter_at(p) || xdigit(*p)) {
			p += xchar_len(p);
		} else if (p[0] == 0xc2 && (p[1] == 0xb2 || p[1] == 0xb3) &&
			   (p[-1] == 'm' || (p[-1] == 0xbc && p[-2] == 0xd0))) {
			p += 2; /* "м²", "km²"; not the footnote of "рублей²" */
		} else if ((*p == '-' || *p == '\'') &&
			   (xletter_at(p + 1) || xdigit(p[1]))) {
			p++;
		} else if (p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0x99 &&
			   xletter_at(p + 3)) {
			p += 3;
		} else {
			return p;
		}
	}
}

/* n digits at p and then no digit. */
static bool digits_n(const unsigned char *p, int n)
{
	int i;

	for (i = 0; i < n; i++)
		if (!xdigit(p[i]))
			return false;
	return !xdigit(p[n]);
}

/* "13.05.2025", "30/08/2023" (day first; month first only where day
 * first is no date: "08/30/2023") or "2025-05-13" at p: the date and its
 * length, or 0. */
static int scan_date(const unsigned char *p, int32_t *ymd)
{
	int a = 0, y, m, d;

	while (xdigit(p[a]))
		a++;
	if ((a == 1 || a == 2) && (p[a] == '.' || p[a] == '/') &&
	    xdigit(p[a + 1])) {
		int b = a + 1;

		while (xdigit(p[b]))
			b++;
		if (b - a - 1 > 2 || p[b] != p[a] || !digits_n(p + b + 1, 4))
			return 0;
		d = (int)strtol((const char *)p, NULL, 10);
		m = (int)strtol((const char *)p + a + 1, NULL, 10);
		y = (int)strtol((const char *)p + b + 1, NULL, 10);
		*ymd = cal_ymd(y, m, d);
		if (!cal_valid(*ymd) && p[a] == '/')
			*ymd = cal_ymd(y, d, m);
		return cal_valid(*ymd) ? b + 5 : 0;
	}
	if (a == 4 && p[4] == '-' && digits_n(p + 5, 2) && p[7] == '-' &&
	    digits_n(p + 8, 2)) {
		y = (int)strtol((const char *)p, NULL, 10);
		m = (int)strtol((const char *)p + 5, NULL, 10);
		d = (int)strtol((const char *)p + 8, NULL, 10);
		*ymd = cal_ymd(y, m, d);
		return cal_valid(*ymd) ? 10 : 0;
	}
	return 0;
}

/* The end of a number at p: digit groups, "," or "." before a digit, and a
 * space before exactly three digits when every group so far is short. */
static const unsigned char *scan_digits(const unsigned char *p, bool *plain,
					int *ndig)
{
	const unsigned char *q = p;
	int group = 0, first = -1, sl;
	bool dot = false;

	*plain = true;
	*ndig = 0;
	for (;;) {
		while (xdigit(*q)) {
			q++;
			group++;
			(*ndig)++;
		}
		if (first < 0)
			first = group;
		if ((*q == '.' || *q == ',') && xdigit(q[1])) {
			dot = dot || *q == '.';
			*plain = false;
			q++;
			group = 0;
			continue;
		}
		sl = xspace_at(q);
		if (sl > 0 && *q != '\n' && !dot && first <= 3 && group <= 3 &&
		    digits_n(q + sl, 3)) {
			*plain = false;
			q += sl;
			group = 0;
			continue;
		}
		return q;
	}
}

/* An ordinal ending at p ("th", "st", "-й", "-го"): its length or 0. */
static int ordinal_end(const unsigned char *p)
{
	static const char *const ru[] = { "-й", "-го", "-м", "-ом", "-я",
		"-е", "-х", "-му", "-ой", "-ю" };
	char w[3];
	size_t i, n;

	if (p[0] == '\0' || p[1] == '\0')
		return 0;
	w[0] = (char)(p[0] | 0x20);
	w[1] = (char)(p[1] | 0x20);
	w[2] = '\0';
	if ((strcmp(w, "th") == 0 || strcmp(w, "st") == 0 ||
	     strcmp(w, "nd") == 0 || strcmp(w, "rd") == 0) &&
	    !xletter_at(p + 2))
		return 2;
	for (i = 0; i < GS_ARRAY_LEN(ru); i++) {
		n = strlen(ru[i]);
		if (strncmp((const char *)p, ru[i], n) == 0 &&
		    !xletter_at(p + n))
			return (int)n;
	}
	return 0;
}

/* A scale word or "pp" glued to a number at p ("bn" of "1.2bn", "m" of
 * "€300m", "pp" of "3pp"): its length, or 0. */
static int glued_scale(const unsigned char *p)
{
	static const char *const ws[] = { "bln", "bn", "mln", "mn", "trln", "trn",
		"kt", "m", "k", "K", "pp", NULL }; /* and units: "3pp",
						     * "118kt" */
	size_t n;
	int k;

	for (k = 0; ws[k] != NULL; k++) {
		n = strlen(ws[k]);
		if (strncmp((const char *)p, ws[k], n) == 0 &&
		    !xletter_at(p + n))
			return (int)n;
	}
	/* "grew 2.3x": a multiple; not "4x4", "10x20 m" */
	return p[0] == 'x' && !xletter_at(p + 1) && !xdigit(p[1]) ? 1 : 0;
}


/* A product written on: "2x16 MVA", "2х25 МВА" (Latin or Cyrillic x
 * before a digit) is two numbers, not a name like "10x" or "5G". */
static bool product_sign(const unsigned char *q)
{
	if (q[0] == 'x')
		return xdigit(q[1]);
	return q[0] == 0xd1 && q[1] == 0x85 && xdigit(q[2]); /* "х" */
}

/* "2,3х", "1,5х": a Cyrillic х glued to a decimal number and ending the
 * word is "times", as the Latin x of "2.3x" is ("чистый долг/EBITDA
 * 2,3х"); "10х" alone stays a name, as "10x" does. */
static bool times_sign(const unsigned char *q, bool plain)
{
	return !plain && q[0] == 0xd1 && q[1] == 0x85 && !xletter_at(q + 2);
}

/* "$1.4b", "€2b": b glued to a number right after a currency sign is a
 * billion (elsewhere "5b" may be a name). */
static bool money_b(const unsigned char *base, const unsigned char *p,
		    const unsigned char *q)
{
	if (q[0] != 'b' || xletter_at(q + 1))
		return false;
	return (p > base && p[-1] == '$') ||
	       (p - base >= 3 && p[-3] == 0xe2 && p[-2] == 0x82 &&
		(p[-1] == 0xac || p[-1] == 0xbd)); /* € ₽ */
}

static void number_tok(struct xsent *s, int *cap, const unsigned char *p,
		       const unsigned char **next, bool sp)
{
	const unsigned char *base = (const unsigned char *)s->text;
	const unsigned char *q;
	struct xtok *t;
	char buf[96];
	const char *why;
	bool plain, pct;
	int ndig, n;
	int32_t ymd;
	double v;

	if ((n = scan_date(p, &ymd)) > 0) {
		t = add_tok(s, cap, XT_DATE, (int)(p - base), n, sp);
		t->v = ymd;
		*next = p + n;
		return;
	}
	q = scan_digits(p, &plain, &ndig);
	n = (int)(q - p) < (int)sizeof(buf) ? (int)(q - p) : (int)sizeof(buf) - 1;
	memcpy(buf, p, (size_t)n);
	buf[n] = '\0';
	if (value_parse(buf, &v, &pct, &why) == -1) {
		/* "1,23,456": keep the first run of digits */
		for (q = p, ndig = 0; xdigit(*q); q++)
			ndig++;
		v = strtod((const char *)p, NULL);
		plain = true;
	}
	t = add_tok(s, cap, XT_NUM, (int)(p - base), (int)(q - p), sp);
	t->v = v;
	t->plain = plain;
	t->ndig = ndig;
	if ((n = ordinal_end(q)) > 0) {
		t->flags |= XF_ORD;
		t->len += n;
		q += n;
	} else if (xletter_at(q) && glued_scale(q) == 0 &&
		   !money_b(base, p, q) && !product_sign(q) &&
		   !times_sign(q, plain)) {
		/* "5G", "3D", "10x": a name; "1.2bn", "300m" a number and
		 * its scale */
		q = scan_word(q);
		t->type = XT_WORD;
		t->len = (int)(q - p);
		t->flags |= XF_NAME;
		xfold((const char *)p, (size_t)t->len, t->w, sizeof(t->w));
	}
	if (!sp && p > base && (p[-1] == '-' && p - 1 > base &&
				xletter_at(p - 2)))
		t->flags |= XF_GLUED;
	*next = q;
}

/* "RUB13bn", "USD20m": a currency code glued to its number is a word of
 * its own. */
static bool code_glued(const unsigned char *p)
{
	static const char *const codes[] = { "RUB", "USD", "EUR", "CNY",
		NULL };
	int k;

	for (k = 0; codes[k] != NULL; k++)
		if (strncmp((const char *)p, codes[k], 3) == 0 && xdigit(p[3]))
			return true;
	return false;
}

void xsent_tokenize(struct xsent *s)
{
	const unsigned char *p = (const unsigned char *)s->text;
	const unsigned char *end = p + s->len, *base = p, *q;
	int cap = 0, depth = 0, gid = 0, stack[16], clause = 0, i, n;
	bool sp = true;
	struct xtok *t;

	s->nt = 0;
	while (p < end) {
		if ((n = xspace_at(p)) > 0) {
			p += n;
			sp = true;
			continue;
		}
		if (xdigit(*p)) {
			number_tok(s, &cap, p, &q, sp);
			p = q;
		} else if (xletter_at(p)) {
			q = code_glued(p) ? p + 3 : scan_word(p);
			t = add_tok(s, &cap, XT_WORD, (int)(p - base),
				    (int)(q - p), sp);
			t->cap = xupper_at(p);
			t->cyr = *p == 0xd0 || *p == 0xd1;
			t->acro = t->cap && q - p >= 2 && q - p <= 9 &&
				  xupper_at(p + xchar_len(p));
			p = q;
		} else {
			n = xchar_len(p);
			if (p + n > end)
				n = (int)(end - p);
			add_tok(s, &cap, XT_PUNCT, (int)(p - base), n, sp);
			p += n;
		}
		sp = false;
	}
	/* parenthesis groups and clauses */
	for (i = 0; i < s->nt; i++) {
		t = &s->t[i];
		if (strcmp(t->w, "(") == 0 && depth < 16)
			stack[depth++] = ++gid;
		t->paren = depth > 0 ? stack[depth - 1] : 0;
		if (strcmp(t->w, ")") == 0 && depth > 0)
			depth--;
		t->clause = clause;
		if (depth == 0 && (strcmp(t->w, ";") == 0 ||
				   strcmp(t->w, ":") == 0 ||
				   (strcmp(t->w, ",") == 0 && i + 1 < s->nt &&
				    (strcmp(s->t[i + 1].w, "and") == 0 ||
				     strcmp(s->t[i + 1].w, "but") == 0 ||
				     strcmp(s->t[i + 1].w, "while") == 0 ||
				     strcmp(s->t[i + 1].w, "whereas") == 0 ||
				     strcmp(s->t[i + 1].w, "и") == 0 ||
				     strcmp(s->t[i + 1].w, "а") == 0 ||
				     strcmp(s->t[i + 1].w, "но") == 0))))
			clause++;
	}
}

