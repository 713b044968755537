/*
** extract_index.c: a statistics office's index (round ten, issue 16).
** Bulletins give a figure against its base as a percent of it: "121.4%
** of the level of the corresponding period of last year", "112.5% of
** the level of January-September 2022", "112,6% к уровню 2023 года",
** "96,8% к I полугодию 2023 г.". Every key that has one (a dozen
** folders, old_holdout9 to dev11b) writes the change it states, +21.4 %
** or -3.2 % against that base, as the office means it; extract gave a
** level of 121.4 %. The words right after the percent decide: "of the
** level", "of the corresponding/same period", "к уровню", or "к" and a
** period. "выросла на 20% к 1П 2022" is a change said as one already.
*/
#include "../../common.h"

#include <math.h>
#include <string.h>

#include "extract_index.h"
#include "extract_idxof.h"

/* Does a time of s start at token j or j + 1 ("к I полугодию")? */
static bool time_at(const struct xsent *s, int j)
{
	int k;

	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].t0 == j || s->tm[k].t0 == j + 1)
			return true;
	return false;
}

/* The word at j, dates included (xt_w() skips a date's words: "к
 * уровню 2023 года" is one). */
static bool word(const struct xsent *s, int j, const char *const *ws)
{
	for (; j >= 0 && j < s->nt && *ws != NULL; ws++)
		if (strcmp(s->t[j].w, *ws) == 0)
			return true;
	return false;
}

bool xindex_pct(const struct xsent *s, const struct xfig *f)
{
	static const char *const en[] = { "level", "corresponding", "same",
		"figure", NULL };
	static const char *const ru[] = { "уровню", "соответствующему",
		"аналогичному", NULL };
	static const char *const change[] = { "на", "by", "+", "up", "down",
		NULL };
	static const char *const of[] = { "of", NULL }, *const to[] = { "к",
		NULL }, *const the[] = { "the", NULL };
	int j = f->t1;

	if (!f->pct || f->multiple || f->v < 30 || f->v > 300 ||
	    xt_wa(s, f->tn - 1, change))
		return false;
	if (word(s, j, of))
		return word(s, word(s, j + 1, the) ? j + 2 : j + 1, en) ||
		       xidxof_time(s, j + 1); /* "111.9% of 9M 2024" */
	return word(s, j, to) && (word(s, j + 1, ru) || time_at(s, j));
}

double xindex_change(double v)
{
	return round((v - 100) * 1e6) / 1e6;
}
