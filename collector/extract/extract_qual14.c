/*
** extract_qual14.c: ", до N" after a change said earlier in the same
** sentence is the level the change reached (round 14 of issue 16):
** "нарастили выпуск на 17% по сравнению с тем же периодом прошлого
** года, до 38,5 тыс. тонн", "расширило территорию на 112 га, до 256 га",
** "довести долю ..., до 40 процентов". Russian says a cap with "до" too
** ("сдаст до 40 га"), and the rule of extract_qual.c looks for the
** change only a few words back; a comma before "до" with the change
** anywhere before it in the sentence is how every writer of the corpus
** says the level reached (oh20, dev11b, old_holdout10, dev9a).
*/
#include "../../common.h"

#include "extract_tw.h"
#include "extract_qual14.h"

/* A change before token i: "на" before a number ("на 17%", "на 112
 * га"), a word of rise or fall, or a verb that brings a level somewhere
 * ("довести", "расширить"). */
static bool change_before(const struct xsent *s, int i)
{
	static const char *const verbs[] = { "довест", "довед", "доведу",
		"расшир", "нараст", "увелич", "сократ", "сниз", "повыс",
		"вырос", "выраст", NULL };
	int k;

	for (k = i - 1; k >= 0; k--) {
		if (xtw_is(s, k, "на") && k + 1 < s->nt &&
		    s->t[k + 1].type == XT_NUM && !(s->t[k + 1].flags & XF_TIME))
			return true;
		if (s->t[k].type == XT_WORD &&
		    (xw_in(XL_UP, s->t[k].w) || xw_in(XL_DOWN, s->t[k].w) ||
		     xtw_stem(s, k, verbs)))
			return true;
	}
	return false;
}

bool xqual14_reached(const struct xsent *s, int i)
{
	return xtw_is(s, i, "до") && xtw_is(s, i - 1, ",") &&
	       change_before(s, i - 1);
}
