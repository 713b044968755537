/*
** extract_money12.c: money whose currency the writer leaves unsaid
** because a noun of money names what is counted ("Прошлый год закрыли с
** выручкой 1,9 миллиарда", "Зарплата — «не ниже 55 тысяч», а на новом
** производстве — до 80 тысяч", "Средняя зарплата — сорок девять
** тысяч"). A scale said alone after such a noun, or one that took a
** noun from another sentence ("49 тыс. человек" for a wage), is money
** in the currency the text spoke of last, else the text's own: roubles.
** extract_money.c reads the same from a currency said before; here the
** noun says it, whether the currency comes before, after or never.
*/
#include "../../common.h"

#include <string.h>

#include "extract_money12.h"
#include "extract_prep.h"
#include "extract_tw.h"

/* Nouns of money by their stems: what is earned, paid, spent or what
 * a thing costs ("стоимость — около трёхсот миллионов", "puts the
 * cost at 15 million"). */
static const char *const money_stems[] = { "выручк", "зарплат",
	"заработн", "оклад", "налог", "инвестиц", "доход", "прибыл",
	"стоимост", "бюджет", "вложени", "revenue", "sales", "salar", "wage",
	"pay", "investment", "tax", "cost", "price", "budget", NULL };

/* A noun of money among the eight tokens before e in e's clause, with
 * no count or people noun after it ("довести выручку до 30 млрд руб., а
 * число специалистов — до 10 тыс." counts people); a count after a
 * preposition says whose money it is ("Зарплата у резидентов"). */
static bool money_noun(const struct xsent *s, int e)
{
	const struct xunit *u;
	int i, n;

	for (i = e - 1; i >= 0 && i >= e - 8; i--) {
		if (i + 1 < s->nt && s->t[i].clause != s->t[e].clause)
			return false;
		if (s->t[i].type != XT_WORD)
			continue;
		if (xtw_stem(s, i, money_stems))
			return true;
		if ((u = xw_unit(s, i, &n)) != NULL &&
		    (u->cls == XU_PEOPLE || u->cls == XU_COUNT) &&
		    !xprep_whose(s, i - 1))
			return false;
	}
	return false;
}

/* A noun of money right after the scale word of f, or of the range f
 * opens ("от пяти до семи миллиардов инвестиций", "2 to 3 billion of
 * investment"): the amount's. */
static bool money_after(const struct xsent *s, const struct xfig *f)
{
	const char *out;
	int j, n = 0;

	for (j = f->tn; j < s->nt && j <= f->tn + 5; j++)
		if (xw_scale(s, j, &n, &out) > 0 ||
		    (s->t[j].type == XT_PUNCT && !xtw_is(s, j, "-") &&
		     !xtw_is(s, j, "–")))
			break;
	if (j >= s->nt || n == 0 || s->t[j].type == XT_PUNCT)
		return false;
	j += n + xtw_is(s, j + n, "."); /* "млн." */
	j += xtw_is(s, j, "of");
	return j < s->nt && s->t[j].type == XT_WORD &&
	       xtw_stem(s, j, money_stems);
}

/* Does the figure's own text [t0, t1) end with a noun after its scale
 * ("5 тыс. сотрудников"), not with the scale ("1,9 миллиарда", "сорок
 * девять тысяч", "55 тыс.")? */
static bool unit_said(const struct xsent *s, const struct xfig *f)
{
	const char *out;
	int last = f->t1 - 1, n;

	while (last > f->tn && s->t[last].type == XT_PUNCT)
		last--; /* "тыс." */
	return !(last > f->tn && xw_scale(s, last, &n, &out) > 0);
}

/* The money before x in its sentence in the same scale ("не ниже 55
 * тысяч», а ... — до 80 тысяч"): its unit, said once for both. */
static bool same_scale_money(const struct xfig *f, const struct xcand *prev,
			     struct xcand *x)
{
	size_t n = strlen(f->scale);

	if (prev == NULL || strcmp(x->unit, f->scale) != 0 ||
	    strncmp(prev->unit, f->scale, n) != 0 || prev->unit[n] != ' ' ||
	    (strcmp(prev->unit + n + 1, "рублей") != 0 &&
	     strcmp(prev->unit + n + 1, "rubles") != 0))
		return false;
	gs_snprintf(x->unit, sizeof(x->unit), "%s", prev->unit);
	return true;
}

bool xmoney12_elided(const struct xdoc *d, const struct xsent *s,
		     const struct xfig *f, const struct xcand *prev,
		     struct xcand *x)
{
	const char *cur;
	bool cyr;

	if (f->scale[0] == '\0' || f->pct || f->multiple || f->cls == XU_CUR)
		return false;
	if (!money_after(s, f)) {
		if (unit_said(s, f))
			return false;
		if (same_scale_money(f, prev, x))
			return true;
		if (!money_noun(s, f->t0))
			return false;
	}
	cyr = f->tn + 1 < s->nt && s->t[f->tn + 1].cyr;
	cur = xmoney_before(d, s);
	if (cur == NULL)
		cur = cyr ? "рублей" : "rubles";
	gs_snprintf(x->unit, sizeof(x->unit), "%s %s", f->scale, cur);
	return true;
}
