/*
** export_value.c: values and periods as text other readers take back
** exactly (export.h): ingest's own scaling, SDMX's period syntax.
*/
#include <math.h>
#include <string.h>

#include "../series/parse.h"
#include "export.h"

/* k when factor is 10^k (1 <= k <= 15), else 0: ingest then scales the
 * decimal text itself (collector/figure.c), else multiplies. */
static int power_of_ten(double factor)
{
	double t = 1;
	int k;

	for (k = 1; k <= 15; k++) {
		t *= 10;
		if (t == factor)
			return k;
	}
	return 0;
}

/* Does text read back as v, by ingest's rules for a unit of factor f? */
static bool reads_back(const char *text, double f, int e10, bool scaled,
		       double v)
{
	const char *why;
	double got;
	bool pct;

	if (!scaled || e10 == 0) {
		if (value_parse(text, &got, &pct, &why))
			return false;
		if (scaled && f != 1)
			got *= f;
		return got == v;
	}
	return value_parse_e10(text, e10, &got, &pct, &why) == 0 && got == v;
}

/* The first text of x that reads back as v: fixed notation while it is
 * short (people's numbers: "154", "16.1"), else the shortest %g. */
static void shortest(double x, double v, double f, int e10, bool scaled,
		     char *buf, size_t n)
{
	int p;

	if (fabs(x) < 1e15 && (x == 0 || fabs(x) >= 1e-4))
		for (p = 0; p <= 17; p++) {
			gs_snprintf(buf, n, "%.*f", p, x);
			if (reads_back(buf, f, e10, scaled, v))
				return;
		}
	for (p = 1; p <= 17; p++) {
		gs_snprintf(buf, n, "%.*g", p, x);
		if (reads_back(buf, f, e10, scaled, v))
			return;
	}
}

void export_value(const struct gs_obs *o, char *buf, size_t n,
		  bool *base_unit)
{
	bool scaled = !kind_is_relative(o->kind);
	struct gs_unit u;
	const char *why;
	double f = 1;
	int e10;

	*base_unit = false;
	if (scaled && o->unit_text && unit_parse(o->unit_text, &u, &why) == 0)
		f = u.factor;
	e10 = scaled ? power_of_ten(f) : 0;
	shortest(o->value / f, o->value, f, e10, scaled, buf, n);
	if (reads_back(buf, f, e10, scaled, o->value))
		return;
	*base_unit = f != 1;
	shortest(o->value, o->value, 1, 0, false, buf, n);
}

void export_num(double v, char *buf, size_t n)
{
	shortest(v, v, 1, 0, false, buf, n);
}

/* The SDMX name of a single calendar period, or false for a range. */
static bool single(const struct gs_period *p, char *buf, size_t n)
{
	int y = cal_year(p->start), m = cal_month(p->start);
	int len = period_months(p);

	if (p->prec == GS_PREC_DAY && p->start == p->end) {
		date_format(p->start, buf, n);
		return true;
	}
	if (len == 12 && m == 1)
		gs_snprintf(buf, n, "%04d", y);
	else if (len == 6 && (m == 1 || m == 7))
		gs_snprintf(buf, n, "%04d-S%d", y, (m + 5) / 6);
	else if (len == 3 && (m - 1) % 3 == 0)
		gs_snprintf(buf, n, "%04d-Q%d", y, (m + 2) / 3);
	else if (len == 1)
		gs_snprintf(buf, n, "%04d-%02d", y, m);
	else
		return false;
	return true;
}

void export_sdmx_period(const struct gs_period *p, char *buf, size_t n)
{
	char start[16];
	int len = period_months(p);

	if (single(p, buf, n))
		return;
	date_format(p->start, start, sizeof(start));
	if (len > 0 && len % 12 == 0)
		gs_snprintf(buf, n, "%s/P%dY", start, len / 12);
	else if (len > 0)
		gs_snprintf(buf, n, "%s/P%dM", start, len);
	else
		gs_snprintf(buf, n, "%s/P%dD", start,
			    (int)(cal_day_number(p->end) -
				  cal_day_number(p->start)) + 1);
}
