/*
** extract_span.c: date expressions that relate a figure to another time:
** "since 2022", "since its creation in 2005", "by 2030", "until 2039",
** "compared to 2010", "compared to the same period last year", "up 18
** percent from the previous year", "превышает показатель 2022 года",
** "over the past 15 years", "over the next few years", "three years
** earlier". The plain dates are in extract_time.c.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"

static int p_since(const struct xsent *s, int i, struct xtime *m)
{
	static const char *const part[] = { "i", "ii", "iii", "iv", "h1",
		"h2", "q1", "q2", "q3", "q4", NULL };
	int y, j = i, mo = 0;

	if (xt_w(s, i, "since") || xt_w(s, i, "с"))
		j++;
	else if ((xt_w(s, i, "beginning") || xt_w(s, i, "starting")) &&
		 (xt_w(s, i + 1, "in") || xt_w(s, i + 1, "from")))
		j += 2;
	else if (xt_w(s, i, "начиная") && xt_w(s, i + 1, "с"))
		j += 2;
	else
		return 0;
	if ((mo = xt_month(s, j)) > 0)
		j++;
	if (!xt_year(s, j, &y))
		return 0;
	j += 1 + xt_year_tail(s, j + 1);
	if ((xt_w(s, j, "по") || xt_w(s, j, "to")) &&
	    (xt_year(s, j + 1, &mo) || xt_wa(s, j + 1, part) ||
	     xt_w(s, j + 1, "конец") || xt_w(s, j + 2, "end")))
		return 0; /* "с 2018 по 2022 год", "с 2017 г. по I
			   * полугодие 2024 г.", "с 2019 года по конец
			   * прошлого года" are ranges */
	m->role = XR_SINCE;
	m->p = xt_per(y, mo, 0, y, mo, 0);
	return j - i;
}

static int p_by(const struct xsent *s, int i, const struct xdoc *d,
		struct xtime *m)
{
	int y, off, k, j = i;

	if (xt_w(s, i, "by") || xt_w(s, i, "until") || xt_w(s, i, "till") ||
	    xt_w(s, i, "through") || xt_w(s, i, "к") || xt_w(s, i, "до") ||
	    (xt_w(s, i, "before") && xt_w(s, i + 1, "the") &&
	     xt_w(s, i + 2, "end")))
		j++;
	else
		return 0;
	if (xt_w(s, j, "the") && (xt_w(s, j + 1, "end") || xt_w(s, j + 1, "year")))
		j++;
	if ((xt_w(s, j, "end") && xt_w(s, j + 1, "of")) ||
	    (xt_w(s, j, "year") && !xt_w(s, j + 1, "of")))
		j += xt_w(s, j, "end") ? 2 : 1;
	if (xt_w(s, j, "концу") || xt_w(s, j, "конца"))
		j++;
	if (xt_w(s, j, "the") && xt_w(s, j + 1, "year"))
		j += 2;
	if (xt_year(s, j, &y)) {
		j += 1 + xt_year_tail(s, j + 1);
	} else if ((y = xpw_year_word(s, j)) > 0) {
		j++; /* "by end-2025" */
	} else if ((k = xt_rel_year(s, j, &off)) > 0 && j > i + 1) {
		y = d->ay ? d->ay + off : 0;
		j += k;
	} else {
		return 0;
	}
	m->role = XR_BY;
	m->p = xt_per(y, 0, 0, y, 0, 0);
	return j - i;
}

/* "the same period last year", "the same period of 2022", "аналогичным
 * периодом прошлого года": the tokens, the year in *y (0: a year before). */
static int same_period(const struct xsent *s, int i, const struct xdoc *d,
		       int *y)
{
	static const char *const same[] = { "same", "аналогичным",
		"аналогичному", "аналогичного", "аналогичный", "аналогичном",
		"же", "соответствующему", "соответствующего",
		"соответствующим", "соответствующий", "соответствующем", NULL };
	static const char *const period[] = { "period", "periods", "months",
		"time", "периодом", "периоду", "периода", "период", "периоде",
		NULL };
	int j = i, off, k;

	*y = 0;
	if (xt_w(s, j, "the") || xt_w(s, j, "тот") || xt_w(s, j, "тем") ||
	    xt_w(s, j, "того") || xt_w(s, j, "тому"))
		j++;
	if (!xt_wa(s, j, same) || !xt_wa(s, j + 1, period))
		return 0;
	j += 2;
	if (xt_w(s, j, "of") && xt_year(s, j + 1, y))
		return j + 2 + xt_year_tail(s, j + 2) - i;
	if (xt_w(s, j, "of"))
		j++;
	if (xt_year(s, j, y))
		return j + 1 + xt_year_tail(s, j + 1) - i;
	if ((k = xt_rel_year(s, j, &off)) > 0) {
		*y = off != -1 && d->ay ? d->ay + off : 0;
		return j + k - i;
	}
	return j - i;
}

/* "the previous year", "a year earlier", "годом ранее", "прошлым годом" */
static int year_before(const struct xsent *s, int i)
{
	static const char *const one[] = { "годом", "год", "предыдущему",
		"прошлому", "прошлым", "предыдущим", "прошлого", NULL };

	if ((xt_w(s, i, "the") || xt_w(s, i, "a")) &&
	    (xt_w(s, i + 1, "previous") || xt_w(s, i + 1, "prior")) &&
	    xt_w(s, i + 2, "year"))
		return 3;
	if (xt_w(s, i, "a") && xt_w(s, i + 1, "year") &&
	    (xt_w(s, i + 2, "earlier") || xt_w(s, i + 2, "ago") ||
	     xt_w(s, i + 2, "before")))
		return 3;
	if (xt_w(s, i, "last") && xt_w(s, i + 1, "year"))
		return 2;
	if (xt_w(s, i, "the") && xt_w(s, i + 1, "year") && xt_w(s, i + 2, "before"))
		return 3;
	if (xt_wa(s, i, one) && (xt_w(s, i + 1, "ранее") || xt_w(s, i + 1, "назад") ||
			      xt_w(s, i + 1, "году") || xt_w(s, i + 1, "годом") ||
			      xt_w(s, i + 1, "года")))
		return 2;
	return 0;
}

/* Right after a change ("up 12%", "2.8 times", "на 15%"), a bare year
 * after from/over/on is the base, not a since or a point. */
static bool after_change(const struct xsent *s, int i)
{
	return i > 0 && (xt_w(s, i - 1, "%") || xt_w(s, i - 1, "percent") ||
			 xt_w(s, i - 1, "times") || xt_w(s, i - 1, "раза") ||
			 xt_w(s, i - 1, "процентов") ||
			 xt_w(s, i - 1, "процента"));
}

/* A number within the three tokens before i: "against 240 (residents)
 * in the same period of 2020" states that period's own value. */
static bool value_before(const struct xsent *s, int i)
{
	int k;

	for (k = i - 1; k >= 0 && k >= i - 3; k--)
		if (s->t[k].type == XT_NUM)
			return true;
	return false;
}

static int p_base(const struct xsent *s, int i, const struct xdoc *d,
		  struct xtime *m)
{
	int y, k, j = i;
	bool any = true; /* may a bare year follow? */

	m->role = XR_SAME;
	if (xt_w(s, i, "year-on-year") || xt_w(s, i, "y-o-y") || xt_w(s, i, "yoy"))
		return 1;
	if ((k = xpw_on_prior(s, i, &m->n)) > 0)
		return k; /* "q/q", "кв/кв", "г/г", "m/m" */
	if ((xt_w(s, i, "year") && xt_w(s, i + 1, "on") && xt_w(s, i + 2, "year")) ||
	    (xt_w(s, i, "год") && xt_w(s, i + 1, "к") && xt_w(s, i + 2, "году")))
		return 3;
	if (xt_w(s, i, "в") && xt_w(s, i + 1, "годовом") && xt_w(s, i + 2, "выражении"))
		return 3;
	if ((xt_w(s, i, "compared") || xt_w(s, i, "relative") ||
	     xt_w(s, i, "comparison")) && (xt_w(s, i + 1, "to") || xt_w(s, i + 1, "with")))
		j += 2;
	else if (xt_w(s, i, "than") && xt_w(s, i + 1, "in"))
		j += 2;
	else if (xt_w(s, i, "по") && xt_w(s, i + 1, "сравнению") && xt_w(s, i + 2, "с"))
		j += 3;
	else if (xt_w(s, i, "чем") && (xt_w(s, i + 1, "за") || xt_w(s, i + 1, "в")))
		j += 2;
	else if (xt_w(s, i, "against") || xt_w(s, i, "versus") || xt_w(s, i, "vs") ||
		 xt_w(s, i, "относительно") || xt_w(s, i, "than"))
		j += xt_w(s, i + 1, ".") ? 2 : 1;
	else if (xt_w(s, i, "from") || xt_w(s, i, "over") || xt_w(s, i, "on") ||
		 xt_w(s, i, "чем") || xt_w(s, i, "к"))
		j++, any = after_change(s, i); /* "up 12% from 2019" */
	else if ((xt_w(s, i, "in") || xt_w(s, i, "за") || xt_w(s, i, "в")) &&
		 same_period(s, i + 1, d, &y) > 0 && !value_before(s, i))
		j++; /* "1.3 times the amount paid in the same period of 2022" */
	else if (xt_w(s, i, "of") && xt_w(s, i - 1, "level") &&
		 same_period(s, i + 1, d, &y) > 0)
		j++; /* "108.9% of the level of the same months of 2023"
		      * (round twelve) */
	else
		return 0;
	if ((k = same_period(s, j, d, &y)) > 0 || (k = year_before(s, j)) > 0) {
		m->p = xper_year(y);
		if (y == 0)
			m->p.y0 = m->p.y1 = 0;
		return j + k - i;
	}
	if (xt_w(s, j, "the") && xt_w(s, j + 1, "level") && xt_w(s, j + 2, "of"))
		j += 3, any = true;
	if (xt_w(s, j, "уровню") || xt_w(s, j, "уровнем"))
		j++, any = true;
	if (!any || !xt_year(s, j, &y))
		return 0;
	m->role = XR_BASE;
	m->p = xper_year(y);
	return j + 1 + xt_year_tail(s, j + 1) - i;
}

/* Does a clause end at j (end of sentence, or a punctuation mark)? */
static bool clause_end(const struct xsent *s, int j)
{
	return j >= s->nt || (s->t[j].type == XT_PUNCT &&
			      strcmp(s->t[j].w, "(") != 0);
}

/* A verb right after "over five years": "investment over three years
 * reached ...". */
static bool verb_at(const struct xsent *s, int j)
{
	static const char *const vs[] = { "was", "were", "is", "are", "has",
		"have", "had", "rose", "grew", "fell", "came", "stood", "made",
		NULL };
	size_t n;

	if (j >= s->nt || s->t[j].type != XT_WORD || s->t[j].cap)
		return false;
	n = strlen(s->t[j].w);
	return xt_wa(s, j, vs) || (n >= 5 && strcmp(s->t[j].w + n - 2, "ed") == 0);
}

/* "N years ago", "три года назад": a point N years before the text's;
 * "N years earlier", "годом ранее": before the sentence's own date, which
 * xtime_parse puts in (m->prev). */
static int p_ago(const struct xsent *s, int i, const struct xdoc *d,
		 struct xtime *m)
{
	static const char *const back[] = { "earlier", "before", "ранее",
		"раньше", NULL };
	static const char *const years[] = { "years", "year", "лет", "года",
		"год", NULL };
	int n = 0, k, e;

	if (xt_w(s, i, "годом") && xt_wa(s, i + 1, back))
		n = 1, e = i + 1;
	else if (xt_w(s, i, "год") && xt_w(s, i + 1, "назад"))
		n = 1, e = i + 1; /* "Год назад их было 9" */
	else if (xt_w(s, i, "через") && xt_w(s, i + 1, "год"))
		n = -1, e = i + 1; /* "через год": a year after the text's */
	else if (xt_w(s, i, "через") && (k = xt_count(s, i + 1, &n)) > 0 &&
		 xt_wa(s, i + 1 + k, years))
		n = -n, e = i + 1 + k; /* "Через два года — двадцать
					* резидентов" (round twelve, oh15) */
	else if (xt_w(s, i, "the") && xt_w(s, i + 1, "year") &&
		 xt_w(s, i + 2, "before") && !xt_w(s, i + 3, "last"))
		n = 1, e = i + 2; /* "up from 29 million the year before"
				   * (round twelve, oh16) */
	else if (((k = xt_count(s, i, &n)) > 0 ||
		  ((xt_w(s, i, "a") || xt_w(s, i, "an")) && (k = n = 1))) &&
		 xt_wa(s, i + k, years) &&
		 (xt_w(s, i + k + 1, "ago") || xt_w(s, i + k + 1, "назад") ||
		  xt_wa(s, i + k + 1, back)))
		e = i + k + 1;
	else
		return 0;
	m->role = XR_POINT;
	m->p = xt_per(d->ay - n, 0, 0, d->ay - n, 0, 0);
	m->n = n > 0 ? n : 0; /* a count back; "через" counts on */
	m->prev = xt_wa(s, e, back);
	return d->ay ? e + 1 - i : 0;
}

/* "in the same year", "that year", "в том же году": the year the
 * sentence states (xtime_parse fills it in, as for "a year earlier"). */
static int p_same_year(const struct xsent *s, int i, const struct xdoc *d,
		       struct xtime *m)
{
	int k = 0;

	if (xt_w(s, i, "in") && xt_w(s, i + 1, "the") &&
	    xt_w(s, i + 2, "same") && xt_w(s, i + 3, "year"))
		k = 4;
	else if (xt_w(s, i, "in") && xt_w(s, i + 1, "that") &&
		 xt_w(s, i + 2, "year"))
		k = 3;
	else if (xt_w(s, i, "в") && xt_w(s, i + 1, "том") &&
		 xt_w(s, i + 2, "же") && xt_w(s, i + 3, "году"))
		k = 4;
	if (k == 0 || d->ay == 0)
		return 0;
	m->role = XR_POINT;
	m->p = xt_per(d->ay, 0, 0, d->ay, 0, 0);
	m->prev = true;
	return k;
}

/* Does a bare count of years at i (ending before j) name a period? "за
 * десять лет", "в течение пяти лет", "within three years", "over five
 * years" that ends a clause, opens one (maybe after a quotation mark),
 * comes before its verb or before
 * where a change went ("rose threefold over five years to ..."); not
 * "for 10 years" (a term). */
static bool bare_period(const struct xsent *s, int i, int j)
{
	return xt_w(s, j, "from") || xt_w(s, j, "с") || xt_w(s, i, "за") ||
	       xt_w(s, i, "within") || xt_w(s, i + 1, "течение") ||
	       (xt_w(s, i, "over") &&
		(clause_end(s, j) || i == 0 || verb_at(s, j) ||
		 (i == 1 && s->t[0].type == XT_PUNCT) ||
		 xt_w(s, j, "to")));
}

/* "over the past 15 years", "за последние пять лет", "over the next few
 * years"; a bare "over five years" (see bare_period), which in a sentence
 * about the future is the next five. */
static int p_past(const struct xsent *s, int i, const struct xdoc *d,
		  struct xtime *m)
{
	int n = 0, k, j = i;
	bool past = false, next = false;

	if (xt_w(s, i, "over") || xt_w(s, i, "in") || xt_w(s, i, "during") ||
	    xt_w(s, i, "for") || xt_w(s, i, "within") || xt_w(s, i, "за") ||
	    xt_w(s, i, "в"))
		j++;
	else
		return p_ago(s, i, d, m);
	if (xt_w(s, i, "в") && xt_w(s, j, "течение"))
		j++;
	if (xt_w(s, j, "the"))
		j++;
	if (xt_w(s, j, "past") || xt_w(s, j, "last") || xt_w(s, j, "previous") ||
	    xt_w(s, j, "последние") || xt_w(s, j, "прошедшие") ||
	    xt_w(s, j, "последнее") || xt_w(s, j, "прошедшее"))
		past = true;
	else if (xt_w(s, j, "next") || xt_w(s, j, "coming") ||
		 xt_w(s, j, "ближайшие") || xt_w(s, j, "следующие"))
		next = true;
	if (past || next)
		j++;
	if ((next || past) && (xt_w(s, j, "few") || xt_w(s, j, "several") ||
			       xt_w(s, j, "несколько"))) {
		j++;
		n = 0;
	} else if ((k = xt_count(s, j, &n)) > 0) {
		j += k;
	} else if (xt_w(s, j, "decade") || xt_w(s, j, "десятилетие")) {
		n = 10;
		m->role = next ? XR_NEXT : XR_PAST;
		m->n = n;
		return past || next ? j + 1 - i : 0;
	} else if (!(next && (xt_w(s, j, "years") || xt_w(s, j, "годы")))) {
		return 0;
	}
	if (!(xt_w(s, j, "years") || xt_w(s, j, "лет") || xt_w(s, j, "года") ||
	      xt_w(s, j, "годы")))
		return 0;
	j++;
	m->bare = !past && !next;
	if (m->bare && !bare_period(s, i, j))
		return 0;
	m->role = next || (m->bare && xcue_future(s)) ? XR_NEXT : XR_PAST;
	m->n = n;
	return j - i;
}

/* "since it opened", "since the cluster was founded", "since the current
 * regime of the zone took effect": the verb of the start within the seven
 * words after "since"; its index, or -1. */
static int founded_verb(const struct xsent *s, int j)
{
	static const char *const verbs[] = { "opened", "founded", "created",
		"launched", "established", "started", "began", "set", "took",
		"came", NULL };
	int k;

	for (k = j; k < j + 7 && k < s->nt && s->t[k].type == XT_WORD; k++)
		if (xt_wa(s, k, verbs))
			return k;
	return -1;
}

/* "since its creation in 2005", "since it opened in 2006", "с момента
 * создания ОЭЗ в 2005 году" */
static int p_founded(const struct xsent *s, int i, struct xtime *m)
{
	static const char *const ev[] = { "creation", "founding",
		"foundation", "launch", "opening", "establishment", "inception",
		"создания", "основания", "запуска", "открытия", NULL };
	int j = i + 1, y, end;

	if (xt_w(s, i, "с") && xt_w(s, i + 1, "момента"))
		j = i + 2;
	else if (!xt_w(s, i, "since"))
		return 0;
	if (xt_w(s, i, "since") && founded_verb(s, j) >= 0)
		j = founded_verb(s, j);
	else if (xt_w(s, j, "its") || xt_w(s, j, "the") || xt_w(s, j, "their"))
		j++;
	if (!xt_wa(s, j, ev) && founded_verb(s, j) != j)
		return 0;
	for (end = j + 5; j < end && j < s->nt; j++)
		if ((xt_w(s, j, "in") || xt_w(s, j, "в")) && xt_year(s, j + 1, &y)) {
			m->role = XR_SINCE;
			m->p = xt_per(y, 0, 0, y, 0, 0);
			return j + 2 + xt_year_tail(s, j + 2) - i;
		}
	return 0;
}

/* "превышает показатель 2022 года", "above the 2022 level": a base. */
static int p_level(const struct xsent *s, int i, const struct xdoc *d,
		   struct xtime *m)
{
	int y, k;

	if ((xt_w(s, i, "показатель") || xt_w(s, i, "показателя") ||
	     xt_w(s, i, "уровень") || xt_w(s, i, "уровня")) &&
	    (k = same_period(s, i + 1, d, &y)) > 0) {
		/* "выше показателя аналогичного периода прошлого года" */
		m->role = XR_SAME;
		m->p = xper_year(y);
		if (y == 0)
			m->p.y0 = m->p.y1 = 0;
		return 1 + k;
	}

	if ((xt_w(s, i, "показатель") || xt_w(s, i, "показателя") ||
	     xt_w(s, i, "уровень") || xt_w(s, i, "уровня")) && xt_year(s, i + 1, &y)) {
		m->role = XR_BASE;
		m->p = xt_per(y, 0, 0, y, 0, 0);
		return 2 + xt_year_tail(s, i + 2);
	}
	if (xt_w(s, i, "the") && xt_year(s, i + 1, &y) &&
	    (xt_w(s, i + 2, "level") || xt_w(s, i + 2, "figure") ||
	     xt_w(s, i + 2, "levels") ||
	     /* "1.3x the 2023 crop", "twice the 2022 total": any noun
	      * after a multiple (round twelve, oh15) */
	     ((xt_w(s, i - 1, "x") || xt_w(s, i - 1, "times") ||
	       xt_w(s, i - 1, "twice")) && s->t[i + 2].type == XT_WORD))) {
		m->role = XR_BASE;
		m->p = xt_per(y, 0, 0, y, 0, 0);
		return 3;
	}
	return 0;
}

int xtime_relation(const struct xsent *s, int i, const struct xdoc *d,
		   struct xtime *m)
{
	int k;

	if ((k = p_founded(s, i, m)) || (k = p_level(s, i, d, m)) ||
	    (k = p_same_year(s, i, d, m)) || (k = p_past(s, i, d, m)) || (k = p_base(s, i, d, m)) ||
	    (k = p_since(s, i, m)) || (k = p_by(s, i, d, m)))
		return k;
	return 0;
}
