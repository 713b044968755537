/*
** extract_per.c: the periods extract proposes (struct xper): a year, a
** period moved by whole years keeping month ends ("the same period last
** year"), and the canonical text of a period. The bottom of the period
** files: it calls no other extract file.
*/
#include "../../common.h"

#include <string.h>

#include "../../series/cal.h"
#include "extract_int.h"

struct xper xper_year(int y)
{
	struct xper p = { y, 0, 0, y, 0, 0 };

	return p;
}

/* One end y-m-d of a period (m or d 0 when not stated) moved by whole
 * years, keeping month ends (series/cal.h). */
static void shift_end(int *y, int m, int *d, int years)
{
	int32_t ymd = *d ? cal_add_years(cal_ymd(*y, m, *d), years) : 0;

	*y += years;
	if (ymd != 0)
		*d = cal_day(ymd);
}

struct xper xper_shift(struct xper p, int years)
{
	if (p.y0 == 0)
		return p;
	shift_end(&p.y0, p.m0, &p.d0, years);
	shift_end(&p.y1, p.m1, &p.d1, years);
	return p;
}

static size_t one(int y, int m, int d, char *buf, size_t n)
{
	if (m == 0)
		return gs_snprintf(buf, n, "%04d", y);
	if (d == 0)
		return gs_snprintf(buf, n, "%04d-%02d", y, m);
	return gs_snprintf(buf, n, "%04d-%02d-%02d", y, m, d);
}

size_t xper_format(const struct xper *p, char *buf, size_t n)
{
	struct xper q = *p;
	char a[16], b[16];

	if (n > 0)
		buf[0] = '\0';
	if (q.y0 <= 0 || q.y1 <= 0)
		return 0;
	/* a range is written at the coarser precision of its ends */
	if (q.m0 == 0 || q.m1 == 0)
		q.m0 = q.m1 = q.d0 = q.d1 = 0;
	else if (q.d0 == 0 || q.d1 == 0)
		q.d0 = q.d1 = 0;
	one(q.y0, q.m0, q.d0, a, sizeof(a));
	one(q.y1, q.m1, q.d1, b, sizeof(b));
	if (strcmp(a, b) == 0)
		return gs_snprintf(buf, n, "%s", a);
	return gs_snprintf(buf, n, "%s..%s", a, b);
}
