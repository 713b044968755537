/*
** extract_topic.c: the period a text is about, for figures that state
** none (issue 16, fifth round).
**
** Results are often dated once and implied afterwards: "Технопарк подвёл
** итоги 2022 года: выручка ... 7,4 млрд руб., число резидентов достигло
** 62. Доля ... превысила 70%" is all 2022, though the date line says
** 21.06.2023; "За январь–сентябрь 2021 года ... . Инвестиции за этот
** период ..." is January to September. The date line tells when the text
** was written, the last period the text stated tells what its figures
** are about. So an undated figure in a past sentence (or a sentence with
** no verb: "Доля кластера — 62%", "Это в 1,3 раза больше") takes the
** last past period stated before it, in an earlier clause of its own
** sentence or in an earlier sentence, before the date line. A figure in
** the present ("The companies employ 12,000 people") or the future keeps
** the date line's date or the horizon.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"
#include "extract_ends.h"
#include "extract_fiscal.h"

/* Is m the date something was founded ("создана в 2020 году", "opened
 * in 2009")? That dates the founding, not what the text reports. */
static bool founding(const struct xsent *s, const struct xtime *m)
{
	static const char *const ws[] = { "created", "founded", "established",
		"opened", "создан", "создана", "создано", "основан", "основана",
		"открыт", "открыта", "открыто", NULL };
	int i;

	for (i = m->t0 - 1; i >= 0 && i >= m->t0 - 3; i--)
		if (xt_wa(s, i, ws))
			return true;
	return false;
}

/* A period the text states as what it reports on: a point or range,
 * outside brackets and relative clauses, not counted back ("a year
 * earlier"), not a year inside a name, and over by the text's date. */
/* Is m a part of the months a bulletin's heading names ("В III квартале
 * отгружено на 2,5 млрд руб." under "в январе–сентябре 2025 года", "The
 * third quarter alone accounted for ..." under "January-September
 * 2025")? Its figure's own; the sentences after it are the heading's
 * (round twelve: oh16 dankov, dev12b neftegorsk). */
static bool part_of_heading(const struct xdoc *d, const struct xtime *m)
{
	const struct xtime *h = xreport_topic(d);
	int32_t a0, a1, b0, b1;

	if (h == NULL || h->role != XR_RANGE || h->p.m0 == 0 || m->p.m0 == 0)
		return false;
	a0 = h->p.y0 * 100 + h->p.m0;
	a1 = h->p.y1 * 100 + h->p.m1;
	b0 = m->p.y0 * 100 + m->p.m0;
	b1 = m->p.y1 * 100 + (m->p.m1 ? m->p.m1 : m->p.m0);
	return a0 <= b0 && b1 <= a1 && (a0 != b0 || a1 != b1);
}

static bool topical(const struct xdoc *d, const struct xsent *s,
		    const struct xtime *m)
{
	if ((m->role != XR_POINT && m->role != XR_RANGE) || m->prev ||
	    m->a1 > 0 || s->t[m->t0].paren > 0 || m->p.y0 == 0)
		return false;
	if ((m->role == XR_POINT && m->p.m0 != 0) || founding(s, m))
		return false; /* "registered in March 2023": an event's date */
	if (part_of_heading(d, m))
		return false;
	return d->ay > 0 && m->p.y1 <= d->ay;
}

/* Does s open with the year it is about, as its subject ("2023 was the
 * year the cluster grew up", "2023 год стал для кластера рекордным")?
 * Without a figure it still names what the text reports on. */
static bool year_subject(const struct xsent *s, const struct xtime *m)
{
	return m->t0 == 0 && m->role == XR_POINT && m->p.m0 == 0 &&
	       m->p.y0 == m->p.y1 && xcue_past(s);
}

/* A short line without figures that names a past year, as a minutes'
 * item does ("Item 1. Performance in 2023.", "1. Об итогах 2024 года.":
 * round twelve, oh15 galich, oh16 kimovsk): it heads the item. */
static bool item_head(const struct xsent *s, const struct xtime *m)
{
	int k;

	if (s->len > 60 || m->role != XR_POINT || m->p.m0 != 0)
		return false;
	for (k = 0; k < s->nt; k++)
		if (s->t[k].type == XT_NUM && (k < m->t0 || k >= m->t1) &&
		    !(k == 1 && xt_w(s, 2, ".")) && !(k == 0 && xt_w(s, 1, ".")))
			return false; /* a number, not the item's own */
	return true;
}

const struct xtime *xtopic_of(const struct xdoc *d, const struct xsent *s,
			      const struct xtime *m, int nf)
{
	if (m == NULL || (nf == 0 && !year_subject(s, m) &&
			  !item_head(s, m)) ||
	    xsent_dateline(s) || xcue_future(s) || xsent_datelead(s, m))
		return NULL;
	return topical(d, s, m) ? m : NULL;
}

static bool based(const struct xsent *s);

/* Does f open an interview's answer ("A: About 53 billion roubles, ...",
 * "— Порядка 6 млрд рублей")? An answer that short has no verb of its
 * own: it is said in the period the conversation is about. */
static bool answer(const struct xsent *s, const struct xfig *f)
{
	if (f->t0 == 1)
		return xt_dash(s, 0);
	return f->t0 == 2 && xt_w(s, 0, "a") && xt_w(s, 1, ":");
}

/* Is f's sentence one that inherits the topic: not about the future or
 * the present, and in the past tense, or without a verb where f is a
 * change ("Это в 1,3 раза больше") or follows a dash ("Доля — 62%")? */
/* A short passive participle of the past ("освоено", "вложено",
 * "выделено", "создано"): what an audit found done, in its period
 * (round ten, dev11a and dev11b). Only for the topic: "занято 38
 * тысяч" of area is a state, and a stock takes no topic anyway. */
static bool done_passive(const struct xsent *s)
{
	static const char *const ends[] = { "ено", "ано", "ято", NULL };
	int i;

	for (i = 0; i < s->nt; i++)
		if (s->t[i].cyr && xends_in(s->t[i].w, ends, 5))
			return true;
	return false;
}

/* Does a label's colon stand right before f, maybe with its currency
 * ("- Revenue: RUB 3.1 billion", "Output of MDF board: 118,000 cubic
 * metres")? A verbless line, as "Отгрузка — 1,27 млрд ₽" is (round
 * fourteen). */
static bool label_colon(const struct xsent *s, const struct xfig *f)
{
	static const char *const cur[] = { "rub", "usd", "eur", "$", "€",
		"₽", NULL };
	int k = f->t0 - 1;

	if (xt_wa(s, k, cur))
		k--;
	return k >= 1 && xt_w(s, k, ":") && s->t[k - 1].type == XT_WORD;
}

static bool inherits(const struct xsent *s, const struct xfig *f,
		     bool future, bool present)
{
	if (future)
		return false;
	if (xsaid_reckoned(s, f))
		return true; /* "is estimated at", present in form only */
	if (present)
		return false;
	return xcue_past(s) || done_passive(s) || xt_dash(s, f->t0 - 1) ||
	       answer(s, f) ||
	       ((f->multiple || (f->pct && !f->share)) && based(s));
}

/* Does s state what a change is measured against ("чем в 2022-м", "year
 * on year")? "2.4 times the regional average" compares, it is no change
 * over time. */
static bool based(const struct xsent *s)
{
	int k;

	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].role == XR_BASE || s->tm[k].role == XR_SAME)
			return true;
	return false;
}

/* A stock (companies, people, area) is counted on the text's date, not
 * over the period it reports on: "The companies employ 12,000 people";
 * an average over the period is not ("Среднесписочная численность
 * работников составила 18,4 тыс. человек", "the average headcount"). */
bool xtopic_average(const struct xsent *s, const struct xfig *f)
{
	static const char *const avg[] = { "average", "среднесписочная",
		"среднесписочной", "средняя", "средней", "среднемесячная",
		"среднемесячной", NULL };
	int i;

	for (i = 0; i < f->t0; i++)
		if (xt_wa(s, i, avg))
			return true;
	return false;
}

/* A state read on a day rather than a sum over months: how full a park
 * is and what its space rents for ("Occupancy of production space: 96%",
 * "Загрузка площадки: ~45%", "Lease rates: RUB 720-780 per sq m a
 * month"; round ten: old_holdout12, dev10b, dev11a, old_holdout10),
 * said without a verb in the past: a year another line of the list
 * names does not reach it. */
static bool state(const struct xsent *s, const struct xfig *f)
{
	static const char *const ws[] = { "occupancy", "occupied", "vacant",
		"vacancy", "загрузка", "заполняемость", "rent", "rents",
		"lease", "аренды", "аренда", "арендная", "ставки", "ставка",
		"свободные", "свободных", NULL };
	int k;

	/* "The share of occupied land rose to 61%" in a year's report is
	 * that year's end */
	if (((!f->pct || f->multiple) && f->cls != XU_CUR) || xcue_past(s))
		return false;
	for (k = 0; k < f->t0 && k < s->nt; k++)
		if (xt_wa(s, k, ws))
			return true;
	return false;
}

static bool stock(const struct xsent *s, const struct xfig *f)
{
	return ((f->cls == XU_COUNT || f->cls == XU_PEOPLE ||
		 f->cls == XU_AREA) && !xtopic_average(s, f)) ||
	       state(s, f);
}

/* Does a figure come before m in its clause ("compared with 58 in
 * 2020")? Then m is that figure's date; "в прошлом году отгрузил на 1,2
 * трлн рублей, а инвестиции превысили 90 млрд" dates both. */
static bool clause_figure(const struct xsent *s, const struct xtime *m)
{
	int i;

	for (i = 0; i < m->t0; i++)
		if (s->t[i].clause == s->t[m->t0].clause &&
		    s->t[i].type == XT_NUM && !(s->t[i].flags & XF_TIME))
			return true;
	return false;
}

/* The topic stated in an earlier clause of f's own sentence ("подвёл
 * итоги 2022 года: выручка составила ..."), when f's clause states no
 * date: the last such date before f. */
static const struct xtime *clause_topic(const struct xdoc *d,
					const struct xsent *s,
					const struct xfig *f)
{
	const struct xtime *t = NULL;
	int k, cl = s->t[f->tn].clause;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (s->t[m->t0].clause == cl && s->t[m->t0].paren == 0)
			return NULL; /* its own clause has a date */
		if (m->t1 <= f->t0 && s->t[m->t0].clause < cl &&
		    !xsent_datelead(s, m) && topical(d, s, m) &&
		    !clause_figure(s, m))
			t = m;
	}
	return t;
}

/* "- Revenue: RUB 2.84 bn" in a list under a whole year's results
 * ("SibPolymer Seversk reports full-year 2023 results"): a label line
 * states that year's figure without a verb (round nine). A quarter's
 * topic does not reach it: bank notes' bullets each have their own.
 * The months of the year so far do ("today reports results for the
 * first half of the year" over "- Revenue: RUB 3.1 billion": round
 * fourteen, the study's widest class). */
static bool year_item(const struct xsent *s, const struct xfig *f,
		      const struct xtime *topic, bool future)
{
	/* or a fiscal year's ("results for FY2024/25", round ten) */
	if (future || !label_colon(s, f) || topic == NULL)
		return false;
	if ((topic->role == XR_POINT || topic->role == XR_RANGE) &&
	    topic->p.m0 == 1 && topic->p.m1 > 1 && topic->p.m1 < 12 &&
	    topic->p.y0 == topic->p.y1)
		return true; /* "Average headcount: 1,214" under "January-June
			      * 2025" as well as in a list */
	return s->item && ((topic->role == XR_POINT && topic->p.m0 == 0 &&
			    topic->p.y0 == topic->p.y1) ||
			   xfiscal_year(&topic->p));
}

const struct xtime *xtopic_take(const struct xdoc *d, const struct xsent *s,
				const struct xfig *f, const struct xtime *topic,
				bool future, bool present)
{
	const struct xtime *t;

	if (!inherits(s, f, future, present) &&
	    !year_item(s, f, topic, future))
		return NULL;
	if ((t = clause_topic(d, s, f)) != NULL)
		return t;
	return stock(s, f) ? NULL : topic;
}

/* Does the text give a series of years ending in year y ("2021 - 48;
 * 2022 - 55; 2023 - 61", "2020 — 4,1; 2021 — 5,6; 2022 — 7,9"): three
 * years or more in one sentence, the latest y? */
static bool year_series(const struct xdoc *d, int y)
{
	int i, k, n, last;

	for (i = 0; i < d->ns; i++) {
		const struct xsent *s = &d->s[i];

		for (k = n = last = 0; k < s->ntm; k++)
			if (s->tm[k].role == XR_POINT && s->tm[k].p.m0 == 0) {
				n++;
				last = s->tm[k].p.y1 > last ? s->tm[k].p.y1 : last;
			}
		if (n >= 3 && last == y)
			return true;
	}
	return false;
}

/* "Revenue grew 1.6 times over two years", "За два года инвестиции
 * выросли вдвое" after a series of years that runs to 2023 in a text
 * whose date line says 2024: the years counted are the series', ending
 * at the topic's year, not the date line's. m, or in *buf the range of the n years up to the topic's. */
const struct xtime *xtopic_years(const struct xdoc *d,
				 const struct xtime *topic,
				 const struct xtime *m, struct xtime *buf)
{
	if (m != NULL && m->role == XR_PAST && topic != NULL &&
	    topic->role == XR_RANGE && topic->p.m0 == 0 &&
	    topic->p.y1 - topic->p.y0 + 1 == m->n && topic->p.y1 < d->ay)
		return topic; /* "за три года" of a report on 2022-2024 */
	if (m == NULL || m->role != XR_PAST || !m->bare || m->n <= 0 ||
	    topic == NULL || topic->role != XR_POINT || topic->p.m0 != 0 ||
	    topic->p.y1 >= d->ay || !year_series(d, topic->p.y1))
		return m;
	*buf = *m;
	buf->role = XR_RANGE;
	buf->p = xt_per(topic->p.y1 - m->n, 0, 0, topic->p.y1, 0, 0);
	return buf;
}

/* What stands on a day rather than accrues over months: area, and
 * companies, parks and the people who work there; not packages made or
 * jobs created. */
bool xtopic_standing(const struct xfig *f)
{
	static const char *const ws[] = { "compan", "resident", "park",
		"people", "person", "employ", "worker", "компан", "резидент",
		"парк", "человек", "сотрудник", "работник", NULL };
	int k;

	if (f->cls == XU_AREA)
		return true;
	if (f->cls != XU_COUNT && f->cls != XU_PEOPLE && f->cls != XU_OTHER)
		return false;
	for (k = 0; ws[k] != NULL; k++)
		if (strstr(f->unit, ws[k]) != NULL)
			return true;
	return false;
}

/* A list under "the results for January–June:" counts its stocks on the
 * text's date ("• 23 parks operate", "- occupied land: 62 hectares"), its
 * flows and new ones over the months ("• new jobs: about 1,100"). */
bool xtopic_stock_item(const struct xsent *s, const struct xfig *f,
		       const struct xtime *lead)
{
	return s->item && lead->role == XR_RANGE && lead->p.m0 != 0 &&
	       xtopic_standing(f) && !f->multiple && !xcue_new_ones(s, f);
}

/* "22% less than in 2021, when shipments stood at RUB 17.1 bn", "в 2020
 * году, когда выручка составила 5 млрд": a figure in a clause of "when"
 * right after a year is that year's. The date, or NULL. */
const struct xtime *xtopic_when(const struct xsent *s, const struct xfig *f)
{
	const struct xtime *w = NULL;
	int k;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->t0 >= f->t0)
			break;
		w = xt_w(s, m->t1, ",") && (xt_w(s, m->t1 + 1, "when") ||
					    xt_w(s, m->t1 + 1, "когда")) &&
		    m->p.y0 > 0 ? m : NULL;
	}
	return w;
}
