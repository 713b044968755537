/*
** cal.h: the one calendar of growthstat (proleptic Gregorian).
**
** Dates are integers yyyymmdd (20240229), as everywhere in growthstat;
** valid from 0001-01-01 to 9999-12-31. Every layer takes its calendar
** from here: no other file computes days in a month, leap years, month
** arithmetic or the decimal-year time of a date.
**
** Month shifting keeps month ends: the last day of a month moves to the
** last day of the target month, any other day to the same day or, when the
** target month is shorter, to its last day. So Jan 31 + 1 month is Feb 28
** (Feb 29 in a leap year), Feb 28 2023 + 1 year is Feb 29 2024, Feb 29 2024
** - 1 year is Feb 28 2023, and Apr 30 + 1 month is May 31. A period of whole
** months therefore shifts to a period of whole months.
**
** Functions that produce a date return 0 for an invalid argument or a
** result outside the valid range; nothing here allocates or fails otherwise.
*/
#ifndef GS_CAL_H
#define GS_CAL_H

#include "obs.h"

/* The parts of yyyymmdd, and yyyymmdd from parts (not validated). */
int cal_year(int32_t ymd);
int cal_month(int32_t ymd);
int cal_day(int32_t ymd);
int32_t cal_ymd(int year, int month, int day);

bool cal_leap(int year);
/* Days in month 1..12 of year; 0 for a month out of range. */
int cal_days_in_month(int year, int month);
/* A real day between 0001-01-01 and 9999-12-31. */
bool cal_valid(int32_t ymd);
/* The first and the last day of ymd's month; 0 when ymd is invalid. */
int32_t cal_month_start(int32_t ymd);
int32_t cal_month_end(int32_t ymd);
bool cal_is_month_end(int32_t ymd);

/* ymd moved by n months (n < 0: back), keeping month ends (see above). */
int32_t cal_add_months(int32_t ymd, int n);
/* ymd moved by n years: cal_add_months(ymd, 12 * n). */
int32_t cal_add_years(int32_t ymd, int n);
/* Calendar months from a's month to b's month (2024-11-30 -> 2025-01-01
 * is 2); the days are ignored. */
int cal_months_between(int32_t a, int32_t b);

/* Today's date (UTC): the default vintage of an ingest and the default
 * date of a retraction. */
int32_t cal_today(void);

/* Days since 1970-01-01 (negative before), and back; 0 for an invalid
 * date or a day number outside the valid range. */
int32_t cal_day_number(int32_t ymd);
int32_t cal_from_day_number(int32_t n);

/*
** The decimal-year time of a day (README "How the numbers are computed"),
** counting months as twelfths and days as fractions of their month:
** cal_time_start is the instant the day begins, y + ((m-1) + (d-1)/dim)/12,
** cal_time_end the instant just after it ends, y + ((m-1) + d/dim)/12. So
** the end of 2024-12-31 is 2025.0 and the end of 2025-08-31 is 2025 + 8/12.
** NAN for an invalid date.
*/
double cal_time_start(int32_t ymd);
double cal_time_end(int32_t ymd);

/* The year, half, quarter, month or day (by p) that holds ymd; a zero
 * period for an invalid date (GS_PREC_NONE: the day itself). */
struct gs_period period_of(enum gs_prec p, int32_t ymd);
/* Months a period spans (a year = 12); 0 unless it runs from the first
 * day of a month to the last day of a month, or has day precision. */
int period_months(const struct gs_period *p);
/* The period with both ends moved by n months (or years), keeping month
 * ends, so 2025-01..2025-02 - 1 year is 2024-01-01..2024-02-29. */
struct gs_period period_shift_months(const struct gs_period *p, int n);
struct gs_period period_shift_years(const struct gs_period *p, int years);

#endif
