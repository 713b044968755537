/*
** extract_latest.c: the latest year a text states, which a date line
** without a year takes (moved out of extract_date.c, which was at its
** size limit, in round fifteen).
**
** Round fifteen (class Y of test_extract_gen15a.c, old_holdout22): a
** post "Our 2024 in numbers" dated "14 Jan" was read as of 14 January
** 2024; a report or a post of a year's results is put out after that
** year, so the year after it bounds the text's from below, as "the same
** period of 2023" does (the study's targets: the text's year when the
** date line has none). And a year planned ("Запуск намечен на конец 2026
** года") is no year the text speaks from (extract_tense.c).
*/
#include "../../common.h"

#include "extract_latest.h"
#include "extract_report.h"

int xlatest_year(const struct xdoc *d)
{
	int i, k, y = xreport_year(d);

	y = y > 0 ? y + 1 : 0;
	for (i = 0; i < d->ns; i++) {
		const struct xsent *s = &d->s[i];

		if (xcue_future(s))
			continue;
		for (k = 0; k < s->ntm; k++) {
			const struct xtime *m = &s->tm[k];

			/* "up 14% on the same period of 2023": a year
			 * after it at least (round twelve, oh15) */
			if (!m->noyear && m->p.y1 > 0 && m->p.y1 + 1 > y &&
			    (m->role == XR_SAME || m->role == XR_BASE))
				y = m->p.y1 + 1;
			if (m->noyear || xt_w(s, m->t0 - 1, "before") ||
			    (m->role != XR_POINT && m->role != XR_RANGE &&
			     m->role != XR_SINCE))
				continue; /* "no new residents before 2H26" */
			if (m->p.y1 > y)
				y = m->p.y1;
		}
	}
	return y;
}
