/*
** extract_report.c: the date of an annual report without a date line
** (issue 16, seventh round). "Годовой отчёт ... за 2022 год", "Annual
** report 2022", "Annual Report FY2022" in the heading say what the text
** is as of: the end of that year, not the machine's clock. "В отчётном
** году", "at year-end" and the undated stocks of the report then take
** 2022, as a reader of the report does. With a date line ("Жуковский,
** 24 марта 2022 г.") the heading's year is still what the report is
** about: the topic of its past figures that state no date.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"
#include "extract_report.h"
#include "extract_aspan.h"
#include "extract_bulletin.h"
#include "extract_fiscal.h"
#include "extract_letters.h"
#include "../../series/cal.h"

static bool report_word(const struct xsent *s, int i)
{
	/* a whole year's results announced in a heading ("reports
	 * full-year 2023 results", "итоги 2023 года") are a report too
	 * (round nine) */
	static const char *const ws[] = { "report", "отчёт", "отчет",
		"отчёта", "отчета", "отчёту", "отчету", "reports", "results",
		"итоги", NULL };

	/* "Our 2024 in numbers", "Наш 2024 год в цифрах": a post's list
	 * of a year's results (round ten) */
	return xt_wa(s, i, ws) ||
	       (xt_w(s, i, "numbers") && xt_w(s, i - 1, "in")) ||
	       (xt_w(s, i, "цифрах") && xt_w(s, i - 1, "в"));
}

/* The one year a heading s names as a point, or 0 (none, or several). */
static int sole_year(const struct xsent *s)
{
	int k, y = 0;

	for (k = 0; k < s->ntm; k++) {
		const struct xtime *m = &s->tm[k];

		if (m->role != XR_POINT || m->p.m0 != 0 || m->p.y0 == 0 ||
		    m->p.y0 != m->p.y1)
			continue;
		if (y != 0 && y != m->p.y0)
			return 0;
		y = m->p.y0;
	}
	return y;
}

/* Letters, not bytes, in s: a Russian title of 100 letters is some 190
 * bytes and no longer than an English one of 100 (round nine). */
int xsent_letters(const struct xsent *s)
{
	int i, n = 0;

	for (i = 0; i < s->len; i++)
		n += ((unsigned char)s->text[i] & 0xC0) != 0x80;
	return n;
}

bool xsent_short_open(const struct xsent *s, int max)
{
	return s->nt > 0 && xsent_letters(s) < max &&
	       strcmp(s->t[s->nt - 1].w, ".") != 0;
}

/* A line of a masthead or a date: short and without a full stop. */
static bool short_line(const struct xsent *s)
{
	return xsent_short_open(s, 60);
}

/* Does sentence i name a report and one year (in *y)? */
static bool report_line(const struct xdoc *d, int i, int *y)
{
	const struct xsent *s = &d->s[i];
	int k;

	for (k = 0; k < s->nt && !report_word(s, k); k++)
		;
	return k < s->nt && (*y = sole_year(s)) != 0;
}

/* The heading sentence of a report and the one year it names: its index,
 * or -1. A report's foot line ("Annual report 2023, approved by the
 * general meeting on 30 May 2024") names it as well (round nine). */
static int report_heading(const struct xdoc *d, int *y)
{
	int i;

	for (i = 0; i < d->ns && i < 2 && d->s[i].start < 300; i++)
		if (report_line(d, i, y))
			return i;
	/* a post's title of a year's results under its masthead and its
	 * date line ("Промпарк ... | официальный канал\n📌 3 февраля\n\n
	 * Итоги 2024 года — коротко 👇", round thirteen: oh17 davlekanovo):
	 * what the post lists is that year's, as a report's heading */
	if (d->ns > 3 && d->s[2].start < 300 && short_line(&d->s[0]) &&
	    short_line(&d->s[1]) && report_line(d, 2, y))
		return 2;
	if (d->ns > 2 && d->s[d->ns - 1].para_first &&
	    xsent_letters(&d->s[d->ns - 1]) < 160 && report_line(d, d->ns - 1, y))
		return d->ns - 1;
	return -1;
}

/* Does a word of a report's heading stand in sentence i or one above it
 * at the top ("Информация о ... г. Каменск-Шахтинский за январь–июнь
 * 2023 года" is cut at "г."; a statistics office's "Информация для
 * прессы от 14.11.2022" or "Express information, 28 July 2023" stands on
 * its own line above the title that names the months: round eight,
 * second pass)? */
/* A statistics office's name: "Rosstat", "Novosibirskstat",
 * "Туластат", "Орёлстат" (round nine: its bulletins' titles need no
 * word "information"). */
static bool stat_office(const struct xsent *s, int k)
{
	const char *w = s->t[k].w;
	size_t n = strlen(w);

	if (s->t[k].type != XT_WORD || !s->t[k].cap)
		return false;
	return (n > 4 && strcmp(w + n - 4, "stat") == 0) ||
	       (n > 8 && strcmp(w + n - 8, "стат") == 0);
}

static bool report_para(const struct xdoc *d, int i)
{
	static const char *const ws[] = { "информация", "итоги", "обзор",
		"справка", "сведения", "бюллетень", "показатели", "review",
		"results",
		"monitor", "bulletin", "information", "indicators", NULL };
	int j, k;

	for (j = i; j >= 0; j--)
		for (k = 0; k < d->s[j].nt; k++)
			if (report_word(&d->s[j], k) || xt_wa(&d->s[j], k, ws) ||
			    stat_office(&d->s[j], k) ||
			    xbulletin_word(&d->s[j], k))
				return true;
	return false;
}

/* A post's title that names only its months ("The first half of 2025
 * in one post", round twelve: dev12a): short, and no number outside
 * the time m. */
static bool bare_title(const struct xsent *s, const struct xtime *m)
{
	int k;

	if (xsent_letters(s) > 60)
		return false;
	for (k = 0; k < s->nt; k++)
		if (s->t[k].type == XT_NUM && (k < m->t0 || k >= m->t1))
			return false;
	return true;
}

/* The months a heading near the top reports on ("Информация ... за
 * январь–июнь 2023 года", "Промпарк «Кызыл»: итоги восьми месяцев",
 * "Обзор рынка ..., IV кв. 2023 г."), over by the text's date: what its
 * undated past and verbless figures are about ("за полугодие", "—
 * 2 214 человек" of an average). Round eight; NULL for none. */
static const struct xtime *heading_months(const struct xdoc *d)
{
	int i, k;

	for (i = 0; i < d->ns && i < 4 && d->s[i].start < 400; i++) {
		const struct xsent *s = &d->s[i];

		/* 200: a statistics office named in full over its
		 * bulletin's title is one heading (round seventeen) */
		if (xsent_letters(s) > 200 || xcue_future(s))
			continue;
		for (k = 0; k < s->ntm; k++) {
			const struct xtime *m = &s->tm[k];

			/* "MAIN INDICATORS, JANUARY-JUNE" under a release
			 * date names the months of the release's year
			 * (round ten, dev11a) */
			if (m->role == XR_RANGE && m->p.m0 > 0 &&
			    (!m->noyear || m->p.y1 == d->ay) && m->p.y1 > 0 &&
			    cal_ymd(m->p.y1, m->p.m1, 28) <= d->as_of &&
			    (report_para(d, i) || bare_title(s, m)))
				return m;
		}
	}
	return NULL;
}

/* The whole years a report's or an audit's heading names as what it
 * covers ("Report on the audit of ... the Volsk industrial park,
 * 2021-2023", "Отчёт ... «Проверка ... ТОР \"Радужный\" в 2022–2024
 * годах»"), over before the text's (approval) date: the period of its
 * undated past figures (round nine). */
static bool past_years(const struct xdoc *d, const struct xtime *m)
{
	return m->role == XR_RANGE && m->p.m0 == 0 && m->p.y0 > 0 &&
	       m->p.y0 < m->p.y1 && m->p.y1 < d->ay;
}

/* A fiscal year that is not the calendar's, named near the top with its
 * results ("today reported its results for FY2024/25 (April 2024 - March
 * 2025)", round ten): twelve months across two years, over by the
 * text's date. What the release lists is that year's. */
static bool fiscal_over(const struct xdoc *d, const struct xtime *m)
{
	return xfiscal_year(&m->p) && m->p.d0 == 0 &&
	       cal_ymd(m->p.y1, m->p.m1, 28) <= d->as_of;
}

/* A report's word, or an audit's ("«Проверка эффективности
 * использования бюджетных средств ... в 2022–2024 годах»": round ten,
 * dev11a and dev11b) */
static bool audit_word(const struct xsent *s, int k)
{
	static const char *const ws[] = { "проверка", "проверки", "audit",
		NULL };

	return report_word(s, k) || xt_wa(s, k, ws);
}

/* The first time ok() accepts in a sentence near the top that names a
 * report, results or an audit, or NULL. */
static const struct xtime *heading_time(const struct xdoc *d,
					bool (*ok)(const struct xdoc *,
						   const struct xtime *))
{
	int i, k;

	for (i = 0; i < d->ns && i < 3 && d->s[i].start < 400; i++) {
		const struct xsent *s = &d->s[i];

		for (k = 0; k < s->nt && !audit_word(s, k); k++)
			;
		if (k == s->nt || xsent_letters(s) > 300 || xcue_future(s))
			continue;
		for (k = 0; k < s->ntm; k++)
			if (ok(d, &s->tm[k]))
				return &s->tm[k];
	}
	return NULL;
}

/* A programme's word ("к государственной программе ... на 2025–2030
 * годы", "Annex 1 to the regional programme ... for 2024-2030"). */
static bool programme_word(const struct xsent *s, int k)
{
	static const char *const ws[] = { "программа", "программы",
		"программе", "программу", "подпрограмма", "подпрограммы",
		"подпрограмме", "programme", "program", NULL };

	return xt_wa(s, k, ws);
}

/* Whole years y0 < y1 that an audit has checked, over by the end of the
 * text's year ("в 2022–2024 годах (истекший период)" in December 2024),
 * or a programme runs through, not over before the text's year. */
static bool span_ok(const struct xdoc *d, const struct xtime *m, bool prog)
{
	if (m->p.m0 != 0 || m->p.y0 == 0 || m->p.y0 >= m->p.y1 ||
	    m->role == XR_SINCE || m->role == XR_BASE)
		return false;
	return prog ? m->p.y1 >= d->ay && m->p.y0 <= d->ay + 1 :
		      m->p.y1 <= d->ay;
}

const struct xtime *xreport_span(const struct xdoc *d, bool *prog)
{
	int i, k, a, p;

	for (i = 0; i < d->ns && i < 4 && d->s[i].start < 400; i++) {
		const struct xsent *s = &d->s[i];

		if (xsent_letters(s) > 300 || xcue_future(s))
			continue;
		for (a = p = k = 0; k < s->nt; k++) {
			a |= audit_word(s, k);
			p |= programme_word(s, k);
		}
		if (p && sole_year(s) != 0)
			continue; /* a report on one year of a programme */
		for (k = 0; (a || p) && k < s->ntm; k++) {
			*prog = p && span_ok(d, &s->tm[k], true);
			if (*prog || (a && span_ok(d, &s->tm[k], false)))
				return &s->tm[k];
		}
	}
	return NULL;
}

int xreport_year(const struct xdoc *d)
{
	int y = 0;

	return report_heading(d, &y) >= 0 ? y : 0;
}

const struct xtime *xreport_topic(const struct xdoc *d)
{
	const struct xsent *s;
	const struct xtime *m;
	int i, k, y;

	if ((m = heading_time(d, fiscal_over)) != NULL)
		return m;
	if ((i = report_heading(d, &y)) < 0 || y >= d->ay)
		return (m = heading_months(d)) != NULL ? m :
		       heading_time(d, past_years);
	s = &d->s[i];
	for (k = 0; k < s->ntm; k++)
		if (s->tm[k].role == XR_POINT && s->tm[k].p.m0 == 0 &&
		    s->tm[k].p.y0 == y)
			return &s->tm[k];
	return NULL;
}

int32_t xreport_date(const struct xdoc *d, char *why, size_t n)
{
	int y;

	if (report_heading(d, &y) < 0)
		return 0;
	gs_snprintf(why, n, "report for %d", y);
	return cal_ymd(y, 12, 31);
}
