/*
** extract_label.c: the unit a table row's label names, for the tables of
** extract_grid.c and extract_flat.c ("Площадь, занятая резидентами, га",
** "Investment, RUB bn", "Residents, units").
*/
#include "../../common.h"

#include <string.h>

#include "extract_grid.h"

static bool is_tok(const struct xtok *t, const char *w)
{
	return t->type == XT_PUNCT && strcmp(t->w, w) == 0;
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
		if (r->cls != XU_NONE && strcmp(r->unit, "units") != 0)
			return;
	}
	xtable_label_unit(s, a, c > a ? c : e, r);
	if (r->cls == XU_NONE && c > a)
		xtable_label_unit(s, c + 1, e, r);
}

