/*
** obs.c: names of kinds, qualifiers and precisions, and the canonical text
** of dates and periods (2024, 2024-H1, 2024-Q3, 2025-08, 2025-08-15, A..B).
*/
#include "../common.h"

#include <string.h>

#include "cal.h"
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

/* The unit of precision p holding ymd, as text: 2024, 2024-H1, ... */
static size_t unit_format(enum gs_prec p, int32_t ymd, char *buf, size_t n)
{
	int y = cal_year(ymd), m = cal_month(ymd);

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
	struct gs_period first, last;
	enum gs_prec prec = p->prec;

	if (n > 0)
		buf[0] = '\0';
	if (p->start == 0 && p->end == 0)
		return 0;
	first = period_of(prec, p->start);
	last = period_of(prec, p->end);
	if (first.start != p->start || last.end != p->end)
		prec = GS_PREC_DAY;
	else if (first.end == p->end)
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
	return gs_snprintf(buf, n, "%04d-%02d-%02d", cal_year(ymd),
			   cal_month(ymd), cal_day(ymd));
}
