/*
** extract_tword.c: the token tests the date patterns share (extract_time.c
** for plain dates, extract_span.c for relative ones): a word, one of a
** list, a year ("2024", a 4-digit number from 1900 to 2100 not followed by
** a unit), the Russian words after a year ("году"), a day, a month, a
** small count, "this/last/next year". Kept apart so that neither pattern
** file depends on the other for them.
*/
#include "../../common.h"

#include <stdlib.h>
#include <string.h>

#include "extract_int.h"

bool xt_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0 &&
	       !(s->t[i].flags & XF_TIME);
}

/* Any of the words in a NULL-terminated list. */
bool xt_wa(const struct xsent *s, int i, const char *const *ws)
{
	for (; *ws != NULL; ws++)
		if (xt_w(s, i, *ws))
			return true;
	return false;
}

bool xt_free_num(const struct xsent *s, int i)
{
	return i >= 0 && i < s->nt && s->t[i].type == XT_NUM &&
	       !(s->t[i].flags & (XF_TIME | XF_NAME | XF_GLUED | XF_ORD));
}

bool xt_dash(const struct xsent *s, int i)
{
	return xt_w(s, i, "-") || xt_w(s, i, "–") || xt_w(s, i, "—");
}

/* Does the year at i end a range of years ("2019-2021", "from 2011 to
 * 2022", "between 2020 and 2022", "с 2020 по 2022")? Then a unit word
 * after it starts the next phrase ("2021 residents invested"). */
static bool range_end(const struct xsent *s, int i)
{
	const struct xtok *a = i >= 2 ? &s->t[i - 2] : NULL;

	return a != NULL && (xt_w(s, i - 1, "to") || xt_dash(s, i - 1) ||
			     xt_w(s, i - 1, "through") ||
			     xt_w(s, i - 1, "по") ||
			     (xt_w(s, i - 1, "and") && xt_w(s, i - 3, "between"))) &&
	       a->type == XT_NUM && a->plain && a->ndig == 4 &&
	       a->v >= 1900 && a->v < s->t[i].v;
}

/* A year at i; a unit after it makes it a number ("2000 companies"). */
/* A year with a Russian ending: "в 2022-м", "2021-й", "с 2020-го". */
static bool year_ending(const struct xsent *s, int i)
{
	const struct xtok *t = &s->t[i];

	return i >= 0 && i < s->nt && t->type == XT_NUM &&
	       (t->flags & XF_ORD) &&
	       !(t->flags & (XF_TIME | XF_NAME | XF_GLUED)) && t->len > 5 &&
	       s->text[t->off + 4] == '-' &&
	       (unsigned char)s->text[t->off + 5] >= 0xd0;
}

/* A Russian count noun right after the number at i, with no preposition
 * before it that a year would take ("входят 1950 предприятий", "создано
 * 2000 рабочих мест"; not "в 2020 компаний стало больше"). */
static bool count_after(const struct xsent *s, int i)
{
	static const char *const preps[] = { "в", "к", "до", "с", "за", "на",
		"по", "от", "и", NULL };
	const struct xunit *u;
	int n;

	if ((u = xw_unit(s, i + 1, &n)) == NULL ||
	    (u->cls != XU_COUNT && u->cls != XU_PEOPLE))
		return false;
	return !(i > 0 && xt_wa(s, i - 1, preps)) && !xt_dash(s, i - 1);
}

bool xt_year(const struct xsent *s, int i, int *y)
{
	int n;

	if (!(xt_free_num(s, i) || year_ending(s, i)) || !s->t[i].plain ||
	    s->t[i].ndig != 4 ||
	    s->t[i].v < 1900 || s->t[i].v > 2100)
		return false;
	if (i + 1 < s->nt && !range_end(s, i) && xw_unit(s, i + 1, &n) != NULL &&
	    !s->t[i + 1].cyr && !(i > 0 && (xt_w(s, i - 1, "in") ||
					     xt_w(s, i - 1, "since") ||
					     xt_w(s, i - 1, "of") ||
					     xt_w(s, i - 1, "during") ||
					     xt_w(s, i - 1, "by") ||
					     xt_w(s, i - 1, "until"))))
		return false;
	if (i + 1 < s->nt && s->t[i + 1].cyr && count_after(s, i))
		return false; /* "в них входят 1950 предприятий" */
	*y = (int)s->t[i].v;
	return true;
}

/* Russian words after a year: "году", "года", "г.", "гг." */
int xt_year_tail(const struct xsent *s, int i)
{
	static const char *const tails[] = { "год", "года", "году", "годом",
		"годах", "годы", "годов", "гг", "г", NULL };

	if (!xt_wa(s, i, tails))
		return 0;
	return xt_w(s, i + 1, ".") && (strcmp(s->t[i].w, "г") == 0 ||
				    strcmp(s->t[i].w, "гг") == 0) ? 2 : 1;
}

bool xt_day(const struct xsent *s, int i)
{
	/* "5", and "5th" beside a month ("May 5th, 2023") */
	return i >= 0 && i < s->nt && s->t[i].type == XT_NUM &&
	       !(s->t[i].flags & (XF_TIME | XF_NAME | XF_GLUED)) &&
	       s->t[i].plain && s->t[i].ndig <= 2 && s->t[i].v >= 1 &&
	       s->t[i].v <= 31;
}

int xt_month(const struct xsent *s, int i)
{
	if (i < 0 || i >= s->nt || (s->t[i].flags & XF_TIME))
		return 0;
	return xw_month(&s->t[i]);
}

/* A small count written in digits or words: "15", "five". */
int xt_count(const struct xsent *s, int i, int *n)
{
	double v;
	int k;

	if (xt_free_num(s, i) && s->t[i].plain && s->t[i].v < 100) {
		*n = (int)s->t[i].v;
		return 1;
	}
	if ((k = xw_spelled(s, i, &v)) > 0 && v < 100) {
		*n = (int)v;
		return k;
	}
	return 0;
}

struct xper xt_per(int y0, int m0, int d0, int y1, int m1, int d1)
{
	struct xper p = { y0, m0, d0, y1, m1, d1 };

	return p;
}

/* ---- the expressions; each returns the tokens it takes, or 0 ---- */

/* "this year", "last year", "в прошлом году", "текущего года": the year
 * offset in *off. */
int xt_rel_year(const struct xsent *s, int i, int *off)
{
	static const struct {
		const char *p;
		int off;
	} rels[] = {
		{ "this year", 0 }, { "the current year", 0 },
		{ "current year", 0 }, { "last year", -1 },
		{ "the previous year", -1 }, { "the past year", -1 },
		{ "next year", 1 }, { "the coming year", 1 },
		{ "этом году", 0 }, { "текущем году", 0 },
		{ "нынешнем году", 0 }, { "нынешнего года", 0 },
		{ "нынешний год", 0 }, { "уходящем году", 0 },
		{ "уходящего года", 0 },
		{ "текущего года", 0 }, { "этого года", 0 },
		{ "прошлом году", -1 }, { "прошлого года", -1 },
		{ "следующем году", 1 }, { "будущем году", 1 },
		{ "следующего года", 1 }, { "будущего года", 1 },
		{ "будущий год", 1 }, { "прошлый год", -1 },
		{ "этот год", 0 }, { "текущий год", 0 }, { "следующий год", 1 },
		{ "минувшем году", -1 }, { "минувшего года", -1 },
		{ "минувший год", -1 }, { "прошедшем году", -1 },
		{ "прошедшего года", -1 }, { "прошедший год", -1 },
		{ "истекшем году", -1 }, { "истекшего года", -1 },
		{ "предыдущем году", -1 }, { "предыдущего года", -1 },
		{ "the prior year", -1 }, { "уходящем году", 0 },
		{ "уходящего года", 0 }, { "позапрошлом году", -2 },
		{ "позапрошлого года", -2 }, { "the year before last", -2 },
		{ "last year's", -1 }, { "this year's", 0 },
		{ "next year's", 1 },
		/* a season of a year is dated by its year (round fourteen:
		 * "Next spring the zone wants to open", "к следующей осени
		 * довести число резидентов до десяти") */
		{ "next spring", 1 }, { "next summer", 1 },
		{ "next autumn", 1 }, { "next fall", 1 },
		{ "last spring", -1 }, { "last summer", -1 },
		{ "last autumn", -1 }, { "this spring", 0 },
		{ "this summer", 0 }, { "this autumn", 0 },
		{ "следующей весной", 1 }, { "следующим летом", 1 },
		{ "следующей осенью", 1 }, { "следующей весне", 1 },
		{ "следующему лету", 1 }, { "следующей осени", 1 },
		{ "будущей весной", 1 }, { "будущим летом", 1 },
		{ "будущей осенью", 1 }, { "прошлой весной", -1 },
		{ "прошлым летом", -1 }, { "прошлой осенью", -1 },
		{ "этой весной", 0 }, { "этим летом", 0 },
		{ "этой осенью", 0 },
	};
	size_t k;

	for (k = 0; k < GS_ARRAY_LEN(rels); k++) {
		const char *p = rels[k].p, *sp;
		int j = i;

		for (;;) {
			char w[32];
			size_t n;

			sp = strchr(p, ' ');
			n = sp ? (size_t)(sp - p) : strlen(p);
			gs_snprintf(w, sizeof(w), "%.*s", (int)n, p);
			if (!xt_w(s, j, w))
				break;
			j++;
			if (sp == NULL) {
				*off = rels[k].off;
				return j - i;
			}
			p = sp + 1;
		}
	}
	return 0;
}
