/*
** extract_forms.c: forms of a figure worked out from the language rather
** than from one folder's misses (round six on issue 16): when a count of
** time is a figure at all (a term: "exempt for 10 years", "на 5 лет",
** ten years of a tax benefit), and not an age, a time point or a span
** ("after three years", "a start-up of under three years", "over those
** five years"); ranges in number words joined by a hyphen ("ещё две-три
** компании"); scales after money ("$1.4b", "RUB 1.1 tn"); numbers that
** are no figure ("45-летний", "пункту 4", "Article 12"); "минус 3%";
** qualifiers after the number ("100 с лишним", "40-plus", "40+"); a
** Russian scale said alone ("миллиард рублей").
*/
#include "../../common.h"

#include <stdlib.h>
#include <string.h>

#include "extract_int.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

/* Words of a range or a qualifier between a term's preposition and its
 * number: "for 5-10 years", "на срок до 10 лет", "for up to five". */
static bool range_word(const struct xsent *s, int k)
{
	static const char *const ws[] = { "-", "–", "—", "to", "and", "от",
		"до", "up", "срок", "period", "a", "of", "between", NULL };
	int j;

	if (s->t[k].type == XT_NUM)
		return true;
	for (j = 0; ws[j] != NULL; j++)
		if (is_w(s, k, ws[j]))
			return true;
	return false;
}

/* Does s speak of what has a term: a tax, a benefit, an exemption, a
 * loan, a lease ("Over the course of 10 years, the real estate tax for
 * these enterprises will be 50 percent")? */
static bool of_a_benefit(const struct xsent *s)
{
	static const char *const stems[] = { "tax", "benefit", "exempt",
		"loan", "lease", "preferenti", "налог", "льгот", "освобожд",
		"заём", "займ", "аренд", NULL };
	int i, k;

	for (i = 0; i < s->nt; i++)
		for (k = 0; stems[k] != NULL; k++)
			if (strncmp(s->t[i].w, stems[k], strlen(stems[k])) == 0)
				return true;
	return false;
}

/* A window or an extension of a term, not the term: "for the first
 * three years", "на первые три года", "for another ten years", "for a
 * further five", "ещё на 10 лет". */
static bool window_or_more(const struct xsent *s, const struct xfig *f)
{
	static const char *const ws[] = { "first", "another", "further",
		"additional", "more", "первые", "первых", "еще", NULL };
	int j;

	for (j = 0; ws[j] != NULL; j++)
		if (is_w(s, f->t0 - 1, ws[j]) ||
		    (is_w(s, f->t0 - 2, ws[j]) && is_w(s, f->t0 - 1, "на")))
			return true;
	return false;
}

/* A zone's or a park's status named in s ("The TOR status ... granted
 * for ten years", "Статус ТОСЭР присвоен ... сроком на десять лет"): a
 * term of the status, which the keys leave out, unless a benefit is
 * named too (a tax benefit's term is a figure). */
static bool status_term(const struct xsent *s)
{
	int i;

	for (i = 0; i < s->nt; i++)
		if (strncmp(s->t[i].w, "status", 6) == 0 ||
		    strncmp(s->t[i].w, "статус", strlen("статус")) == 0)
			return !of_a_benefit(s);
	return false;
}

bool xform_term(const struct xsent *s, const struct xfig *f)
{
	static const char *const term[] = { "for", "на", "сроком", "term",
		"lasting", "lasts", "last", NULL };
	int k, j;

	if (window_or_more(s, f) || status_term(s))
		return false;

	/* back from the figure (its qualifier included) over the words of
	 * a range to the word that opens the phrase */
	for (k = f->t0 - 1; k >= 0 && k >= f->tn - 8 && range_word(s, k); k--)
		;
	for (j = 0; term[j] != NULL; j++)
		if (is_w(s, k, term[j]))
			return true;
	/* "the loan term was increased from three to five years" */
	for (k = f->tn - 1; k >= 0 && k >= f->tn - 6; k--)
		if (is_w(s, k, "term") || is_w(s, k, "срок") ||
		    is_w(s, k, "срока"))
			return true;
	return of_a_benefit(s);
}

int xform_word_range(struct xsent *s, const struct xdoc *d, int i,
		     struct xfig *f, struct xfig *g)
{
	double lo, hi;
	bool direct;
	int e, st;

	if (i >= s->nt || s->t[i].type != XT_WORD ||
	    !xw_word_range(s->t[i].w, &lo, &hi))
		return -1;
	memset(g, 0, sizeof(*g));
	if ((e = xu_after(s, d, i + 1, g, &direct)) < 0 ||
	    (g->unit[0] == '\0' && g->scale[0] == '\0'))
		return -1;
	if (!direct && !(e <= i + 4 && (g->cls == XU_COUNT ||
					g->cls == XU_PEOPLE ||
					g->cls == XU_OTHER)))
		return -1; /* "двух-трёх новых арендаторов", "с
			    * тремя-четырьмя компаниями": a count's noun a
			    * word or two on, in any case */
	*f = *g;
	f->v = lo;
	g->v = hi;
	f->tn = g->tn = i;
	f->q = xqual_before(s, i, &st);
	if (f->q == GS_QUAL_NONE)
		f->q = GS_QUAL_AT_LEAST;
	f->t0 = st;
	g->t0 = i;
	g->q = GS_QUAL_UP_TO;
	f->pair = XP_LOW;
	g->pair = XP_HIGH;
	f->t1 = g->t1 = e;
	return e;
}

const char *xform_money_scale(const struct xsent *s, int j)
{
	if (j >= s->nt || s->t[j].type != XT_WORD)
		return NULL;
	/* after a currency a lone "m" is a million, glued or not ("RUB
	 * 900 m"): an amount of money is never in metres */
	if (is_w(s, j, "m") || is_w(s, j, "mm"))
		return "million";
	if (is_w(s, j, "b"))
		return "billion";
	return is_w(s, j, "tn") ? "trillion" : NULL;
}

/* An age or an anniversary glued to the number token t: "45-летний",
 * "10-летие", "25-летнего". */
static bool glued_age(const struct xsent *s, const struct xtok *t)
{
	static const char *const stems[] = { "-летн", "-лети", "-year-old",
		NULL };
	const char *p = s->text + t->off + t->len;
	int k;

	for (k = 0; stems[k] != NULL; k++)
		if (strncmp(p, stems[k], strlen(stems[k])) == 0)
			return true;
	return false;
}

bool xform_not_figure(const struct xsent *s, int i)
{
	static const char *const refs[] = { "пункт", "подпункт", "стать",
		"глав", "раздел", "приложени", "лот", "item", "clause",
		"article", "section", "chapter", "annex", "appendix",
		"paragraph", "lot", "page", "table", "figure", "fig",
		"chart", "slide", "exhibit", "таблиц", "рис", "слайд",
		"схем", NULL };
	int k, j = i - 1;

	if (is_w(s, i - 1, "ни") || (is_w(s, i - 1, "single") &&
				      is_w(s, i - 2, "a") &&
				      is_w(s, i - 3, "not")))
		return true; /* "ни один резидент", "not a single" */
	if (i < 0 || i >= s->nt || s->t[i].type != XT_NUM)
		return false;
	if (glued_age(s, &s->t[i]))
		return true;
	if (is_w(s, j, "№") || is_w(s, j, "no"))
		j--; /* "лот № 2", "Item No. 4" */
	if (is_w(s, j, "."))
		j--;
	if (j < 0 || s->t[j].type != XT_WORD)
		return false;
	for (k = 0; refs[k] != NULL; k++)
		if (strncmp(s->t[j].w, refs[k], strlen(refs[k])) == 0)
			return true;
	return false;
}

/* A minus sign glued to a percent change that a space, a bracket or a
 * comma opens: "(−4% кв/кв)", "RUB 47bn, -3% q/q", not the dash of a
 * range ("5-7%") or of a list ("- 4% of ..."). */
static bool minus_glued(const struct xsent *s, const struct xfig *f)
{
	int m = f->tn - 1;

	if (!(f->cls == XU_PCT || f->cls == XU_PP) || m < 0 ||
	    s->t[f->tn].sp || f->t0 < f->tn - 1 ||
	    !(is_w(s, m, "-") || is_w(s, m, "−") || is_w(s, m, "–")))
		return false;
	return m == 0 || is_w(s, m - 1, "(") || is_w(s, m - 1, ",") ||
	       (s->t[m].sp && s->t[m - 1].type != XT_NUM);
}

void xform_sign(const struct xsent *s, struct xfig *f)
{
	if (f->v > 0 && (is_w(s, f->t0 - 1, "минус") ||
			 is_w(s, f->t0 - 1, "minus") || minus_glued(s, f)))
		f->v = -f->v;
}

int xform_post_qual(const struct xsent *s, int j, struct xfig *f)
{
	int n = 0;

	if ((is_w(s, j, "с") && (is_w(s, j + 1, "лишним") ||
				 is_w(s, j + 1, "небольшим"))))
		n = 2; /* "100 с лишним резидентов", "5 с небольшим млрд" */
	else if ((is_w(s, j, "-") && !s->t[j].sp &&
		  (is_w(s, j + 1, "plus") || is_w(s, j + 1, "odd"))))
		n = 2; /* "40-plus residents", "40-odd" */
	else if ((is_w(s, j, "+") && !s->t[j].sp) || is_w(s, j, "odd"))
		n = 1; /* "40+ residents", "40 odd" */
	if (n > 0)
		f->q = GS_QUAL_OVER;
	return n;
}

bool xform_scale_alone(const struct xsent *s, int i)
{
	static const char *const one[] = { "миллиард", "миллион",
		"триллион", NULL };
	static const char *const gen[] = { "миллиарда", "миллиона",
		"триллиона", NULL }; /* "около миллиарда рублей" */
	int k, n, st;

	if (i < 0 || i + 1 >= s->nt ||
	    (i > 0 && (s->t[i - 1].type == XT_NUM || xw_spelled(s, i - 1,
								&(double){ 0 }) > 0)))
		return false; /* "один миллиард" is read as a number */
	for (k = 0; one[k] != NULL; k++)
		if (is_w(s, i, one[k]) ||
		    (is_w(s, i, gen[k]) &&
		     xqual_before(s, i, &st) != GS_QUAL_NONE))
			return xw_unit(s, i + 1, &n) != NULL ||
			       (k == 0 && xw_spelled(s, i + 1,
						     &(double){ 0 }) > 0);
	return false; /* "миллиард двести миллионов", "миллиард семьсот" */
}

int xform_half_scale(struct xsent *s, const struct xdoc *d, int i,
		     struct xfig *f)
{
	static const char *const half[] = { "полмиллиарда", "полумиллиарда",
		"полмиллиона", "полумиллиона", NULL };
	bool direct;
	int k, e;

	for (k = 0; half[k] != NULL && !is_w(s, i, half[k]); k++)
		;
	if (half[k] == NULL)
		return 0;
	f->v = 0.5; /* "около полумиллиарда": half a billion */
	gs_snprintf(f->scale, sizeof(f->scale), "%s", k < 2 ? "млрд" : "млн");
	e = xu_after(s, d, i + 1, f, &direct);
	return e > i + 1 ? e - i : 1;
}

/* The factor after the sign of a product at j: "× 25", "x16", "х25"
 * (Cyrillic, glued or not); its value into *b, the tokens, or 0. */
static int times_factor(const struct xsent *s, int j, double *b)
{
	static const char *const signs[] = { "x", "×", "х" };
	const char *w = j < s->nt ? s->t[j].w : "";
	size_t k, n;
	char *end;

	for (k = 0; k < GS_ARRAY_LEN(signs); k++) {
		n = strlen(signs[k]);
		if (strncmp(w, signs[k], n) != 0)
			continue;
		if (w[n] == '\0' && j + 1 < s->nt &&
		    s->t[j + 1].type == XT_NUM &&
		    !(s->t[j + 1].flags & XF_TIME)) {
			*b = s->t[j + 1].v;
			return 2;
		}
		*b = strtod(w + n, &end);
		return w[n] >= '0' && w[n] <= '9' && *end == '\0' ? 1 : 0;
	}
	return 0;
}

int xform_product(struct xsent *s, const struct xdoc *d, int i,
		  struct xfig *f)
{
	bool direct;
	double a;
	int e, n;

	if (i >= s->nt || s->t[i].type != XT_NUM || !s->t[i].plain ||
	    s->t[i].v < 2 || s->t[i].v > 10 ||
	    (n = times_factor(s, i + 1, &f->v)) == 0)
		return 0;
	a = s->t[i].v;
	if ((e = xu_after(s, d, i + 1 + n, f, &direct)) < 0 || !direct ||
	    f->cls == XU_NONE || f->cls == XU_PCT || f->cls == XU_TIMES ||
	    f->cls == XU_YEARS || f->scale[0] != '\0')
		return 0;
	f->v *= a; /* "2×25 МВА" is 50 MVA installed */
	f->tn = i + n;
	return e - i;
}
