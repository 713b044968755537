/*
** extract_qtab.c: a table pasted as text with spaces for its column
** lines, quarters for its heads (dev11a, round eleven's "left"):
**
**     Показатель I кв. II кв. III кв. IV кв. Итого за год
**     Выручка, млн руб. 148,2 190,6 233,9 214,0 786,7
**     Численность работников на конец квартала, чел. 302 318 347 351 –
**
** The heads are read as cells: a quarter ("I кв.", "2 кв.", "Q3"), a
** half-year ("I пол."), the year's total ("Итого", "Итого за год",
** "Всего", "Total", "FY"). A row's values are its last cells: the
** digits of its trailing numbers split at spaces (the tokenizer reads
** "302 318 347 351" as one number grouped by thousands), a dash for a
** cell left empty; the row counts when they fill the heads. The heads
** name no year: the year is the last one the lines above the head
** state (the title, "по кварталам 2024 года"), else the text's. The
** periods are what extract12a's rules would give a quarter of that
** year; which year the title means is theirs to refine.
*/
#include "../../common.h"

#include <stdlib.h>
#include <string.h>

#include "../../series/cal.h"
#include "extract_grid.h"
#include "extract_qtab.h"
#include "extract_tw.h"

#define QT_COLS 8
#define QT_REACH 8

enum qcell { QC_NONE, QC_Q1, QC_Q2, QC_Q3, QC_Q4, QC_H1, QC_H2, QC_YEAR };

/* The quarter or half a Roman or Arabic numeral at i names before
 * "кв"/"пол" at i + 1 (QC_Q1.., QC_H1..), or QC_NONE. */
static enum qcell part_at(const struct xsent *s, int i)
{
	static const char *const roman[] = { "i", "ii", "iii", "iv", NULL };
	int k, q = 0;

	for (k = 0; roman[k] != NULL; k++)
		if (xtw_is(s, i, roman[k]))
			q = k + 1;
	if (q == 0 && i < s->nt && s->t[i].type == XT_NUM &&
	    s->t[i].v >= 1 && s->t[i].v <= 4 && s->t[i].ndig == 1)
		q = (int)s->t[i].v;
	if (q > 0 && xtw_is(s, i + 1, "кв"))
		return (enum qcell)(QC_Q1 + q - 1);
	if (q > 0 && q <= 2 && xtw_is(s, i + 1, "пол"))
		return q == 1 ? QC_H1 : QC_H2;
	return QC_NONE;
}

/* Does s open with the year's total ("Итого за год", "Всего")? */
static bool total_at(const struct xsent *s)
{
	static const char *const total[] = { "итого", "всего", "total",
		NULL };

	return xtw_isa(s, 0, total) && s->nt <= 4;
}

/* The head cells of s after its label: how many (three at least), or
 * 0; each into c. */
static int heads(const struct xsent *s, enum qcell *c)
{
	static const char *const total[] = { "итого", "всего", "total",
		"fy", NULL };
	int i, n = 0;

	for (i = 0; i < s->nt && n < QT_COLS; i++) {
		enum qcell q = part_at(s, i);

		if (q != QC_NONE) {
			c[n++] = q;
			i += 1 + xtw_is(s, i + 2, ".");
		} else if (xtw_isa(s, i, total) && n > 0) {
			c[n++] = QC_YEAR;
			break; /* "Итого за год": the last column */
		} else if (n > 0) {
			return 0; /* a word between heads: prose */
		}
	}
	return n >= 3 ? n : 0;
}

static struct xper cell_period(enum qcell c, int y)
{
	if (c >= QC_Q1 && c <= QC_Q4)
		return xt_per(y, 3 * (c - QC_Q1) + 1, 0, y, 3 * (c - QC_Q1) + 3,
			      0);
	if (c == QC_H1 || c == QC_H2)
		return xt_per(y, c == QC_H1 ? 1 : 7, 0, y, c == QC_H1 ? 6 : 12,
			      0);
	return xper_year(y);
}

/* Is the text at q a dash (one byte or an en or em dash)? Its bytes. */
static int dash_len(const char *q, const char *end)
{
	if (q < end && *q == '-')
		return 1;
	return end - q >= 3 && (unsigned char)q[0] == 0xe2 &&
	       (unsigned char)q[1] == 0x80 &&
	       ((unsigned char)q[2] == 0x93 || (unsigned char)q[2] == 0x94) ?
	       3 : 0;
}

/* The start of the run of numbers, commas, spaces and dashes that ends
 * the text t[0, n), at a space after the label. */
static size_t values_start(const char *t, size_t n)
{
	size_t r = n;

	while (r > 0) {
		unsigned char ch = (unsigned char)t[r - 1];

		if (xdigit(ch) || ch == ',' || ch == ' ' || ch == '-')
			r--;
		else if (r >= 3 && dash_len(t + r - 3, t + n) == 3)
			r -= 3;
		else
			break;
	}
	while (r < n && t[r] != ' ')
		r++; /* not inside the label's last word ("2Q") */
	return r;
}

/* The cells of row s after its label: values into v (set[k] false for
 * a dash), their count, the label's end token into *e. */
static int cells(const struct xsent *s, double *v, bool *set, int max,
		 int *e)
{
	size_t n = (size_t)s->len, r = values_start(s->text, n), q;
	int c = 0, k;

	for (q = r; q < n && c <= max;) {
		char buf[32];
		size_t b;
		int dl;

		while (q < n && s->text[q] == ' ')
			q++;
		if (q >= n)
			break;
		if ((dl = dash_len(s->text + q, s->text + n)) > 0) {
			set[c] = false;
			v[c++] = 0;
			q += (size_t)dl;
			continue;
		}
		for (b = q; q < n && s->text[q] != ' '; q++)
			;
		gs_snprintf(buf, sizeof(buf), "%.*s", (int)(q - b), s->text + b);
		for (k = 0; buf[k] != '\0'; k++)
			if (buf[k] == ',')
				buf[k] = '.';
		set[c] = true;
		v[c++] = strtod(buf, NULL);
	}
	for (k = 0; k < s->nt && (size_t)s->t[k].off < r; k++)
		;
	*e = k;
	return c <= max ? c : 0;
}

/* The last year the sentences up to h state as a year or months (not a
 * day: "Источник: ..., 20.01.2025" dates the release, "по кварталам
 * 2024 года" the table), or the text's. */
static int year_above(const struct xdoc *d, int h)
{
	int k, m;

	for (k = h; k >= 0 && k >= h - 3; k--)
		for (m = d->s[k].ntm - 1; m >= 0; m--)
			if (d->s[k].tm[m].p.y1 > 0 && d->s[k].tm[m].p.d0 == 0)
				return d->s[k].tm[m].p.y1;
	return d->ay;
}

bool xqtab_at_end(const struct xsent *s, int e)
{
	int k;

	for (k = 0; k < e; k++)
		if (xtw_is(s, k, "конец") || xtw_is(s, k, "end"))
			return true;
	return false;
}

struct xper xqtab_end_day(struct xper p)
{
	int m = p.m1 > 0 ? p.m1 : 12, dd = cal_days_in_month(p.y1, m);

	return xt_per(p.y1, m, dd, p.y1, m, dd);
}

int xqtab_spot(const struct xdoc *d, int i, struct xtrow *rows, int max)
{
	struct xsent *s = &d->s[i];
	enum qcell c[QT_COLS];
	double v[QT_COLS];
	bool set[QT_COLS];
	int h, n = 0, got, e, k, y;

	for (h = i - 1; h >= 0 && h >= i - QT_REACH; h--)
		if ((n = heads(&d->s[h], c)) > 0)
			break;
	if (n > 0 && n < QT_COLS && h + 1 < i && total_at(&d->s[h + 1]))
		c[n++] = QC_YEAR; /* "IV кв." ended a sentence: "Итого за год"
				   * stands in the next */
	if (n == 0 || n > max ||
	    (got = cells(s, v, set, QT_COLS, &e)) != n || e < 1 || e >= s->nt)
		return 0;
	y = year_above(d, h - 1);
	for (k = got = 0; k < n; k++) {
		if (!set[k])
			continue;
		xgrid_label_unit(s, 0, e, &rows[got]);
		rows[got].v = v[k];
		rows[got].period = cell_period(c[k], y);
		if (xqtab_at_end(s, e)) /* "на конец квартала" */
			rows[got].period = xqtab_end_day(rows[got].period);
		got++;
	}
	for (k = 0; k < s->nt; k++)
		s->t[k].flags |= XF_USED;
	return got;
}

bool xqtab_line(const char *p, size_t n)
{
	size_t k, kv = 0, nums = 0;
	bool in = false;

	for (k = 0; k + 4 <= n; k++)
		kv += memcmp(p + k, " \xd0\xba\xd0\xb2.", 5) == 0; /* " кв." */
	if (kv >= 3)
		return true;
	while (n >= 4 && (memcmp(p + n - 4, " \xe2\x80\x93", 4) == 0 ||
			  memcmp(p + n - 4, " \xe2\x80\x94", 4) == 0)) {
		n -= 4; /* a cell left empty: "351 –" */
		nums++;
	}
	for (k = n; k > 0; k--) { /* numbers at the end, apart by spaces */
		unsigned char ch = (unsigned char)p[k - 1];

		if (xdigit(ch) || ch == ',') {
			nums += !in;
			in = true;
		} else if (ch == ' ') {
			in = false;
		} else {
			break;
		}
	}
	return nums >= 3 && k > 0;
}
