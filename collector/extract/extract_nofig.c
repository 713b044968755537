/*
** extract_nofig.c: numbers that look like counts but state no figure of
** a cluster. A text counts its own parts in headings ("H1 2023 in six
** bullets", "Q&A: five questions about the Kirov cluster", "Итоги года в
** пяти цифрах"); people and clusters have ages ("average age of staff
** is 42", "The Samara aerospace cluster at ten"); Russian says a year in
** words as a tens word and an ordinal ("к двадцать первому году", "в
** двадцать четвёртом — двадцать пятом годах"), whose tens word alone
** reads as 20; a correction denies a figure next to the right one
** ("RUB 47 bln, not RUB 74 bln"); an exchange rate is the price of a
** currency ("Курс евро — 96 рублей"); a tender's bid security is a
** term of the tender ("Bid security: 1% of the initial price"); a time
** of day is when a wire was filed ("10:42 MSK"); who attended a meeting
** is its quorum ("Present: 7 of 9 members").
*/
#include "../../common.h"

#include <string.h>

#include "extract_nofig12.h"
#include "extract_nofig.h"
#include "extract_ends.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

static bool stem_of(const char *w, const char *const *stems)
{
	for (; *stems != NULL; stems++)
		if (strncmp(w, *stems, strlen(*stems)) == 0)
			return true;
	return false;
}

/* The parts a text is made of, as its heading counts them. */
static bool text_part(const char *w)
{
	static const char *const parts[] = { "bullet", "question", "fact",
		"thing", "chart", "takeaway", "slide", "indicator", "вопрос",
		"факт", "тезис", "цифр", "слайд", "показател", NULL };

	return stem_of(w, parts);
}

/* "in six bullets", "five questions about", "things to know", "в пяти
 * цифрах", "10 фактов о", "Three things from October" opening it,
 * "всех трёх показателей" (all of those listed): the noun right after
 * the number. */
static bool text_parts(const struct xsent *s, const struct xfig *f, int e)
{
	static const char *const about[] = { "about", "on", "to", "о", "об",
		"про", NULL };
	static const char *const all[] = { "in", "в", "all", "все", "всех",
		"всем", "всеми", NULL };
	int k;

	if (f->tn + 1 >= s->nt || !text_part(s->t[f->tn + 1].w))
		return false;
	for (k = 0; all[k] != NULL; k++)
		if (is_w(s, f->t0 - 1, all[k]))
			return true;
	if (f->t0 == 0 && is_w(s, e, "from"))
		return true; /* opening a list, not "5,000 questions from" */
	for (k = 0; about[k] != NULL; k++)
		if (is_w(s, e, about[k]))
			return true;
	return false;
}

/* "average age of staff is 42", "средний возраст — 38", "the cluster at
 * ten:", "turns ten". */
static bool an_age(const struct xsent *s, const struct xfig *f, int e)
{
	int k;

	if (f->cls == XU_CUR || f->cls == XU_PCT || f->cls == XU_AREA ||
	    f->v >= 120 || f->t1 != f->tn + 1)
		return false; /* an age has no noun after it: not "the age of
			       * the cluster's 400 engineers" */
	for (k = f->t0 - 1; k >= 0 && k >= f->t0 - 8; k--)
		if (is_w(s, k, "age") || strncmp(s->t[k].w, "возраст",
						 strlen("возраст")) == 0)
			return true;
	if (is_w(s, f->t0 - 1, "turns") || is_w(s, f->t0 - 1, "turned"))
		return true;
	return is_w(s, f->t0 - 1, "at") && (e >= s->nt || s->t[e].type == XT_PUNCT);
}

/* A Russian tens word before an ordinal in the singular: "двадцать
 * первому", "двадцать четвёртом", "тридцать пятый". */
static bool year_in_words(const struct xsent *s, const struct xfig *f)
{
	static const char *const tens[] = { "двадцать", "тридцать", "сорок",
		"пятьдесят", "шестьдесят", "семьдесят", "восемьдесят",
		"девяносто", NULL };
	static const char *const ords[] = { "перв", "втор", "трет",
		"четверт", "пят", "шест", "седьм", "восьм", "девят", NULL };
	static const char *const ends[] = { "ом", "ому", "ого", "ой", "ый",
		"ий", "ая", "ое", "ую", "ем", "ему", "его", "ье", "ья", NULL };
	const char *w;
	size_t n, k;

	if (f->tn + 1 >= s->nt || s->t[f->tn].type != XT_WORD ||
	    !stem_of(s->t[f->tn].w, tens))
		return false;
	w = s->t[f->tn + 1].w;
	if (!stem_of(w, ords))
		return false;
	n = strlen(w);
	for (k = 0; ends[k] != NULL; k++)
		if (n > strlen(ends[k]) &&
		    strcmp(w + n - strlen(ends[k]), ends[k]) == 0)
			return true;
	return false;
}

/* A value denied next to the right one: "RUB 47 bln, not RUB 74 bln",
 * "47 млрд, а не 74", "instead of 74": the wrong figure of a
 * correction. */
static bool denied(const struct xsent *s, const struct xfig *f)
{
	int k = f->t0;

	return (is_w(s, k - 1, "not") && is_w(s, k - 2, ",")) ||
	       (is_w(s, k - 1, "не") && is_w(s, k - 2, "а")) ||
	       (is_w(s, k - 1, "of") && is_w(s, k - 2, "instead"));
}

/* The price of a currency: "Курс евро — 96 рублей", "при курсе 90
 * рублей за доллар", "the exchange rate of 92 roubles". */
static bool exchange_rate(const struct xsent *s, const struct xfig *f)
{
	int k;

	if (f->cls != XU_CUR)
		return false;
	for (k = f->t0 - 1; k >= 0 && k >= f->t0 - 4; k--)
		if (strncmp(s->t[k].w, "курс", strlen("курс")) == 0 ||
		    (is_w(s, k, "exchange") && is_w(s, k + 1, "rate")))
			return true;
	return false;
}

/* A term of a tender or contract said as a percent of its price: "Bid
 * security: 1% of the initial price", "обеспечение исполнения контракта
 * — 5%", "a 10% performance bond", "аванс 30%". A deposit asked of a
 * bidder, no figure of the cluster. */
static bool contract_term(const struct xsent *s, const struct xfig *f,
			  int e)
{
	static const char *const ws[] = { "security", "bond", "deposit",
		"advance", "обеспечени", "аванс", NULL };
	int k;

	if (!f->pct && f->cls != XU_PCT)
		return false;
	for (k = f->t0 - 1; k >= 0 && k >= f->t0 - 4; k--)
		if (stem_of(s->t[k].w, ws))
			return true;
	for (k = e; k < s->nt && k <= e + 1; k++)
		if (stem_of(s->t[k].w, ws) &&
		    strcmp(s->t[k].w, "securities") != 0)
			return true;
	return false;
}

/* Hours and minutes, "10:42", "14:37 MSK": a colon with no space on
 * either side between a number up to 23 and two digits up to 59. */
static bool hm_at(const struct xsent *s, int h)
{
	const struct xtok *a, *c, *m;

	if (h < 0 || h + 2 >= s->nt)
		return false;
	a = &s->t[h];
	c = &s->t[h + 1];
	m = &s->t[h + 2];
	return a->type == XT_NUM && a->plain && a->ndig <= 2 && a->v <= 23 &&
	       is_w(s, h + 1, ":") && !c->sp && !m->sp && m->type == XT_NUM &&
	       m->plain && m->ndig == 2 && m->v <= 59;
}

/* Who attended a meeting: "Present: 7 of 9 members; quorum reached",
 * "Присутствовали 6 из 8 членов совета, кворум имеется": a sentence
 * about a quorum or opening with who was present counts no figure. */
static bool attendance(const struct xsent *s)
{
	static const char *const first[] = { "присутствовали",
		"присутствовало", "присутствуют", NULL };
	static const char *const quorum[] = { "quorum", "кворум", NULL };
	int k;

	for (k = 0; k < s->nt; k++)
		if (stem_of(s->t[k].w, quorum))
			return true;
	if ((is_w(s, 0, "present") || is_w(s, 0, "attendance")) &&
	    is_w(s, 1, ":"))
		return true; /* not "Present in 12 regions, ..." */
	for (k = 0; first[k] != NULL; k++)
		if (is_w(s, 0, first[k]) || is_w(s, 1, first[k]))
			return true; /* "На заседании присутствуют" too */
	return false;
}

/* A time of day: the hour or the minutes of "10:42". */
static bool clock_time(const struct xsent *s, const struct xfig *f)
{
	return hm_at(s, f->tn) || hm_at(s, f->tn - 2);
}

/* A year in words read as thousands: "с две тысячи двадцатого", "в две
 * тысячи девятнадцатом" (2 тыс. and an ordinal for a unit), "две тысячи
 * двадцать третьего" (2020 and an ordinal). */
static bool thousand_year(const struct xfig *f)
{
	static const char *const ords[] = { "двадцат", "девятнадцат",
		"перв", "втор", "трет", "четверт", "пят", "шест", "седьм",
		"восьм", "девят", NULL };
	static const char *const ends[] = { "ого", "ом", "ому", "ый", "ой",
		NULL };
	if (!((f->v == 2 && strcmp(f->scale, "тыс.") == 0) ||
	      (f->v >= 2000 && f->v < 2100 && f->scale[0] == '\0')) ||
	    !stem_of(f->unit, ords))
		return false;
	return xends_in(f->unit, ends, 0);
}

/* The sizes of the plots a park offers, given as a range ("plots from
 * 1 to 12 ha", "участки от 0,5 до 6 га"): how land is cut, not how
 * much of it there is. */
static bool plot_sizes(const struct xsent *s, const struct xfig *f)
{
	static const char *const plots[] = { "plot", "участк", "lots",
		NULL };
	static const char *const range[] = { "from", "от", "of", "to", "до",
		"-", "–", NULL };
	bool ranged = f->pair == XP_LOW || f->pair == XP_HIGH;
	int k;

	if (f->cls != XU_AREA)
		return false;
	for (k = f->tn - 1; k >= 0 && k >= f->tn - 6; k--) {
		if (stem_of(s->t[k].w, plots))
			return ranged;
		ranged = ranged || stem_of(s->t[k].w, range);
	}
	return false; /* the high end read again alone: "до 6 га" */
}

/* How far the park lies from somewhere ("Distance to Khrabrovo airport:
 * 4 km", "Расстояние до Йошкар-Олы: 90 км, до трассы М-7: 30 км"): where
 * it is, not how much it has. */
static bool distance(const struct xsent *s, const struct xfig *f)
{
	static const char *const ws[] = { "distance", "расстояни",
		"удаленност", NULL };
	int k;

	if (strcmp(f->unit, "km") != 0 && strcmp(f->unit, "км") != 0)
		return false;
	for (k = f->t0 - 1; k >= 0 && k >= f->t0 - 30; k--)
		if (stem_of(s->t[k].w, ws))
			return true; /* also a list after it: "...: 4 km; to
				      * the airport: 9 km" */
	return false;
}

/* A voltage ("подстанция 110/10 кВ", "a 110 kV line") names a class of
 * equipment, not how much of it: the rating after it (MVA, MW) is the
 * figure. */
static bool voltage(const struct xfig *f)
{
	static const char *const kv[] = { "kV", "kv", "KV", "кВ", "кв" };
	size_t k;

	for (k = 0; k < GS_ARRAY_LEN(kv); k++)
		if (strcmp(f->unit, kv[k]) == 0)
			return true;
	return false;
}

bool xnofig(const struct xsent *s, const struct xfig *f, int e)
{
	return clock_time(s, f) || attendance(s) || text_parts(s, f, e) ||
	       an_age(s, f, e) || year_in_words(s, f) || denied(s, f) ||
	       exchange_rate(s, f) || contract_term(s, f, e) || voltage(f) ||
	       thousand_year(f) || plot_sizes(s, f) || distance(s, f) ||
	       xnofig12(s, f, e);
}
