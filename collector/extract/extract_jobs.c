/*
** extract_jobs.c: places created are jobs ("С начала работы парка
** создано семьсот сорок мест", "резиденты создали 120 новых мест",
** "планируется создать ещё 300 мест"): Russian says "мест" alone for
** "рабочих мест" after a verb of creating, by any of its forms (the stem
** "созд"). Places in something ("45 мест в детском саду", "мест для
** гостей") are seats and stay as they are.
*/
#include "../../common.h"

#include <string.h>

#include "extract_tw.h"
#include "extract_jobs.h"

/* A form of "создать" within four words before token i. */
static bool created_before(const struct xsent *s, int i)
{
	int k;

	for (k = i - 1; k >= 0 && k >= i - 4; k--)
		if (s->t[k].type == XT_WORD &&
		    strncmp(s->t[k].w, "созд", strlen("созд")) == 0)
			return true;
	return false;
}

bool xjobs_places(const struct xsent *s, const struct xfig *f,
		  struct xcand *x)
{
	if (strcmp(x->unit, "мест") != 0 || !created_before(s, f->t0) ||
	    xtw_is(s, f->t1, "в") || xtw_is(s, f->t1, "на") ||
	    xtw_is(s, f->t1, "для"))
		return false;
	gs_snprintf(x->unit, sizeof(x->unit), "рабочих мест");
	return true;
}
