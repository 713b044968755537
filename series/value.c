/*
** value.c: numbers as people write them ("1,234.5", "1 234,5", "5.7%"),
** and the qualifier and kind words that go with them ("over", "около").
**
** Which mark is the decimal one:
**  - with both "." and "," present, the last one, which must occur once
**    ("1,234.5" and "1.234,5");
**  - a single "," followed by exactly three digits, with no other separator
**    and one to three digits (not starting with 0) before it, groups
**    thousands ("1,234" = 1234); any other single "," is a decimal comma
**    ("2,8", "1 234,5", "0,125", "1234,567" = 1234.567);
**  - a single "." is a decimal point ("1.234" = 1.234);
**  - a mark that occurs more than once groups thousands ("1.234.567").
** A reading is a guess when a single "." or "," has exactly three digits
** after it and one to three (not starting with 0) before it: "12.500" is
** 12.5 and "1,234" is 1234 by the rules, though a Russian spreadsheet
** means 12500 and 1.234 (value_canon says so). With the decimal mark
** given (--decimal), that mark occurs at most once, before the last group,
** and the other one groups thousands.
** Thousands separators are ",", ".", "'", space, U+00A0, U+202F and U+2009,
** one kind per number; the first group has 1 to 3 digits (not starting with
** 0), the others exactly 3. A leading "-", "+" or U+2212 (minus) is a sign.
** Overflow is an error, and so is underflow: a number with a nonzero digit
** that would round to zero or to a subnormal (losing its precision) is
** refused, as "1e400" is; "0", "0.0" and "0e5" are zero.
*/
#include "../common.h"

#include <errno.h>
#include <float.h>
#include <locale.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "fastnum.h"
#include "parse.h"

enum sep { SEP_NONE, SEP_DOT, SEP_COMMA, SEP_SPACE, SEP_APOS, SEP_NKIND };

#define MAX_GROUPS 40

/* The mantissa as digit groups and the separators before them. */
struct mant {
	const char *grp[MAX_GROUPS];
	int len[MAX_GROUPS];
	enum sep sep[MAX_GROUPS]; /* sep[i] is before grp[i], sep[0] unused */
	int n;
	int count[SEP_NKIND];
};

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Length of a space-like character at p (ASCII or UTF-8), or 0. */
static int space_len(const char *p)
{
	if (*p == ' ' || *p == '\t')
		return 1;
	if ((unsigned char)p[0] == 0xc2 && (unsigned char)p[1] == 0xa0)
		return 2;
	if ((unsigned char)p[0] == 0xe2 && (unsigned char)p[1] == 0x80 &&
	    ((unsigned char)p[2] == 0xaf || (unsigned char)p[2] == 0x89))
		return 3;
	return 0;
}

/* The separator at p and its length in bytes. */
static enum sep sep_at(const char *p, int *len)
{
	*len = 1;
	if (*p == '.')
		return SEP_DOT;
	if (*p == ',')
		return SEP_COMMA;
	if (*p == '\'')
		return SEP_APOS;
	*len = space_len(p);
	return *len > 0 ? SEP_SPACE : SEP_NONE;
}

static const char *skip_spaces(const char *p)
{
	int n;

	while ((n = space_len(p)) > 0)
		p += n;
	return p;
}

/* Read digit groups from *pp; leave *pp after the last group. */
static int scan_mantissa(const char **pp, struct mant *m, const char **why)
{
	const char *p = *pp, *q;
	enum sep k = SEP_NONE;
	int len;

	memset(m, 0, sizeof(*m));
	for (;;) {
		if (m->n == MAX_GROUPS) {
			*why = "number too long";
			return -1;
		}
		for (q = p; is_digit(*q); q++)
			;
		m->grp[m->n] = p;
		m->len[m->n] = (int)(q - p);
		m->sep[m->n] = k;
		m->count[k]++;
		m->n++;
		k = sep_at(q, &len);
		if (k == SEP_NONE || (k == SEP_SPACE && !is_digit(q[len])))
			break;
		if (!is_digit(q[len])) {
			*why = "misplaced separator in number";
			return -1;
		}
		p = q + len;
	}
	*pp = q;
	return 0;
}

/* True when the rules guess which of "." and "," is the decimal mark. */
static bool guessed(const struct mant *m)
{
	return m->n == 2 && (m->sep[1] == SEP_DOT || m->sep[1] == SEP_COMMA) &&
	       m->len[1] == 3 && m->len[0] <= 3 && m->grp[0][0] != '0';
}

/* The decimal mark given (SEP_DOT or SEP_COMMA): the group after it, 0
 * for an integer, -1 when it occurs twice or before another separator. */
static int given_group(const struct mant *m, enum sep mark, const char **why)
{
	int i;

	for (i = 1; i < m->n - 1; i++) {
		if (m->sep[i] == mark) {
			*why = m->count[mark] > 1 ? "the decimal mark occurs "
			       "more than once" : "a separator after the "
			       "decimal mark";
			return -1;
		}
	}
	return m->n > 1 && m->sep[m->n - 1] == mark ? m->n - 1 : 0;
}

/* Index of the group after the decimal mark, or 0 for an integer. */
static int decimal_group(const struct mant *m)
{
	enum sep last = m->sep[m->n - 1];

	if (m->n == 1 || (last != SEP_DOT && last != SEP_COMMA))
		return 0;
	if (m->count[last] > 1)
		return 0;
	if (last == SEP_COMMA && m->n == 2 && m->len[1] == 3 &&
	    m->len[0] <= 3 && m->grp[0][0] != '0')
		return 0;
	return m->n - 1;
}

/* Check the thousands groups before group end. */
static int check_groups(const struct mant *m, int end, const char **why)
{
	int i;

	if (end <= 1)
		return 0;
	if (m->len[0] > 3 || m->grp[0][0] == '0') {
		*why = "bad digit grouping in number";
		return -1;
	}
	for (i = 1; i < end; i++) {
		if (m->sep[i] != m->sep[1]) {
			*why = "mixed thousands separators in number";
			return -1;
		}
		if (m->len[i] != 3) {
			*why = "bad digit grouping in number";
			return -1;
		}
	}
	return 0;
}

/* Append n bytes to buf (of size sz) at *at; false when full. */
static bool put(char *buf, size_t sz, size_t *at, const char *s, size_t n)
{
	if (*at + n >= sz)
		return false;
	memcpy(buf + *at, s, n);
	*at += n;
	buf[*at] = '\0';
	return true;
}

/* The mantissa as plain digits with the decimal point `point`. */
static bool mant_text(const struct mant *m, int dec, const char *point,
		      char *buf, size_t sz, size_t *at)
{
	int i, end = dec ? dec : m->n;

	for (i = 0; i < end; i++)
		if (!put(buf, sz, at, m->grp[i], (size_t)m->len[i]))
			return false;
	if (dec == 0)
		return true;
	return put(buf, sz, at, point, strlen(point)) &&
	       put(buf, sz, at, m->grp[dec], (size_t)m->len[dec]);
}

/* An exponent "e5", "E-3", "e+6" at *pp, copied into buf. */
static bool take_exponent(const char **pp, char *buf, size_t sz, size_t *at)
{
	const char *p = *pp, *q;

	if (*p != 'e' && *p != 'E')
		return true;
	q = p + 1;
	if (*q == '+' || *q == '-')
		q++;
	if (!is_digit(*q))
		return true; /* left for the trailing-text check */
	while (is_digit(*q))
		q++;
	*pp = q;
	return put(buf, sz, at, "e", 1) &&
	       put(buf, sz, at, p + 1, (size_t)(q - p - 1));
}

/* A sign at *pp: "-", "+" or U+2212; writes "-" to buf for a minus. */
static void take_sign(const char **pp, char *buf, size_t sz, size_t *at)
{
	const char *p = *pp;

	if (*p == '+') {
		*pp = p + 1;
	} else if (*p == '-') {
		*pp = p + 1;
		put(buf, sz, at, "-", 1);
	} else if (strncmp(p, "\xe2\x88\x92", 3) == 0) {
		*pp = p + 3;
		put(buf, sz, at, "-", 1);
	}
}

/* How a number is read: its decimal mark (SEP_NONE: the rules) and the
 * point written for the reader of the text (strtod's, or "."). */
struct reading {
	enum sep mark;
	const char *point;
	bool guessed;  /* set when the rules had to guess */
};

/* The digits, marks and exponent after the sign, copied to buf. */
static int scan_number(const char **pp, struct reading *rd, char *buf,
		       size_t sz, size_t *at, const char **why)
{
	struct mant m;
	int dec;

	if (!is_digit(**pp)) {
		*why = "not a number";
		return -1;
	}
	if (scan_mantissa(pp, &m, why) == -1)
		return -1;
	rd->guessed = rd->mark == SEP_NONE && guessed(&m);
	dec = rd->mark == SEP_NONE ? decimal_group(&m) :
	      given_group(&m, rd->mark, why);
	if (dec < 0 || check_groups(&m, dec ? dec : m.n, why) == -1)
		return -1;
	if (!mant_text(&m, dec, rd->point, buf, sz, at) ||
	    !take_exponent(pp, buf, sz, at)) {
		*why = "number too long";
		return -1;
	}
	return 0;
}

/*
** Multiply the number in buf by 10^e10 by moving its exponent, so strtod
** rounds once: "16.1" with 6 reads "16.1e6" = 16100000 exactly, where
** 16.1 * 1e6 is 16100000.000000002.
*/
static bool shift_exponent(char *buf, size_t sz, size_t *at, int e10)
{
	char *ex = strchr(buf, 'e'), digits[16];
	long x = 0;
	size_t n = 0;
	bool neg;

	if (e10 == 0)
		return true;
	if (ex != NULL) {
		x = strtol(ex + 1, NULL, 10); /* saturates: still out of range */
		*at = (size_t)(ex - buf);
	}
	if (x > 100000 || x < -100000)
		x = x > 0 ? 100000 : -100000;
	x += e10;
	neg = x < 0;
	if (neg)
		x = -x;
	do {
		digits[n++] = (char)('0' + x % 10);
		x /= 10;
	} while (x > 0);
	if (!put(buf, sz, at, neg ? "e-" : "e", neg ? 2 : 1))
		return false;
	while (n > 0)
		if (!put(buf, sz, at, &digits[--n], 1))
			return false;
	return true;
}

/* True when the mantissa in buf (before any exponent) is not all zeros. */
static bool nonzero_mantissa(const char *buf)
{
	for (; *buf && *buf != 'e'; buf++)
		if (*buf >= '1' && *buf <= '9')
			return true;
	return false;
}

/* NULL when d, read from buf, is a finite normal number or a true zero;
 * else why not. */
static const char *range_error(const char *buf, double d)
{
	if (isinf(d) || isnan(d) || (errno == ERANGE && fabs(d) > 1.0))
		return "number out of range";
	if (d == 0 ? nonzero_mantissa(buf) : fabs(d) < DBL_MIN)
		return "number out of range (too close to zero)";
	return NULL;
}

int value_parse(const char *s, double *v, bool *is_percent, const char **why)
{
	return value_parse_e10(s, 0, v, is_percent, why);
}

/* Sign, number, percent sign and nothing after: the number into buf. */
static int read_text(const char *s, struct reading *rd, char *buf,
		     size_t sz, size_t *at, bool *pct, const char **why)
{
	const char *p = skip_spaces(s);

	buf[0] = '\0';
	if (*p == '\0') {
		*why = "empty number";
		return -1;
	}
	take_sign(&p, buf, sz, at);
	if (scan_number(&p, rd, buf, sz, at, why) == -1)
		return -1;
	p = skip_spaces(p);
	*pct = *p == '%';
	if (*pct)
		p = skip_spaces(p + 1);
	if (*p != '\0') {
		*why = "trailing text after number";
		return -1;
	}
	return 0;
}

int value_parse_e10(const char *s, int e10, double *v, bool *is_percent,
		    const char **why)
{
	struct reading rd = { SEP_NONE, localeconv()->decimal_point, false };
	char buf[512];
	size_t at = 0;
	bool pct = false;
	double d;

	if (read_text(s, &rd, buf, sizeof(buf), &at, &pct, why))
		return -1;
	if (!shift_exponent(buf, sizeof(buf), &at, e10)) {
		*why = "number too long";
		return -1;
	}
	errno = 0;
	d = fastnum_strtod(buf); /* strtod's double, bit for bit */
	if ((*why = range_error(buf, d)) != NULL)
		return -1;
	*v = d;
	if (is_percent != NULL)
		*is_percent = pct;
	return 0;
}

int value_canon(const char *s, char mark, char *buf, size_t n,
		bool *guess, const char **why)
{
	struct reading rd = { mark == '.' ? SEP_DOT : mark == ',' ? SEP_COMMA :
			      SEP_NONE, ".", false };
	size_t at = 0;
	bool pct = false;

	if (read_text(s, &rd, buf, n, &at, &pct, why))
		return -1;
	if (pct && !put(buf, n, &at, "%", 1)) {
		*why = "number too long";
		return -1;
	}
	if (guess != NULL)
		*guess = rd.guessed;
	return 0;
}

/*
** Append the character at p lower-cased (ASCII and Cyrillic А-Я, Ё) to
** buf; return its length in bytes.
*/
static int put_lower(const unsigned char *p, char *buf, size_t *at)
{
	if (p[0] == 0xd0 && p[1] >= 0x90 && p[1] <= 0x9f) {
		buf[(*at)++] = (char)0xd0;
		buf[(*at)++] = (char)(p[1] + 0x20);
		return 2;
	}
	if (p[0] == 0xd0 && p[1] >= 0xa0 && p[1] <= 0xaf) {
		buf[(*at)++] = (char)0xd1;
		buf[(*at)++] = (char)(p[1] - 0x20);
		return 2;
	}
	if (p[0] == 0xd0 && p[1] == 0x81) {
		buf[(*at)++] = (char)0xd1;
		buf[(*at)++] = (char)0x91;
		return 2;
	}
	buf[(*at)++] = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
	return 1;
}

/*
** Fold s for matching words into buf: ASCII and Cyrillic letters to lower
** case, "_" and runs of spaces to one space, no spaces at the ends and no
** final period. False when s does not fit.
*/
static bool fold(const char *s, char *buf, size_t sz)
{
	const unsigned char *p = (const unsigned char *)skip_spaces(s);
	size_t at = 0;
	int n;

	while (*p != '\0') {
		if ((n = space_len((const char *)p)) > 0 || *p == '_') {
			p += n > 0 ? n : 1;
			if (at > 0 && buf[at - 1] != ' ' && at + 1 < sz)
				buf[at++] = ' ';
			continue;
		}
		if (at + 3 > sz)
			return false;
		p += put_lower(p, buf, &at);
	}
	while (at > 0 && (buf[at - 1] == ' ' || buf[at - 1] == '.'))
		at--;
	buf[at] = '\0';
	return true;
}

struct word {
	const char *text; /* folded form */
	int val;
};

static const struct word qual_words[] = {
	{ "exactly", GS_QUAL_NONE },
	{ "over", GS_QUAL_OVER }, { "more than", GS_QUAL_OVER },
	{ "above", GS_QUAL_OVER }, { "greater than", GS_QUAL_OVER },
	{ "in excess of", GS_QUAL_OVER }, { ">", GS_QUAL_OVER },
	{ "более", GS_QUAL_OVER }, { "свыше", GS_QUAL_OVER },
	{ "больше", GS_QUAL_OVER }, { "более чем", GS_QUAL_OVER },
	{ "at least", GS_QUAL_AT_LEAST }, { "no less than", GS_QUAL_AT_LEAST },
	{ "not less than", GS_QUAL_AT_LEAST }, { ">=", GS_QUAL_AT_LEAST },
	{ "≥", GS_QUAL_AT_LEAST }, { "не менее", GS_QUAL_AT_LEAST },
	{ "не меньше", GS_QUAL_AT_LEAST },
	{ "about", GS_QUAL_ABOUT }, { "approximately", GS_QUAL_ABOUT },
	{ "approx", GS_QUAL_ABOUT }, { "around", GS_QUAL_ABOUT },
	{ "roughly", GS_QUAL_ABOUT }, { "some", GS_QUAL_ABOUT },
	{ "circa", GS_QUAL_ABOUT }, { "~", GS_QUAL_ABOUT },
	{ "≈", GS_QUAL_ABOUT }, { "около", GS_QUAL_ABOUT },
	{ "порядка", GS_QUAL_ABOUT }, { "примерно", GS_QUAL_ABOUT },
	{ "приблизительно", GS_QUAL_ABOUT },
	{ "up to", GS_QUAL_UP_TO }, { "as many as", GS_QUAL_UP_TO },
	{ "as much as", GS_QUAL_UP_TO }, { "no more than", GS_QUAL_UP_TO },
	{ "not more than", GS_QUAL_UP_TO }, { "<=", GS_QUAL_UP_TO },
	{ "≤", GS_QUAL_UP_TO }, { "до", GS_QUAL_UP_TO },
	{ "не более", GS_QUAL_UP_TO }, { "не больше", GS_QUAL_UP_TO },
	{ "under", GS_QUAL_UNDER }, { "less than", GS_QUAL_UNDER },
	{ "fewer than", GS_QUAL_UNDER }, { "below", GS_QUAL_UNDER },
	{ "<", GS_QUAL_UNDER }, { "менее", GS_QUAL_UNDER },
	{ "меньше", GS_QUAL_UNDER },
	{ "almost", GS_QUAL_ALMOST }, { "nearly", GS_QUAL_ALMOST },
	{ "почти", GS_QUAL_ALMOST }, { "чуть менее", GS_QUAL_ALMOST },
};

static const struct word kind_words[] = {
	{ "stock", GS_KIND_LEVEL },
	{ "sum", GS_KIND_FLOW }, { "total", GS_KIND_FLOW },
	{ "ratio", GS_KIND_MULTIPLE }, { "times", GS_KIND_MULTIPLE },
	{ "fold", GS_KIND_MULTIPLE },
	{ "pct", GS_KIND_PERCENT }, { "pct change", GS_KIND_PERCENT },
	{ "percent change", GS_KIND_PERCENT }, { "change", GS_KIND_PERCENT },
	{ "%", GS_KIND_PERCENT },
	{ "goal", GS_KIND_TARGET },
};

/* Look s up, folded, in the canonical names and then in words[]. */
static int word_lookup(const char *s, const struct word *words, size_t n,
		       int (*canon)(const char *), int *val)
{
	char buf[64];
	size_t i;

	if (!fold(s, buf, sizeof(buf)))
		return -1;
	if ((*val = canon(buf)) != 0)
		return 0;
	for (i = 0; i < n; i++) {
		if (strcmp(words[i].text, buf) == 0) {
			*val = words[i].val;
			return 0;
		}
	}
	return buf[0] == '\0' ? 0 : -1;
}

/* The names qual_name() gives, with "_" folded to a space. */
static int qual_canon(const char *s)
{
	int q;

	for (q = GS_QUAL_OVER; q <= GS_QUAL_ALMOST; q++) {
		char name[32];
		char *u;

		gs_snprintf(name, sizeof(name), "%s", qual_name(q));
		if ((u = strchr(name, '_')) != NULL)
			*u = ' ';
		if (strcmp(name, s) == 0)
			return q;
	}
	return 0;
}

static int kind_canon(const char *s)
{
	return (int)kind_from_name(s);
}

int qual_parse(const char *s, enum gs_qual *q, const char **why)
{
	int v = GS_QUAL_NONE;

	if (word_lookup(s, qual_words, GS_ARRAY_LEN(qual_words), qual_canon,
			&v) == -1) {
		*why = "unknown qualifier (over, at_least, about, up_to, under, "
		       "almost, or empty for an exact figure)";
		return -1;
	}
	*q = (enum gs_qual)v;
	return 0;
}

/* An empty string gives GS_KIND_NONE and 0, like an empty period. */
int kind_parse(const char *s, enum gs_kind *k, const char **why)
{
	int v = GS_KIND_NONE;

	if (word_lookup(s, kind_words, GS_ARRAY_LEN(kind_words), kind_canon,
			&v) == -1) {
		*why = "unknown kind (level, flow, multiple, percent, target or "
		       "plan)";
		return -1;
	}
	*k = (enum gs_kind)v;
	return 0;
}
