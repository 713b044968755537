/*
** extract_pubday.c: as_of (round fourteen, issue 16): the day a report
** on a finished year was published. A text dated only by the period it
** reports on ("Годовой отчёт за 2024 год", "Our 2024 in numbers")
** resolves its relative dates against that period's end, but it was put
** out on a day of its own that it states: an approval line ("Утверждён
** годовым общим собранием акционеров 28 мая 2025 г."), a line "Дата
** составления отчёта: 25.03.2025", a long date line ("Shadrinsk, Kurgan
** region, 14 February 2025 - ..."), a post's "14 Jan" under its
** masthead. A results release whose date is taken from its title's
** "for the year ended 31 March 2025" is dated likewise by the day below
** it ("Serpukhov, 26 June 2025."). That day is the candidates' as_of (the date the source was
** published, as the README defines it, and as every key of the corpus
** has it: 748 texts, none at a year's end; the 22 where extract gave
** the year's end all key the day the text states). The periods keep
** the reported year.
*/
#include "../../common.h"

#include "extract_pubday.h"
#include "../../series/cal.h"

/* Is m all the words of s ("14 Jan", "📌 3 февраля")? */
static bool alone(const struct xsent *s, const struct xtime *m)
{
	int i;

	for (i = 0; i < s->nt; i++)
		if ((i < m->t0 || i >= m->t1) && (s->t[i].type == XT_WORD ||
						  s->t[i].type == XT_NUM))
			return false;
	return true;
}

/* The day m of s states, a day without a year in a date line ("14
 * Jan" under a masthead, alone on its line) taken in the year after year_end ("Headcount
 * at 31 December" is the reported year's); 0 when m is no single day. */
static int32_t day_of(const struct xsent *s, const struct xtime *m,
		      int32_t year_end)
{
	const struct xper *p = &m->p;
	int y = m->noyear ? cal_year(year_end) + 1 : p->y0;
	int32_t ymd;

	if (m->noyear && !alone(s, m))
		return 0;
	if (m->role != XR_POINT || p->d0 <= 0 || p->m0 <= 0 ||
	    p->m0 != p->m1 || (!m->noyear && p->y0 != p->y1))
		return 0;
	ymd = cal_ymd(y, p->m0, p->d0);
	return cal_valid(ymd) ? ymd : 0;
}

int32_t xpub_day(const struct xdoc *d, int32_t year_end, int32_t today)
{
	int32_t best = 0, ymd;
	int32_t last = cal_day_number(year_end) + 548;
	int i, k;

	for (i = 0; i < d->ns; i++) {
		if (xcue_future(&d->s[i]))
			continue;
		for (k = 0; k < d->s[i].ntm; k++) {
			ymd = day_of(&d->s[i], &d->s[i].tm[k], year_end);
			if (ymd > year_end && ymd > best && ymd <= today &&
			    cal_day_number(ymd) <= last)
				best = ymd;
		}
	}
	return best;
}

/* Is s's time m the day ymd said as a period's end ("the financial
 * year ended 31 March 2025", "the year to 30 June 2025")? */
static bool ends_period(const struct xsent *s, const struct xtime *m,
			int32_t ymd)
{
	static const char *const end[] = { "ended", "ending", "to",
		"закончившийся", "завершившийся", "окончившийся", NULL };

	return m->role == XR_POINT && !m->noyear && m->p.d0 > 0 &&
	       cal_ymd(m->p.y0, m->p.m0, m->p.d0) == ymd &&
	       xt_wa(s, m->t0 - 1, end);
}

bool xpub_ended(const struct xdoc *d, int32_t ymd)
{
	int i, k;

	for (i = 0; i < d->ns && i < 3; i++)
		for (k = 0; k < d->s[i].ntm; k++)
			if (ends_period(&d->s[i], &d->s[i].tm[k], ymd))
				return true;
	return false;
}
