/*
** extract_r14b.c: values and qualifiers, fourteenth round (issue 16),
** rules about the language that two writers or more share:
**
** - ", до N" after a change, the level reached: brought_to in
**   extract_qual.c.
** - A multiple written with the sign before it: "2024 к 2022: ×1,6",
**   "x 1.4 vs 2023" (oh17, oh19 slides); a sign between two numbers is
**   a product ("2×25 МВА", extract_forms.c). So are the Russian
**   multiplicatives past "вчетверо" ("почти вшестеро больше", oh19) and
**   the rough order "раза в полтора больше" (about 1.5 times, oh19, as
**   round 13 read "человек семьдесят").
** - A share said "out of every ten roubles, the district's own budget put
**   in less than one" (oh20; round 13 read "one rouble in every
**   twelve"): the part over the whole, 10 % "under".
** - An interview's answer going on after its first sentence:
**   extract_answer.c.
** - A percent of the cadastral value ("Land lease rate: 1.2% of
**   cadastral value a year", "lease from 1.5% of cadastral value",
**   "land rent 1.5% of cadastral value") in a fact sheet's list, after
**   a label's colon, is a price the land is let at: three writers
**   (dev10b, dev13b, oh19) key none. The seed texts key the rate said in
**   a sentence of news ("the land lease rate will be 0.3 percent of the
**   cadastral value"), which stays.
** - A length in kilometres alone in brackets after what it measures
**   ("the gas pipeline (3.2 km)", oh17; "a company bus from Usman and
**   Lipetsk (35 km)", oh20) is an aside: no key has one. Lengths said
**   in the sentence ("протяжённостью 6,8 км") stay figures.
** - A scale said alone ("600 million") counts what the last figure of
**   its sentence with the same scale counted, past a percent or a
**   multiple between them: "410 million glass jars, a fifth more than
**   the year before, and we plan to reach 600 million in 2027" (oh20);
**   the text's count noun ("people", said earlier) came first.
** - Kopecks after roubles are part of the sum: "взыскании ... 1 118 204
**   руб. 17 коп. процентов" (oh20) is 1,118,204.17 roubles, not two
**   figures.
*/
#include "../../common.h"

#include <string.h>

#include "extract_tw.h"
#include "extract_r14b.h"
#include "extract_share.h"
#include "extract_vals.h"

static int sign_times(const struct xsent *s, int i, struct xfig *f)
{
	static const char *const signs[] = { "×", "x", "х", NULL };

	if (i < 1 || i >= s->nt || s->t[i].type != XT_NUM ||
	    (s->t[i].flags & XF_TIME) || !xtw_isa(s, i - 1, signs) ||
	    (i >= 2 && s->t[i - 2].type == XT_NUM &&
	     !(s->t[i - 2].flags & XF_TIME)) || s->t[i].v <= 0 ||
	    s->t[i].v > 100)
		return 0; /* "2×25 МВА" is a product */
	if (!xtw_is(s, i - 1, "×") && s->t[i].sp)
		return 0; /* "x 2" after a letter x: a name's, not a sign */
	f->v = s->t[i].v;
	xu_set(f, "times", XU_TIMES);
	return 1;
}

/* "раза в полтора больше", "раза в два": the noun before its number
 * says it roughly (extract_invert.c reads "человек семьдесят" so). */
static int inverted_times(const struct xsent *s, int i, struct xfig *f)
{
	double v;
	int k;

	if (i < 2 || !xtw_is(s, i - 1, "в") || !xtw_is(s, i - 2, "раза") ||
	    f->q != GS_QUAL_NONE)
		return 0;
	if ((k = xw_number_at(s, i, &v)) <= 0)
		return 0;
	if (v <= 0 || v > 100)
		return 0;
	f->v = v;
	f->q = GS_QUAL_ABOUT;
	f->t0 = i - 2;
	xu_set(f, "times", XU_TIMES);
	return k;
}

int xr14b_form_at(struct xsent *s, int i, struct xfig *f)
{
	int k;

	if ((k = sign_times(s, i, f)) > 0 ||
	    (k = xshare_out_of_every(s, i, f)) > 0)
		return k;
	return inverted_times(s, i, f);
}

bool xr14b_cadastral(const struct xsent *s, const struct xfig *f, int e)
{
	static const char *const of[] = { "of", "the", "от", NULL };
	static const char *const cad[] = { "cadastral", "кадастровой",
		"кадастровая", "кадастровых", NULL };

	int k;

	if (!f->pct && f->cls != XU_PCT)
		return false;
	for (k = f->t0 - 1; k >= 0 && !xtw_is(s, k, ":"); k--)
		;
	if (k < 0)
		return false; /* "the land lease rate will be 0.3 percent of
			       * the cadastral value": the seed texts key a
			       * rate said in a sentence */
	while (xtw_isa(s, e, of))
		e++;
	return xtw_isa(s, e, cad);
}

bool xr14b_paren_km(const struct xsent *s, const struct xfig *f, int e)
{
	return (strcmp(f->unit, "km") == 0 || strcmp(f->unit, "км") == 0) &&
	       xtw_is(s, f->t0 - 1, "(") && xtw_is(s, e, ")");
}

void xr14b_scale_alone(const struct xdoc *d, struct xfig *f, int n)
{
	const struct xfig *p;
	int k;

	for (k = n - 1; f[n].unit[0] == '\0' && f[n].scale[0] != '\0' &&
	     k >= 0; k--) {
		p = &f[k];
		if (p->cls == XU_PCT || p->cls == XU_TIMES || p->cls == XU_PP)
			continue;
		if (strcmp(p->scale, f[n].scale) == 0 && p->unit[0] != '\0')
			xu_set(&f[n], p->unit, p->cls);
		break;
	}
	xref_scale_alone(d, &f[n]);
}

/* "1 118 204 руб. 17 коп.": the kopecks after roubles join the sum. */
static void kopecks(struct xsent *s, struct xfig *f)
{
	static const char *const kop[] = { "коп", "копеек", "копейки",
		"копейка", NULL };
	int j = f->t1 + xtw_is(s, f->t1, "."); /* "руб. 17 коп." */

	if (f->cls != XU_CUR || strstr(f->unit, "руб") == NULL ||
	    f->scale[0] != '\0' || j + 1 >= s->nt ||
	    s->t[j].type != XT_NUM || !s->t[j].plain || s->t[j].ndig > 2 ||
	    !xtw_isa(s, j + 1, kop))
		return;
	f->v += s->t[j].v / 100;
	s->t[j].flags |= XF_USED;
	s->t[j + 1].flags |= XF_USED;
	f->t1 = j + 2;
}

void xr14b_fig(struct xsent *s, const struct xdoc *d, struct xfig *f,
	       int n)
{
	xr14b_scale_alone(d, f, n);
	kopecks(s, &f[n]);
}
