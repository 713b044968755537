/*
** extract_declared.c: periods (round ten, issue 16): what investors have
** declared, announced or committed is a sum on the day it is told, not
** money put in over the years to the text's horizon. Of the key rows
** whose sentence says so (declared, announced, committed, pledged,
** заявлен-), 32 in 12 folders are levels at the text's date and 4 plans
** (dev10b, dev11a, old_holdout11, old_holdout7: sentences about the
** future, most in the text's year, which contains its day); extract
** read the money of
** "Investment announced by residents: RUB 27.5bn" or "заявленные
** инвестиции будущих резидентов — 5,8 млрд руб." as a plan to the text's
** horizon.
*/
#include "../../common.h"

#include <string.h>

#include "extract_declared.h"

/* Does the folded word at j start like "declared", "announced",
 * "committed", "pledged", "заявлен..."? */
static bool declared_word(const struct xsent *s, int j)
{
	static const char *const stems[] = { "declared", "announced",
		"committed", "pledged", "заявлен", NULL };
	int k;

	/* "has committed to invest", "pledged to put ... by 2027" is a
	 * pledge of money to come: a plan (test_extract_gen8d) */
	if (j < 0 || j >= s->nt || s->t[j].type != XT_WORD ||
	    xt_w(s, j + 1, "to"))
		return false;
	for (k = 0; stems[k] != NULL; k++)
		if (strncmp(s->t[j].w, stems[k], strlen(stems[k])) == 0)
			return true;
	return false;
}

void xdeclared_now(const struct xdoc *d, const struct xsent *s,
		   const struct xfig *f, struct xcand *o)
{
	int j;
	bool said = false;

	if (f->cls != XU_CUR || f->pct || f->multiple || d->ay == 0)
		return;
	for (j = f->t0 - 1; j >= 0 && j >= f->t0 - 6 && !said; j--)
		said = declared_word(s, j);
	for (j = f->t1; j < s->nt && j <= f->t1 + 1 && !said; j++)
		said = declared_word(s, j);
	if (!said || o->kind == GS_KIND_LEVEL)
		return;
	o->kind = GS_KIND_LEVEL;
	o->period = xper_year(d->ay);
	o->why &= ~(unsigned)XW_PERIOD_HORIZON;
}
