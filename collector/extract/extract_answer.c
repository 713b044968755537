/*
** extract_answer.c: an interview's answer goes on after its first
** sentence (round 14 of issue 16): "— Сколько сейчас резидентов? —
** Семь. Три года назад было всего два." (oh20), "— Четыре. Когда мы
** начинали в двадцать первом году, был один — наш же лесопильный
** завод." (oh19). A number said alone at the end of a clause there
** counts what the question asked, as the first sentence's does
** (extract.c hands the first sentence the question's unit).
*/
#include "../../common.h"

#include "extract_tw.h"
#include "extract_answer.h"
#include "extract_near.h"

/* Does the number that ends before token e end its clause? */
static bool ends_clause(const struct xsent *s, int e)
{
	static const char *const ends[] = { ".", "—", "–", ";", "!", NULL };

	return e >= s->nt || xtw_isa(s, e, ends);
}

const struct xunit *xanswer_unit(const struct xdoc *d, const struct xsent *s,
				 int e)
{
	const struct xsent *q;
	int i = (int)(s - d->s), k;

	if (i <= 0 || i >= d->ns || s->para_first || !ends_clause(s, e))
		return NULL;
	for (k = i - 1; k > 0 && k > i - XNEAR && !d->s[k].para_first; k--)
		;
	if (k < 1 || !d->s[k].para_first || d->s[k].para != s->para)
		return NULL; /* k: the answer's first sentence */
	q = &d->s[k - 1];
	if (q->nt == 0 || !xtw_is(q, q->nt - 1, "?"))
		return NULL;
	return xask_asked(q);
}
