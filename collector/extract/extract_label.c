/*
** extract_label.c: the unit a table row's label names, for the tables of
** extract_grid.c and extract_flat.c ("Площадь, занятая резидентами, га",
** "Investment, RUB bn", "Residents, units"), and a count said in
** generic units after a label that names what it counts.
*/
#include "../../common.h"

#include <string.h>

#include "extract_grid.h"

static bool is_tok(const struct xtok *t, const char *w)
{
	return t->type == XT_PUNCT && strcmp(t->w, w) == 0;
}

/* The count the label's first word names, in place of the people its
 * unit after the comma says: "Jobs created in the year, persons" counts
 * jobs, as "Рабочие места, ед." does; "Работники резидентов, чел."
 * stays people (its first word counts them). */
static void own_count(const struct xsent *s, int a, int c, struct xtrow *r)
{
	const struct xunit *u;
	int n;

	if (s->t[a].type == XT_WORD && (u = xw_unit(s, a, &n)) != NULL &&
	    a + n <= c && u->cls == XU_COUNT &&
	    strcmp(u->out, "units") != 0) {
		gs_snprintf(r->unit, sizeof(r->unit), "%s", u->out);
		r->cls = u->cls;
	}
}

/* The unit of the label in tokens [a, e): the one after its last comma
 * ("Площадь, занятая резидентами, га", "Investment, RUB bn"), unless that
 * says only "units" ("Residents, units", "ед."): then the label's own. */
void xgrid_label_unit(const struct xsent *s, int a, int e, struct xtrow *r)
{
	int c = e - 1;

	while (c > a && !(is_tok(&s->t[c], ",") && s->t[c].paren == 0))
		c--;
	if (c > a) {
		xtable_label_unit(s, c + 1, e, r);
		if (r->cls == XU_PEOPLE)
			own_count(s, a, c, r);
		if (r->cls != XU_NONE && strcmp(r->unit, "units") != 0)
			return;
	}
	xtable_label_unit(s, a, c > a ? c : e, r);
	if (r->cls == XU_NONE && c > a)
		xtable_label_unit(s, c + 1, e, r);
}


/* A count said in generic units after the label that names what it
 * counts ("созданные рабочие места — 850 единиц", "New residents: 4
 * units"): the label's count, as a table row's "Рабочие места, ед."
 * already is. */
void xlabel_generic_unit(const struct xsent *s, struct xfig *f)
{
	const struct xunit *u;
	int j, n;

	if (strcmp(f->unit, "units") != 0)
		return;
	for (j = f->t0 - 1; j >= 0 && j >= f->t0 - 10; j--) {
		const struct xtok *t = &s->t[j];

		if (t->flags & XF_TIME)
			continue; /* "Jobs created in 2023: 75 units" */
		if (t->type == XT_NUM || (t->type == XT_PUNCT &&
		    strcmp(t->w, "—") != 0 && strcmp(t->w, "–") != 0 &&
		    strcmp(t->w, "-") != 0 && strcmp(t->w, ":") != 0 &&
		    strcmp(t->w, "/") != 0 && strcmp(t->w, ",") != 0))
			return; /* "Residents at end of quarter, units / 5" */
		if (t->type == XT_WORD && (u = xw_unit(s, j, &n)) != NULL &&
		    u->cls == XU_COUNT && strcmp(u->out, "units") != 0) {
			xu_set(f, u->out, u->cls);
			return;
		}
	}
}
