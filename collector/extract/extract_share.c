/*
** extract_share.c: a share said as "one in N" with the thing counted in
** between ("one technopark in four", "one resident in five") or as
** "every Nth" ("every fourth working resident", "каждый четвёртый
** житель", "каждая пятая компания"): 100/N percent. "one in every
** four" without a noun is extract_num.c's; "every second year" is a
** rhythm, not a share. Also a part of every whole ("out of every ten
** roubles, ... less than one", "из каждых десяти рублей три"), rounded
** as "one in N" is.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"
#include "extract_share.h"
#include "extract_tw.h"
#include "extract_vals.h"

/* The N an ordinal word names ("fourth", "четвёртый", "пятая"), or 0. */
static double ordinal(const char *w)
{
	static const struct { const char *stem; double n; } os[] = {
		{ "second", 2 }, { "third", 3 }, { "fourth", 4 },
		{ "fifth", 5 }, { "sixth", 6 }, { "seventh", 7 },
		{ "eighth", 8 }, { "ninth", 9 }, { "tenth", 10 },
		{ "втор", 2 }, { "трет", 3 }, { "четвёрт", 4 },
		{ "четверт", 4 }, { "пят", 5 }, { "шест", 6 },
		{ "седьм", 7 }, { "восьм", 8 }, { "девят", 9 },
		{ "десят", 10 } };
	size_t k, n;

	for (k = 0; k < GS_ARRAY_LEN(os); k++) {
		n = strlen(os[k].stem);
		if (strncmp(w, os[k].stem, n) == 0 &&
		    (os[k].stem[0] < 'a' || os[k].stem[0] > 'z' ||
		     w[n] == '\0'))
			return os[k].n;
	}
	return 0;
}

/* A word of time after the ordinal: "every second year", "каждый
 * третий месяц" say how often, not how many. */
static bool time_word(const struct xsent *s, int j)
{
	static const char *const stems[] = { "year", "month", "week", "day",
		"quarter", "time", "год", "месяц", "недел", "день", "дн",
		"квартал", "раз", NULL };
	int k;

	if (j >= s->nt || s->t[j].type != XT_WORD)
		return false;
	for (k = 0; stems[k] != NULL; k++)
		if (strncmp(s->t[j].w, stems[k], strlen(stems[k])) == 0)
			return true;
	return false;
}

/* "every fourth", "каждый четвёртый" at i: N, or 0. */
static double every_nth(const struct xsent *s, int i)
{
	if (!xtw_is(s, i, "every") && strncmp(s->t[i].w, "кажд",
					     strlen("кажд")) != 0)
		return 0;
	if (i + 1 >= s->nt || s->t[i + 1].type != XT_WORD ||
	    time_word(s, i + 2))
		return 0;
	return ordinal(s->t[i + 1].w);
}

/* "one technopark in four", "one working resident in five": N, with *n
 * tokens, or 0. At most two words between "one" and "in". */
static double one_noun_in(const struct xsent *s, int i, int *n)
{
	double v = 0;
	int j;

	if (!xtw_is(s, i, "one"))
		return 0;
	for (j = i + 1; j < s->nt && j <= i + 3; j++) {
		if (s->t[j].type != XT_WORD)
			return 0;
		if (xtw_is(s, j, "in") && j > i + 1)
			break;
	}
	if (!xtw_is(s, j, "in") || j + 1 >= s->nt)
		return 0;
	if (s->t[j + 1].type == XT_NUM)
		v = s->t[j + 1].v;
	else if (xw_spelled(s, j + 1, &v) == 0)
		return 0;
	*n = j + 2 - i;
	return v >= 2 && v <= 100 ? v : 0;
}

/* part of whole as a percent, to one decimal as the keys and analysts
 * write it: one in three is 33.3 %, one in six 16.7 %, one in eight
 * 12.5 %, three in ten 30 %. */
static double share_of(double part, double whole)
{
	return (double)(long)(part * 1000 / whole + 0.5) / 10;
}

double xshare_one_in(double v)
{
	return share_of(1, v);
}

int xshare_every(const struct xsent *s, int i, struct xfig *f)
{
	double v;
	int n = 2;

	if (s->t[i].type != XT_WORD)
		return 0;
	if ((v = every_nth(s, i)) == 0 && (v = one_noun_in(s, i, &n)) == 0)
		return 0;
	f->v = xshare_one_in(v);
	xu_set(f, "%", XU_PCT);
	f->pct = true;
	f->share = true;
	return n;
}

/* The next number after the whole (a year is none) is its part, however
 * far ("out of every ten roubles, the district's own budget put in less
 * than one": nine words on); the share is read at the whole, the part's
 * number is no figure. */
int xshare_out_of_every(struct xsent *s, int i, struct xfig *f)
{
	static const char *const each[] = { "каждых", "каждые", NULL };
	double whole, part;
	int k, j, m, start, w = i;

	if (xtw_isa(s, i, each) && xtw_is(s, i - 1, "из"))
		w = i + 1; /* "каждых десяти": read at "каждых", before the
			    * rule of "каждый десятый" takes it */
	else if (!(xtw_is(s, i - 1, "every") && xtw_is(s, i - 2, "of")))
		return 0;
	if ((k = xw_number_at(s, w, &whole)) == 0 || whole < 2 || whole > 1000)
		return 0;
	k += w - i;
	for (j = i + k, m = 0;
	     j < s->nt && (m = xw_number_at(s, j, &part)) == 0; j++)
		;
	if (m == 0 || part <= 0 || part >= whole)
		return 0;
	f->v = share_of(part, whole);
	xu_set(f, "%", XU_PCT);
	f->pct = f->share = true;
	f->q = xqual_before(s, j, &start);
	for (; m > 0; m--)
		s->t[j + m - 1].flags |= XF_USED;
	return k;
}
