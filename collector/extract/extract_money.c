/*
** extract_money.c: the currency a figure leaves unsaid because an earlier
** sentence said it ("… на 20 млрд рублей. — А к 2030 году мы рассчитываем
** выйти на 35 млрд", "sales … worth almost 9 billion roubles … we want
** their sales to reach 25 billion"): billions and trillions said alone are
** money, in the currency the text spoke of last; so are millions in a
** sentence about taxes, funds or investment, and in a text whose last
** amount in millions or more was money ("64 млн рублей налогов. ... —
** уже 55 млн", "на неё заложено сто десять миллионов" after "девятьсот
** сорок миллионов рублей"): a writer who says the scale alone goes on
** with the amount named last.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"
#include "extract_vals.h"

/* How many sentences back a currency still holds. */
#define MONEY_BACK 3

/* The last currency sentence s names, as the CSV writes it, or NULL. */
static const char *last_currency(const struct xsent *s)
{
	const struct xunit *u;
	const char *c, *found = NULL;
	int i, n;

	for (i = 0; i < s->nt; i++) {
		if ((c = xw_currency_sign(&s->t[i])) != NULL)
			found = c;
		else if (s->t[i].type == XT_WORD &&
			 (u = xw_unit(s, i, &n)) != NULL && u->cls == XU_CUR)
			found = u->out;
	}
	return found;
}

const char *xmoney_before(const struct xdoc *d, const struct xsent *s)
{
	const char *c;
	int i, k;

	if (s < d->s || s >= d->s + d->ns)
		return NULL;
	i = (int)(s - d->s);
	for (k = i - 1; k >= 0 && k >= i - MONEY_BACK; k--)
		if ((c = last_currency(&d->s[k])) != NULL)
			return c;
	return NULL;
}

/* Does s speak of money: taxes, funds, budgets, revenue, subsidies,
 * loans, investment ("Налоговые отчисления ... — 310 миллионов", "the
 * regional fund has promised a further 300 million")? Millions said
 * alone in such a sentence are money too. */
bool xmoney_cue(const struct xsent *s)
{
	static const char *const stems[] = { "tax", "fund", "budget",
		"revenue", "subsid", "grant", "loan", "invest", "spent",
		"налог", "отчислени", "фонд", "бюджет", "выручк", "субсиди",
		"грант", "заем", "займ", "кредит", "инвест", "вложи", NULL };
	int i, k;

	for (i = 0; i < s->nt; i++)
		for (k = 0; stems[k] != NULL; k++)
			if (s->t[i].type == XT_WORD &&
			    strncmp(s->t[i].w, stems[k], strlen(stems[k])) == 0)
				return true;
	return false;
}

/* Is the scale word (n tokens) at j said alone: nothing named after it
 * ("— чуть меньше четырёх миллиардов.", "миллиард семьсот", "5 млн
 * на дорогу")? */
static bool scale_alone(const struct xsent *p, int j, int n)
{
	double v;

	return j + n >= p->nt || p->t[j + n].type == XT_PUNCT ||
	       xw_in(XL_STOP, p->t[j + n].w) ||
	       xw_spelled(p, j + n, &v) > 0;
}

/* The currency of the amount whose scale word (n tokens) is at j, said
 * after it ("млн рублей", "млрд ₽") or before its number ("RUB 5.2
 * billion", "₽3.1 billion"), or NULL. */
static const char *scale_currency(const struct xsent *p, int j, int n)
{
	const struct xunit *u;
	const char *c;
	int m;

	if (j + n < p->nt && (c = xw_currency_sign(&p->t[j + n])) != NULL)
		return c;
	if (j + n < p->nt && p->t[j + n].type == XT_WORD &&
	    (u = xw_unit(p, j + n, &m)) != NULL)
		return u->cls == XU_CUR ? u->out : NULL;
	if (j < 2 || p->t[j - 1].type != XT_NUM)
		return NULL;
	if ((c = xw_currency_sign(&p->t[j - 2])) != NULL)
		return c;
	u = p->t[j - 2].type == XT_WORD ? xw_unit(p, j - 2, &m) : NULL;
	return u != NULL && u->cls == XU_CUR ? u->out : NULL;
}

const char *xmoney_last_big(const struct xdoc *d, const struct xsent *s)
{
	const char *out, *c;
	int i, j, n;

	if (s < d->s || s >= d->s + d->ns)
		return NULL;
	for (i = (int)(s - d->s) - 1; i >= 0; i--)
		for (j = d->s[i].nt - 1; j >= 0; j--) {
			if (xw_scale(&d->s[i], j, &n, &out) < 1e6)
				continue;
			if ((c = scale_currency(&d->s[i], j, n)) != NULL ||
			    !scale_alone(&d->s[i], j, n))
				return c; /* alone, it went on with one before */
		}
	return NULL;
}
