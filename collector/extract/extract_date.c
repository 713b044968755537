/*
** extract_date.c: the dates of a whole document: the date expressions of
** each sentence (patterns in extract_time.c and extract_span.c) and how
** they combine, the date the document speaks from (its as-of date) and
** the year it looks ahead to (its horizon).
**
** Before the patterns run, numbers in names are marked (XF_NAME): glued to
** a word ("COVID-19"), after "No." or "№" and the numbers listed with it
** ("routes No. 3 and 27"), after a word that numbers things ("type 2",
** "Priority 2030"). After them, "over the five years from 2020 to 2024" is
** one range, "began in 2022 ... completed in October" is one range, and a
** date inside a relative clause (", which opened in 2016,") is kept to it.
**
** The as-of date, in order: --as-of; a line near the top that is only a
** date ("May 13, 2025", "13 мая 2025 г.", "2025-05-13"); the first full
** date in the first 2000 bytes, or a day and month there ("October 7")
** with the latest year the text states as past or present; else today.
**
** The horizon is the latest year of a "by 2030" (or of a range or "next N
** years" in a sentence about the future) after the as-of year; undated
** targets ("the facility will cover 14,500 square meters") are placed
** there, the year the document plans for.
*/
#include "../../common.h"

#include <stdlib.h>
#include <string.h>

#include "extract_int.h"
#include "extract_tagyear.h"
#include "../../series/parse.h"
#include "extract_fiscal.h"
#include "extract_pubday.h"
#include "extract_caseno.h"
#include "extract_latest.h"

/* ---- a sentence ---- */

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

/* "number" at p as a verb: "residents now number 215", "the companies
 * number 40" (after "now" or a plural noun), not "bus number 5". */
static bool number_verb(const struct xsent *s, int p)
{
	size_t n;

	if (!is_w(s, p, "number") || p < 1)
		return false;
	if (is_w(s, p - 1, "now") || is_w(s, p - 1, "currently"))
		return true;
	n = strlen(s->t[p - 1].w);
	return s->t[p - 1].type == XT_WORD && !s->t[p - 1].cap && n > 3 &&
	       s->t[p - 1].w[n - 1] == 's' && s->t[p - 1].w[n - 2] != 's';
}

/* Numbers that name things: "PC-137", "No. 5557", "routes No. 3 and 27",
 * "type 2", "Priority 2030". */
static void mark_names(struct xsent *s)
{
	int i, j, p;

	for (i = 0; i < s->nt; i++) {
		struct xtok *t = &s->t[i];
		bool name = false;

		if (t->type != XT_NUM || (t->flags & XF_NAME))
			continue;
		p = i - 1;
		if (is_w(s, p, ".") && (is_w(s, p - 1, "no") ||
					is_w(s, p - 1, "nos")))
			name = true;
		else if (is_w(s, p, "№") || is_w(s, p, "#") ||
			 (is_w(s, p, "no") && s->t[p].cap))
			name = true;
		else if (p >= 0 && s->t[p].type == XT_WORD && t->plain &&
			 t->ndig <= 4 && xw_in(XL_NAMEPFX, s->t[p].w) &&
			 !is_w(s, i + 1, "of") && !number_verb(s, p))
			name = true;
		else if (xcaseno_year(s, i))
			name = true; /* "дело № А33-18452/2024" (round 14) */
		if (t->flags & XF_GLUED)
			name = true;
		if (!name)
			continue;
		t->flags |= XF_NAME;
		for (j = i + 1; j + 1 < s->nt && s->t[j + 1].type == XT_NUM &&
		     (is_w(s, j, "and") || is_w(s, j, ",") || is_w(s, j, "и") ||
		      is_w(s, j, "&") || is_w(s, j, "or")); j += 2)
			s->t[j + 1].flags |= XF_NAME;
	}
}

static void push(struct xsent *s, const struct xtime *m)
{
	s->tm = xrealloc(s->tm, (size_t)(s->ntm + 1) * sizeof(*s->tm));
	s->tm[s->ntm++] = *m;
}

static void drop(struct xsent *s, int k)
{
	memmove(&s->tm[k], &s->tm[k + 1],
		(size_t)(s->ntm - k - 1) * sizeof(*s->tm));
	s->ntm--;
}

/* Words that may open a sentence before its date: "For example, in 2024". */
static bool opener(const char *w)
{
	static const char *const ws[] = { "for", "example", "in",
		"particular", "thus", "also", "additionally", "addition",
		"however", "so", "and", "meanwhile", "moreover", "furthermore",
		"overall", "total", "at", "the", "same", "time", "on", "during",
		"over", "since", "так", "кроме", "того", "в", "частности",
		"например", "при", "этом", "также", "всего", "итого", "однако",
		"за", "на", "с", "к", "по", "и", NULL };
	const char *const *p;

	for (p = ws; *p; p++)
		if (strcmp(*p, w) == 0)
			return true;
	return false;
}

static bool fronted(const struct xsent *s, int t0)
{
	int i;

	for (i = 0; i < t0; i++)
		if (s->t[i].type != XT_PUNCT && !opener(s->t[i].w))
			return false;
	return true;
}

/* "began in 2022 and was completed in October": one range. */
static void merge_began(struct xsent *s)
{
	int a, b, i;

	for (a = 0; a < s->ntm; a++) {
		bool began = false, ended = false;

		if (s->tm[a].role != XR_POINT)
			continue;
		for (i = s->tm[a].t0 - 1; i >= 0 && i >= s->tm[a].t0 - 4; i--)
			began = began || xw_in(XL_BEGAN, s->t[i].w);
		for (b = a + 1; b < s->ntm && began; b++) {
			if (s->tm[b].role != XR_POINT)
				continue;
			for (i = s->tm[b].t0 - 1; i > s->tm[a].t1 &&
			     i >= s->tm[b].t0 - 4; i--)
				ended = ended || xw_in(XL_ENDED, s->t[i].w);
			if (!ended)
				continue;
			s->tm[a].role = XR_RANGE;
			s->tm[a].p.y1 = s->tm[b].p.y1;
			s->tm[a].p.m1 = s->tm[b].p.m1;
			s->tm[a].p.d1 = s->tm[b].p.d1;
			s->tm[a].t1 = s->tm[b].t1;
			drop(s, b);
			return;
		}
	}
}

/* A year written into a name: "PhystechBio-2015". */
static void name_years(struct xsent *s)
{
	int i;

	for (i = 0; i < s->nt; i++) {
		const char *h = strrchr(s->t[i].w, '-');
		struct xtime m;
		int y;

		if (s->t[i].type != XT_WORD || h == NULL || strlen(h) != 5 ||
		    !xdigit((unsigned char)h[1]) || !xdigit((unsigned char)h[4]) ||
		    (s->t[i].flags & XF_TIME))
			continue; /* not "end-2024", a time (round twelve) */
		y = (int)strtol(h + 1, NULL, 10);
		if (y < 1900 || y > 2100)
			continue;
		memset(&m, 0, sizeof(m));
		m.role = XR_NAMEYEAR;
		m.t0 = i;
		m.t1 = i + 1;
		m.p = xper_year(y);
		push(s, &m);
	}
}


/* "against 69 a year earlier": a year before the sentence's own date (the
 * nearest point or range before, else after), when it states one. */
static void counted_back(struct xsent *s)
{
	int k, j, best;

	for (k = 0; k < s->ntm; k++) {
		if (!s->tm[k].prev)
			continue;
		for (best = -1, j = 0; j < s->ntm; j++)
			if (j != k && !s->tm[j].prev && s->tm[j].p.y0 != 0 &&
			    (s->tm[j].role == XR_POINT ||
			     s->tm[j].role == XR_RANGE ||
			     (s->tm[j].role == XR_BY && s->tm[k].n == 0)) &&
			    (best < 0 || j < k))
				best = j;
		if (best >= 0) {
			s->tm[k].p = xper_shift(s->tm[best].role == XR_BY ?
				xper_year(s->tm[best].p.y1) : s->tm[best].p,
				-s->tm[k].n); /* "by 2026 ... in that year" */
			s->tm[k].prev = false; /* counted from its sentence */
		}
	}
}


void xtime_parse(struct xsent *s, const struct xdoc *d)
{
	struct xtime m;
	int i, j, k;

	for (i = 0; i < s->nt; i++)
		s->t[i].flags &= ~(unsigned)XF_TIME;
	free(s->tm);
	s->tm = NULL;
	s->ntm = 0;
	mark_names(s);
	for (i = 0; i < s->nt; i++) {
		if ((s->t[i].flags & XF_TIME) ||
		    (k = xtime_match(s, i, d, &m)) == 0)
			continue;
		m.t0 = i;
		m.t1 = i + k;
		for (j = i; j < i + k; j++)
			s->t[j].flags |= XF_TIME;
		push(s, &m);
		i += k - 1;
	}
	/* "over the five years from 2020 to 2024": the range says it */
	for (k = 0; k + 1 < s->ntm; k++)
		if (s->tm[k].role == XR_PAST && s->tm[k + 1].role == XR_RANGE &&
		    s->tm[k + 1].t0 <= s->tm[k].t1 + 1) {
			s->tm[k + 1].t0 = s->tm[k].t0;
			drop(s, k);
		}
	merge_began(s);
	xclause_than_base(s);
	xclause_since(s);
	counted_back(s);
	name_years(s);
	for (k = 0; k < s->ntm; k++)
		xclause_aside(s, &s->tm[k]);
	for (k = 0; k < s->ntm; k++)
		s->tm[k].fronted = s->tm[k].role != XR_NAMEYEAR &&
				   fronted(s, s->tm[k].t0);
}

/* ---- the document ---- */

/* The tokens of a place before a date line's comma ("Moscow, October
 * 2021.", "МОСКВА, 19 октября."): up to three capitalised words; the
 * index after the comma, or 0. */
static int place_lead(const struct xsent *s)
{
	int i;

	for (i = 0; i < s->nt && i < 4; i++) {
		if (is_w(s, i, ","))
			return i > 0 ? i + 1 : 0;
		if (s->t[i].type != XT_WORD || !s->t[i].cap ||
		    (s->t[i].flags & XF_TIME))
			return 0;
	}
	return 0;
}

/* Is s only a date, maybe after a place and with a weekday or a time
 * ("Moscow, 3 August 2022.", "Monday, May 12, 2025, 10:00")? */
static bool only_date(const struct xsent *s)
{
	int i;

	for (i = place_lead(s); i < s->nt; i++) {
		const struct xtok *t = &s->t[i];

		if (!(t->flags & XF_TIME) && t->type != XT_PUNCT &&
		    !xw_in(XL_WEEKDAY, t->w) && !(t->type == XT_NUM &&
						  is_w(s, i - 1, ":")) &&
		    !(t->type == XT_NUM && is_w(s, i + 1, ":")) &&
		    strcmp(t->w, "г") != 0)
			return false;
	}
	return true;
}

bool xsent_dateline(const struct xsent *s)
{
	int i;

	for (i = 0; i < s->ntm; i++)
		if (s->tm[i].role == XR_POINT && s->tm[i].p.m0 > 0)
			return only_date(s);
	return false;
}

bool xsent_datelead(const struct xsent *s, const struct xtime *m)
{
	return m->role == XR_POINT && m->p.d0 > 0 && place_lead(s) > 0 &&
	       m->t0 == place_lead(s);
}

/* A line that is only a date, maybe after a place: the date, or 0. A
 * month without a day ("October 2021") stands for its first day. */
static int32_t date_line(const char *p, size_t n)
{
	struct xsent s;
	struct xdoc none;
	int32_t ymd = 0;
	int i, dates = 0;

	memset(&s, 0, sizeof(s));
	memset(&none, 0, sizeof(none));
	s.text = xstrndup(p, n);
	s.len = (int)strlen(s.text);
	xsent_tokenize(&s);
	xtime_parse(&s, &none);
	for (i = 0; i < s.ntm; i++) {
		const struct xper *q = &s.tm[i].p;

		if (s.tm[i].role == XR_POINT && q->m0 > 0 &&
		    q->m0 == q->m1 && q->y0 == q->y1 && !s.tm[i].noyear) {
			dates++;
			ymd = cal_ymd(q->y0, q->m0, q->d0 > 0 ? q->d0 : 1);
		}
	}
	if (dates == 1 && !only_date(&s))
		dates = 0;
	free(s.text);
	free(s.t);
	free(s.tm);
	return dates == 1 && cal_valid(ymd) ? ymd : 0;
}

static void set_asof(struct xdoc *d, int32_t ymd)
{
	d->as_of = ymd;
	d->ay = cal_year(ymd);
	d->am = cal_month(ymd);
	d->ad = cal_day(ymd);
}

/* A month with its year right after the place that opens the text
 * ("Томск, январь 2023 года. Показатели ..."), or opens the first
 * paragraph after a heading ("Headline\n\nVladivostok, October 2021.
 * The number ..."): the text's date line. */
static bool month_lead(const struct xsent *s, int i, const struct xtime *m)
{
	bool top = i == 0 || (s->para_first && s->para == 1);

	return top && m->p.m0 > 0 && m->p.m0 == m->p.m1 && !m->noyear &&
	       place_lead(s) > 0 && m->t0 == place_lead(s);
}

/* The text's date from a date near its top; a date without a year takes
 * the latest year of the text, else today's year with *noyear set. */
/* A month and year that end the text's first sentence, a title or a
 * byline ("Interview with ..., Kazan, March 2022.", "... in figures
 * (Kazan, January 2023)"): the text's date. */
static bool byline(const struct xsent *s, int i, const struct xtime *m)
{
	int k;

	if (i != 0 || s->len > 150 || m->noyear || m->p.m0 == 0 ||
	    m->p.m0 != m->p.m1 || m->p.y0 != m->p.y1)
		return false;
	for (k = m->t1; k < s->nt; k++)
		if (s->t[k].type != XT_PUNCT)
			return false;
	return true;
}

/* A month and year in a heading near the top, a line without a full
 * stop ("Investor presentation, September 2021 — slide 4: key facts"):
 * the text's date. */
static bool heading_month(const struct xsent *s, int i,
			  const struct xtime *m)
{
	if (i > 2 || s->len > 100 || s->nt == 0 || m->noyear ||
	    m->p.m0 == 0 || m->p.m0 != m->p.m1 || m->p.y0 != m->p.y1)
		return false;
	return strcmp(s->t[s->nt - 1].w, ".") != 0 &&
	       strchr(s->text, '\n') == NULL;
}

static int32_t text_date(const struct xdoc *d, int today_y, char *why,
			 size_t n, bool *noyear, bool *weekday)
{
	int i, k, y, tag, wk;

	for (i = 0; i < d->ns && d->s[i].start < 2000; i++) {
		const struct xsent *s = &d->s[i];

		for (k = 0; k < s->ntm; k++) {
			const struct xtime *m = &s->tm[k];

			/* "Penza, 9 June 2022 - Residents expect ...": a
			 * date after the place that opens the text (or a
			 * paragraph near its top, after a headline and a
			 * correction line) dates it even when the sentence
			 * speaks of the future */
			if (xcue_future(s) && !((i == 0 || s->para_first) &&
						m->p.d0 > 0 &&
						place_lead(s) > 0 &&
						m->t0 == place_lead(s)))
				continue;
			if (m->role != XR_POINT || (m->p.d0 == 0 &&
						    !month_lead(s, i, m) &&
						    !byline(s, i, m) &&
						    !heading_month(s, i, m)))
				continue;
			tag = m->noyear ? xtag_year(d) : 0;
			y = !m->noyear ? m->p.y0 : tag ? tag : xlatest_year(d);
			wk = m->noyear && !tag ?
			     xweekday_year(d, m->p.m0, m->p.d0, y,
					   today_y) : 0;
			y = wk > 0 ? wk : y; /* "March 4 ... said on Tuesday" */
			*weekday = wk > 0;
			*noyear = y == 0 && m->noyear && m->p.d0 > 0;
			y = *noyear ? today_y : y;
			gs_snprintf(why, n, "%.*s%s", s->t[m->t1 - 1].off +
				    s->t[m->t1 - 1].len - s->t[m->t0].off,
				    s->text + s->t[m->t0].off,
				    !m->noyear || *noyear ? "" : tag ?
				    " and the year the text is tagged with" :
				    wk ? " and the day of the week it names" :
				    " and the latest year in the text");
			if (*noyear && m->p.m0 == 2 && m->p.d0 == 29)
				return cal_ymd(y, 2, 28); /* any year will do */
			if (y > 0 && cal_valid(cal_ymd(y, m->p.m0,
						       m->p.d0 ? m->p.d0 : 1)))
				return cal_ymd(y, m->p.m0, m->p.d0 ? m->p.d0 : 1);
			*noyear = *weekday = false;
		}
	}
	return 0;
}

/* Does the text open with a place and a date ("Москва, 3 марта 2023 г.
 * ...") in one of its first two sentences, or a day in its heading
 * ("Annual report 2021, Phystech Park, Dolgoprudny, 30 April 2022")? */
static bool lead_date(const struct xdoc *d)
{
	int i, k;

	for (i = 0; i < d->ns && i < 2; i++)
		for (k = 0; k < d->s[i].ntm; k++)
			if (xsent_datelead(&d->s[i], &d->s[i].tm[k]) ||
			    (i == 0 && d->s[i].tm[k].role == XR_POINT &&
			     d->s[i].tm[k].p.d0 > 0))
				return true;
	return false;
}

void xtime_asof(struct xdoc *d, const char *buf, size_t len,
		const struct xopts *o, struct xresult *r)
{
	const char *p = buf, *end = buf + len, *eol;
	int32_t ymd = 0;
	int lines = 0, i;
	bool noyear = false, weekday = false, report = false;

	if (o->as_of != 0) {
		set_asof(d, o->as_of);
		r->as_of_src = XASOF_OPTION;
		gs_snprintf(r->as_of_text, sizeof(r->as_of_text), "--as-of");
	}
	for (; d->as_of == 0 && p < end && lines < 15; p = eol + 1) {
		size_t n;

		if ((eol = memchr(p, '\n', (size_t)(end - p))) == NULL)
			eol = end;
		n = (size_t)(eol - p);
		while (n > 0 && (p[n - 1] == '\r' || p[n - 1] == ' '))
			n--;
		if (n == 0 || n > 80)
			continue;
		lines++;
		if ((ymd = date_line(p, n)) != 0) {
			set_asof(d, ymd);
			r->as_of_src = XASOF_DATELINE;
			gs_snprintf(r->as_of_text, sizeof(r->as_of_text),
				    "%.*s", (int)n, p);
		}
	}
	if (d->as_of == 0) {
		for (i = 0; i < d->ns; i++)
			xtime_parse(&d->s[i], d);
		if (!lead_date(d) &&
		    (ymd = xreport_date(d, r->as_of_text,
					sizeof(r->as_of_text))) != 0) {
			set_asof(d, ymd); /* an annual report's heading
					   * before an order book's "на 1
					   * января 2023 года" */
			r->as_of_src = XASOF_TEXT;
			report = true;
		}
	}
	if (d->as_of == 0) {
		if ((ymd = text_date(d, cal_year(o->today), r->as_of_text,
				     sizeof(r->as_of_text), &noyear,
				     &weekday)) != 0) {
			set_asof(d, ymd);
			r->as_of_src = noyear ? XASOF_NOYEAR : weekday ?
				       XASOF_WEEKDAY : XASOF_TEXT;
			report = xpub_ended(d, ymd);
		}
	}
	if (d->as_of == 0 && (ymd = xreport_date(d, r->as_of_text,
						 sizeof(r->as_of_text))) != 0) {
		set_asof(d, ymd);
		r->as_of_src = XASOF_TEXT;
		report = true;
	}
	if (d->as_of == 0 && (ymd = xtag_asof(d, o->today)) != 0) {
		set_asof(d, ymd); /* "#2025" and no date: of that year */
		r->as_of_src = XASOF_TEXT;
		gs_snprintf(r->as_of_text, sizeof(r->as_of_text),
			    "the year the text is tagged with");
	}
	if (d->as_of == 0) {
		set_asof(d, o->today);
		r->as_of_src = XASOF_TODAY;
		gs_snprintf(r->as_of_text, sizeof(r->as_of_text), "today");
	}
	r->as_of = d->as_of;
	for (i = 0; i < d->ns; i++)
		xtime_parse(&d->s[i], d);
	if (report && (ymd = xpub_day(d, d->as_of, o->today)) != 0)
		r->as_of = ymd; /* published after the year it reports on */
}

void xtime_horizon(struct xdoc *d)
{
	int i, k, y;

	xfiscal_fix(d); /* the times final before the horizon and topic */
	d->horizon = 0;
	for (i = 0; i < d->ns; i++) {
		const struct xsent *s = &d->s[i];
		bool future = xcue_future(s);

		for (k = 0; k < s->ntm; k++) {
			const struct xtime *m = &s->tm[k];

			y = 0;
			if (m->role == XR_BY)
				y = m->p.y1;
			else if (future && m->role == XR_RANGE)
				y = m->p.y1;
			else if (future && m->role == XR_NEXT && m->n > 0)
				y = d->ay + m->n;
			if (y > d->ay && y > d->horizon)
				d->horizon = y;
		}
	}
}
