/*
** extract_pword.c: periods written as one short word, as bank analysts,
** investor slides and statistics bulletins write them: "H1", "1H23",
** "Q3", "3Q22", "1П 2023", "1П23", "9M 2022", "9M22", "FY2022", "FY22",
** "FY 2022", "fiscal 2022", and the end of one: "end-1H23",
** "end-2022". Each is a half, a quarter, the months to the
** N-th or a (calendar) year; a year written inside the word is read
** there, else the caller reads the year after it. Also the year a
** text sums up without naming it: "по итогам года", "на конец года",
** "at the end of the year" in a text dated early in the next year.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"
#include "extract_pword.h"
#include "../../series/cal.h"

/* A year of 2 or 4 digits at p, the rest of a word: "23", "2023". The
 * year, or 0 when p holds anything else; -1 when p is empty. */
static int word_year(const char *p)
{
	size_t n, k;
	int y = 0;

	if (*p == '\'') /* "H1'23" */
		p++;
	if ((n = strlen(p)) == 0)
		return -1;
	if (n != 2 && n != 4)
		return 0;
	for (k = 0; k < n; k++) {
		if (p[k] < '0' || p[k] > '9')
			return 0;
		y = y * 10 + (p[k] - '0');
	}
	if (n == 2)
		return 2000 + y;
	return y >= 1900 && y <= 2100 ? y : 0;
}

/* The letter of a part ("h", "q", "п", "m", "м") at p: its kind and the
 * bytes it takes, or 0. */
static int part_letter(const char *p, char *kind)
{
	static const struct {
		const char *l;
		char kind;
	} ls[] = { { "h", 'h' }, { "q", 'q' }, { "п", 'h' }, { "m", 'm' },
		   { "м", 'm' } };
	size_t k;

	for (k = 0; k < GS_ARRAY_LEN(ls); k++)
		if (strncmp(p, ls[k].l, strlen(ls[k].l)) == 0) {
			*kind = ls[k].kind;
			return (int)strlen(ls[k].l);
		}
	return 0;
}

/* Split a word into the part's kind, its number and a year inside it
 * ("1h23": 'h', 1, 2023; "q3": 'q', 3, -1). False when it is no such
 * word or its number does not fit its kind. */
static bool split_word(const char *w, char *kind, int *n, int *y)
{
	int k, l;

	if ((k = part_letter(w, kind)) > 0 && *kind != 'm' &&
	    w[k] >= '1' && w[k] <= '4') {
		*n = w[k] - '0';
		*y = word_year(w + k + 1);
	} else if (w[0] >= '1' && w[0] <= '9') {
		*n = w[0] - '0';
		k = 1;
		if (w[1] >= '0' && w[1] <= '9')
			*n = *n * 10 + (w[k++] - '0');
		if ((l = part_letter(w + k, kind)) == 0)
			return false;
		*y = word_year(w + k + l);
	} else {
		return false;
	}
	if (*y == 0)
		return false;
	if (*kind == 'h')
		return *n <= 2;
	if (*kind == 'q')
		return *n <= 4;
	return *n >= 2 && *n <= 11;
}

/* "/25", "/2025" after the year y of a fiscal year: a year that runs
 * from April of y to March of y + 1 ("FY2024/25", round ten: two writers
 * of dev11a and dev11b key "results for FY2024/25 (April 2024 - March
 * 2025)" so). Sets m and gives the tokens taken, or 0. */
static int split_year(const struct xsent *s, int j, int y, struct xtime *m)
{
	const struct xtok *t = j + 1 < s->nt ? &s->t[j + 1] : NULL;

	if (t == NULL || !xt_w(s, j, "/") || t->type != XT_NUM || !t->plain ||
	    t->sp || (t->ndig == 2 ? (int)t->v != (y + 1) % 100 :
		      t->ndig != 4 || (int)t->v != y + 1))
		return 0;
	m->p = xt_per(y, 4, 0, y + 1, 3, 0);
	return 2;
}

/* "FY2022", "FY22", "FY 2022", "fiscal 2022", "fiscal year 2022": the
 * calendar year; "FY2024/25": April 2024 to March 2025. The tokens it
 * takes, or 0. */
static int fiscal_year(const struct xsent *s, int i, struct xtime *m)
{
	int y, j = i + 1;

	if (strncmp(s->t[i].w, "fy", 2) == 0 &&
	    (y = word_year(s->t[i].w + 2)) > 0) {
		m->p = xt_per(y, 0, 0, y, 0, 0);
		return 1 + split_year(s, i + 1, y, m);
	}
	if (!xt_w(s, i, "fy") && !xt_w(s, i, "fiscal"))
		return 0;
	if (xt_w(s, j, "year"))
		j++;
	if (j >= s->nt || s->t[j].type != XT_NUM || !s->t[j].plain ||
	    (y = word_year(s->t[j].w)) <= 0 || s->t[j].ndig != 4)
		return 0;
	m->p = xt_per(y, 0, 0, y, 0, 0);
	return j + 1 - i + split_year(s, j + 1, y, m);
}

/* A 4-digit year right after a period word, whatever follows it ("H1
 * 2023 residents earned"): the tokens it takes with its Russian tail. */
int xpw_year_after(const struct xsent *s, int j, int *y)
{
	const struct xtok *t = j < s->nt ? &s->t[j] : NULL;

	if (t == NULL || t->type != XT_NUM || !t->plain || t->ndig != 4 ||
	    (t->flags & (XF_TIME | XF_NAME)) || t->v < 1900 || t->v > 2100)
		return 0;
	*y = (int)t->v;
	return 1 + xt_year_tail(s, j + 1);
}

int xpw_end(const struct xsent *s, int i, struct xtime *m)
{
	const char *w;
	char kind;
	int n, y, mo;

	if (i >= s->nt || s->t[i].type != XT_WORD)
		return 0;
	w = s->t[i].w;
	if (strncmp(w, "end-", 4) != 0)
		return 0;
	if (split_word(w + 4, &kind, &n, &y) && y > 0)
		mo = kind == 'h' ? n * 6 : kind == 'q' ? n * 3 : n;
	else if ((y = word_year(w + 4)) > 0)
		mo = 12;
	else
		return 0;
	m->role = XR_POINT;
	m->p = xt_per(y, mo, cal_days_in_month(y, mo), y, mo,
		      cal_days_in_month(y, mo));
	return 1;
}

int xpw_match(const struct xsent *s, int i, const struct xdoc *d,
	      struct xtime *m)
{
	char kind;
	int n, y, off, k = 0;

	if (i >= s->nt || s->t[i].type != XT_WORD || (s->t[i].flags & XF_TIME))
		return 0;
	if ((k = fiscal_year(s, i, m)) > 0)
		return k;
	if (!split_word(s->t[i].w, &kind, &n, &y))
		return 0;
	k = 0;
	/* "к 1П прошлого года", "1H last year" (round thirteen) */
	if (y < 0 && d->ay != 0 && (k = xt_rel_year(s, i + 1, &off)) > 0)
		y = d->ay + off;
	if (y < 0 && (k = xpw_year_after(s, i + 1, &y)) == 0) {
		if (kind == 'm' || d->ay == 0)
			return 0; /* "9m" alone may be millions */
		y = d->ay;
		m->noyear = true;
	}
	m->role = XR_RANGE;
	if (kind == 'h')
		m->p = xt_per(y, n * 6 - 5, 0, y, n * 6, 0);
	else if (kind == 'q')
		m->p = xt_per(y, n * 3 - 2, 0, y, n * 3, 0);
	else
		m->p = xt_per(y, 1, 0, y, n, 0);
	return 1 + k;
}

/* "в отчетном году", "за отчетный год", "the reporting year", "the
 * year under review", "прошлогодний": the tokens, or 0. */
static int reporting_year(const struct xsent *s, int i)
{
	if ((xt_w(s, i, "отчетном") && xt_w(s, i + 1, "году")) ||
	    (xt_w(s, i, "отчетный") && xt_w(s, i + 1, "год")) ||
	    (xt_w(s, i, "отчетного") && xt_w(s, i + 1, "года")) ||
	    (xt_w(s, i, "reporting") && xt_w(s, i + 1, "year")))
		return 2;
	if (xt_w(s, i, "year") && xt_w(s, i + 1, "under") &&
	    xt_w(s, i + 2, "review"))
		return 3;
	return 0;
}

/* "по итогам года", "на конец года", "at the end of the year", "at
 * year-end", "за год", "over the year": the year just ended when the text is dated in its first
 * four months (results come out then), else the text's year. */
int xpw_year_end(const struct xsent *s, int i, const struct xdoc *d,
		 struct xtime *m)
{
	int k = 0, y;

	if (xt_w(s, i, "по") && xt_w(s, i + 1, "итогам") &&
	    xt_w(s, i + 2, "года"))
		k = 3;
	else if ((xt_w(s, i, "на") || xt_w(s, i, "в")) &&
		 (xt_w(s, i + 1, "конец") || xt_w(s, i + 1, "конце")) &&
		 xt_w(s, i + 2, "года"))
		k = 3;
	else if (xt_w(s, i, "at") && xt_w(s, i + 1, "the") &&
		 xt_w(s, i + 2, "end") && xt_w(s, i + 3, "of") &&
		 xt_w(s, i + 4, "the") && xt_w(s, i + 5, "year"))
		k = 6;
	else if (xt_w(s, i, "at") && (xt_w(s, i + 1, "year-end") ||
				      xt_w(s, i + 1, "yearend")))
		k = 2;
	else if ((k = reporting_year(s, i)) > 0)
		;
	else if (xt_w(s, i, "за") && xt_w(s, i + 1, "год") &&
		 !xt_w(s, i + 2, "до"))
		k = 2; /* "за год достигло 37", not "за год до открытия" */
	else if ((xt_w(s, i, "over") || xt_w(s, i, "during")) &&
		 xt_w(s, i + 1, "the") && xt_w(s, i + 2, "year") &&
		 !xt_w(s, i + 3, "to") && !xt_w(s, i + 3, "before"))
		k = 3;
	if (k == 0 || d->ay == 0 || xt_year(s, i + k, &y))
		return 0;
	y = d->am <= 4 ? d->ay - 1 : d->ay;
	m->role = XR_POINT;
	m->p = xt_per(y, 0, 0, y, 0, 0);
	return k;
}

/* "q/q", "кв/кв", "QoQ", "quarter-on-quarter" (months back 3), "m/m",
 * "м/м", "MoM" (1), "y/y", "г/г" (0: a year back): the tokens, or 0. */
int xpw_on_prior(const struct xsent *s, int i, int *months)
{
	static const struct {
		const char *w;
		int months;
	} ws[] = { { "q", 3 }, { "кв", 3 }, { "m", 1 }, { "м", 1 },
		   { "y", 0 }, { "г", 0 } }, one[] = { { "qoq", 3 },
		   { "q-o-q", 3 }, { "quarter-on-quarter", 3 }, { "mom", 1 },
		   { "m-o-m", 1 }, { "month-on-month", 1 } };
	size_t k;

	for (k = 0; k < GS_ARRAY_LEN(one); k++)
		if (xt_w(s, i, one[k].w)) {
			*months = one[k].months;
			return 1;
		}
	for (k = 0; k < GS_ARRAY_LEN(ws); k++)
		if (xt_w(s, i, ws[k].w) && xt_w(s, i + 1, "/") &&
		    xt_w(s, i + 2, ws[k].w) && !s->t[i + 2].sp) {
			*months = ws[k].months;
			return 3;
		}
	return 0;
}

/* "с начала года", "since the start of the year", "year to date",
 * "YTD": January to the month of the text's date. */
static int year_to_date(const struct xsent *s, int i)
{
	if (xt_w(s, i, "с") && xt_w(s, i + 1, "начала") &&
	    (xt_w(s, i + 2, "года") || xt_w(s, i + 2, "этого") ||
	     xt_w(s, i + 2, "текущего")))
		return xt_w(s, i + 2, "года") ? 3 : (xt_w(s, i + 3, "года") ? 4 : 0);
	if (xt_w(s, i, "since") && xt_w(s, i + 1, "the") &&
	    (xt_w(s, i + 2, "start") || xt_w(s, i + 2, "beginning")) &&
	    xt_w(s, i + 3, "of") && xt_w(s, i + 4, "the") &&
	    xt_w(s, i + 5, "year"))
		return 6;
	if (xt_w(s, i, "year") && xt_w(s, i + 1, "to") && xt_w(s, i + 2, "date"))
		return 3;
	return xt_w(s, i, "ytd") || xt_w(s, i, "year-to-date") ? 1 : 0;
}

/* A year with a letter for estimate, forecast or actual: "2030E",
 * "2024F", "2022A", "2025П". */
static bool year_letter(const struct xtok *t, int *y)
{
	size_t n = strlen(t->w);
	char d[5];

	if (t->type != XT_WORD || n < 5 || n > 6)
		return false;
	memcpy(d, t->w, 4);
	d[4] = '\0';
	if ((*y = word_year(d)) <= 0)
		return false;
	return strcmp(t->w + 4, "e") == 0 || strcmp(t->w + 4, "f") == 0 ||
	       strcmp(t->w + 4, "a") == 0 || strcmp(t->w + 4, "п") == 0;
}

/* "с начала года" (a range) or "2030E" (a year) at i: as xpw_match. */
int xpw_other(const struct xsent *s, int i, const struct xdoc *d,
	      struct xtime *m)
{
	int k, y;

	if ((y = xpw_year_word(s, i)) > 0 ||
	    (d->ay != 0 && i < s->nt && !(s->t[i].flags & XF_TIME) &&
	     strncmp(s->t[i].w, "прошлогодн", strlen("прошлогодн")) == 0 &&
	     (y = d->ay - 1) > 0)) { /* "прошлогодняя выручка" */
		m->p = xt_per(y, 0, 0, y, 0, 0);
		return 1;
	}
	if ((k = year_to_date(s, i)) > 0 && d->ay != 0 && d->am != 0) {
		m->role = XR_RANGE;
		m->p = xt_per(d->ay, 1, 0, d->ay, d->am, 0);
		return k;
	}
	if (i < s->nt && !(s->t[i].flags & XF_TIME) &&
	    year_letter(&s->t[i], &y)) {
		m->p = xt_per(y, 0, 0, y, 0, 0);
		return 1;
	}
	return 0;
}

/* p moved n months back ("Q3 2023" q/q is Q2 2023); a whole year stays. */
struct xper xpw_months_back(struct xper p, int n)
{
	int a, b;

	if (p.m0 == 0 || p.m1 == 0)
		return xper_shift(p, -1);
	a = p.y0 * 12 + p.m0 - 1 - n;
	b = p.y1 * 12 + p.m1 - 1 - n;
	return xt_per(a / 12, a % 12 + 1, 0, b / 12, b % 12 + 1, 0);
}

/* "end-2025", "mid-2023", "start-2024", "early-2022", "late-2021": a
 * year said as one word; the year, or 0. */
int xpw_year_word(const struct xsent *s, int i)
{
	static const char *const pre[] = { "end-", "mid-", "start-",
		"early-", "late-", "year-end-", NULL };
	int k, y;

	if (i < 0 || i >= s->nt || s->t[i].type != XT_WORD ||
	    (s->t[i].flags & XF_TIME))
		return 0;
	for (k = 0; pre[k] != NULL; k++)
		if (strncmp(s->t[i].w, pre[k], strlen(pre[k])) == 0) {
			y = word_year(s->t[i].w + strlen(pre[k]));
			return y > 0 && strlen(s->t[i].w + strlen(pre[k])) == 4 ?
			       y : 0;
		}
	return 0;
}
