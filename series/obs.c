/*
** obs.c: names of kinds, qualifiers and precisions, and the canonical text
** of dates and periods (2024, 2024-H1, 2024-Q3, 2025-08, 2025-08-15, A..B).
*/
#include "../common.h"

#include <string.h>

#include "obs.h"

static const char *const kind_names[] = {
	[GS_KIND_NONE] = "",
	[GS_KIND_LEVEL] = "level",
	[GS_KIND_FLOW] = "flow",
	[GS_KIND_MULTIPLE] = "multiple",
	[GS_KIND_PERCENT] = "percent",
	[GS_KIND_TARGET] = "target",
	[GS_KIND_PLAN] = "plan",
};

static const char *const qual_names[] = {
	[GS_QUAL_NONE] = "",
	[GS_QUAL_OVER] = "over",
	[GS_QUAL_AT_LEAST] = "at_least",
	[GS_QUAL_ABOUT] = "about",
	[GS_QUAL_UP_TO] = "up_to",
	[GS_QUAL_UNDER] = "under",
	[GS_QUAL_ALMOST] = "almost",
};

static const char *const prec_names[] = {
	[GS_PREC_NONE] = "",
	[GS_PREC_YEAR] = "year",
	[GS_PREC_HALF] = "half",
	[GS_PREC_QUARTER] = "quarter",
	[GS_PREC_MONTH] = "month",
	[GS_PREC_DAY] = "day",
};

/* Index of s in names[1..n-1], or 0 (the "none" entry) when absent. */
static int name_index(const char *const *names, size_t n, const char *s)
{
	size_t i;

	if (s == NULL || *s == '\0')
		return 0;
	/* Called for every row read: the first letter decides mostly. */
	for (i = 1; i < n; i++)
		if (names[i][0] == s[0] && strcmp(names[i], s) == 0)
			return (int)i;
	return 0;
}

const char *kind_name(enum gs_kind k)
{
	if ((unsigned)k >= GS_ARRAY_LEN(kind_names))
		return "";
	return kind_names[k];
}

enum gs_kind kind_from_name(const char *s)
{
	return (enum gs_kind)name_index(kind_names, GS_ARRAY_LEN(kind_names),
	    s);
}

const char *qual_name(enum gs_qual q)
{
	if ((unsigned)q >= GS_ARRAY_LEN(qual_names))
		return "";
	return qual_names[q];
}

const char *prec_name(enum gs_prec p)
{
	if ((unsigned)p >= GS_ARRAY_LEN(prec_names))
		return "";
	return prec_names[p];
}

enum gs_qual qual_from_name(const char *s)
{
	return (enum gs_qual)name_index(qual_names, GS_ARRAY_LEN(qual_names),
	    s);
}

enum gs_prec prec_from_name(const char *s)
{
	return (enum gs_prec)name_index(prec_names, GS_ARRAY_LEN(prec_names),
	    s);
}

bool kind_is_relative(enum gs_kind k)
{
	return k == GS_KIND_MULTIPLE || k == GS_KIND_PERCENT;
}

/*
** Last day of a month. A private copy of days_in_month() (collector/) so
** that series/ does not depend on the parsers.
*/
static int last_day(int y, int m)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
				     30, 31 };

	if (m < 1 || m > 12)
		return 0;
	if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 29;
	return mdays[m - 1];
}

/* First and last month of the unit of precision p that holds month m. */
static void unit_months(enum gs_prec p, int m, int *first, int *last)
{
	switch (p) {
	case GS_PREC_YEAR:
		*first = 1;
		*last = 12;
		break;
	case GS_PREC_HALF:
		*first = m <= 6 ? 1 : 7;
		*last = *first + 5;
		break;
	case GS_PREC_QUARTER:
		*first = (m - 1) / 3 * 3 + 1;
		*last = *first + 2;
		break;
	default:
		*first = m;
		*last = m;
		break;
	}
}

/* First and last day of the unit of precision p that holds the date ymd. */
static void unit_bounds(enum gs_prec p, int32_t ymd, int32_t *lo, int32_t *hi)
{
	int y = ymd / 10000, m = ymd / 100 % 100;
	int first, last;

	if (p == GS_PREC_DAY || p == GS_PREC_NONE) {
		*lo = *hi = ymd;
		return;
	}
	unit_months(p, m, &first, &last);
	*lo = y * 10000 + first * 100 + 1;
	*hi = y * 10000 + last * 100 + last_day(y, last);
}

/* The unit of precision p holding ymd, as text: 2024, 2024-H1, ... */
static size_t unit_format(enum gs_prec p, int32_t ymd, char *buf, size_t n)
{
	int y = ymd / 10000, m = ymd / 100 % 100;

	switch (p) {
	case GS_PREC_YEAR:
		return gs_snprintf(buf, n, "%04d", y);
	case GS_PREC_HALF:
		return gs_snprintf(buf, n, "%04d-H%d", y, m <= 6 ? 1 : 2);
	case GS_PREC_QUARTER:
		return gs_snprintf(buf, n, "%04d-Q%d", y, (m + 2) / 3);
	case GS_PREC_MONTH:
		return gs_snprintf(buf, n, "%04d-%02d", y, m);
	default:
		return date_format(ymd, buf, n);
	}
}

/*
** A period whose ends do not fall on unit boundaries of its precision
** (not produced by period_parse) is written with day precision so that the
** text still names exactly the same days.
*/
size_t period_format(const struct gs_period *p, char *buf, size_t n)
{
	char a[32], b[32];
	int32_t lo, hi, lo2, hi2;
	enum gs_prec prec = p->prec;

	if (n > 0)
		buf[0] = '\0';
	if (p->start == 0 && p->end == 0)
		return 0;
	unit_bounds(prec, p->start, &lo, &hi);
	unit_bounds(prec, p->end, &lo2, &hi2);
	if (lo != p->start || hi2 != p->end)
		prec = GS_PREC_DAY;
	else if (hi == p->end)
		return unit_format(prec, p->start, buf, n);
	unit_format(prec, p->start, a, sizeof(a));
	unit_format(prec, p->end, b, sizeof(b));
	if (strcmp(a, b) == 0)
		return gs_snprintf(buf, n, "%s", a);
	return gs_snprintf(buf, n, "%s..%s", a, b);
}

size_t date_format(int32_t ymd, char *buf, size_t n)
{
	if (n > 0)
		buf[0] = '\0';
	if (ymd <= 0)
		return 0;
	return gs_snprintf(buf, n, "%04d-%02d-%02d", (int)(ymd / 10000),
			   (int)(ymd / 100 % 100), (int)(ymd % 100));
}
