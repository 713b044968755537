/*
** extract_adj.c: writers leave a count's noun out after an adjective
** when the noun was just said: "Сейчас в парке семь резидентов ... В
** 2025 году министерство рассчитывает привлечь не менее трёх новых.",
** "в 2025 году придут ещё 4 крупных". The number then counts that
** noun. Told by grammar, not by a list: a Russian adjective's plural
** ending (-ых, -их, -ые, -ие) standing as the unit, with the clause
** ending right after it. (English drops no noun after an adjective:
** "three new ones".)
*/
#include "../../common.h"

#include <string.h>

#include "extract_adj.h"
#include "extract_ends.h"

/* Is w a Russian plural adjective ("новых", "крупных", "иностранные")? */
static bool ru_plural_adj(const char *w)
{
	static const char *const ends[] = { "ых", "их", "ые", "ие", NULL };

	return xends_in(w, ends, 3);
}

void xadj_elided(const struct xsent *s, const struct xdoc *d,
		 struct xfig *f, const struct xfig *prev)
{
	if (f->unit[0] == '\0' || f->scale[0] != '\0' || f->t1 < 1 ||
	    !ru_plural_adj(f->unit) ||
	    strcmp(s->t[f->t1 - 1].w, f->unit) != 0 ||
	    !(f->t1 >= s->nt || s->t[f->t1].type == XT_PUNCT))
		return;
	if (prev != NULL && (prev->cls == XU_COUNT || prev->cls == XU_PEOPLE))
		xu_set(f, prev->unit, prev->cls);
	else if (d->them[0] != '\0')
		xu_set(f, d->them, (enum xucls)d->them_cls);
}
