/*
** extract_num.c: the figures of a sentence: a number (digits, "five",
** "a thousand", "doubled", "вдвое") with its scale word, unit and
** qualifier.
**
** The unit is found by extract_unitof.c; a number with none is not a
** figure.
**
** Also left out: numbers in names and dates (extract_time.c marks them),
** ordinals but "will become the 13th IRTC", "one of", people who report
** ("two participants of the meeting told"), and a number right after a
** capitalised word with no unit of its own ("Windows 11").
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"
#include "extract_vals.h"
#include "extract_uform.h"
#include "extract_elide.h"
#include "extract_nofig.h"
#include "extract_adj.h"
#include "extract_bare.h"
#include "extract_again.h"
#include "extract_r14b.h"
#include "extract_r15b.h"
#include "../../series/parse.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

static bool free_tok(const struct xsent *s, int i)
{
	return i >= 0 && i < s->nt &&
	       !(s->t[i].flags & (XF_TIME | XF_NAME | XF_USED));
}

/* ---- the number ---- */

/* Words that state a multiple: "doubled", "tripling", "вдвое". */
static double multiple_word(const char *w)
{
	static const struct { const char *w; double v; } ws[] = {
		{ "double", 2 }, { "doubled", 2 }, { "doubles", 2 },
		{ "doubling", 2 }, { "twofold", 2 }, { "two-fold", 2 },
		{ "triple", 3 }, { "tripled", 3 }, { "triples", 3 },
		{ "tripling", 3 }, { "threefold", 3 }, { "three-fold", 3 },
		{ "quadrupled", 4 }, { "quadrupling", 4 }, { "fourfold", 4 },
		{ "вдвое", 2 }, { "втрое", 3 }, { "вчетверо", 4 },
		{ "впятеро", 5 }, { "вшестеро", 6 }, { "всемеро", 7 },
		{ "ввосьмеро", 8 }, { "вдевятеро", 9 }, { "вдесятеро", 10 },
		{ "удвоился", 2 }, { "удвоилась", 2 }, { "удвоилось", 2 },
		{ "удвоились", 2 }, { "удвоится", 2 }, { "удвоить", 2 },
		{ "утроился", 3 }, { "утроилась", 3 }, { "утроилось", 3 },
		{ "утроится", 3 }, { "удвоили", 2 }, { "удвоил", 2 },
		{ "удвоила", 2 }, { "утроили", 3 },
	};
	struct xsent one;
	struct xtok tok;
	size_t i, n = strlen(w);
	double v = 0;

	for (i = 0; i < GS_ARRAY_LEN(ws); i++)
		if (strcmp(ws[i].w, w) == 0)
			return ws[i].v;
	/* "sevenfold", "ten-fold" */
	if (n <= 4 || n > 30 || strcmp(w + n - 4, "fold") != 0)
		return 0;
	memset(&one, 0, sizeof(one));
	memset(&tok, 0, sizeof(tok));
	tok.type = XT_WORD;
	gs_snprintf(tok.w, sizeof(tok.w), "%.*s", (int)(n - 4 -
				(w[n - 5] == '-')), w);
	one.t = &tok;
	one.nt = 1;
	return xw_spelled(&one, 0, &v) == 1 ? v : 0;
}

/* The number at i: its value, tokens taken and what kind of number it
 * is. 0 when there is none. */
/* "its 20th resident", "35-й резидент": an ordinal that counts the
 * residents so far (not "the 3rd resident forum"). */
static bool nth_resident(const struct xsent *s, int i)
{
	return (s->t[i].flags & XF_ORD) && !(s->t[i].flags & XF_TIME) &&
	       (is_w(s, i + 1, "resident") || is_w(s, i + 1, "резидент")) &&
	       (i + 2 >= s->nt || s->t[i + 2].type == XT_PUNCT);
}

static int number_at(const struct xsent *s, int i, double *v, bool *mult,
		     bool *spelled)
{
	const struct xtok *t = &s->t[i];
	const char *out;
	int k, n;

	*mult = false;
	*spelled = false;
	if (!free_tok(s, i))
		return 0;
	if (t->type == XT_NUM && (!(t->flags & (XF_ORD | XF_GLUED)) ||
				  nth_resident(s, i))) {
		*v = t->v;
		return 1;
	}
	if (t->type != XT_WORD)
		return 0;
	k = 0;
	if ((*v = multiple_word(t->w)) > 0 ||
	    (is_w(s, i, "twice") && (is_w(s, i + 1, "as") ||
				     is_w(s, i + 1, "the")) && (*v = 2) > 0) ||
	    (k = xagain_half(s, i, v)) > 0) {
		*mult = true; /* "twice as much as in 2021", not "twice a year";
			       * "half as much again" */
		return k > 0 ? k : 1;
	}
	if ((is_w(s, i, "a") || is_w(s, i, "an")) &&
	    xw_scale(s, i + 1, &n, &out) > 0) {
		*v = 1;
		*spelled = true;
		return 1;
	}
	if ((k = xnum_part_scale(s, i, v)) > 0) {
		*spelled = true; /* "a quarter of a million" */
		return k;
	}
	if (is_w(s, i, "half") && is_w(s, i + 1, "a") &&
	    xw_scale(s, i + 2, &n, &out) > 0) {
		*v = 0.5; /* "half a billion" */
		*spelled = true;
		return 2;
	}
	if ((k = xw_spelled(s, i, v)) > 0)
		*spelled = true;
	return k;
}

/* ---- cues ---- */

/* "for every ruble of tax breaks, there is 11 rubles": a ratio. */
static bool every_same_unit(const struct xsent *s, const struct xfig *f)
{
	const struct xunit *u;
	int i, n;

	for (i = 0; i + 1 < s->nt; i++) {
		if (!(is_w(s, i, "every") || is_w(s, i, "each") ||
		      is_w(s, i, "каждый") || is_w(s, i, "каждого") ||
		      is_w(s, i, "каждую")))
			continue;
		if ((u = xw_unit(s, i + 1, &n)) != NULL &&
		    strcmp(u->out, f->unit) == 0 && i + 1 < f->tn)
			return true;
	}
	return false;
}

/* "the 13th IRTC" after "become": a count. */
static bool rank_at(const struct xsent *s, int i)
{
	return (s->t[i].flags & XF_ORD) && !(s->t[i].flags & XF_TIME) &&
	       is_w(s, i - 1, "the") && i >= 2 &&
	       xw_in(XL_RANK, s->t[i - 2].w);
}

/* "one in every 10 people": 10 %. Returns the tokens taken or 0. */
static int one_in_every(struct xsent *s, int i, struct xfig *f)
{
	int j = i + 2, e, n;
	double v = 0;

	if (s->t[i + 1 < s->nt ? i + 1 : i].type == XT_WORD &&
	    is_w(s, i + 2, "in") && is_w(s, i + 3, "every"))
		j++; /* "one rouble in every twelve", "one job in every four" */
	if (!((is_w(s, i, "one") || (s->t[i].type == XT_NUM && s->t[i].v == 1))
	      && is_w(s, j - 1, "in")))
		return 0;
	if (is_w(s, j, "every"))
		j++;
	if (j >= s->nt)
		return 0;
	if (s->t[j].type == XT_NUM)
		v = s->t[j].v;
	else if (xw_spelled(s, j, &v) == 0)
		return 0;
	if (v < 2)
		return 0;
	e = j + 1;
	if (xw_unit(s, e, &n) != NULL)
		e += n;
	f->v = xshare_one_in(v);
	xu_set(f, "%", XU_PCT);
	f->pct = true;
	f->share = true;
	return e - i;
}

/* ---- a figure ---- */

/* A range or a change between two numbers: "100 to 150", "from three to
 * five billion rubles", "50-100 times", "с 3 до 5", "5 or 6". The connector's
 * index, or -1. */
static int connector(const struct xsent *s, int j, int i)
{
	if (is_w(s, j, "to") || is_w(s, j, "-") || is_w(s, j, "–") ||
	    is_w(s, j, "—") || (is_w(s, j, "and") && is_w(s, i - 1, "between")) ||
	    is_w(s, j, "or") || is_w(s, j, "или") ||
	    (is_w(s, j, "до") && (is_w(s, i - 1, "от") || is_w(s, i - 1, "с") ||
				  is_w(s, i - 1, "со"))))
		return j;
	return -1;
}

static bool change_before(const struct xsent *s, int i)
{
	int j;

	for (j = 0; j < i; j++)
		if (xw_in(XL_UP, s->t[j].w) || xw_in(XL_DOWN, s->t[j].w))
			return true;
	return false;
}

/* People who report rather than a figure: "two participants of the
 * meeting told", "рассказали два представителя". */
static bool reporter(const struct xsent *s, const struct xfig *f, int e)
{
	int j;

	if (f->t0 > 0 && xw_in(XL_REPORT, s->t[f->t0 - 1].w))
		return true;
	for (j = e; j < s->nt && j < e + 6; j++) {
		if (s->t[j].type == XT_PUNCT && !is_w(s, j, "-"))
			return false;
		if (xw_in(XL_REPORT, s->t[j].w))
			return true;
	}
	return false;
}

/* "spent fifteen years", "took three years": time spent, no figure. */
static bool spent(const struct xsent *s, int i)
{
	static const char *const ws[] = { "spent", "spend", "took", "take",
		"taken", "потратили", "ушло", NULL };
	int k;

	for (k = 0; ws[k] != NULL; k++)
		if (is_w(s, i - 1, ws[k]))
			return true;
	return false;
}

/* How long something has gone on or when it will be, not a term:
 * "has been running for six years", "уже больше 200 лет", "up 2.3-fold
 * in five years", "через 5 лет". */
static bool duration(const struct xsent *s, const struct xfig *f, int e)
{
	static const char *const ws[] = { "in", "within", "already", "через",
		"уже", NULL };
	int k;

	for (k = 0; ws[k] != NULL; k++)
		if (is_w(s, f->t0 - 1, ws[k]) || is_w(s, f->tn - 1, ws[k]))
			return true;
	if (is_w(s, e, "already") || is_w(s, e, "уже") ||
	    xref_since(s, f->t0, e, f->q))
		return true; /* "for 12 years already", "the ten years since" */
	for (k = f->t0 - 3; k < f->t0; k++)
		if (is_w(s, k, "been"))
			return true;
	return false;
}

/* Checks and cues once the number and its unit are known. */
static bool keep(struct xsent *s, struct xfig *f, int e, bool spelled,
		 bool direct)
{
	int i = f->tn;

	if (f->unit[0] == '\0' && f->scale[0] == '\0')
		return false;
	if (spelled && f->v == 1 && !direct)
		return false;
	if (i > 1 && xr15b_name_cap(s, i - 1) &&
	    !s->t[i - 1].acro && !direct && xw_month(&s->t[i - 1]) == 0 &&
	    f->q == GS_QUAL_NONE && strstr(s->t[i - 1].w, "'s") == NULL &&
	    !xw_in(XL_STOP, s->t[i - 1].w))
		return false; /* "Windows 11", not "Russia's 120", "— На 8" */
	if (((f->cls == XU_PEOPLE || f->cls == XU_OTHER) &&
	     reporter(s, f, e)) || xref_where(s, f->t0) || xref_version(s, i) ||
	    xform_not_figure(s, i) || xnofig(s, f, e))
		return false; /* "at our two sites", "Industry 4.0" */
	if (f->cls == XU_YEARS && (is_w(s, e, "old") || is_w(s, e, "ago") ||
				   strcmp(f->unit, "years") != 0 ||
				   spent(s, f->t0) || duration(s, f, e) ||
				   !xform_term(s, f)))
		return false; /* an age, a time ago, months, decades, years spent,
			       * anything but a term */
	if ((strcmp(f->unit, "km") == 0 || strcmp(f->unit, "км") == 0) &&
	    (is_w(s, e, "from") || is_w(s, e, "away") || is_w(s, e, "от")))
		return false; /* "100 km from Moscow": where, not how much */
	if (f->cls == XU_PEOPLE && is_w(s, i - 1, "for") &&
	    (is_w(s, i - 2, "jobs") || is_w(s, i - 2, "workplaces")))
		xu_set(f, "jobs", XU_COUNT);
	xform_sign(s, f);
	f->pct = f->cls == XU_PCT || f->pct;
	if (f->pct && (is_w(s, e, "of") || is_w(s, e, "от")))
		f->share = true;
	if ((f->cls == XU_CUR || f->cls == XU_COUNT) && every_same_unit(s, f)) {
		xu_set(f, "times", XU_TIMES);
		f->ratio_level = true;
	}
	f->multiple = f->cls == XU_TIMES && !f->ratio_level;
	if (f->multiple || f->pct)
		f->down = xnum_down_before(s, i) ||
			  (f->pct && xnum_less_after(s, e));
	return true; /* "на 35% меньше, чем ...", "35% less than", "5%
		      * below 2022" */
}

/* One number and what goes with it, from i. */
static int one_number(struct xsent *s, const struct xdoc *d, int i,
		      struct xfig *f, bool *spelled, bool *direct)
{
	const char *cur;
	bool mult;
	double v;
	int k, j, e;

	memset(f, 0, sizeof(*f));
	f->tn = i;
	*direct = true;
	*spelled = false;
	if ((k = xr14b_form_at(s, i, f)) > 0 || /* "×1,6", "вшестеро" */
	    (k = one_in_every(s, i, f)) > 0 ||
	    (k = xshare_every(s, i, f)) > 0 ||
	    (k = xnum_part_change(s, i, f)) > 0 || (k = xnum_share(s, i, f)) > 0 ||
	    (k = xord_member(s, i, f)) > 0 ||
	    (k = xform_product(s, d, i, f)) > 0 || /* "2×25 МВА" */
	    (k = xform_half_scale(s, d, i, f)) > 0)
		return i + k;
	if (rank_at(s, i)) {
		v = s->t[i].v;
		k = 1;
		f->rank = true;
		mult = false;
	} else if ((k = number_at(s, i, &v, &mult, spelled)) == 0) {
		if (!xform_scale_alone(s, i))
			return -1;
		v = 1; /* "миллиард рублей": the scale read next */
		*spelled = true;
	}
	f->v = v;
	j = i + k;
	if (mult || ((is_w(s, j, "x") || is_w(s, j, "х")) && !s->t[j].sp)) {
		xu_set(f, "times", XU_TIMES); /* "doubled", "2.3x" */
		return mult ? j : j + 1;
	}
	cur = i > 0 ? xw_currency_sign(&s->t[i - 1]) : NULL;
	if (cur != NULL) {
		const char *out;
		int n;

		if (xw_scale(s, j, &n, &out) > 0) {
			gs_snprintf(f->scale, sizeof(f->scale), "%s", out);
			j += n;
		} else if ((out = xform_money_scale(s, j)) != NULL) {
			/* "€300m", "$1.4b", "RUB 1.1 tn" */
			gs_snprintf(f->scale, sizeof(f->scale), "%s", out);
			j++;
		}
		xu_set(f, cur, XU_CUR);
		return j;
	}
	j += xform_post_qual(s, j, f); /* "100 с лишним", "40-plus" */
	e = xu_after(s, d, j, f, direct);
	return e < 0 ? j : e;
}

static void mark(struct xsent *s, int a, int b)
{
	for (; a < b && a < s->nt; a++)
		s->t[a].flags |= XF_USED;
}

/* Where the qualifier of the number at i ends: before a currency code or
 * sign that precedes the number ("more than RUB 13 bn", "about $5
 * billion"), else at i. */
static int qual_end(const struct xsent *s, int i)
{
	const struct xunit *u;
	int n;

	if (i < 1 || s->t[i - 1].type == XT_NUM)
		return i;
	if (xw_currency_sign(&s->t[i - 1]) != NULL)
		return i - 1;
	u = s->t[i - 1].type == XT_WORD ? xw_unit(s, i - 1, &n) : NULL;
	return u != NULL && u->cls == XU_CUR && n == 1 ? i - 1 : i;
}

/* A currency before the low end of a range and the scale after its high
 * end ("RUB 25-30 bn", "$2-3 bn"): both ends in that scale of that
 * currency; with no scale ("RUB 420-480 per sq m"), both in it. */
static void currency_before_range(struct xfig *f, struct xfig *g)
{
	if (f->cls != XU_CUR || f->scale[0] != '\0' || g->unit[0] != '\0')
		return;
	xu_set(g, f->unit, f->cls);
	gs_snprintf(f->scale, sizeof(f->scale), "%s", g->scale);
}

/* The two ends f, g of a range starting at i, joined at c ("5 to 7
 * billion", "от 5 до 7"), or of a change ("rose from 120 to 150"):
 * their pair, qualifiers and the unit said once, after the high end. */
static void range_pair(const struct xsent *s, int i, int c, struct xfig *f,
		       struct xfig *g)
{
	int a = qual_end(s, i) - 1; /* before "RUB" of "from RUB 5 bn" */
	bool from = (is_w(s, a, "from") || is_w(s, a, "с") ||
		     is_w(s, a, "со")) &&
		    change_before(s, i);

	if (f->unit[0] == '\0' && f->scale[0] == '\0') {
		gs_snprintf(f->scale, sizeof(f->scale), "%s", g->scale);
		xu_set(f, g->unit, g->cls);
	}
	f->pair = from ? XP_FROM : XP_LOW;
	g->pair = from ? XP_TO : XP_HIGH;
	if (from)
		f->q = GS_QUAL_NONE;
	else if (f->q == GS_QUAL_NONE)
		f->q = GS_QUAL_AT_LEAST;
	g->q = from ? GS_QUAL_NONE : GS_QUAL_UP_TO;
	g->t0 = c + 1;
}

/* The figure (or the two of a range) at i; the end, or -1. */
static int figure_at(struct xsent *s, const struct xdoc *d, int i,
		     const struct xfig *prev, struct xfig *f, struct xfig *g,
		     int *nf)
{
	bool spelled, direct, sp2, dir2;
	enum gs_qual q;
	int e, c, e2 = -1, start;

	*nf = 0;
	if ((e = xform_word_range(s, d, i, f, g)) > 0) {
		if (!keep(s, f, e, true, true) || !keep(s, g, e, true, true))
			return -1;
		*nf = 2; /* "ещё две-три компании" */
		mark(s, i, e);
		return e;
	}
	if ((e = one_number(s, d, i, f, &spelled, &direct)) < 0)
		return -1;
	if ((q = xqual_before(s, qual_end(s, i), &start)) != GS_QUAL_NONE)
		f->q = q; /* else the one after the number, if any */
	f->t0 = start;
	c = connector(s, e, qual_end(s, i));
	if (c >= 0 && c + 2 < s->nt && xw_currency_sign(&s->t[c + 1]) != NULL)
		c++; /* "from RUB 5 bn to RUB 7 bn" */
	if (c >= 0 && (e2 = one_number(s, d, c + 1, g, &sp2, &dir2)) > 0 &&
	    !g->unit[0] && !g->scale[0] && !f->unit[0] && !f->scale[0] &&
	    xu_bare(s, e2) && (xu_behind(s, i, g) || xu_number_of(s, i, g)))
		dir2 = false;
	if (c >= 0 && e2 > 0)
		currency_before_range(f, g);
	if (c >= 0 && e2 > 0 && (g->unit[0] || g->scale[0]) &&
	    (f->unit[0] == '\0' || f->cls == g->cls)) {
		range_pair(s, i, c, f, g);
		f->t1 = e;
		g->t1 = e2;
		if (keep(s, f, c, spelled, true) && keep(s, g, e2, sp2, dir2)) {
			*nf = 2;
			mark(s, i, e2);
			return e2;
		}
		return -1;
	}
	if (xref_context_unit(s, d, i, e, prev, f))
		direct = true; /* "— Сегодня 38.": no name before it */
	if (f->unit[0] == '\0' && f->scale[0] == '\0') {
		if (xprev_of_whole(s, d, e, f) ||
		    xprev_whole_before(s, d, i, f)) {
			/* "268 of its 300 hectares": the whole's unit */
		} else if (xprev_takes(s, i, e, prev)) {
			/* "reached 16,800, up from 11,200", "72 companies,
			 * compared with 58 in 2020" */
			if (f->v <= prev->v || xprev_listed(s, i, prev))
				/* not "5 тыс. ..., на 300 меньше" */
				gs_snprintf(f->scale, sizeof(f->scale), "%s",
					    prev->scale);
			xu_set(f, prev->unit, prev->cls);
		} else if ((!xu_bare(s, e) ||
			    !(xu_behind(s, i, f) || xu_number_of(s, i, f))) &&
			   !xbare_take(s, d, i, e, f, prev)) { /* "287 were" */
			return -1;
		}
		direct = false;
	}
	if (f->unit[0] == '\0' && xu_bare(s, e) &&
	    (xu_behind(s, i, f) || xu_number_of(s, i, f)))
		direct = false; /* "число рабочих мест должно превысить 4 тыс.",
				 * "число гостиничных мест до 5 тысяч" */
	if (f->unit[0] == '\0' && f->scale[0] != '\0' && prev != NULL &&
	    prev->unit[0] != '\0' && prev->scale[0] != '\0' &&
	    prev->cls != XU_PCT && prev->cls != XU_TIMES)
		/* "1,2 тыс. рабочих мест, а с момента создания — более 10
		 * тыс.": the unit said once */
		xu_set(f, prev->unit, prev->cls);
	f->t1 = e;
	if (!keep(s, f, e, spelled, direct))
		return -1;
	*nf = 1;
	mark(s, i, e);
	return e;
}

/* Millions said with no noun after them in a sentence about money:
 * "Налоговые отчисления ... — 310 миллионов", "a further 300 million
 * for the water main". */
static bool millions_alone(const struct xsent *s, const struct xdoc *d,
			   const struct xfig *f)
{
	int n;
	const char *out;

	if (is_w(s, f->tn - 1, "of") &&
	    (is_w(s, f->tn - 2, "town") || is_w(s, f->tn - 2, "city") ||
	     is_w(s, f->tn - 2, "population")))
		return false; /* "a city of 1.2 million" */
	return (strcmp(f->scale, "million") == 0 ||
		strcmp(f->scale, "млн") == 0) && f->t1 > 0 &&
	       (xw_scale(s, f->t1 - 1, &n, &out) > 0 ||
		(f->t1 > 1 && is_w(s, f->t1 - 1, ".") &&
		 xw_scale(s, f->t1 - 2, &n, &out) > 0)) &&
	       (xmoney_cue(s) || xmoney_last_big(d, s) != NULL);
}

/* Billions or trillions said without a currency, or with the count said
 * just before ("создали 1,2 тыс. рабочих мест, а ... вырастут до 15
 * млрд"): the currency of an earlier figure of the sentence, else of one
 * of the sentences before (extract_money.c). */
static void billions_are_money(const struct xsent *s, const struct xdoc *d,
			       struct xfig *f, int n)
{
	const char *cur;
	static const char *const big[] = { "billion", "trillion", "млрд",
					   "трлн" };
	size_t k;
	int j;

	if (f[n].cls == XU_CUR || f[n].pair != XP_NONE ||
	    (f[n].unit[0] != '\0' && f[n].cls != XU_COUNT &&
	     f[n].cls != XU_PEOPLE))
		return;
	for (k = 0; k < GS_ARRAY_LEN(big); k++)
		if (strcmp(f[n].scale, big[k]) == 0)
			break;
	if (k == GS_ARRAY_LEN(big) && !millions_alone(s, d, &f[n]))
		return;
	for (j = n - 1; j >= 0; j--)
		if (f[j].cls == XU_CUR) {
			xu_set(&f[n], f[j].unit, XU_CUR);
			return;
		}
	if ((cur = xmoney_before(d, s)) != NULL || /* a sentence before's */
	    (cur = xmoney_last_big(d, s)) != NULL) /* the last amount's */
		xu_set(&f[n], cur, XU_CUR);
}

int xnum_spot(struct xsent *s, const struct xdoc *d, struct xfig *f, int max)
{
	int n = 0, i, e, k;

	for (i = 0; i < s->nt && n + 2 <= max; i++) {
		if (!free_tok(s, i))
			continue;
		if ((e = figure_at(s, d, i, xelide_prev(s, f, n), &f[n],
				   &f[n + 1], &k)) < 0)
			continue;
		if (k == 1) {
			billions_are_money(s, d, f, n);
			xlabel_generic_unit(s, &f[n]);
			xr14b_fig(s, d, f, n); /* "600 million", "17 коп." */
			xadj_elided(s, d, &f[n], n ? &f[n - 1] : NULL);
			xelide_compared_level(s, &f[n], n ? &f[n - 1] : NULL);
		}
		xr15b_spot(s, d, f, n, k); /* "15 to 18 million", "and 550" */
		n += k;
		i = e - 1;
	}
	return n;
}
