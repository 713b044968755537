/*
** period.c: calendar dates and periods as people write them: 2024, 2024-H1,
** 2024-Q3, 2025-08, 2025-08-15, 20250815 and ranges A..B of those.
*/
#include "../common.h"

#include <string.h>

#include "parse.h"

/* A text slice [p, e) being scanned. */
struct span {
	const char *p;
	const char *e;
};

static bool is_space(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static struct span span_trim(const char *p, const char *e)
{
	struct span s;

	while (p < e && is_space(*p))
		p++;
	while (e > p && is_space(e[-1]))
		e--;
	s.p = p;
	s.e = e;
	return s;
}

/* Read exactly n decimal digits; false when fewer are there. */
static bool take_digits(struct span *s, int n, int *out)
{
	int v = 0, i;

	if (s->e - s->p < n)
		return false;
	for (i = 0; i < n; i++) {
		if (s->p[i] < '0' || s->p[i] > '9')
			return false;
		v = v * 10 + (s->p[i] - '0');
	}
	s->p += n;
	*out = v;
	return true;
}

static bool take_char(struct span *s, char c)
{
	if (s->p < s->e && (*s->p == c ||
	    (c >= 'A' && c <= 'Z' && *s->p == c - 'A' + 'a'))) {
		s->p++;
		return true;
	}
	return false;
}

/* Set p to months [m1, m2] of year y. */
static void set_months(struct gs_period *p, int y, int m1, int m2,
		       enum gs_prec prec)
{
	p->start = cal_ymd(y, m1, 1);
	p->end = cal_ymd(y, m2, cal_days_in_month(y, m2));
	p->prec = prec;
}

/* Set p to the single day y-m-d, checking m and d. */
static int set_day(struct gs_period *p, int y, int m, int d, const char **why)
{
	if (m < 1 || m > 12) {
		*why = "month out of range";
		return -1;
	}
	if (d < 1 || d > cal_days_in_month(y, m)) {
		*why = "day out of range";
		return -1;
	}
	p->start = p->end = cal_ymd(y, m, d);
	p->prec = GS_PREC_DAY;
	return 0;
}

/* The part after "YYYY-MM": nothing (a month) or "-DD" (a day). */
static int parse_month_day(struct span *s, int y, int m, struct gs_period *p,
			   const char **why)
{
	int d;

	if (m < 1 || m > 12) {
		*why = "month out of range";
		return -1;
	}
	if (s->p == s->e) {
		set_months(p, y, m, m, GS_PREC_MONTH);
		return 0;
	}
	if (!take_char(s, '-') || !take_digits(s, 2, &d) || s->p != s->e) {
		*why = "bad date, expected YYYY-MM-DD";
		return -1;
	}
	return set_day(p, y, m, d, why);
}

/* "H1" or "Q3" after the year (the letter already read). */
static int parse_part(struct span *s, int y, bool half, struct gs_period *p,
		      const char **why)
{
	int n, max = half ? 2 : 4, len = half ? 6 : 3;

	if (!take_digits(s, 1, &n) || s->p != s->e || n < 1 || n > max) {
		*why = half ? "half must be H1 or H2" :
			      "quarter must be Q1 to Q4";
		return -1;
	}
	set_months(p, y, n * len - len + 1, n * len,
		   half ? GS_PREC_HALF : GS_PREC_QUARTER);
	return 0;
}

/* The part after "YYYY": MMDD, H1, Q3, -H1, -Q3, -MM or -MM-DD. */
static int parse_after_year(struct span *s, int y, struct gs_period *p,
			    const char **why)
{
	int m, d;
	bool dash;

	if (s->e - s->p == 4 && take_digits(s, 2, &m) &&
	    take_digits(s, 2, &d))
		return set_day(p, y, m, d, why);
	dash = take_char(s, '-');
	if (take_char(s, 'H'))
		return parse_part(s, y, true, p, why);
	if (take_char(s, 'Q'))
		return parse_part(s, y, false, p, why);
	if (!dash || !take_digits(s, 2, &m) ||
	    (s->p != s->e && *s->p != '-')) {
		*why = "bad period, expected YYYY, YYYY-H1, YYYY-Q1, "
		       "YYYY-MM or YYYY-MM-DD";
		return -1;
	}
	return parse_month_day(s, y, m, p, why);
}

/* One period, no range: the whole of s must be used. */
static int parse_one(struct span s, struct gs_period *p, const char **why)
{
	int y;

	if (s.p == s.e) {
		*why = "empty period";
		return -1;
	}
	if (!take_digits(&s, 4, &y)) {
		*why = "bad period, expected a four-digit year first";
		return -1;
	}
	if (y < 1) {
		*why = "year out of range";
		return -1;
	}
	if (s.p == s.e) {
		set_months(p, y, 1, 12, GS_PREC_YEAR);
		return 0;
	}
	return parse_after_year(&s, y, p, why);
}

static const char *find_range(const char *p, const char *e)
{
	for (; p + 1 < e; p++)
		if (p[0] == '.' && p[1] == '.')
			return p;
	return NULL;
}

static int parse_range(struct span s, const char *dots, struct gs_period *p,
		       const char **why)
{
	struct gs_period a, b;
	struct span left = span_trim(s.p, dots);
	struct span right = span_trim(dots + 2, s.e);

	if (left.p == left.e) {
		*why = "range lacks its start";
		return -1;
	}
	if (right.p == right.e) {
		*why = "range lacks its end";
		return -1;
	}
	if (parse_one(left, &a, why) == -1 || parse_one(right, &b, why) == -1)
		return -1;
	if (b.end < a.start) {
		*why = "range ends before it starts";
		return -1;
	}
	p->start = a.start;
	p->end = b.end;
	p->prec = a.prec > b.prec ? a.prec : b.prec;
	return 0;
}

int period_parse(const char *s, struct gs_period *p, const char **why)
{
	struct gs_period tmp = { 0, 0, GS_PREC_NONE };
	struct span sp = span_trim(s, s + strlen(s));
	const char *dots;
	int rc;

	if (sp.p == sp.e) {
		*p = tmp;
		return 0;
	}
	dots = find_range(sp.p, sp.e);
	if (dots != NULL)
		rc = parse_range(sp, dots, &tmp, why);
	else
		rc = parse_one(sp, &tmp, why);
	if (rc == 0)
		*p = tmp;
	return rc;
}

int date_parse(const char *s, int32_t *ymd, const char **why)
{
	struct gs_period p;
	struct span sp = span_trim(s, s + strlen(s));

	if (sp.p == sp.e) {
		*why = "empty date";
		return -1;
	}
	if (parse_one(sp, &p, why) == -1) {
		/* a date, not one of the periods parse_one lists */
		if (strncmp(*why, "bad period", 10) == 0)
			*why = "bad date, expected YYYY-MM-DD";
		return -1;
	}
	if (p.prec != GS_PREC_DAY) {
		*why = "not a single day, expected YYYY-MM-DD";
		return -1;
	}
	*ymd = p.start;
	return 0;
}
