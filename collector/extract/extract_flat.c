/*
** extract_flat.c: a table flattened into one run of text, its column heads
** and every row on the same line, the way a table pasted from a PDF or a
** web page loses its line breaks:
**
**     Показатель 2021 2022 2023 Резиденты, ед. 14 19 26 Инвестиции, млн
**     руб. 1 840 2 730 4 115
**
**     Indicator | 2021 | 2022 | 2023 Residents | 6 | 8 | 11 Jobs | 410 |
**     520 | 690
**
**     Показатель на 01.01.2023 на 01.01.2024 Резиденты, ед. 16 21 ...
**
** After a head word come n dated columns (rising years, or dates), then
** rows: a label of words, then exactly n values. Each value takes its
** column's period and the unit its label names. Numbers whose thousands
** are grouped by spaces arrive run together ("1 840 2 730 4 115"); they
** are split where only one split gives n values. The mechanism knows no
** indicator and no language: any label, any unit, any number of columns.
*/
#include "../../common.h"

#include <string.h>

#include "extract_flat.h"
#include "extract_grid.h"

#define FLAT_COLS 8
#define FLAT_PIECES 32

static bool bar(const struct xtok *t)
{
	return t->type == XT_PUNCT && strcmp(t->w, "|") == 0;
}

static bool year_tok(const struct xtok *t)
{
	return t->type == XT_NUM && t->plain && t->ndig == 4 && t->v >= 1900 &&
	       t->v <= 2100;
}

/* "на", "on", "as of" before a date head: how many tokens. */
static int date_lead(const struct xsent *s, int i)
{
	if (i < s->nt && (strcmp(s->t[i].w, "на") == 0 ||
			  strcmp(s->t[i].w, "on") == 0))
		return 1;
	if (i + 1 < s->nt && strcmp(s->t[i].w, "as") == 0 &&
	    strcmp(s->t[i + 1].w, "of") == 0)
		return 2;
	return 0;
}

/* A date token's day as a period. */
static struct xper date_per(const struct xtok *t)
{
	int v = (int)t->v;

	return xt_per(v / 10000, v / 100 % 100, v % 100, v / 10000,
		      v / 100 % 100, v % 100);
}

/* The column heads from i: rising years or dates (each maybe after "на"
 * or a bar), at least two. Their periods into col; *end gets the token
 * after them. How many, or 0. */
static int heads_at(const struct xsent *s, int i, struct xper *col,
		    int *end)
{
	int n = 0, prev = 0, j = i;

	for (;;) {
		while (j < s->nt && bar(&s->t[j]))
			j++;
		j += date_lead(s, j);
		if (j >= s->nt || n >= FLAT_COLS)
			break;
		if (year_tok(&s->t[j]) && s->t[j].v * 10000 > prev) {
			prev = (int)s->t[j].v * 10000;
			col[n++] = xper_year(prev / 10000);
		} else if (s->t[j].type == XT_DATE && s->t[j].v > prev) {
			prev = (int)s->t[j].v;
			col[n++] = date_per(&s->t[j]);
		} else {
			break;
		}
		*end = ++j;
	}
	return n >= 2 ? n : 0;
}

/* One piece of a number token split at its spaces. */
struct piece {
	double v;
	bool cont; /* three digits after a whole piece: may continue it */
};

/* The pieces of number token t into p (at most max): how many, or -1. */
static int pieces(const struct xsent *s, const struct xtok *t,
		  struct piece *p, int max)
{
	const char *c = s->text + t->off, *e = c + t->len;
	int n = 0, dig = 0, sp;
	double frac = 0; /* the place of the next decimal digit, 0 before */
	bool whole = false;

	if (max < 1)
		return -1;
	p[0].v = 0;
	p[0].cont = false;
	for (; c <= e; c++) {
		sp = c < e ? xspace_at((const unsigned char *)c) : 0;
		if (c == e || sp > 0) {
			if (dig == 0 || n >= max)
				return -1;
			p[n].cont = n > 0 && dig == 3 && whole;
			whole = frac == 0;
			if (++n < max && c < e) {
				p[n].v = 0;
				p[n].cont = false;
			}
			dig = 0;
			frac = 0;
			c += sp > 0 ? sp - 1 : 0;
		} else if (xdigit((unsigned char)*c)) {
			if (frac > 0) {
				p[n].v += (*c - '0') * frac;
				frac /= 10;
			} else {
				p[n].v = p[n].v * 10 + (*c - '0');
				dig++;
			}
		} else if ((*c == ',' || *c == '.') && frac == 0 && dig > 0) {
			frac = 0.1;
		} else {
			return -1;
		}
	}
	if (n == 1) /* no space inside: the token's own reading */
		p[0].v = t->v;
	return n;
}

/* Exactly n values from the number tokens at j (bars between allowed)
 * into v, their pieces joined or kept apart as only one way gives n: the
 * token after them, or -1. */
static int values_at(const struct xsent *s, int j, int n, double *v)
{
	struct piece p[FLAT_PIECES];
	int np = 0, k, got, starts = 0;

	for (; j < s->nt && (s->t[j].type == XT_NUM || bar(&s->t[j])); j++) {
		if (bar(&s->t[j]))
			continue;
		if ((s->t[j].flags & (XF_USED | XF_TIME)) ||
		    (k = pieces(s, &s->t[j], p + np, FLAT_PIECES - np)) < 0)
			return -1;
		np += k;
	}
	for (k = 0; k < np; k++)
		starts += !p[k].cont;
	if (np != n && starts != n)
		return -1;
	for (k = 0, got = 0; k < np; k++) {
		if (p[k].cont && np != n)
			v[got - 1] = v[got - 1] * 1000 + p[k].v;
		else
			v[got++] = p[k].v;
	}
	return got == n ? j : -1;
}

/* A row's label from j: words up to the first number, no date in it,
 * at least one word. The token after it, or -1. */
static int label_at(const struct xsent *s, int j)
{
	bool word = false;

	for (; j < s->nt && s->t[j].type != XT_NUM; j++) {
		if (s->t[j].type == XT_DATE || (s->t[j].flags & XF_USED))
			return -1;
		word = word || s->t[j].type == XT_WORD;
	}
	return word && j < s->nt ? j : -1;
}

/* The rows after the heads (col, n) that end at h: at least two, each a
 * label and n values. How many rows filled (n per table row), or 0;
 * *end gets the token after the last value. */
static int rows_at(const struct xsent *s, int h, const struct xper *col,
		   int n, struct xtrow *rows, int max, int *end)
{
	double v[FLAT_COLS];
	int j = h, a, b, e, k, nr = 0;

	while (nr + n <= max && (b = label_at(s, j)) > 0 &&
	       (e = values_at(s, b, n, v)) > 0) {
		for (a = j; a < b && bar(&s->t[a]); a++)
			;
		while (b > a && bar(&s->t[b - 1]))
			b--;
		for (k = 0; k < n; k++, nr++) {
			xgrid_label_unit(s, a, b, &rows[nr]);
			rows[nr].v = v[k];
			rows[nr].period = col[k];
		}
		*end = j = e;
	}
	return nr >= 2 * n ? nr : 0;
}

int xflat_spot(struct xsent *s, struct xtrow *rows, int max)
{
	struct xper col[FLAT_COLS];
	int i, n, h = 0, e = 0, nr, k;

	for (i = 0; i < s->nt; i++) {
		if ((s->t[i].flags & XF_USED) ||
		    (n = heads_at(s, i, col, &h)) == 0)
			continue;
		if ((nr = rows_at(s, h, col, n, rows, max, &e)) == 0)
			continue;
		for (k = i; k < e; k++)
			s->t[k].flags |= XF_USED;
		return nr;
	}
	return 0;
}
