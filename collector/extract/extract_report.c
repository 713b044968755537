/*
** extract_report.c: the date of an annual report without a date line
** (issue 16, seventh round). "Годовой отчёт ... за 2022 год", "Annual
** report 2022", "Annual Report FY2022" in the heading say what the text
** is as of: the end of that year, not the machine's clock. "В отчётном
** году", "at year-end" and the undated stocks of the report then take
** 2022, as a reader of the report does.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"
#include "../../series/cal.h"

static bool report_word(const struct xsent *s, int i)
{
	static const char *const ws[] = { "report", "отчёт", "отчет",
		"отчёта", "отчета", NULL };

	return xt_wa(s, i, ws);
}

/* The one year a heading s names as a point, or 0 (none, or several). */
static int sole_year(const struct xsent *s)
{
	int k, y = 0;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->role != XR_POINT || m->p.m0 != 0 || m->p.y0 == 0 ||
		    m->p.y0 != m->p.y1)
			continue;
		if (y != 0 && y != m->p.y0)
			return 0;
		y = m->p.y0;
	}
	return y;
}

int32_t xreport_date(const struct xdoc *d, char *why, size_t n)
{
	int i, k, y;

	for (i = 0; i < d->ns && i < 2 && d->s[i].start < 300; i++) {
		const struct xsent *s = &d->s[i];

		for (k = 0; k < s->nt && !report_word(s, k); k++)
			;
		if (k == s->nt || (y = sole_year(s)) == 0)
			continue;
		gs_snprintf(why, n, "report for %d", y);
		return cal_ymd(y, 12, 31);
	}
	return 0;
}
