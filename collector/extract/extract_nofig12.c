/*
** extract_nofig12.c: numbers that are no figure of a cluster, found in
** the twelfth round: a board's vote counts ("Resolved: unanimously (5
** votes in favour)", "за — 7 голосов"), which no key counts, and the
** number of a half-year in a table head ("1 пол. 2024 | 1 пол. 2025"),
** which names a column's period (extract_grid.c), not an amount; and
** members present at a meeting ("Five of six members present"); and
** the number of a project's part ("phase 2 of 60 ha", "этап 3"); a
** percent against a plan or budget ("5% above budget"); a VAT rate
** ("в т. ч. НДС 20%").
*/
#include "../../common.h"

#include <string.h>

#include "extract_nofig12.h"
#include "extract_tw.h"
#include "extract_nofig13.h"
#include "extract_r14b.h"

static bool vote(const struct xfig *f)
{
	static const char *const ws[] = { "votes", "vote", "голосов",
		"голоса", "голос", NULL };
	int k;

	for (k = 0; ws[k] != NULL; k++)
		if (strcmp(f->unit, ws[k]) == 0)
			return true;
	return false;
}

/* Members present at a meeting said without a colon: "Five of six
 * members present", "7 of 9 directors present" (extract_nofig.c's
 * attendance reads "Present: 7 of 9"). */
static bool members_present(const struct xsent *s)
{
	int k;

	for (k = 1; k < s->nt; k++)
		if (strcmp(s->t[k].w, "present") == 0 &&
		    (strcmp(s->t[k - 1].w, "members") == 0 ||
		     strcmp(s->t[k - 1].w, "directors") == 0))
			return true;
	return false;
}

/* A number that names a part of a project rather than counting: "phase
 * 2 of 60 ha", "stage 3", "lot 4", "очередь 2", "этап 3" (the number
 * right after such a word, the figure no larger than ten). */
static bool part_label(const struct xsent *s, const struct xfig *f)
{
	static const char *const ws[] = { "phase", "stage", "lot", "block",
		"очередь", "этап", "лот", NULL };
	int k;

	if (f->tn < 1 || f->t0 < f->tn || f->v > 10)
		return false;
	for (k = 0; ws[k] != NULL; k++)
		if (strcmp(s->t[f->tn - 1].w, ws[k]) == 0)
			return true;
	return false;
}

/* A percent said against a plan or a budget, not against a time: "5%
 * above budget", "14.5% above the budget", "на 12% выше плана" (keys of
 * dev10b and dev12a leave them out; the amounts beside them are keyed). */
static bool against_plan(const struct xsent *s, const struct xfig *f,
			 int e)
{
	static const char *const cmp[] = { "above", "below", "over", "under",
		"выше", "ниже", "больше", "меньше", NULL };
	int j = e, k;

	if (!(f->pct || f->cls == XU_PCT) || j >= s->nt)
		return false;
	for (k = 0; cmp[k] != NULL && strcmp(s->t[j].w, cmp[k]) != 0; k++)
		;
	if (cmp[k] == NULL)
		return false;
	j += j + 1 < s->nt && strcmp(s->t[j + 1].w, "the") == 0 ? 2 : 1;
	return xtw_plan(s, j);
}

/* The rate of a value-added tax ("в т. ч. НДС 20%", "VAT 20%"): the
 * law's, not a figure of the park. */
static bool vat_rate(const struct xsent *s, const struct xfig *f)
{
	int j = f->t0 - 1;

	return (f->pct || f->cls == XU_PCT) && j >= 0 &&
	       (strcmp(s->t[j].w, "ндс") == 0 || strcmp(s->t[j].w, "vat") == 0);
}

bool xnofig12(const struct xsent *s, const struct xfig *f, int e)
{
	return vote(f) || members_present(s) ||
	       part_label(s, f) || against_plan(s, f, e) || vat_rate(s, f) ||
	       xnofig13(s, f, e) || xr14b_cadastral(s, f, e) ||
	       xr14b_paren_km(s, f, e);
}
