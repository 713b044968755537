/*
** extract_r15b.c: values, units and qualifiers of the fifteenth round on
** issue 16 (tests/unit/test_extract_gen15b.c says what each rule reads
** and which folders showed it).
*/
#include "../../common.h"

#include <ctype.h>
#include <string.h>

#include "extract_r15b.h"
#include "extract_tw.h"
#include "extract_vals.h"

/* Is the scale one that money is said in alone: billions always, and
 * millions in a sentence or a text about money (extract_money.c)? */
static bool money_scale(const struct xsent *s, const struct xdoc *d,
			const char *scale)
{
	static const char *const big[] = { "billion", "trillion", "млрд",
		"трлн", NULL }, *const mln[] = { "million", "млн", NULL };
	int k;

	for (k = 0; big[k] != NULL; k++)
		if (strcmp(scale, big[k]) == 0)
			return true;
	for (k = 0; mln[k] != NULL; k++)
		if (strcmp(scale, mln[k]) == 0)
			return xmoney_cue(s) || xmoney_last_big(d, s) != NULL;
	return false;
}

static void range_money(const struct xsent *s, const struct xdoc *d,
			struct xfig *f, int n)
{
	const char *cur;
	struct xfig *g = &f[n + 1];

	if (f[n].unit[0] != '\0' || g->unit[0] != '\0' ||
	    g->scale[0] == '\0' || !money_scale(s, d, g->scale))
		return;
	if ((cur = xmoney_before(d, s)) == NULL &&
	    (cur = xmoney_last_big(d, s)) == NULL)
		return;
	xu_set(g, cur, XU_CUR);
	if (strcmp(f[n].scale, g->scale) == 0)
		xu_set(&f[n], cur, XU_CUR);
}

/* Does token k open its line, with nothing but a bullet, a dash or a
 * pictograph before it there? */
static bool opens_line(const struct xsent *s, int k)
{
	const unsigned char *p = (const unsigned char *)s->text + s->t[k].off;

	while (p > (const unsigned char *)s->text && p[-1] != '\n') {
		p--;
		if ((*p < 0x80 && (isalpha(*p) || xdigit(*p))) ||
		    *p == 0xd0 || *p == 0xd1)
			return false; /* a Latin or Cyrillic letter, a digit */
	}
	return true;
}

bool xr15b_name_cap(const struct xsent *s, int k)
{
	return k >= 0 && s->t[k].type == XT_WORD && s->t[k].cap &&
	       !opens_line(s, k);
}

/* "no fewer than 11 residents and 820 jobs", "не менее 6 резидентов и
 * 350 человек": one bound said once for two counts joined by "and",
 * both in digits, with no verb between ("и создать 1,2 тыс." starts a
 * clause of its own). */
static void shared_bound(const struct xsent *s, struct xfig *f, int n)
{
	static const char *const and[] = { "and", "и", NULL };
	const struct xfig *p = &f[n - 1];

	if (n < 1 || f[n].q != GS_QUAL_NONE || p->pair != XP_NONE ||
	    (p->q != GS_QUAL_AT_LEAST && p->q != GS_QUAL_UP_TO) ||
	    f[n].t0 != p->t1 + 1 || !xtw_isa(s, p->t1, and) ||
	    s->t[p->tn].type != XT_NUM || s->t[f[n].tn].type != XT_NUM ||
	    (f[n].cls != XU_COUNT && f[n].cls != XU_PEOPLE) || p->pct)
		return;
	f[n].q = p->q;
}

/* Is the figure at e the object of a verb of hiring now ("is recruiting
 * 65", "looking for 64 new", "ищем 20"), a count joined to that object
 * ("hiring 35 operators and 6 electricians"), or an item of the list
 * after its colon ("65 people: 40 warehouse operatives, 12 ...")? */
static bool hired_at(const struct xsent *s, int e)
{
	static const char *const verbs[] = { "recruiting", "hiring",
		"seeking", "ищем", "набираем", "приглашаем", NULL };
	/* round eighteen: "will hire 140 people", "we need 45 more people",
	 * "needs 35 people: 28 line operators, ...", "нужны 25 операторов"
	 * (jobs in the keys of seven writers, people in one's); only when
	 * the verb's own object is a number: "Workers residents still need:
	 * 400" is a label of people */
	static const char *const wants[] = { "hire", "need", "needs",
		"нужны", NULL };
	bool colon = false, num;
	double v;
	int k, o;

	for (k = e - 1; k >= 0 && k >= e - 16 && !xtw_is(s, k, ";"); k--) {
		colon = colon || xtw_is(s, k, ":");
		if (!xtw_isa(s, k, verbs) && !xtw_isa(s, k, wants) &&
		    !(xtw_is(s, k, "looking") && xtw_is(s, k + 1, "for")))
			continue;
		o = k + 1 + xtw_is(s, k + 1, "for"); /* its object */
		num = o == e || (o < s->nt && (s->t[o].type == XT_NUM ||
					       xw_spelled(s, o, &v) > 0));
		return num || (colon && !xtw_isa(s, k, wants));
	}
	return false;
}

/* Whether f counts firms or backers a park seeks ("seeking 5 new
 * residents", "приглашаем 10 компаний", "ищем 3 инвесторов"): no jobs. */
static bool sought_firms(const struct xfig *f)
{
	static const char *const firms[] = { "companies", "компаний",
		"компании", "компания", "investor", "инвестор", "tenant",
		"арендатор", "partner", "партнёр", "партнер", "resident",
		"резидент", NULL };
	int k;

	for (k = 0; firms[k] != NULL; k++)
		if (strncmp(f->unit, firms[k], strlen(firms[k])) == 0)
			return true;
	return false;
}

/* People a firm is hiring now are posts it has open, as vacancies are:
 * "we are recruiting 65 people: 40 warehouse operatives, 12 forklift
 * drivers ...", "looking for 64 new colleagues" count jobs; firms and
 * backers it seeks are not people. */
static void hired_jobs(const struct xsent *s, struct xfig *f)
{
	if ((f->cls != XU_PEOPLE && f->cls != XU_COUNT &&
	     f->cls != XU_OTHER) || f->pct || f->multiple ||
	    f->scale[0] != '\0' || sought_firms(f) || !hired_at(s, f->t0))
		return;
	xu_set(f, s->t[f->tn].cyr || (f->tn + 1 < s->nt &&
				       s->t[f->tn + 1].cyr) ?
		  "рабочих мест" : "jobs", XU_COUNT);
}

/* "Net profit: RUB 610 million, against a loss of RUB 85 million a year
 * earlier", "прибыль 120 млн рублей против убытка в 30 млн": a loss
 * said as the profit's compared figure is that profit below zero. A
 * loss said alone ("The net loss was RUB 2.4 million") stays a loss. */
static void loss_of_profit(const struct xsent *s, struct xfig *f, int n)
{
	static const char *const loss[] = { "loss", "losses", "убыток",
		"убытка", "убытком", NULL }, *const profit[] = { "profit",
		"прибыль", "прибыли", NULL }, *const cmp[] = { "against",
		"versus", "vs", "after", "compared", "против", "после", NULL };
	int k, j = f[n].t0 - 1, w;

	j -= xtw_is(s, j, "of") || xtw_is(s, j, "в");
	/* the loss is the profit's compared figure only when said so:
	 * "against a loss", "после убытка"; another firm's loss beside a
	 * profit ("while its tenant posted a loss") stays a loss */
	w = j - 1 - (xtw_is(s, j - 1, "a") || xtw_is(s, j - 1, "net"));
	w -= xtw_is(s, w, "a");
	if (n < 1 || f[n].cls != XU_CUR || f[n - 1].cls != XU_CUR ||
	    f[n].v <= 0 || !xtw_isa(s, j, loss) || !xtw_isa(s, w, cmp))
		return;
	for (k = 0; k < f[n - 1].t0; k++)
		if (xtw_isa(s, k, profit)) {
			f[n].v = -f[n].v;
			return;
		}
}

void xr15b_spot(const struct xsent *s, const struct xdoc *d,
		struct xfig *f, int n, int k)
{
	int j;

	if (k == 2)
		range_money(s, d, f, n);
	else if (k == 1 && n > 0) {
		shared_bound(s, f, n);
		loss_of_profit(s, f, n);
	}
	for (j = n; j < n + k; j++)
		hired_jobs(s, &f[j]);
}

bool xr15b_own_count(const struct xsent *s, int i, const struct xfig *prev)
{
	const struct xunit *u;
	int n;

	double v;
	int k;

	for (k = 0; prev != NULL && k < prev->t0; k++)
		if (s->t[k].type == XT_NUM || xw_spelled(s, k, &v) > 0)
			prev = NULL; /* "Eleven, with 600 people, and ... 14" */
	if (prev != NULL && prev->tn < i && prev->unit[0] != '\0' &&
	    (prev->cls == XU_COUNT || prev->cls == XU_PEOPLE))
		return true; /* "трудятся 360 человек, в сезон — до пятисот" */
	return i >= 1 && s->t[i - 1].type == XT_WORD && s->t[i - 1].cyr &&
	       (u = xw_unit(s, i - 1, &n)) != NULL && n == 1 &&
	       (u->cls == XU_COUNT || u->cls == XU_PEOPLE); /* "человек
								* шестьсот" */
}

bool xr15b_pct_first(const struct xsent *s, int i, struct xfig *f)
{
	static const char *const pct[] = { "процентов", "процента", NULL };
	double v;

	if (i < 2 || xw_spelled(s, i, &v) <= 0 || !xtw_is(s, i - 1, "на") ||
	    !xtw_isa(s, i - 2, pct))
		return false;
	xu_set(f, "%", XU_PCT);
	if (f->q == GS_QUAL_NONE)
		f->q = GS_QUAL_ABOUT;
	return true;
}
