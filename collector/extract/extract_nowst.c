/*
** extract_nowst.c: periods (round fifteen, issue 16): a stock said now.
** A level in a clause of the present tense or with a word for now
** ("Tenants pay rent of about 400 roubles", "Today there are five",
** "сейчас трудятся 430 человек", "the company came to the park in 2019
** and has 230 employees", "Of the park's 48 hectares, 31 hectares are
** leased") stands at the text's date, even when an earlier sentence or
** another clause of its own sentence stated a past year or months: the
** keys of every corpus folder date such levels at the text's date (230
** levels whose note says now, today, сейчас, на сегодня, теперь, one
** at the year before). Extract gave them the earlier period: the class
** the fifteenth round found largest in old_holdout21 and old_holdout22
** (eight and six periods). General: only the clause's tense and its
** words for now decide, and a clause that states a time of its own, or
** speaks of the future, keeps it.
**
** xnowst_power: a power capacity given as a label's value ("power: 15
** MW" on a slide of 8M25, "Свободная электрическая мощность — 6 МВт."
** after "в 2024 году переработано") stands at the text's date, not over
** the months or years of a flow near it (oh21 chernushka, oh22 aniva,
** dev12b, dev13b). Land and floor space were tried and left: "new
** space: 27,000 sq m" is built over a year (dev14a, dev9b lost three).
*/
#include "../../common.h"

#include <string.h>

#include "extract_nowcl.h"
#include "extract_nowst.h"

/* Does token i end f's clause: as for a clause said now (nowcl.c),
 * and a colon or "while" too? */
static bool cut(const struct xsent *s, int i)
{
	return xnowcl_cut(s, i) || xt_w(s, i, ":") || xt_w(s, i, "while");
}

bool xnowst_now_said(const struct xsent *s, int i)
{
	static const char *const ws[] = { "now", "today", "currently",
		"presently", "сейчас", "сегодня", "теперь", "ныне", NULL };

	return xt_wa(s, i, ws);
}

/* Does token i say the figure stands now: a word for now, or a verb of
 * the present tense that states what there is ("employs", "pay",
 * "работают", "трудятся", "насчитывает")? Not a bare copula or
 * "составляет" ("The total area of the building is around 11,000 sq.m."
 * after "In 2015 MIPT launched a new building" is that year's, as a
 * report on a finished year says its figures): "is"/"are" only before
 * a participle ("31 hectares are leased"), "has"/"have" only before
 * what is had ("has 230 employees", not "has set aside"). */
static bool now_word(const struct xsent *s, int i)
{
	static const char *const ws[] = { "pay", "pays", "employ", "employs", "remain", "remains",
		"stands", "work", "works",
		"работают", "работает", "трудятся", "трудится",
		"насчитывает", "насчитывается", "насчитываются", "действуют",
		"действует", "имеет", "имеют", "платят", "платит",
		"остаётся", "остается", "остаются", "занимают", "занимает",
		NULL };
	static const char *const had[] = { "a", "an", "the", "its", "their",
		"some", "about", "around", "over", "more", "nearly", "almost",
		"roughly", "only", "just", NULL };
	static const char *const be[] = { "is", "are", NULL };
	static const char *const have[] = { "has", "have", NULL };
	size_t n;
	double v;

	if (xnowst_now_said(s, i) || xt_wa(s, i, ws))
		return true;
	if (xt_wa(s, i, have))
		return i + 1 < s->nt && (s->t[i + 1].type == XT_NUM ||
					 xt_wa(s, i + 1, had));
	if (!xt_wa(s, i, be) || i + 1 >= s->nt ||
	    xw_spelled(s, i + 1, &v) > 0) /* "is eleven thousand sq m" */
		return false;
	n = strlen(s->t[i + 1].w);
	return n > 3 && (strcmp(s->t[i + 1].w + n - 2, "ed") == 0 ||
			 strcmp(s->t[i + 1].w + n - 2, "en") == 0 ||
			 xt_w(s, i + 1, "let"));
}

bool xnowst_modal(const struct xsent *s, int i)
{
	static const char *const ws[] = { "would", "could", "should",
		"must", "may", "might", "to", NULL };

	return xt_wa(s, i, ws);
}

/* The clause of f: tokens [*a, *b); a part's frame ("Of the park's 48
 * hectares, 31 are leased", "Из 32 тысяч квадратных метров, сдано 29")
 * reaches into the clause it frames. */
void xnowst_clause(const struct xsent *s, const struct xfig *f, int *a,
		   int *b)
{
	*a = f->t0;
	*b = f->t1;
	while (*a > 0 && !cut(s, *a - 1))
		(*a)--;
	while (*b < s->nt && !cut(s, *b))
		(*b)++;
	if (*b + 1 < s->nt && strcmp(s->t[*b].w, ",") == 0 &&
	    (xt_w(s, *a, "of") || xt_w(s, *a, "из"))) /* "Of its 48 ha, 31 */
		for ((*b)++; *b < s->nt && !cut(s, *b); (*b)++) /* are let" */
			;
}

/* Is x's period that of a time of s outside the tokens [a, b)? */
bool xnowst_other(const struct xsent *s, const struct xcand *x, int a,
		  int b)
{
	int k;

	for (k = 0; k < s->ntm; k++)
		if ((s->tm[k].t1 <= a || s->tm[k].t0 >= b) &&
		    memcmp(&s->tm[k].p, &x->period, sizeof(x->period)) == 0)
			return true;
	return false;
}

void xnowst_level(const struct xdoc *d, int i, const struct xfig *f,
		  struct xcand *x)
{
	const struct xsent *s = &d->s[i];
	const struct xper *p = &x->period;
	int a, b, k;
	bool now = false;

	if (x->kind != GS_KIND_LEVEL || f->multiple || f->cls == XU_YEARS ||
	    d->ay == 0 ||
	    p->y0 == 0 || (p->y0 == d->ay && p->y1 == d->ay && p->m0 == 0) ||
	    (p->d0 > 0 && p->y0 == p->y1 && p->m0 == p->m1 && p->d0 == p->d1) ||
	    xtopic_average(s, f) || xnowcl_framed(s))
		return;
	xnowst_clause(s, f, &a, &b);
	if (!(x->why & XW_PERIOD_EARLIER) && !xnowst_other(s, x, a, b))
		return;
	for (k = a; k < b; k++) {
		if ((s->t[k].flags & XF_TIME) || xw_in(XL_FUTURE, s->t[k].w) ||
		    xnowst_modal(s, k))
			return;
		now = now || now_word(s, k);
	}
	if (!now)
		return;
	x->period = xper_year(d->ay);
	x->why &= ~(unsigned)XW_PERIOD_EARLIER;
	x->why |= XW_PERIOD_ASOF;
}

/* Is x's unit power ("15 MW", "6 МВт"), the whole unit? Energy ("12
 * млн кВт·ч", "MWh") is a year's flow, and land or floor ("new space:
 * 27,000 sq m") is built over a year (dev14a, dev9b). */
static bool power_unit(const struct xcand *x)
{
	static const char *const us[] = { "MW", "МВт", "kW", "кВт", "GW",
					  "ГВт" };
	const char *u = x->unit;
	size_t k;

	if (strncmp(u, "млн ", 7) == 0 || strncmp(u, "тыс. ", 8) == 0)
		u = strchr(u, ' ') + 1; /* a scale word before it */
	for (k = 0; k < GS_ARRAY_LEN(us); k++)
		if (strcmp(u, us[k]) == 0)
			return true;
	return false;
}

void xnowst_power(const struct xdoc *d, int i, const struct xfig *f,
		 struct xcand *x)
{
	const struct xsent *s = &d->s[i];
	const struct xper *p = &x->period;
	int a, b, k;

	if ((x->kind != GS_KIND_LEVEL && x->kind != GS_KIND_FLOW) ||
	    f->multiple || d->ay == 0 || p->y0 == 0 || !power_unit(x) ||
	    (p->y0 == p->y1 && p->y0 >= d->ay &&
	     (p->m0 == 0 || p->m0 == p->m1)))
		return; /* a year, a month or a day of the text's stays */
	xnowst_clause(s, f, &a, &b);
	if (!(xt_w(s, f->t0 - 1, ":") || xt_dash(s, f->t0 - 1) ||
	      xt_w(s, a, "of") || xt_w(s, a, "из")))
		return;
	for (k = a; k < b; k++)
		if ((s->t[k].flags & XF_TIME) || xw_in(XL_FUTURE, s->t[k].w) ||
		    xnowst_modal(s, k))
			return;
	x->kind = GS_KIND_LEVEL; /* a capacity is no sum over months */
	x->period = xper_year(d->ay);
}
