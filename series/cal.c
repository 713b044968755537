/*
** cal.c: the one calendar of growthstat (see cal.h): days in a month, leap
** years, month shifting that keeps month ends, day numbers, decimal-year
** time and the periods of each precision.
*/
#include "../common.h"

#include <math.h>
#include <time.h>

#include "cal.h"

#define CAL_MIN_YEAR 1
#define CAL_MAX_YEAR 9999

int cal_year(int32_t ymd)
{
	return (int)(ymd / 10000);
}

int cal_month(int32_t ymd)
{
	return (int)(ymd / 100 % 100);
}

int cal_day(int32_t ymd)
{
	return (int)(ymd % 100);
}

int32_t cal_ymd(int year, int month, int day)
{
	return (int32_t)year * 10000 + month * 100 + day;
}

bool cal_leap(int year)
{
	return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int cal_days_in_month(int year, int month)
{
	static const int mdays[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31,
				     30, 31 };

	if (month < 1 || month > 12)
		return 0;
	return mdays[month - 1] + (month == 2 && cal_leap(year));
}

bool cal_valid(int32_t ymd)
{
	int y = cal_year(ymd), d = cal_day(ymd);

	if (ymd <= 0 || y < CAL_MIN_YEAR || y > CAL_MAX_YEAR)
		return false;
	return d >= 1 && d <= cal_days_in_month(y, cal_month(ymd));
}

int32_t cal_month_start(int32_t ymd)
{
	if (!cal_valid(ymd))
		return 0;
	return cal_ymd(cal_year(ymd), cal_month(ymd), 1);
}

int32_t cal_month_end(int32_t ymd)
{
	int y = cal_year(ymd), m = cal_month(ymd);

	if (!cal_valid(ymd))
		return 0;
	return cal_ymd(y, m, cal_days_in_month(y, m));
}

bool cal_is_month_end(int32_t ymd)
{
	return cal_valid(ymd) && cal_month_end(ymd) == ymd;
}

int32_t cal_add_months(int32_t ymd, int n)
{
	long idx;
	int y, m, d, dim;

	if (!cal_valid(ymd))
		return 0;
	/* Months since year 0, in a long so that no n overflows. */
	idx = (long)cal_year(ymd) * 12 + cal_month(ymd) - 1 + n;
	if (idx < (long)CAL_MIN_YEAR * 12 || idx > (long)CAL_MAX_YEAR * 12 + 11)
		return 0;
	y = (int)(idx / 12);
	m = (int)(idx % 12) + 1;
	dim = cal_days_in_month(y, m);
	d = cal_is_month_end(ymd) || cal_day(ymd) > dim ? dim : cal_day(ymd);
	return cal_ymd(y, m, d);
}

int32_t cal_add_years(int32_t ymd, int n)
{
	if (n > CAL_MAX_YEAR || n < -CAL_MAX_YEAR)
		return 0;
	return cal_add_months(ymd, 12 * n);
}

int cal_months_between(int32_t a, int32_t b)
{
	return (cal_year(b) - cal_year(a)) * 12 + cal_month(b) - cal_month(a);
}

/*
** Day numbers: Howard Hinnant's days_from_civil and civil_from_days
** (http://howardhinnant.github.io/date_algorithms.html), which count in
** 400-year eras of 146097 days from a year starting in March so that the
** leap day comes last. 719468 is the day number of 0000-03-01 before
** 1970-01-01.
*/
static int32_t days_from_civil(int y, int m, int d)
{
	int era, yoe, doy, doe;

	y -= m <= 2;
	era = (y >= 0 ? y : y - 399) / 400;
	yoe = y - era * 400;
	doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
	doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
	return (int32_t)era * 146097 + doe - 719468;
}

int32_t cal_day_number(int32_t ymd)
{
	if (!cal_valid(ymd))
		return 0;
	return days_from_civil(cal_year(ymd), cal_month(ymd), cal_day(ymd));
}

int32_t cal_from_day_number(int32_t n)
{
	int32_t z, era;
	int doe, yoe, doy, mp, d, m;

	if (n < days_from_civil(CAL_MIN_YEAR, 1, 1) ||
	    n > days_from_civil(CAL_MAX_YEAR, 12, 31))
		return 0;
	z = n + 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = (int)(z - era * 146097);
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	d = doy - (153 * mp + 2) / 5 + 1;
	m = mp < 10 ? mp + 3 : mp - 9;
	return cal_ymd((int)(yoe + era * 400) + (m <= 2), m, d);
}

/* Time at day d (0-based days before the instant) of ymd's month. */
static double time_at(int32_t ymd, int days_before)
{
	int y = cal_year(ymd), m = cal_month(ymd);

	if (!cal_valid(ymd))
		return NAN;
	/* Whole months sum exactly before the one division by 12. */
	return y + ((m - 1) + (double)days_before / cal_days_in_month(y, m)) /
		   12.0;
}

double cal_time_start(int32_t ymd)
{
	return time_at(ymd, cal_day(ymd) - 1);
}

double cal_time_end(int32_t ymd)
{
	return time_at(ymd, cal_day(ymd));
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

struct gs_period period_of(enum gs_prec p, int32_t ymd)
{
	struct gs_period q = { 0, 0, GS_PREC_NONE };
	int y = cal_year(ymd), first, last;

	if (!cal_valid(ymd))
		return q;
	q.prec = p == GS_PREC_NONE ? GS_PREC_DAY : p;
	if (q.prec == GS_PREC_DAY) {
		q.start = q.end = ymd;
		return q;
	}
	unit_months(q.prec, cal_month(ymd), &first, &last);
	q.start = cal_ymd(y, first, 1);
	q.end = cal_ymd(y, last, cal_days_in_month(y, last));
	return q;
}

int period_months(const struct gs_period *p)
{
	if (p->prec == GS_PREC_DAY || !cal_valid(p->start) ||
	    cal_day(p->start) != 1 || !cal_is_month_end(p->end))
		return 0;
	return cal_months_between(p->start, p->end) + 1;
}

struct gs_period period_shift_months(const struct gs_period *p, int n)
{
	struct gs_period q = *p;

	q.start = cal_add_months(p->start, n);
	q.end = cal_add_months(p->end, n);
	return q;
}

struct gs_period period_shift_years(const struct gs_period *p, int years)
{
	struct gs_period q = *p;

	q.start = cal_add_years(p->start, years);
	q.end = cal_add_years(p->end, years);
	return q;
}

int32_t cal_today(void)
{
	time_t t = time(NULL);
	struct tm tm;

	if (gmtime_r(&t, &tm) == NULL)
		return 0;
	return cal_ymd(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday);
}
