/*
** extract_trail.c: periods counted back from a month or forward from one
** (issue 16, seventh round): "the twelve months to February 2024", "the
** six months ended 30 June", "за 12 месяцев, закончившихся в феврале",
** "за шесть месяцев по 30 июня" end at a month and run back N months;
** "since January", "с марта" (no year) run to the text's month. Without a
** year the month is the latest one by the text's date.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"

static bool months_word(const struct xsent *s, int i)
{
	static const char *const ws[] = { "months", "month", "месяцев",
		"месяца", "мес.", "мес", NULL };

	return xt_wa(s, i, ws);
}

/* The words that end a run of months: "to", "ended", "ending",
 * "through", ", закончившихся в", "по". Their tokens, or 0. */
static int ending(const struct xsent *s, int j)
{
	static const char *const en[] = { "to", "ended", "ending", "through",
		"till", "until", "по", NULL };
	static const char *const ru[] = { "закончившихся", "завершившихся",
		"истекших", "истекшие", NULL };
	int k = xt_w(s, j, ",") ? 1 : 0;

	if (xt_wa(s, j + k, ru))
		return k + 1 + ((xt_w(s, j + k + 1, "в") ||
				 xt_w(s, j + k + 1, "во")) ? 1 : 0);
	return k == 0 && xt_wa(s, j, en) ? 1 : 0;
}

/* A month at j, maybe with a day before or after ("30 June", "June 30",
 * "30 июня") and a year: the tokens, the month in *mo and year in *y (0
 * when not written). */
static int month_at(const struct xsent *s, int j, int *mo, int *y)
{
	int j0 = j, k;

	*y = 0;
	if (xt_day(s, j) && xt_month(s, j + 1) > 0)
		j++;
	if ((*mo = xt_month(s, j)) == 0)
		return 0;
	j++;
	if (xt_day(s, j) && !xt_year(s, j, &k))
		j += 1 + xt_w(s, j + 1, ",");
	if ((k = xpw_year_after(s, j, y)) > 0)
		j += k;
	return j - j0;
}

/* The year of a month said without one: the latest by the text's date. */
static int month_year(const struct xdoc *d, int mo)
{
	return mo <= d->am ? d->ay : d->ay - 1;
}

static int trailing(const struct xsent *s, int i, const struct xdoc *d,
		    struct xtime *m)
{
	int j = i, k, n, mo, y, a;

	static const char *const prep[] = { "in", "over", "during", "for",
		NULL };

	if (xt_wa(s, j, prep) && xt_w(s, j + 1, "the"))
		j++; /* before "over the three months" reads as a count */
	if (xt_w(s, j, "the") || xt_w(s, j, "за"))
		j++;
	if ((k = xt_count(s, j, &n)) == 0 || n < 1 || n > 24 ||
	    !months_word(s, j + k))
		return 0;
	j += k + 1;
	if ((k = ending(s, j)) == 0)
		return 0;
	j += k;
	if ((k = month_at(s, j, &mo, &y)) == 0)
		return 0;
	if (y == 0 && (d->ay == 0 || (y = month_year(d, mo)) == 0))
		return 0;
	a = y * 12 + mo - 1 - (n - 1);
	m->role = XR_RANGE;
	m->p = xt_per(a / 12, a % 12 + 1, 0, y, mo, 0);
	return j + k - i;
}

/* "since January", "с марта", "с 1 марта": a month with no year, to the
 * text's month. A year after it leaves it to "since" (extract_span.c). */
static int since_month(const struct xsent *s, int i, const struct xdoc *d,
		       struct xtime *m)
{
	int k, mo, y;

	if (!(xt_w(s, i, "since") || xt_w(s, i, "с") || xt_w(s, i, "со")) ||
	    d->ay == 0 || d->am == 0)
		return 0;
	if ((k = month_at(s, i + 1, &mo, &y)) == 0 || y != 0 || mo > d->am)
		return 0;
	if ((xt_w(s, i + 1 + k, "по") || xt_w(s, i + 1 + k, "to") ||
	     xt_w(s, i + 1 + k, "until")) && xt_month(s, i + 2 + k) > 0)
		return 0; /* "с января по июль": a range of its own */
	m->role = XR_RANGE;
	m->p = xt_per(d->ay, mo, 0, d->ay, d->am, 0);
	return 1 + k;
}

int xtrail_match(const struct xsent *s, int i, const struct xdoc *d,
		 struct xtime *m)
{
	int k;

	if ((k = trailing(s, i, d, m)) > 0)
		return k;
	return since_month(s, i, d, m);
}
