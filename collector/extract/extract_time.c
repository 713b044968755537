/*
** extract_time.c: the dates and periods a sentence states, English and
** Russian, each with the role it plays for the figures near it:
**
**   point   in 2024, in March of this year, on October 7, в 2024 году,
**           at the end of June, 13.05.2025
**   range   from 2020 to 2024, 2022–2023, from January to August 2025,
**           с января по август, the first nine months of 2024, Q3 2024
**   now     currently, today, сейчас
**
** and, through extract_span.c, since, by, base, same period, past and next
** N years. A year is a four-digit number from 1900 to 2100 not followed by
** a unit (unless "in" or "since" comes before it); "this year", "last
** year" and a month without a year resolve against the document's as-of
** date (d->ay, 0 while it is being looked for).
*/
#include "../../common.h"

#include <stdlib.h>
#include <string.h>

#include "../../series/cal.h"
#include "extract_int.h"
#include "extract_behind.h"
#include "extract_pword.h"

/* The year after a month: "2025", "of 2025", "of this year", "2025 года". */
static int month_year(const struct xsent *s, int i, const struct xdoc *d,
		      int *y)
{
	int off, k, j = i;

	if (xt_w(s, j, "of") || xt_w(s, j, ","))
		j++;
	if ((k = xpw_year_after(s, j, y)) > 0) /* "H1 2023 residents" */
		return j + k - i;
	if ((k = xt_rel_year(s, j, &off)) > 0) {
		*y = d->ay ? d->ay + off : 0;
		return j + k - i;
	}
	*y = d->ay;
	return 0;
}

/* A day said without its year that is still to come by the text's date
 * ("17 in total on 31 December" in a post of 3 February 2025) was last
 * year's, unless the sentence speaks of the future or the day is a
 * deadline ("Поручил ... до 1 октября подготовить"): round ten. i is
 * the day's first token. */
static int day_year(const struct xsent *s, int i, const struct xdoc *d,
		    int y, int mo, int day)
{
	static const char *const by[] = { "до", "к", "by", "until", "before",
		NULL };

	return d->as_of != 0 && y == d->ay && !xt_wa(s, i - 1, by) &&
	       cal_ymd(y, mo, day) > d->as_of && !xcue_future(s) ? y - 1 : y;
}

static int p_daydate(const struct xsent *s, int i, const struct xdoc *d,
		     struct xtime *m)
{
	int mo, day, y, k, dot;

	if (s->t[i].type == XT_DATE && !(s->t[i].flags & XF_TIME)) {
		int32_t v = (int32_t)s->t[i].v;

		m->p = xt_per(cal_year(v), cal_month(v), cal_day(v),
			   cal_year(v), cal_month(v), cal_day(v));
		return 1;
	}
	/* "Aug. 3, 2022": the dot of a short month is its own token */
	dot = (mo = xt_month(s, i)) > 0 && strlen(s->t[i].w) <= 4 &&
	      xt_w(s, i + 1, ".") ? 1 : 0;
	if (mo > 0 && xt_day(s, i + 1 + dot) &&
	    !(i + 2 + dot < s->nt && xw_unit(s, i + 2 + dot, &k) != NULL)) {
		day = (int)s->t[i + 1 + dot].v;
		k = month_year(s, i + 2 + dot, d, &y);
		m->noyear = k == 0;
		y = k == 0 ? day_year(s, i, d, y, mo, day) : y;
		m->p = xt_per(y, mo, day, y, mo, day);
		return 2 + dot + k;
	}
	if (xt_day(s, i) && (mo = xt_month(s, i + 1)) > 0) {
		day = (int)s->t[i].v;
		k = month_year(s, i + 2, d, &y);
		m->noyear = k == 0;
		y = k == 0 ? day_year(s, i, d, y, mo, day) : y;
		m->p = xt_per(y, mo, day, y, mo, day);
		return 2 + k;
	}
	return 0;
}

/* Two months joined as a range: "January to August", "января по август",
 * "January–August", "jan-aug". */
static int month_pair(const struct xsent *s, int i, int *a, int *b)
{
	const char *h;

	if ((*a = xt_month(s, i)) > 0) {
		if ((xt_w(s, i + 1, "to") || xt_w(s, i + 1, "through") ||
		     xt_w(s, i + 1, "until") || xt_w(s, i + 1, "по") ||
		     xt_w(s, i + 1, "and") || xt_dash(s, i + 1)) &&
		    (*b = xt_month(s, i + 2)) > 0)
			return 3;
		return 0;
	}
	if (i < s->nt && s->t[i].type == XT_WORD &&
	    !(s->t[i].flags & XF_TIME) && (h = strchr(s->t[i].w, '-'))) {
		struct xtok t = s->t[i];

		gs_snprintf(t.w, sizeof(t.w), "%.*s", (int)(h - s->t[i].w),
			    s->t[i].w);
		t.cap = true;
		*a = xw_month(&t);
		gs_snprintf(t.w, sizeof(t.w), "%s", h + 1);
		*b = xw_month(&t);
		if (*a > 0 && *b > 0)
			return 1;
	}
	return 0;
}

static int p_monthrange(const struct xsent *s, int i, const struct xdoc *d,
			struct xtime *m)
{
	int a, b, y, k, j = i;

	if (xt_w(s, i, "from") || xt_w(s, i, "с") || xt_w(s, i, "between"))
		j++;
	if ((k = month_pair(s, j, &a, &b)) == 0 || a > b)
		return 0;
	j += k;
	k = month_year(s, j, d, &y);
	m->noyear = k == 0;
	m->role = XR_RANGE;
	m->p = xt_per(y, a, 0, y, b, 0);
	return j + k - i;
}

static int p_month(const struct xsent *s, int i, const struct xdoc *d,
		   struct xtime *m)
{
	int mo, y, k;

	if ((mo = xt_month(s, i)) == 0)
		return 0;
	k = month_year(s, i + 1, d, &y);
	if (k == 0 && !(xt_w(s, i - 1, "in") || xt_w(s, i - 1, "since") ||
			xt_w(s, i - 1, "в") || xt_w(s, i - 1, "until") ||
			xt_w(s, i - 1, "by") || xt_w(s, i - 1, "of")))
		return 0;
	m->noyear = k == 0;
	m->p = xt_per(y, mo, 0, y, mo, 0);
	return 1 + k;
}

/* A second year of a range: "2024", "23" after 2022. */
static bool year2_at(const struct xsent *s, int i, int y0, int *y)
{
	if (xt_year(s, i, y))
		return *y >= y0;
	if (xt_free_num(s, i) && s->t[i].plain && s->t[i].ndig == 2 &&
	    s->t[i].v > y0 % 100) {
		*y = y0 - y0 % 100 + (int)s->t[i].v;
		return true;
	}
	return false;
}

/* "годах", "годы", "годов", "гг.": years in the plural, a range's end. */
static bool plural_years(const struct xsent *s, int i)
{
	return xt_w(s, i, "годах") || xt_w(s, i, "годы") ||
	       xt_w(s, i, "годов") || xt_w(s, i, "гг");
}

static int p_part(const struct xsent *s, int i, const struct xdoc *d,
		  struct xtime *m);

/* A range from a year to a half or quarter of a later one: "2016 - H1
 * 2024", "с 2017 г. по I полугодие 2024 г." (round ten: old_holdout11,
 * dev11b). j is at the second end; its tokens taken, or 0. */
static int year_to_part(const struct xsent *s, int j, const struct xdoc *d,
			int y0, struct xtime *m)
{
	struct xtime e;
	int k;

	memset(&e, 0, sizeof(e));
	if ((k = p_part(s, j, d, &e)) == 0 || e.noyear || e.p.y1 < y0 ||
	    e.p.m1 == 0)
		return 0;
	m->role = XR_RANGE;
	m->p = xt_per(y0, 1, 0, e.p.y1, e.p.m1, 0);
	return k;
}

/* A range's second end said as a year's end or as last year: "the end
 * of 2024", "the end of last year", "last year", "конец 2024 года",
 * "конец прошлого года" (round eleven: old_holdout14's "between 2019
 * and the end of last year"). Its tokens (y set), or 0. */
static int year_end_at(const struct xsent *s, int j, const struct xdoc *d,
		       int *y)
{
	int k = j, n, off;

	if (xt_w(s, k, "the") && xt_w(s, k + 1, "end") && xt_w(s, k + 2, "of"))
		k += 3;
	else if (xt_w(s, k, "end") && xt_w(s, k + 1, "of"))
		k += 2;
	else if (xt_w(s, k, "конец"))
		k++;
	if (xt_year(s, k, y))
		return k + 1 + xt_year_tail(s, k + 1) - j;
	if (d->ay > 0 && (n = xt_rel_year(s, k, &off)) > 0 && off == -1) {
		*y = d->ay - 1; /* "last year", "прошлого года" */
		return k + n - j;
	}
	return 0;
}

static int p_yearrange(const struct xsent *s, int i, const struct xdoc *d,
		       struct xtime *m)
{
	int y0, y1, j = i, k;
	bool from = xt_w(s, i, "from") || xt_w(s, i, "с") || xt_w(s, i, "between");

	if (from)
		j++;
	if (!xt_year(s, j, &y0))
		return 0;
	j += 1 + xt_year_tail(s, j + 1);
	if (!from && xt_dash(s, j) &&
	    (k = year_to_part(s, j + 1, d, y0, m)) > 0)
		return j + 1 + k - i; /* "2016 - H1 2024" */
	if (from && (xt_w(s, j, "to") || xt_w(s, j, "through") || xt_w(s, j, "until") ||
		     xt_w(s, j, "по") || xt_w(s, j, "and") || xt_dash(s, j)))
		j++;
	else if (!from && (xt_dash(s, j) || xt_w(s, j, "и")) &&
		 (!s->t[j].sp || plural_years(s, j + 2)))
		j++; /* "2024 — 2025 годах", "В 2024 и 2025 гг.": years
		      * in the plural after them */
	else
		return 0;
	if ((k = year_to_part(s, j, d, y0, m)) > 0)
		return j + k - i;
	if (from && !year2_at(s, j, y0, &y1) &&
	    (k = year_end_at(s, j, d, &y1)) > 0 && y1 >= y0) {
		m->role = XR_RANGE; /* "between 2019 and the end of last year" */
		m->p = xt_per(y0, 0, 0, y1, 0, 0);
		return j + k - i;
	}
	if (!year2_at(s, j, y0, &y1))
		return 0;
	j += 1 + xt_year_tail(s, j + 1);
	m->role = XR_RANGE;
	m->p = xt_per(y0, 0, 0, y1, 0, 0);
	return j - i;
}

static int p_now(const struct xsent *s, int i, struct xtime *m)
{
	static const char *const one[] = { "currently", "now", "today",
		"presently", "сейчас", "сегодня", NULL };

	m->role = XR_NOW;
	if (xt_wa(s, i, one))
		return 1;
	if (xt_w(s, i, "at") && xt_w(s, i + 1, "present"))
		return 2;
	if (xt_w(s, i, "в") && xt_w(s, i + 1, "настоящее") && xt_w(s, i + 2, "время"))
		return 3;
	if (xt_w(s, i, "на") && (xt_w(s, i + 1, "сегодняшний") ||
			      xt_w(s, i + 1, "данный")) &&
	    (xt_w(s, i + 2, "день") || xt_w(s, i + 2, "момент")))
		return 3;
	return 0;
}

/* Is the word at i the end of a comparison's base ("чем годом ранее",
 * "than a year earlier", "против 1,1 млрд годом ранее")? Then the
 * sentence's own months are the current ones (round nine). */
static bool compared_back(const struct xsent *s, int i)
{
	static const char *const cmp[] = { "чем", "than", "против",
		"against", "with", "vs", NULL };
	int j;

	for (j = i - 1; j >= 0 && j >= i - 5; j--) {
		if (s->t[j].type == XT_PUNCT && !xt_w(s, j, ","))
			return false;
		if (xt_wa(s, j, cmp))
			return true;
	}
	return false;
}

/* Does s count back from a date ("Годом ранее рост за девять месяцев
 * составлял 11%", "a year ago")? A comparison's base does not. */
static bool counts_back(const struct xsent *s)
{
	int i;

	static const char *const back[] = { "earlier", "ago", "ранее",
					    "назад" };
	size_t k;

	for (i = 0; i < s->nt; i++) /* also words read as a time already */
		for (k = 0; k < GS_ARRAY_LEN(back); k++)
			if (strcmp(s->t[i].w, back[k]) == 0 &&
			    !compared_back(s, i))
				return true;
	return false;
}

/* "nine months", "9 мес", "three quarters" at *j: the months counted
 * (2 to 11) in *n, *j moved to the word of months. */
static bool count_months(const struct xsent *s, int *j, int *n)
{
	int k;

	if ((k = xt_count(s, *j, n)) == 0 || *n < 2 || *n > 11)
		return false;
	*j += k;
	if (xt_w(s, *j, "quarters") || xt_w(s, *j, "квартала") ||
	    xt_w(s, *j, "кварталов"))
		*n *= 3; /* "the first three quarters of 2021": to September */
	else if (!(xt_w(s, *j, "months") || xt_w(s, *j, "месяцев") ||
		   xt_w(s, *j, "месяца") || xt_w(s, *j, "мес")))
		return false;
	return *n <= 11;
}

/* "the first nine months of 2024", "за 9 месяцев 2024 года", "the first
 * three quarters of 2021": January to the N-th month. Without a year
 * ("over the nine months", "за девять месяцев") in a text dated after
 * the N-th month: the months of its year so far, unless the sentence
 * counts back ("Годом ранее рост за девять месяцев составлял 11%"). */
static int p_months(const struct xsent *s, int i, const struct xdoc *d,
		    struct xtime *m)
{
	int n, k, y, j = i;

	if (xt_w(s, j, "за") || xt_w(s, j, "in") || xt_w(s, j, "for") ||
	    xt_w(s, j, "over") || xt_w(s, j, "during") || xt_w(s, j, "итоги"))
		j++; /* "Итоги полугодия" heads a post (round twelve) */
	if (xt_w(s, j, "the") || xt_w(s, j, "эти") || xt_w(s, j, "те"))
		j++;
	if (xt_w(s, j, "first") || xt_w(s, j, "первые") ||
	    xt_w(s, j, "same") || xt_w(s, j, "же"))
		j++; /* "over the same nine months", "за те же девять месяцев" */
	if ((j > i && (xt_w(s, i, "за") || xt_w(s, i, "итоги")) &&
	     (xt_w(s, j, "полугодие") || xt_w(s, j, "полугодия"))) ||
	    xbehind_half(s, j))
		n = 6; /* "за полугодие": the half, January to June */
	else if (!count_months(s, &j, &n))
		return 0;
	j += 1 + (xt_w(s, j, "мес") && xt_w(s, j + 1, "."));
	if ((k = month_year(s, j, d, &y)) == 0 &&
	    (d->ay == 0 || d->am <= n || counts_back(s)))
		return 0;
	m->role = XR_RANGE;
	m->p = xt_per(y, 1, 0, y, n, 0);
	return j + k - i;
}

/* the dative too: "96,8% к I полугодию 2023 г." (round ten) */
static const char *const halves[] = { "half", "полугодии", "полугодие",
	"полугодия", "полугодию", "полугод", "пол", "п", NULL };
static const char *const quarters[] = { "quarter", "квартале", "квартал",
	"квартала", "кварталу", "кв", NULL };

/* A quarter or half in digits before its word: "2 кв.", "2-м квартале",
 * "1st half", "1 полугодие"; not a change on the prior quarter ("12 (+1
 * кв/кв)": round eleven, old_holdout14). */
static bool part_num(const struct xsent *s, int i)
{
	const struct xtok *t = &s->t[i];

	return t->type == XT_NUM && t->plain && t->ndig == 1 && t->v >= 1 &&
	       t->v <= 4 && !(t->flags & (XF_TIME | XF_NAME)) &&
	       (xt_wa(s, i + 1, halves) || xt_wa(s, i + 1, quarters)) &&
	       !xt_w(s, i + 2, "/");
}

/* "first half of 2025", "Q3 2024", "в первом полугодии", "III квартале",
 * "II кв. 2023 г.", "2-м квартале"; the genitive ("итоги первого
 * полугодия", "в течение второго квартала": round fourteen) */
static int p_part(const struct xsent *s, int i, const struct xdoc *d,
		  struct xtime *m)
{
	static const char *const ord[] = { "first", "second", "third",
		"fourth", "первом", "втором", "третьем", "четвертом", "i",
		"ii", "iii", "iv", "первый", "второй", "третий", "четвертый",
		"первое", "второе", "третье", "четвертое", "первому",
		"второму", "третьему", "четвертому", "первого", "второго",
		"третьего", "четвертого", NULL };
	int q = 0, y, k, j = i;
	bool half = false;
	const char *w = i < s->nt ? s->t[i].w : "";

	if (s->t[i].type == XT_WORD && (w[0] == 'q' || w[0] == 'h') &&
	    w[1] >= '1' && w[1] <= '4' && w[2] == '\0') {
		half = w[0] == 'h';
		q = w[1] - '0';
		j++;
	} else if (xt_wa(s, i, ord) || part_num(s, i)) {
		for (k = 0; ord[k] != NULL; k++)
			if (strcmp(ord[k], w) == 0)
				q = k % 4 + 1;
		if (q == 0)
			q = (int)s->t[i].v;
		j++;
		half = xt_wa(s, j, halves);
		if (!half && !xt_wa(s, j, quarters))
			return 0;
		j += 1 + (xt_w(s, j + 1, ".") && strlen(s->t[j].w) <= 6);
	} else {
		return 0;
	}
	if (half && q > 2)
		return 0;
	k = month_year(s, j, d, &y);
	if (k == 0 && d->am > 0 && (half ? q * 6 - 5 : q * 3 - 2) > d->am &&
	    !xcue_future(s))
		y--; /* "In the fourth quarter tenants leased ..." in January:
		      * a part not yet begun is last year's */
	m->p = half ? xt_per(y, q * 6 - 5, 0, y, q * 6, 0) :
		      xt_per(y, q * 3 - 2, 0, y, q * 3, 0);
	m->noyear = k == 0;
	if (half || q > 0)
		m->role = XR_RANGE;
	return j + k - i;
}

static int p_year(const struct xsent *s, int i, const struct xdoc *d,
		  struct xtime *m)
{
	int y, off, k, j = i;

	if ((k = xt_rel_year(s, i, &off)) > 0) {
		y = d->ay ? d->ay + off : 0;
		m->p = xt_per(y, 0, 0, y, 0, 0);
		return k;
	}
	if (xt_w(s, i, "the") && xt_w(s, i + 1, "year"))
		j += 2;
	if (!xt_year(s, j, &y))
		return 0;
	m->p = xt_per(y, 0, 0, y, 0, 0);
	return j + 1 + xt_year_tail(s, j + 1) - i;
}

/* Words before a date that keep it a point in time: "at the end of June",
 * "as of", "на конец", "в начале". Their length, or 0. */
static int point_lead(const struct xsent *s, int i)
{
	if (xt_w(s, i, "at") && xt_w(s, i + 1, "the") &&
	    (xt_w(s, i + 2, "end") || xt_w(s, i + 2, "beginning") ||
	     xt_w(s, i + 2, "start")) && xt_w(s, i + 3, "of"))
		return 4;
	if (xt_w(s, i, "as") && xt_w(s, i + 1, "of"))
		return 2;
	if ((xt_w(s, i, "на") || xt_w(s, i, "в")) &&
	    (xt_w(s, i + 1, "конец") || xt_w(s, i + 1, "начало") ||
	     xt_w(s, i + 1, "конце") || xt_w(s, i + 1, "начале")))
		return 2;
	return 0;
}

int xtime_match(const struct xsent *s, int i, const struct xdoc *d,
		struct xtime *m)
{
	int k, lead;

	memset(m, 0, sizeof(*m));
	if ((k = xpw_year_end(s, i, d, m)) > 0 ||
	    (k = xpw_other(s, i, d, m)) > 0 ||
	    (k = xtrail_match(s, i, d, m)) > 0)
		return k;
	if ((lead = point_lead(s, i)) > 0) {
		k = xtime_match(s, i + lead, d, m);
		return k > 0 && m->role == XR_POINT ? k + lead : 0;
	}
	memset(m, 0, sizeof(*m));
	m->role = XR_POINT;
	if ((k = xpw_end(s, i, m)) || (k = xtime_relation(s, i, d, m)) ||
	    (k = p_monthrange(s, i, d, m)) || (k = p_yearrange(s, i, d, m)) ||
	    (k = p_months(s, i, d, m)))
		return k;
	m->role = XR_POINT;
	if ((k = p_daydate(s, i, d, m)) || (k = xpw_match(s, i, d, m)) ||
	    (k = p_part(s, i, d, m)) ||
	    (k = p_month(s, i, d, m)) || (k = p_year(s, i, d, m)))
		return k;
	return p_now(s, i, m);
}
