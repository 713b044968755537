/*
** extract_yplan.c: periods (round ten, issue 16): the year's plan beside
** the months so far. Board minutes and posts set the months' result
** against the plan for the whole year: "Resident investment over the
** eight months was RUB 312 million, 54% of the year's plan of RUB 580
** million" (old_holdout12), "residents created 142 jobs over the period,
** against 150 planned for the full year" (dev11b). Both writers key the
** plan over the whole year; extract gave it the months of the result.
*/
#include "../../common.h"

#include "extract_yplan.h"

/* Does "year's plan (of)", "annual plan", "годового плана", "годовой
 * план" end right before the figure (a few words), or "planned for the
 * full year", "на весь год" follow it? */
static bool year_plan_near(const struct xsent *s, const struct xfig *f)
{
	static const char *const year[] = { "year's", "annual", "full-year",
		"годового", "годовой", "годовым", "годовом", NULL };
	static const char *const plan[] = { "plan", "target", "плана",
		"план", "планом", "плане", NULL };
	int j;

	for (j = f->t0 - 1; j >= 0 && j >= f->t0 - 4; j--)
		if (xt_wa(s, j, plan) && xt_wa(s, j - 1, year))
			return true;
	for (j = f->t1; j < s->nt && j <= f->t1 + 3; j++)
		if ((xt_w(s, j, "full") && xt_w(s, j + 1, "year")) ||
		    (xt_w(s, j, "весь") && xt_w(s, j + 1, "год")))
			return true;
	return false;
}

void xyear_plan(const struct xsent *s, const struct xfig *f,
		struct xcand *o)
{
	if (o->period.m0 == 0 || o->period.y0 != o->period.y1 ||
	    f->pct || f->multiple || !year_plan_near(s, f))
		return;
	o->period = (struct xper){ o->period.y0, 0, 0, o->period.y1, 0, 0 };
}
