/*
** extract_tagyear.c: periods (round ten, issue 16): the year a text names
** itself by. A social post or a wire item dated "12 сентября", "5 сен"
** has no year in its date line; the writer gives it elsewhere, as a tag:
** a hashtag at the post's foot ("#Тимашевск #промпарк #2024",
** old_holdout12) or the forum named in the headline ("ВЭФ-2024: ТОР ...
** получит ещё трёх резидентов", old_holdout11). Such a tag names the
** text's own year; the latest year the text states is only a lower bound
** on it ("с 2019 года они вложили" is not the year of the text).
**
** A wire item says the day of the week: "GROZNY, March 4 (Kavkaz-Inform)
** - ..., the republic's industry ministry said on Tuesday." (dev11a,
** whose figures are of 2024 "last year"): of the latest year the text
** states and the next, the one in which 4 March is a Tuesday (2025).
*/
#include "../../common.h"

#include <string.h>

#include "extract_tagyear.h"
#include "../../series/cal.h"

/* The year of the four digits at p (1990..2099) when nothing alphanumeric
 * follows them, else 0. */
static int year_at(const char *p, const char *end)
{
	int y = 0, k;

	if (end - p < 4)
		return 0;
	for (k = 0; k < 4; k++) {
		if (!xdigit((unsigned char)p[k]))
			return 0;
		y = y * 10 + (p[k] - '0');
	}
	if (p + 4 < end && (xdigit((unsigned char)p[4]) ||
			    xletter_at((const unsigned char *)p + 4)))
		return 0;
	return y >= 1990 && y <= 2099 ? y : 0;
}

/* The year (1990..2099) of the four digits at p, else 0. */
static int year_run(const char *p)
{
	int y = ((p[0] - '0') * 10 + p[1] - '0') * 100 + (p[2] - '0') * 10 +
		p[3] - '0';

	return y >= 1990 && y <= 2099 ? y : 0;
}

/* "#2024", "#итоги2024", "#ПМЭФ2024", and (round thirteen, dev13b
 * kolpashevo, muravlenko) "#2025results", "#итоги9мес2025": a run of
 * four digits anywhere in a hashtag, between letters or underscores;
 * two different years in one tag name none. */
static int hashtag_year(const char *p, const char *end)
{
	const char *q = p + 1, *r;
	int got = 0, y;

	while (q < end) {
		if (xletter_at((const unsigned char *)q)) {
			q += xchar_len((const unsigned char *)q);
			continue;
		}
		if (*q == '_') {
			q++;
			continue;
		}
		if (!xdigit((unsigned char)*q))
			break;
		for (r = q; r < end && xdigit((unsigned char)*r); r++)
			;
		y = r - q == 4 ? year_run(q) : 0;
		if (y != 0 && got != 0 && y != got)
			return 0;
		got = y != 0 ? y : got;
		q = r;
	}
	return got;
}

/* "ВЭФ-2024", "Иннопром-2023", "INNOPROM-2025": a capitalised name joined
 * to its year by a hyphen (or dash) with no space. p is at the hyphen. */
static int event_year(const char *text, const char *p, const char *end)
{
	const char *w = p, *q = p + 1;

	if ((unsigned char)*p == 0xE2) /* the en dash, three bytes */
		q = p + 3;
	while (w > text) { /* back over whole letters, never mid-letter */
		const char *c = w - 1;

		while (c > text && ((unsigned char)*c & 0xC0) == 0x80)
			c--;
		if (!xletter_at((const unsigned char *)c))
			break;
		w = c;
	}
	if (w == p || !xupper_at((const unsigned char *)w))
		return 0;
	return year_at(q, end);
}

/* «Иннопром 2025», "Bryansk Industry 2025": a capitalised name and its
 * year after a space, closing a quotation (round fourteen, oh19 surazh).
 * p is at the year's first digit. */
static int quoted_year(const char *text, const char *p, const char *end)
{
	const char *w = p - 1;
	int y = year_at(p, end);

	if (y == 0 || w <= text || *w != ' ' || p + 4 >= end ||
	    !(p[4] == '"' ||
	      (p + 5 < end && memcmp(p + 4, "\xC2\xBB", 2) == 0)))
		return 0;
	while (w > text && w[-1] != ' ' && w[-1] != '"' &&
	       !(w - text >= 2 && memcmp(w - 2, "\xC2\xAB", 2) == 0))
		w--; /* back to the word before the year */
	return w < p - 1 && xupper_at((const unsigned char *)w) ? y : 0;
}

/* "GROZNY BUILD EXPO 2026, 7-9 April. Exhibitor catalogue", "AGROS 2026
 * - Exhibitor catalogue" (round fourteen: dev14a achkhoy, oh20
 * shchigry): a fair's name in capitals and its year after a space, in
 * the first line. p is at the year's first digit; not "ANNUAL REPORT
 * 2024", a report's year. */
static int caps_year(const char *text, const char *p, const char *end)
{
	const char *w = p - 1, *c;
	int y = year_at(p, end), n = 0;

	if (y == 0 || w <= text || *w != ' ')
		return 0;
	while (w > text) { /* back over whole capital letters */
		for (c = w - 1; c > text && ((unsigned char)*c & 0xC0) == 0x80;)
			c--;
		if (!xupper_at((const unsigned char *)c))
			break;
		w = c;
		n++;
	}
	if (n < 3 || (w > text && xletter_at((const unsigned char *)w - 1)))
		return 0;
	return strncmp(w, "REPORT", 6) == 0 || strncmp(w, "RESULTS", 7) == 0 ?
	       0 : y;
}

/* Merge y into *got: 0 stays, a second different year spoils it (-1). */
static void take(int *got, int y)
{
	if (y == 0 || *got == -1)
		return;
	*got = *got == 0 || *got == y ? y : -1;
}

int xtag_year(const struct xdoc *d)
{
	int i, got = 0;

	for (i = 0; i < d->ns; i++) {
		const char *t = d->s[i].text, *end = t + d->s[i].len, *p;

		for (p = t; p < end; p++) {
			if (*p == '#')
				take(&got, hashtag_year(p, end));
			else if (i == 0 && xdigit((unsigned char)*p) &&
				 (p == t || !xdigit((unsigned char)p[-1])))
				take(&got, quoted_year(t, p, end) ?
					   quoted_year(t, p, end) :
					   caps_year(t, p, end));
			else if (i == 0 && (*p == '-' ||
					    (end - p >= 3 &&
					     memcmp(p, "\xE2\x80\x93", 3) == 0)))
				take(&got, event_year(t, p, end));
		}
	}
	return got > 0 ? got : 0;
}

/* The day of the week named in the first sentences ("said on Tuesday",
 * "сообщили во вторник"): 0 for Sunday .. 6, or -1. */
static int weekday_named(const struct xdoc *d)
{
	static const char *const days[] = { "sunday", "monday", "tuesday",
		"wednesday", "thursday", "friday", "saturday", "воскресенье",
		"понедельник", "вторник", "среду", "четверг", "пятницу",
		"субботу", NULL };
	int i, j, k;

	for (i = 0; i < d->ns && i < 3; i++)
		for (j = 1; j < d->s[i].nt; j++)
			for (k = 0; days[k] != NULL; k++)
				if (strcmp(d->s[i].t[j].w, days[k]) == 0 &&
				    xt_wa(&d->s[i], j - 1, (const char *const[]){
					    "on", "в", "во", NULL }))
					return k % 7;
	return -1;
}

static bool falls_on(int y, int month, int day, int w)
{
	int32_t n = cal_day_number(cal_ymd(y, month, day));

	return n != 0 && ((n % 7) + 7 + 4) % 7 == w;
}

/* The weekday fits one year in about six, so the years the text names
 * only bound it from below ("opened in 2021", "с 2022 года" come before
 * the text, and may fit themselves: "созданной в 2020 году" under "3
 * марта ... во вторник" of 2026): the last fitting year from today's
 * year (or the year after latest, as before round thirteen, with a clock
 * behind the text) down to latest, the last ten years when the text
 * states none (a wire is read when it is fresh). Round thirteen: oh17
 * unecha, urus_martan; oh18 teykovo, inta; dev13a zori. */
int xweekday_year(const struct xdoc *d, int month, int day, int latest,
		  int today)
{
	int w = weekday_named(d), y, last = latest + 1;

	if (w < 0 || month <= 0 || day <= 0 || today <= 0)
		return 0;
	if (latest > 0) {
		last = today > last ? today : last;
		for (y = last; y >= latest; y--)
			if (falls_on(y, month, day, w))
				return y;
		return 0;
	}
	for (y = today; y > today - 11; y--)
		if (falls_on(y, month, day, w))
			return y;
	return 0;
}

int32_t xtag_asof(const struct xdoc *d, int32_t today)
{
	int y = xtag_year(d);

	if (y == 0 || y > cal_year(today))
		return 0;
	return y == cal_year(today) ? today : cal_ymd(y, 12, 31);
}
