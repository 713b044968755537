/*
** extract_invert.c: Russian says a rough number by putting its noun
** first: "нужно ещё человек семьдесят" (some seventy people), "работает
** человек сорок", "гектаров двадцать", "лет через пять". The order is
** the qualifier: the figure is "about" it (dev13b keys "человек
** семьдесят" as about 70). Only when the noun, a known unit of one
** word, stands right before a number in words and the figure has no
** qualifier of its own: a label before digits ("Резидентов 12" in a
** table) is exact, and so is a noun that opens its clause or follows
** "сейчас", "сегодня" ("Сегодня резидентов восемнадцать": the topic,
** old_holdout11 and dev10a key it exact). English has no such order.
*/
#include "../../common.h"

#include "extract_tw.h"
#include "extract_invert.h"

/* The noun at j opens its clause or follows a word of time: "Сейчас
 * резидентов девять" says how many there are now (the noun is the
 * topic, the number what is said of it), exactly. */
static bool topic(const struct xsent *s, int j)
{
	static const char *const now[] = { "сейчас", "сегодня", "теперь",
		"ныне", "тогда", NULL };

	return j == 0 || s->t[j - 1].type != XT_WORD ||
	       xtw_isa(s, j - 1, now);
}

bool xinvert_about(const struct xsent *s, const struct xfig *f,
		   struct xcand *x)
{
	int j = f->tn - 1, n = 0;

	if (f->q != GS_QUAL_NONE || x->qual != GS_QUAL_NONE ||
	    s->t[f->tn].type != XT_WORD ||
	    !f->left_unit || j < 0 || !s->t[j].cyr ||
	    s->t[j].type != XT_WORD || xw_unit(s, j, &n) == NULL || n != 1 ||
	    topic(s, j))
		return false;
	x->qual = GS_QUAL_ABOUT;
	return true;
}
