/*
** cell.c: how the report page writes a period and a qualified value in
** its cells (a percent and the year reached: celltext.h, as check). A
** file of its own, below the page, the group sections and the checks that
** all use it, so that none of them calls back into another. See page.h.
*/
#include "page.h"

#include "../../series/obs.h"
#include "../celltext.h"

void rpage_period(const struct gs_period *p, char *buf, size_t n)
{
	period_format(p, buf, n);
}

void rpage_qualified(const struct gs_obs *ob, const char *sym, char *buf,
		     size_t n)
{
	report_qualified(ob->qual, ob->value, sym, buf, n);
}
