/*
** cell.c: how the report page writes a percent, a period and a qualified
** value in its cells. A file of its own, below the page, the group
** sections and the checks that all use it, so that none of them calls
** back into another. See page.h.
*/
#include "page.h"

#include <math.h>

#include "../../series/obs.h"
#include "../celltext.h"

void rpage_pct(double f, char *buf, size_t n)
{
	if (isnan(f))
		buf[0] = '\0';
	else
		gs_snprintf(buf, n, "%.3f %%", 100 * f);
}

void rpage_period(const struct gs_period *p, char *buf, size_t n)
{
	period_format(p, buf, n);
}

void rpage_qualified(const struct gs_obs *ob, const char *sym, char *buf,
		     size_t n)
{
	report_qualified(ob->qual, ob->value, sym, buf, n);
}
