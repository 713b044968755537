/*
** extract_r12b.c: round twelve's value rules on a decided candidate
** (issue 16), called once from extract.c: each rule lives in a file of
** its own; this one finds what they read (the figure said before in the
** same sentence) and calls them in order.
*/
#include "../../common.h"

#include <string.h>

#include "extract_diff.h"
#include "extract_invert.h"
#include "extract_jobs.h"
#include "extract_money12.h"
#include "extract_r11.h"
#include "extract_r12b.h"

/* The candidate before the last of r made from sentence s with the unit
 * of the last, a level or flow of its own, or NULL. */
static const struct xcand *same_unit_before(const struct xsent *s,
					    const struct xresult *r)
{
	const struct xcand *x = &r->v[r->n - 1];
	size_t j;

	for (j = r->n - 1; j-- > 0;) {
		const struct xcand *a = &r->v[j];

		if (a->line != s->line || a->note == NULL ||
		    strcmp(a->note, s->text) != 0)
			return NULL;
		if (strcmp(a->unit, x->unit) == 0 &&
		    (a->kind == GS_KIND_LEVEL || a->kind == GS_KIND_FLOW))
			return a;
	}
	return NULL;
}

/* The candidate before the last of r, if made from sentence s. */
static const struct xcand *before_in(const struct xsent *s,
				     const struct xresult *r)
{
	const struct xcand *a = r->n >= 2 ? &r->v[r->n - 2] : NULL;

	return a != NULL && a->line == s->line && a->note != NULL &&
	       strcmp(a->note, s->text) == 0 ? a : NULL;
}

void xr12b_cand(const struct xdoc *d, int i, const struct xfig *f,
		const struct xtime *report, struct xresult *r)
{
	const struct xsent *s = &d->s[i];
	const struct xcand *a;

	xr11_cand(d, i, f, report, &r->v[r->n - 1]);
	xjobs_places(s, f, &r->v[r->n - 1]);
	xinvert_about(s, f, &r->v[r->n - 1]);
	xmoney12_elided(d, s, f, before_in(s, r), &r->v[r->n - 1]);
	if (r->n >= 2 && (a = same_unit_before(s, r)) != NULL)
		xdiff_implied(s, f, a, &r->v[r->n - 1]);
}
