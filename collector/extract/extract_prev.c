/*
** extract_prev.c: when a bare number counts what the figure before it
** counts, by the words around it: compared with it ("72 companies,
** compared with 58 in 2020", "vs. 58", "против 40"), the total it comes
** to ("bringing the total to 147"), the whole it is part of ("out of",
** "из"), more of it ("two more"), it said again for a date ("40
** residents in 2021 and 52 in 2022"), a bracket of earlier values ("33
** (32 a year earlier)"), a change's start ("reached 16,800, up from
** 11,200"), values listed after one label ("план — 6, факт — 7", "10 /
** 11") or a noun left out (extract_elide.c). Kept apart from
** extract_elide.c, which extract_unitof.c calls, so that no files call
** each other in a circle.
*/
#include "../../common.h"

#include <string.h>

#include "extract_elide.h"
#include "extract_elnoun.h"
#include "extract_tw.h"

/* The number at i inside a bracket giving the earlier value of the figure
 * before: "33 (32 a year earlier)", "56 (годом ранее — 49)". */
static bool in_earlier_paren(const struct xsent *s, int i)
{
	int j;

	for (j = i - 1; j >= 0 && j >= i - 6; j--)
		if (xtw_is(s, j, "("))
			return xu_paren_earlier(s, j);
	return false;
}

/* "bringing the total to 147": the unit of the figure before. */
static bool total_to(const struct xsent *s, int i)
{
	return (xtw_is(s, i - 1, "to") || xtw_is(s, i - 1, "of")) &&
	       xtw_is(s, i - 2, "total");
}

/* A word naming which value of one measure follows, then a dash or a
 * colon: "план —", "факт:", "actual:", "forecast —" at k - 1, k. */
static bool value_kind(const struct xsent *s, int k)
{
	static const char *const ws[] = { "план", "факт", "прогноз",
		"оценка", "plan", "planned", "actual", "fact", "target",
		"forecast", "estimate", NULL };
	int j;

	if (!(xtw_is(s, k, "—") || xtw_is(s, k, "–") || xtw_is(s, k, ":") ||
	      xtw_is(s, k, "-")))
		return false;
	for (j = 0; ws[j] != NULL; j++)
		if (xtw_is(s, k - 1, ws[j]))
			return true;
	return false;
}

/* A year, then a dash, at k - 1, k: a dated item of a list ("2021 —
 * 0,7 млрд ₽; 2022 — 1,1; 2023 — 1,6 млрд ₽"): the values between take
 * the scale and unit said with the first. */
static bool year_dash(const struct xsent *s, int k)
{
	return k >= 1 && (xtw_is(s, k, "—") || xtw_is(s, k, "–") ||
			  xtw_is(s, k, "-")) &&
	       s->t[k - 1].type == XT_NUM && (s->t[k - 1].flags & XF_TIME);
}

/* "against a plan of 12", "vs a target of 900" before the number at i
 * (round 14: "There were 11 residents at 30 September, against a plan of
 * 12 for the year end"). */
static bool against_plan_of(const struct xsent *s, int i)
{
	static const char *const vs[] = { "against", "versus", "vs", NULL };
	static const char *const plan[] = { "plan", "target", "budget",
		"forecast", NULL };

	return xtw_is(s, i - 1, "of") &&
	       (xtw_is(s, i - 3, "a") || xtw_is(s, i - 3, "the")) &&
	       xtw_isa(s, i - 2, plan) && xtw_isa(s, i - 4, vs);
}

/* The end of a change whose start said the unit: "grown from four
 * residents to twelve", "вырос с 4 резидентов до 12"; or the plan a
 * figure is set against: "создано 347 рабочих мест при плане 420",
 * "11 residents at 30 September, against a plan of 12". */
static bool end_of_from(const struct xsent *s, int i,
			const struct xfig *prev)
{
	if (xtw_is(s, i - 1, "плане") && xtw_is(s, i - 2, "при"))
		return prev->t1 <= i - 2 && i - 2 - prev->t1 <= 1;
	if (against_plan_of(s, i))
		return prev->t1 <= i - 4 && i - 4 - prev->t1 <= 6;
	if (!(xtw_is(s, i - 1, "to") || xtw_is(s, i - 1, "до")) ||
	    !(xtw_is(s, prev->t0 - 1, "from") || xtw_is(s, prev->t0 - 1, "с")))
		return false;
	return prev->t1 <= i - 1 && i - 1 - prev->t1 <= 1;
}

/* Values of one measure listed after its label, the unit said with the
 * first: apart by a slash ("Количество резидентов, ед.: 10 / 11", "Jobs:
 * 180 / 152"), each after the word saying which value it is, close
 * together ("план — 6, факт — 7", "plan: 150, actual: 164"), or as
 * end_of_from says. */
bool xprev_listed(const struct xsent *s, int i, const struct xfig *prev)
{
	if ((xtw_is(s, i - 1, "/") && prev->t1 == i - 1) ||
	    end_of_from(s, i, prev))
		return true;
	return (value_kind(s, i - 1) || year_dash(s, i - 1)) &&
	       (value_kind(s, prev->t0 - 1) || year_dash(s, prev->t0 - 1)) &&
	       prev->t1 < i - 2 && i - 2 - prev->t1 <= 2;
}

/* A people noun of its own within three words before the number at i,
 * after the figure before and not another figure's ("264 new jobs, total
 * staff now 1,120"; not "57 suppliers now form the cluster, up from
 * 40"): the number counts those people, not the figure's noun. */
static bool own_noun_between(const struct xsent *s, int i,
			     const struct xfig *prev)
{
	const struct xunit *u;
	int j, n;

	for (j = prev->t1 > i - 3 ? prev->t1 : i - 3; j < i; j++)
		if (s->t[j].type == XT_WORD && !(s->t[j].flags & XF_USED) &&
		    (u = xw_unit(s, j, &n)) != NULL && u->cls == XU_PEOPLE &&
		    strcmp(u->out, prev->unit) != 0)
			return true;
	return false;
}

/* The "from" before the number at i, past a rough qualifier ("from
 * about 1,100", "from roughly 420"): its token, or -1. */
static int from_at(const struct xsent *s, int i)
{
	static const char *const rough[] = { "about", "around", "roughly",
		"nearly", "almost", "some", "approximately", NULL };

	if (xtw_isa(s, i - 1, rough) && xtw_is(s, i - 2, "from"))
		return i - 2;
	return xtw_is(s, i - 1, "from") ? i - 1 : -1;
}

/* "employs 240 people now and will have 325", "has 12 residents and
 * had 9": a second verb of having for the same subject, joined by
 * "and", before the number at i. */
static bool and_have(const struct xsent *s, int i)
{
	static const char *const have[] = { "have", "has", "had", "employ",
		"employs", NULL };
	static const char *const aux[] = { "will", "would", "should", "is",
		"to", NULL };
	int j = i - 2;

	if (!xtw_isa(s, i - 1, have))
		return false;
	if (xtw_isa(s, j, aux))
		j--;
	return xtw_is(s, j, "and");
}

bool xprev_takes(const struct xsent *s, int i, int e,
		       const struct xfig *prev)
{
	int fr = from_at(s, i);

	return prev != NULL && !own_noun_between(s, i, prev) &&
	       (xelide_compared(s, i) || xprev_listed(s, i, prev) ||
		total_to(s, i) || xref_out_of(s, i) ||
		xref_more(s, i, e) || xref_dated_again(s, i, e, prev) ||
		in_earlier_paren(s, i) || xelide_same_count(s, i, e, prev) ||
		xelnoun_listed(s, e, prev) ||
		((prev->cls == XU_COUNT || prev->cls == XU_PEOPLE) &&
		 and_have(s, i)) ||
		(fr >= 0 &&
		 (xtw_is(s, fr - 1, "up") || xtw_is(s, fr - 1, "down") ||
		  xqual_change_near(s, fr))));
}

/* Past a possessive at k ("park's", "zone’s"; "park" "'s"): the token
 * after it, else k. */
static int possessive(const struct xsent *s, int k)
{
	size_t n = k < s->nt ? strlen(s->t[k].w) : 0;

	if (n > 2 && strcmp(s->t[k].w + n - 2, "'s") == 0)
		return k + 1;
	if (k + 1 < s->nt && s->t[k].type == XT_WORD &&
	    (xtw_is(s, k + 1, "'s") ||
	     (xtw_is(s, k + 1, "'") && xtw_is(s, k + 2, "s"))))
		return k + (xtw_is(s, k + 1, "'s") ? 2 : 3);
	return k;
}

/* The token before "the park's" that ends at j ("of the park's 52"):
 * the "of", or -1. */
static int possessive_start(const struct xsent *s, int j)
{
	int k;

	for (k = j - 1; k >= 1 && k >= j - 4; k--)
		if (xtw_is(s, k, "of"))
			return possessive(s, k + 1 + xtw_is(s, k + 1, "the")) ==
			       j ? k : -1;
	return -1;
}

/* A bare number after its whole, said first: "Из 64 гектаров свободно
 * около восьми", "Of the park's 52 hectares, 19 are free": the part takes
 * the whole's unit (a larger number after "из"/"of" a few words back,
 * with its unit said at once). */
bool xprev_whole_before(const struct xsent *s, const struct xdoc *d,
			int i, struct xfig *f)
{
	const struct xunit *u;
	const char *out = "";
	int j, k, n;

	(void)d;
	for (j = i - 1; j >= 1 && j >= i - 8; j--) {
		if (s->t[j].type != XT_NUM || (s->t[j].flags & XF_TIME) ||
		    s->t[j].v <= f->v ||
		    !(xtw_is(s, j - 1, "из") || xtw_is(s, j - 1, "of") ||
		      xtw_is(s, possessive_start(s, j), "of")))
			continue;
		k = j + 1; /* the whole's own words, read again */
		if (xw_scale(s, k, &n, &out) > 0)
			k += n;
		else
			out = "";
		if ((u = xw_unit(s, k, &n)) == NULL || u->cls == XU_PCT ||
		    u->cls == XU_TIMES)
			return false;
		gs_snprintf(f->scale, sizeof(f->scale), "%s", out);
		xu_set(f, u->out, u->cls);
		return true;
	}
	return false;
}

bool xprev_of_whole(struct xsent *s, const struct xdoc *d, int e,
		    struct xfig *f)
{
	static const char *const det[] = { "its", "the", "our", "their",
		"his", "her", "all", NULL };
	struct xfig g;
	bool direct, slash = xtw_is(s, e, "/");
	double whole;
	int k = e + 1, j, nw = 1;

	if (xtw_is(s, e, "out") && xtw_is(s, e + 1, "of"))
		k++; /* "12 out of 40 residents" */
	else if (!xtw_is(s, e, "of") && !xtw_is(s, e, "из") && !slash)
		return false; /* "41 / 47 компаний": two years' values */
	for (j = 0; xtw_is(s, e, "of") && det[j] != NULL; j++)
		if (xtw_is(s, k, det[j])) {
			k++;
			break;
		}
	k = possessive(s, k); /* "19 of the park's 52 hectares" */
	if (k >= s->nt || (s->t[k].flags & XF_TIME))
		return false;
	if (s->t[k].type == XT_NUM)
		whole = s->t[k].v;
	else if ((nw = xw_spelled(s, k, &whole)) == 0)
		return false; /* "nine of the fifteen residents", "Двое из
			       * одиннадцати резидентов" */
	if (whole < f->v && !slash)
		return false;
	memset(&g, 0, sizeof(g));
	if (xu_after(s, d, k + nw, &g, &direct) < 0 || !direct ||
	    g.unit[0] == '\0' || g.cls == XU_PCT || g.cls == XU_TIMES)
		return false;
	gs_snprintf(f->scale, sizeof(f->scale), "%s", g.scale);
	xu_set(f, g.unit, g.cls);
	return true;
}
