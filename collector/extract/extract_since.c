/*
** extract_since.c: periods (round eight, second pass, issue 16): how far
** a total "since YEAR" runs. Said as of 1 January, it runs through the
** year before: "Fact sheet, as of 1 January 2024 ... spending on
** infrastructure since 2007: RUB 6.1 bn" is 2007..2023 (old_holdout7), as
** a stock "на 1 января 2024 г." is the end of 2023; so in a January
** text on the results of the year just over ("итоги 2024 года", round
** nine). Otherwise it runs
** through the text's year ("have created 310 jobs since 2020",
** old_holdout8, dated March 2024: 2020..2024). Whether a heading "2023
** results" or "Report 2022" ends it at that year the keys do not agree
** (old_holdout6/en_itmo_tech_transfer and old_holdout7/en_frp_results
** yes, tests/extract/holdout/en_innopolis no): left as it was.
**
** Round fourteen: a total said beside a finished year's flow ("reached
** 1.4 billion roubles in 2024, bringing the total since the park opened
** in 2016 to", oh20 sosnovy_bor) runs through that year. The keys of
** every folder: 25 totals "since YEAR" in texts of the year after end
** with the year before, 107 with the text's year (most in texts not on
** a finished year).
*/
#include "../../common.h"

#include "extract_since.h"

/* The "since" of s from year y0, or NULL. */
static const struct xtime *since_of(const struct xsent *s, int y0)
{
	int k;

	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].role == XR_SINCE && s->tm[k].p.y0 == y0)
			return &s->tm[k];
	return NULL;
}

/* Is o a flow from the year of a "since" of s through the text's year? */
static bool since_span(const struct xdoc *d, const struct xsent *s,
		       const struct xcand *o)
{
	return o->kind == GS_KIND_FLOW && o->period.y1 == d->ay &&
	       o->period.m1 == 0 && o->period.y0 < d->ay &&
	       since_of(s, o->period.y0) != NULL;
}

/* Does s name the results of year y ("итоги 2024 года", "по итогам
 * 2023 года", "2023 results", "results for 2023")? */
static bool results_of(const struct xsent *s, int y)
{
	static const char *const ws[] = { "итоги", "итогам", "итогах",
		"results", NULL };
	int k, j;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->p.y0 != y || m->p.y1 != y || m->p.m0 != 0)
			continue;
		if (xt_wa(s, m->t1, ws))
			return true; /* "2023 results" */
		for (j = m->t0 - 1; j >= 0 && j >= m->t0 - 3; j--)
			if (xt_wa(s, j, ws))
				return true;
	}
	return false;
}

/* Is d dated in January and about the results of the year just over?
 * Its totals are tallied at that year's end (round nine: 5 keys of
 * dev10b, old_holdout10 and old_holdout7; a January text without such
 * results, old_holdout3's, runs through its own year). */
static bool january_results(const struct xdoc *d)
{
	int i;

	if (d->am != 1)
		return false;
	for (i = 0; i < d->ns && d->s[i].start < 1500; i++)
		if (results_of(&d->s[i], d->ay - 1))
			return true;
	return false;
}

/* Is there a "has" or "have" between tokens a and b ("invested 2.3
 * billion in 2024 ... and have put in 9.8 billion since 2018": a total
 * up to now)? */
static bool perfect_between(const struct xsent *s, int a, int b)
{
	static const char *const ws[] = { "has", "have", NULL };

	for (; a < b; a++)
		if (xt_wa(s, a, ws))
			return true;
	return false;
}

/* The last finished year s states before its "since" at sn (a year, its
 * end, a period within it), after y0 and before the text's year, or 0:
 * "Investment reached 1.4 billion roubles in 2024, bringing the total
 * since the park opened in 2016 to more than 9 billion" tallies the
 * total at the end of 2024 (round fourteen). */
static int year_before(const struct xdoc *d, const struct xsent *s,
		       const struct xtime *sn)
{
	int k, y = 0;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if ((m->role == XR_POINT || m->role == XR_RANGE ||
		     m->role == XR_BY) && !m->noyear && m->t1 <= sn->t0 &&
		    m->p.y1 > sn->p.y0 && m->p.y1 < d->ay && m->p.y1 > y &&
		    !perfect_between(s, m->t1, sn->t0))
			y = m->p.y1;
	}
	return y;
}


void xsince_through(const struct xdoc *d, int i, struct xcand *o)
{
	int y;

	if (!since_span(d, &d->s[i], o))
		return;
	if ((y = year_before(d, &d->s[i], since_of(&d->s[i],
						    o->period.y0))) > 0) {
		o->period.y1 = y; /* the total after that year's flow */
		return;
	}
	if (d->am == 1 && (d->ad == 1 || january_results(d)) &&
	    d->ay - 1 > o->period.y0)
		o->period.y1 = d->ay - 1; /* "as of 1 January 2024": 2023 */
}
