/*
** extract_qual.c: the qualifier before a number ("more than", "около",
** "did not exceed", "close to", "почти в два раза"), and whether a change
** is near ("вырастет до 600": "до" there is where the level goes, not an
** upper bound). Words come from series/ (qual_parse), so extract's
** qualifiers are the ones ingest reads, with a few phrases of its own
** ("без малого", "как минимум", "a maximum of").
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"
#include "extract_qual12.h"
#include "extract_tw.h"
#include "../../series/parse.h"

/* A change at j said anywhere before a ", до": "на" before a number
 * ("на 17%", "на 112 га") or a word of rise or fall. */
static bool change_at(const struct xsent *s, int j)
{
	if (xtw_is(s, j, "на") && j + 1 < s->nt &&
	    s->t[j + 1].type == XT_NUM && !(s->t[j + 1].flags & XF_TIME))
		return true;
	return s->t[j].type == XT_WORD &&
	       (xw_in(XL_UP, s->t[j].w) || xw_in(XL_DOWN, s->t[j].w));
}

/* A verb that takes a level somewhere ("вырасти до", "довести число ...
 * до", "увеличить до", "расширило территорию на 112 га, до 256 га") a
 * few words before i, or anywhere in the sentence before a dash or a
 * comma. After a comma, any change earlier in the sentence makes "до"
 * the level reached ("нарастили выпуск на 17% по сравнению с тем же
 * периодом прошлого года, до 38,5 тыс. тонн"), as every writer of the
 * corpus says it (oh20, dev11b, old_holdout10, dev9a); "сдаст до 40 га"
 * stays a cap. */
static bool brought_to(const struct xsent *s, int i)
{
	static const char *const stems[] = { "выраст", "вырос", "довест",
		"довед", "увелич", "повыс", "нараст", "сниз", "сократ",
		"подня", "подним", "доведу", "сниж", "сокращ", "повыш",
		"расшир", NULL }; /* "прогноз снижен до 8,6–8,9 млрд" */
	bool comma = xtw_is(s, i - 1, ",");
	int j, from = i - 6;

	if (comma || xtw_is(s, i - 1, "—") || xtw_is(s, i - 1, "–"))
		from = 0; /* "довести выручку до 30 млрд, а число специалистов
			   * — до 10 тыс.": the verb said once */
	for (j = i - 1; j >= 0 && j >= from; j--)
		if (xtw_stem(s, j, stems) || (comma && change_at(s, j)))
			return true;
	return false;
}

/* Is the word at j a verb of extent, after which "over" is where, not
 * more than ("spread over five sites", "distributed over 12 parks"), or
 * one whose particle "over" is ("turned over RUB 2.6 bn" is revenue,
 * "handed over 12 hectares")? */
static bool spread(const struct xsent *s, int j)
{
	static const char *const ws[] = { "spread", "spreads", "spans",
		"distributed", "scattered", "split", "divided", "located",
		"turned", "turn", "turns", "turning", "handed", "hand",
		"hands" }; /* not "signed over 30", "carried over 2
			    * million", "took over 100": more than */
	size_t k;

	for (k = 0; k < GS_ARRAY_LEN(ws); k++)
		if (xtw_is(s, j, ws[k]))
			return true;
	return false;
}

/* Qualifiers the series vocabulary lacks, as words ending right before
 * i: "без малого", "как минимум", "a maximum of", "upwards of",
 * "практически", "just short of"; the
 * qualifier with *start at its first word, or GS_QUAL_NONE. */
static enum gs_qual more_quals(const struct xsent *s, int i, int *start)
{
	static const struct { const char *w[3]; enum gs_qual q; } qs[] = {
		{ { "без", "малого", NULL }, GS_QUAL_ALMOST },
		{ { "по", "меньшей", "мере" }, GS_QUAL_AT_LEAST },
		{ { "как", "минимум", NULL }, GS_QUAL_AT_LEAST },
		{ { "минимум", NULL, NULL }, GS_QUAL_AT_LEAST },
		{ { "максимум", NULL, NULL }, GS_QUAL_UP_TO },
		{ { "ориентировочно", NULL, NULL }, GS_QUAL_ABOUT },
		/* abbreviated: "c. RUB 900m", "ca. 40", "ок. 650 чел." */
		{ { "c", ".", NULL }, GS_QUAL_ABOUT },
		{ { "ca", ".", NULL }, GS_QUAL_ABOUT },
		{ { "approx", ".", NULL }, GS_QUAL_ABOUT },
		{ { "ок", ".", NULL }, GS_QUAL_ABOUT },
		{ { "прибл", ".", NULL }, GS_QUAL_ABOUT },
		{ { "a", "maximum", "of" }, GS_QUAL_UP_TO },
		{ { "a", "minimum", "of" }, GS_QUAL_AT_LEAST },
		{ { "at", "most", NULL }, GS_QUAL_UP_TO },
		{ { "upwards", "of", NULL }, GS_QUAL_OVER },
		/* just short of the number, as the series vocabulary's
		 * "чуть менее": "практически 40", "немногим менее 2 млрд",
		 * "just short of 40", "just under 3,000" (as two writers of
		 * keys have it, dev9b and own7b; "slightly less than" stays
		 * under) */
		{ { "практически", NULL, NULL }, GS_QUAL_ALMOST },
		{ { "едва", "ли", "не" }, GS_QUAL_ALMOST }, /* all but */
		{ { "чуть", "ли", "не" }, GS_QUAL_ALMOST },
		{ { "чуть", "меньше", NULL }, GS_QUAL_ALMOST },
		{ { "немногим", "менее", NULL }, GS_QUAL_ALMOST },
		{ { "немногим", "меньше", NULL }, GS_QUAL_ALMOST },
		{ { "немногим", "более", NULL }, GS_QUAL_OVER },
		{ { "just", "short", "of" }, GS_QUAL_ALMOST },
		{ { "just", "under", NULL }, GS_QUAL_ALMOST },
		{ { "just", "below", NULL }, GS_QUAL_ALMOST },
		/* more of the inventory: "в районе 40", "в пределах 5 млрд",
		 * "не менее чем 40", "in the region of", "of the order of",
		 * "north of", "shy of", "capped at", "upward of", "не
		 * превышающие 5 млн" */
		{ { "в", "районе", NULL }, GS_QUAL_ABOUT },
		{ { "в", "пределах", NULL }, GS_QUAL_UP_TO },
		{ { "не", "менее", "чем" }, GS_QUAL_AT_LEAST },
		{ { "не", "меньше", "чем" }, GS_QUAL_AT_LEAST },
		{ { "не", "более", "чем" }, GS_QUAL_UP_TO },
		{ { "the", "region", "of" }, GS_QUAL_ABOUT },
		{ { "the", "order", "of" }, GS_QUAL_ABOUT },
		{ { "north", "of", NULL }, GS_QUAL_OVER },
		{ { "shy", "of", NULL }, GS_QUAL_ALMOST },
		{ { "capped", "at", NULL }, GS_QUAL_UP_TO },
		{ { "upward", "of", NULL }, GS_QUAL_OVER },
		{ { "не", "превышающие", NULL }, GS_QUAL_UP_TO },
		{ { "не", "превышающих", NULL }, GS_QUAL_UP_TO },
		{ { "не", "превышающий", NULL }, GS_QUAL_UP_TO },
		{ { "не", "превышающая", NULL }, GS_QUAL_UP_TO },
		{ { "не", "превышающее", NULL }, GS_QUAL_UP_TO },
		/* a floor or a ceiling said by negating the other side:
		 * "не ниже 85%", "no lower than 85%", "не выше 40%" */
		{ { "не", "ниже", NULL }, GS_QUAL_AT_LEAST },
		{ { "не", "выше", NULL }, GS_QUAL_UP_TO },
		{ { "no", "lower", "than" }, GS_QUAL_AT_LEAST },
		{ { "not", "lower", "than" }, GS_QUAL_AT_LEAST },
		{ { "not", "below", NULL }, GS_QUAL_AT_LEAST },
		{ { "no", "higher", "than" }, GS_QUAL_UP_TO },
		{ { "not", "higher", "than" }, GS_QUAL_UP_TO } };
	size_t k;
	int n, j;

	for (k = 0; k < GS_ARRAY_LEN(qs); k++) {
		for (n = 0; n < 3 && qs[k].w[n] != NULL; n++)
			;
		for (j = 0; j < n && xtw_is(s, i - n + j, qs[k].w[j]); j++)
			;
		if (j == n) {
			*start = i - n;
			return qs[k].q;
		}
	}
	return GS_QUAL_NONE;
}

/* A tender's price label a few words before i: "Начальная (максимальная)
 * цена контракта:", "Initial (maximum) contract price:", "НМЦК": the
 * price is a ceiling, the contract may be signed for less. */
static bool max_price(const struct xsent *s, int i)
{
	bool max = false, price = false;
	int j;

	for (j = i - 1; j >= 0 && j >= i - 8; j--) {
		const char *w = s->t[j].w;

		if (xtw_is(s, j, ".") || s->t[j].type == XT_NUM)
			break;
		if (strcmp(w, "нмцк") == 0)
			return true;
		if (strncmp(w, "максимальн", strlen("максимальн")) == 0 ||
		    strcmp(w, "maximum") == 0)
			max = true;
		if (strncmp(w, "цен", strlen("цен")) == 0 ||
		    strcmp(w, "price") == 0)
			price = true;
	}
	return max && price;
}

/* A floor said as where the figure starts: "налоговые отчисления — от
 * 4 млрд рублей", "субсидия в размере от 5 млн", "starting at RUB 5 m",
 * "Land lease: from RUB 45 per sq m". A bare "от" or "from" after a
 * dash, a colon or "размере" opens no range (a range
 * has its "до" a few words on; extract_num.c reads it), and "starting
 * at", "starts at", "begins from" set a floor. */
static bool floor_from(const struct xsent *s, int i)
{
	int j;

	if ((xtw_is(s, i - 2, "starting") || xtw_is(s, i - 2, "starts") ||
	     xtw_is(s, i - 2, "start") || xtw_is(s, i - 2, "begins") ||
	     xtw_is(s, i - 2, "begin")) &&
	    (xtw_is(s, i - 1, "at") || xtw_is(s, i - 1, "from")))
		return true; /* "land lease starts at RUB 95" */
	if (i > 0 && xw_currency_sign(&s->t[i - 1]) != NULL)
		i--; /* "Land lease: from RUB 45 per sq m" */
	if (!(xtw_is(s, i - 1, "от") || xtw_is(s, i - 1, "from")) ||
	    !(xtw_is(s, i - 2, "—") || xtw_is(s, i - 2, "–") ||
	      xtw_is(s, i - 2, ":") || xtw_is(s, i - 2, "размере")))
		return false;
	for (j = i + 1; j < s->nt && j <= i + 5; j++)
		if (xtw_is(s, j, "до") || xtw_is(s, j, "-") ||
		    xtw_is(s, j, "–") || xtw_is(s, j, "to"))
			return false;
	return true;
}

/* A mark the figure went past: "перевалила за 900", "перешагнули
 * отметку в 9 млрд", "преодолел рубеж 100", "crossed the 900 mark",
 * "passed the RUB 9 bn mark". The first token of the phrase, or -1. */
static int mark_passed(const struct xsent *s, int i)
{
	static const char *const ru[] = { "перевал", "перешагн", "преодол",
		"превыс", NULL };
	static const char *const marks[] = { "отметку", "рубеж", "планку",
		NULL };
	static const char *const en[] = { "crossed", "passed", "broke",
		"topped", "surpassed", NULL };
	int k;

	if (i > 0 && xw_currency_sign(&s->t[i - 1]) != NULL)
		i--; /* "passed the RUB 9 bn mark" */
	for (k = 0; ru[k] != NULL && i >= 2; k++) {
		if (strncmp(s->t[i - 2].w, ru[k], strlen(ru[k])) != 0)
			continue;
		if (xtw_is(s, i - 1, "за") || xtw_is(s, i - 1, marks[0]) ||
		    xtw_is(s, i - 1, marks[1]) || xtw_is(s, i - 1, marks[2]))
			return i - 2;
	}
	for (k = 0; en[k] != NULL && i >= 2; k++)
		if (xtw_is(s, i - 2, en[k]) && xtw_is(s, i - 1, "the"))
			return i - 2;
	return -1;
}

/* Does the start of a change follow the number at i: "up to 78% (from
 * 64% in January)", "до 412 млн (с 335 млн)"? Then "up to" is where it
 * went, not a ceiling. */
static bool from_after(const struct xsent *s, int i)
{
	int k;

	for (k = i + 1; k < s->nt && k <= i + 4; k++) {
		if (xtw_is(s, k, "from") || (xtw_is(s, k, "(") &&
		    (xtw_is(s, k + 1, "from") || xtw_is(s, k + 1, "с") ||
		     xtw_is(s, k + 1, "со"))))
			return true;
		if (s->t[k].type == XT_NUM)
			return false;
	}
	return false;
}

/* The qualifier q the n words buf before i say, looked at in its place:
 * negated ("no fewer than"), no qualifier at all ("spread over five
 * sites", "вырастет до 600", "up to 78% (from 64%)", an arrow "-> 11"). */
static enum gs_qual second_look(const struct xsent *s, int i, int n,
				const char *buf, enum gs_qual q, int *start)
{
	bool to = strcmp(buf, "до") == 0 || strcmp(buf, "up to") == 0;

	if (strcmp(buf, ">") == 0 && !s->t[i - 1].sp && xtw_is(s, i - 2, "-")) {
		*start = i;
		return GS_QUAL_NONE; /* "set up in 2019 -> 11 residents" */
	}
	if ((q == GS_QUAL_UNDER || q == GS_QUAL_OVER) && xqual_negated(s, i - n)) {
		*start = i - n - 1; /* "no fewer than", "not more" */
		return q == GS_QUAL_UNDER ? GS_QUAL_AT_LEAST : GS_QUAL_UP_TO;
	}
	if (strcmp(buf, "over") == 0 && spread(s, i - n - 1))
		return GS_QUAL_NONE; /* "spread over five sites" */
	if (q == GS_QUAL_UP_TO && to &&
	    ((strcmp(buf, "до") == 0 && (xqual_change_near(s, i - 1) ||
					 brought_to(s, i - 1))) ||
	     from_after(s, i)))
		return GS_QUAL_NONE; /* "вырастет до 600" */
	return q;
}

enum gs_qual xqual_before(const struct xsent *s, int i, int *start)
{
	char buf[96];
	const char *why;
	enum gs_qual q;
	int n, k, at;

	*start = i;
	if (xtw_is(s, i - 1, "a") && (xtw_is(s, i, "hundred") ||
				    xtw_is(s, i, "dozen") ||
				    xtw_is(s, i, "thousand")))
		return xqual_before(s, i - 1, start); /* "about a hundred" */
	if (xtw_is(s, i - 1, "в") || xtw_is(s, i - 1, "by") ||
	    xtw_is(s, i - 1, "на")) {
		/* "почти в два раза", "almost by three times", "продукции
		 * почти на 20 млрд рублей" */
		q = xqual_before(s, i - 1, start);
		if (q != GS_QUAL_NONE)
			return q;
		*start = i;
	}
	if ((q = more_quals(s, i, start)) != GS_QUAL_NONE)
		return q;
	if ((k = mark_passed(s, i)) >= 0) {
		*start = k;
		return GS_QUAL_OVER;
	}
	if (xtw_is(s, i - 1, "до") &&
	    (q = more_quals(s, i - 1, start)) != GS_QUAL_NONE)
		return q; /* "довести как минимум до 75": a floor on the level */
	if (xtw_is(s, i - 2, "close") && xtw_is(s, i - 1, "to")) {
		*start = i - 2;
		return GS_QUAL_ALMOST;
	}
	if (i > 0 && (xw_in(XL_EXCEED, s->t[i - 1].w) ||
		      (xtw_is(s, i - 1, "top") && (xtw_is(s, i - 2, "to") ||
						 xtw_is(s, i - 2, "will"))))) {
		/* "expects it to top RUB 20 bn", not "the top 10" */
		*start = i - 1;
		if (!xqual_negated(s, i - 1))
			return GS_QUAL_OVER;
		*start = i - 2;
		return GS_QUAL_UP_TO; /* "did not exceed", "не превысил" */
	}
	for (n = 3; n >= 1; n--) {
		if (i - n < 0)
			continue;
		buf[0] = '\0';
		at = 0;
		for (k = i - n; k < i; k++) {
			if (s->t[k].type == XT_NUM || (s->t[k].flags & XF_TIME))
				break;
			at += (int)gs_snprintf(buf + at, sizeof(buf) - (size_t)at,
					       "%s%s", at ? " " : "", s->t[k].w);
		}
		if (k < i || qual_parse(buf, &q, &why) == -1 || q == GS_QUAL_NONE)
			continue;
		*start = i - n;
		return second_look(s, i, n, buf, q, start);
	}
	if (floor_from(s, i)) {
		*start = i - 1;
		return GS_QUAL_AT_LEAST;
	}
	if ((q = xqual12_before(s, i, start)) != GS_QUAL_NONE)
		return q;
	if ((k = xqual12_poss_time(s, i)) >= 0 &&
	    (q = xqual_before(s, k, start)) != GS_QUAL_NONE)
		return q; /* "no lower than last year's 12.5 bln" */
	return max_price(s, i) ? GS_QUAL_UP_TO : GS_QUAL_NONE;
}
