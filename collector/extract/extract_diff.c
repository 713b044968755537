/*
** extract_diff.c: a level said with its difference to an earlier one
** ("ended 2024 with 11 residents, three more than a year before",
** "достигло 34, это на 13 больше, чем годом ранее", "six more than we
** started it with") or to a plan ("2,9 млрд руб., что на 0,4 млрд руб.
** меньше плана", "0.7 billion more than planned"). The keys of six
** folders by four writers give the level the difference implies, at
** the time compared with (dev9a, dev11a, old_holdout15, old_holdout16),
** three of two writers the difference (old_holdout8, dev11b): the
** majority is followed. Read by the words of a comparison after the
** difference, whatever it counts: "more/fewer/less ... than" or "на N
** больше/меньше(, чем)", then the time or plan it is compared with.
*/
#include "../../common.h"

#include <math.h>
#include <string.h>

#include "extract_tw.h"
#include "extract_diff.h"

enum cmp_to { TO_NONE, TO_SHIFT, TO_YEAR, TO_START, TO_PLAN };

/* After the difference f: +1 for "more", -1 for "fewer"/"less", 0 if no
 * comparison follows; *at is the token after "than"/"чем"/the word of a
 * comparison. */
static int direction(const struct xsent *s, const struct xfig *f, int *at)
{
	static const char *const more[] = { "more", "больше", "выше", NULL };
	static const char *const less[] = { "fewer", "less", "меньше",
		"ниже", NULL };
	int j = f->t1, sign; /* t1: the token after the figure */

	if (xtw_is(s, j, "."))
		j++; /* "0,4 млрд руб. меньше" */
	if (j < s->nt && s->t[j].type == XT_WORD && !xtw_isa(s, j, more) &&
	    !xtw_isa(s, j, less) && !s->t[j].cyr)
		j++; /* "three more", "RUB 0.7 billion more" */
	sign = xtw_isa(s, j, more) ? 1 : xtw_isa(s, j, less) ? -1 : 0;
	if (sign == 0)
		return 0;
	if (s->t[j].cyr && !xtw_is(s, f->t0 - 1, "на") &&
	    !xtw_is(s, f->tn - 1, "на"))
		return 0; /* "на 13 больше", not "13 и больше" */
	j++;
	if (xtw_is(s, j, ","))
		j++;
	if (xtw_is(s, j, "than") || xtw_is(s, j, "чем"))
		j++;
	else if (!s->t[j - 1].cyr || j >= s->nt || !s->t[j].cyr)
		return 0; /* Russian may compare without "чем": "меньше
			   * плана" */
	*at = j;
	return sign;
}

/* What the words from at compare with: a plan, the start of the year,
 * a year, or n years before (*n). */
static enum cmp_to compared_with(const struct xsent *s, int at, int *n)
{
	static const char *const start[] = { "started", "start", "beginning",
		"начале", "начало", "начала", NULL };
	int k;

	for (k = at; k < s->nt && k < at + 3; k++)
		if (xtw_plan(s, k))
			return TO_PLAN;
	for (k = at; k < s->nt && k < at + 6; k++)
		if (xtw_isa(s, k, start))
			return TO_START;
	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];
	
		if (m->t0 < at - 1 || m->t0 > at + 6)
			continue; /* the time may hold "than": "than in 2021" */
		*n = m->n > 0 ? m->n : 1;
		if (m->prev || m->role == XR_SAME)
			return TO_SHIFT;
		if ((m->role == XR_POINT || m->role == XR_BASE) &&
		    m->p.y0 > 0) {
			*n = m->p.y1;
			return TO_YEAR;
		}
	}
	return TO_NONE;
}

/* The period the comparison names, from the level's period p. */
static struct xper implied_period(enum cmp_to to, int n, struct xper p)
{
	if (to == TO_SHIFT)
		return xper_shift(p, -n);
	if (to == TO_YEAR)
		return p.m0 == 0 && p.d0 == 0 ? xper_year(n) :
						xper_shift(p, n - p.y1);
	if (to == TO_START)
		return xt_per(p.y0, 1, 1, p.y0, 1, 1);
	return p;
}

bool xdiff_implied(const struct xsent *s, const struct xfig *f,
		   const struct xcand *a, struct xcand *x)
{
	unsigned pbits = XW_PERIOD_ASOF | XW_PERIOD_EARLIER |
			 XW_PERIOD_HORIZON;
	int at = 0, n = 0, sign;
	enum cmp_to to;
	double v;

	if (f->pct || f->multiple || f->share || a->period.y0 == 0 ||
	    (x->kind != GS_KIND_LEVEL && x->kind != GS_KIND_FLOW) ||
	    (sign = direction(s, f, &at)) == 0 ||
	    (to = compared_with(s, at, &n)) == TO_NONE)
		return false;
	v = a->value - sign * x->value;
	if (!(v > 0))
		return false;
	x->value = round(v * 1e6) / 1e6;
	x->period = implied_period(to, n, a->period);
	x->kind = to == TO_PLAN ? GS_KIND_PLAN : a->kind;
	x->base = a->base;
	x->why = (x->why & ~pbits) | (a->why & pbits);
	if (x->qual == GS_QUAL_NONE)
		x->qual = a->qual;
	return true;
}
