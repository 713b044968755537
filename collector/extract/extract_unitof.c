/*
** extract_unitof.c: where the unit of a number is, in order: right after
** the number or its scale ("154 billion rubles", "2.8-fold",
** "43,000-square-meter"); an acronym the text defines ("12 IRTCs",
** "Technology Center (IRTC)" -> centers); a known unit a few modifier
** words on ("150 new innovative and high-tech manufacturing facilities");
** the plural noun phrase right after the number ("two ice arenas", "125
** international nonproprietary names (INNs)" -> INNs); and, for a number
** followed by punctuation or a verb, a known count a few words before it
** ("the number of enterprises will increase to 5,500").
*/
#include "../../common.h"

#include <string.h>

#include "extract_freq.h"
#include "extract_hyph.h"
#include "extract_compound.h"
#include "extract_head.h"
#include "extract_lverb.h"
#include "extract_pmark.h"
#include "extract_int.h"
#include "extract_prep.h"
#include "extract_elide.h"
#include "extract_ends.h"
#include "extract_elnoun.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

static bool free_tok(const struct xsent *s, int i)
{
	return i >= 0 && i < s->nt &&
	       !(s->t[i].flags & (XF_TIME | XF_NAME | XF_USED));
}

void xu_set(struct xfig *f, const char *unit, enum xucls cls)
{
	gs_snprintf(f->unit, sizeof(f->unit), "%s", unit);
	f->cls = cls;
}

/* An acronym at i the text defines: its unit through the long form's last
 * word ("IRTCs" -> "centers"), else the acronym as written. */
static bool acronym_unit(const struct xsent *s, const struct xdoc *d, int i,
			 struct xfig *f)
{
	struct xsent one;
	struct xtok tok;
	char key[16];
	const struct xunit *u;
	size_t n;
	int k, nt;

	if (i >= s->nt || !s->t[i].acro || xpmark_at(s, i))
		return false; /* "+4 YTD": a period mark, no unit */
	if (i + 1 < s->nt && s->t[i + 1].type == XT_WORD && !s->t[i + 1].cap &&
	    !xw_in(XL_STOP, s->t[i + 1].w))
		return false; /* "IT parks": the phrase names the unit */
	gs_snprintf(key, sizeof(key), "%s", s->t[i].w);
	n = strlen(key);
	if (n > 2 && key[n - 1] == 's')
		key[n - 1] = '\0';
	for (k = 0; k < d->nacro; k++) {
		if (strcmp(d->acro[k].acr, key) != 0)
			continue;
		memset(&one, 0, sizeof(one));
		memset(&tok, 0, sizeof(tok));
		tok.type = XT_WORD;
		gs_snprintf(tok.w, sizeof(tok.w), "%s", d->acro[k].head);
		one.t = &tok;
		one.nt = 1;
		if ((u = xw_unit(&one, 0, &nt)) != NULL) {
			xu_set(f, u->out, u->cls);
			return true;
		}
	}
	gs_snprintf(f->unit, sizeof(f->unit), "%.*s", s->t[i].len,
		    s->text + s->t[i].off);
	f->cls = XU_OTHER;
	return true;
}

/* An English plural noun ("parks"), which ends the phrase a number
 * counts: an "and" after it joins another count. */
static bool plural_noun(const struct xtok *t)
{
	size_t n = strlen(t->w);

	return !t->cyr && n > 3 && t->w[n - 1] == 's' && t->w[n - 2] != 's';
}

/* A known unit within a few modifier words from i; its end, or -1. */
static int unit_ahead(const struct xsent *s, int i, struct xfig *f)
{
	const struct xunit *u;
	double v;
	int j, n;

	for (j = i; j < s->nt && j < i + 7; j++) {
		const struct xtok *t = &s->t[j];

		if (t->type != XT_WORD || !free_tok(s, j) ||
		    (j > i && xw_spelled(s, j, &v) > 0))
			return -1; /* "инвестиций и ещё двести рабочих мест" */
		if (j > i && plural_noun(&s->t[j - 1]))
			return -1; /* "14 industrial parks paid RUB 2 bn" */
		if ((u = xw_unit(s, j, &n)) != NULL) {
			if (u->cls == XU_TIMES || u->cls == XU_YEARS ||
			    u->cls == XU_PCT || u->cls == XU_PP)
				return -1;
			xu_set(f, u->out, u->cls);
			return j + n;
		}
		if ((is_w(s, j, "and") || is_w(s, j, "or") || is_w(s, j, "и")) &&
		    j > i && j + 1 < s->nt && s->t[j + 1].type == XT_WORD &&
		    !plural_noun(&s->t[j - 1]) && xw_spelled(s, j + 1, &v) == 0)
			continue; /* not "17 industrial parks and four ..." */
		if (xw_in(XL_STOP, t->w) || xw_in(XL_REPORT, t->w))
			return -1;
	}
	return -1;
}

/* A word that describes rather than names what is counted: "new",
 * "more", "новых", "крупные". */
static bool adjective(const char *w)
{
	static const char *const ws[] = { "new", "more", "additional",
		"other", "further", "extra", "small", "large", "big", "major",
		"key", "modern", "innovative", "existing", "current", "operating",
		"leading", "various", "different", "total", "annual", "own",
		"young", "high-tech", "unique", "single", "local", "foreign",
		"domestic", "such", NULL };
	static const char *const ru[] = { "нов", "дополнительн", "друг",
		"крупн", "ведущ", "существующ", "действующ", "современн",
		"уникальн", "собственн", "молод", "таки", NULL };
	size_t k;

	for (k = 0; ws[k] != NULL; k++)
		if (strcmp(ws[k], w) == 0)
			return true;
	for (k = 0; ru[k] != NULL; k++)
		if (strncmp(w, ru[k], strlen(ru[k])) == 0 &&
		    strlen(w) <= strlen(ru[k]) + 6)
			return true;
	return false;
}

/* A Russian verb by its ending ("строились", "работают", "обеспечивает",
 * "строят", "пришли", "открыли"), which names no thing counted. */
static bool ru_verb(const char *w)
{
	static const char *const ends[] = { "лись", "лось", "лась", "лся",
		"тся", "ают", "яют", "уют", "ает", "яет", "ует", "еет", "ят",
		"шли", "или", "ыли", "дут", "ено", "ано", "дали",
		"сали", "чали", "жали", "вали", NULL };
		/* "ведут", "заявлено", "подали", "создали", "подписали",
		 * "начали" (round 14) */
	static const char *const preds[] = { "нужны", "нужно", "нужен",
		"нужна", "должны", NULL }; /* "человек шестьдесят нужны" */
	static const char *const verbs[] = { "яли", NULL };
	static const char *const parts[] = { "ены", "аны", "яны", "ыты",
		NULL };
	int k;

	for (k = 0; preds[k] != NULL; k++)
		if (strcmp(w, preds[k]) == 0)
			return true;
	return xends_in(w, ends, 2) || xends_in(w, verbs, 3) ||
	       xends_in(w, parts, 4);
}

/* The last word of the phrase from i to last that a number counts: a
 * Russian phrase ends at its first noun ("индустриальных парков
 * региона", "парках работают"), an English one at its last plural
 * ("industrial parks paid"). */
static int phrase_end(const struct xsent *s, int i, int last)
{
	int k;

	if (s->t[last].cyr) {
		for (k = i; k < last; k++)
			if (!s->t[k].cyr || !xu_ru_adjective(s->t[k].w))
				return k;
		return last;
	}
	for (k = last; k >= i; k--)
		if (plural_noun(&s->t[k]))
			return k; /* "64 teams joined" */
	return last;
}

/* The plural noun phrase after the number ("ice arenas"), or an acronym
 * in brackets after it ("names (INNs)"); its end, or -1. */
static int phrase_unit(const struct xsent *s, int i, struct xfig *f)
{
	static const char *const soft[] = { "ь", NULL };
	int j, first, last = -1;

	if (xelide_not_noun(s, i) || xfreq_at(s, i) > 0)
		return -1; /* "на 13 больше", "24 twelve months earlier",
			    * "80 ежегодно" */
	for (j = i; j < s->nt && j < i + 3; j++) {
		const struct xtok *t = &s->t[j];

		if (t->type != XT_WORD || !free_tok(s, j) ||
		    (t->cap && !(t->acro && j == i)) ||
		    (!t->acro && xw_in(XL_STOP, t->w)) ||
		    xw_in(XL_REPORT, t->w) || xelnoun_stop(s, i, j))
			break;
		last = j;
	}
	if (last < 0 || (s->t[i].cyr && (ru_verb(s->t[i].w) ||
	    (f->scale[0] != '\0' && xends_in(s->t[i].w, soft, 3)))) ||
	    xelnoun_adjs_only(s, i, last))
		return -1; /* "ещё два строились" */
	if (s->t[i].cyr && (is_w(s, i - 2, "них") || is_w(s, i - 2, "числе") ||
			    is_w(s, i - 2, "которых")) &&
	    xu_ru_adjective(s->t[phrase_end(s, i, last)].w))
		return -1; /* "(из них 10 иностранных)", "в том числе 850
			    * принятых": of them, no noun */
	if (is_w(s, last + 1, "(") && last + 3 < s->nt &&
	    s->t[last + 2].acro && is_w(s, last + 3, ")")) {
		gs_snprintf(f->unit, sizeof(f->unit), "%.*s",
			    s->t[last + 2].len, s->text + s->t[last + 2].off);
		f->cls = XU_OTHER;
		return last + 4;
	}
	last = phrase_end(s, i, last);
	if (!s->t[last].cyr &&
	    s->t[last].w[strlen(s->t[last].w) - 1] != 's')
		return -1;
	for (first = i; first < last && adjective(s->t[first].w); first++)
		;
	gs_snprintf(f->unit, sizeof(f->unit), "%.*s",
		    s->t[last].off + s->t[last].len - s->t[first].off,
		    s->text + s->t[first].off);
	f->cls = XU_OTHER;
	return last + 1;
}

/* Is the number before j a multiple or a percent ("1.5 times", "2.8-fold")? */
bool xu_relative_after(const struct xsent *s, int j)
{
	const struct xunit *u;
	int n;

	if (is_w(s, j, "-"))
		j++;
	if (is_w(s, j, "четверть") || is_w(s, j, "quarter"))
		return true; /* "на четверть": 25 % */
	u = xw_unit(s, j, &n);
	return u != NULL && (u->cls == XU_TIMES || u->cls == XU_PCT);
}

/* The scale said with a label's currency, before the number at i:
 * "Resident revenue, RUB m: 8,400", "Выручка, млн руб.: 8 400". The
 * currency spans [j, e). */
static void label_scale(const struct xsent *s, int j, int e, int i,
			struct xfig *f)
{
	const char *out;
	int n;

	static const char *const letter[][2] = { { "m", "million" },
		{ "b", "billion" }, { "k", "thousand" } };
	size_t k;

	if (f->scale[0] != '\0')
		return;
	for (k = 0; k < GS_ARRAY_LEN(letter) && e < i; k++)
		if (is_w(s, e, letter[k][0])) { /* "RUB m:", "USD k:" */
			gs_snprintf(f->scale, sizeof(f->scale), "%s",
				    letter[k][1]);
			return;
		}
	if (e < i && xw_scale(s, e, &n, &out) > 0 && e + n <= i)
		gs_snprintf(f->scale, sizeof(f->scale), "%s", out);
	else if (j > 0 && xw_scale(s, j - 1, &n, &out) > 0 && n == 1)
		gs_snprintf(f->scale, sizeof(f->scale), "%s", out);
}

/* A known count a few words before the number: "the number of jobs will
 * increase ... to 4,400", "companies ..., and eight have". */
static bool known_behind(const struct xsent *s, int i, struct xfig *f)
{
	const struct xunit *u;
	int j, n;

	for (j = i - 1; j >= 0 && j >= i - 12; j--) {
		if (s->t[j].type == XT_NUM && !(s->t[j].flags & XF_TIME) &&
		    !xu_relative_after(s, j + 1))
			return false;
		if ((s->t[j].flags & XF_USED) && s->t[j].type == XT_WORD &&
		    !xu_relative_after(s, j))
			return false; /* the unit of another figure */
		if (s->t[j].type != XT_WORD || (s->t[j].flags & XF_TIME))
			continue;
		if (is_w(s, j - 2, "at") || is_w(s, j - 2, "by") ||
		    xprep_where(s, j - 1))
			continue; /* "headcount at member enterprises was",
				   * "employment at the park's companies",
				   * "jobs created by residents: 230",
				   * "companies registered in the cluster" */
		if ((u = xw_unit(s, j, &n)) != NULL && j + n < i &&
		    xelide_adjunct(s, j + n - 1))
			continue; /* "Cluster members: 30" counts members */
		if ((u = xw_unit(s, j, &n)) != NULL && j + n <= i &&
		    (u->cls == XU_COUNT || u->cls == XU_PEOPLE ||
		     u->cls == XU_AREA || u->cls == XU_CUR)) {
			u = xhead_noun(s, j, u); /* "Участников кластера" */
			xu_set(f, u->out, u->cls);
			f->left_unit = true;
			if (u->cls == XU_CUR)
				label_scale(s, j, j + n, i, f);
			return true;
		}
	}
	return false;
}

bool xu_behind(const struct xsent *s, int i, struct xfig *f)
{
	return xcompound_dash_noun(s, i, f) || /* "построено судов — 11" */
	       xelide_place_of(s, i, f) || /* "a town of 130,000" */
	       /* "число резидентов ТОР выросло с 14 до 19": what is
		* counted, not the nearest noun ("ТОР", "кластера") */
	       xu_number_of(s, i, f) ||
	       xcompound_label_first(s, i, f) || /* "Jobs residents ...:" */
	       known_behind(s, i, f) ||
	       xcompound_label_noun(s, i, f); /* "Hotel rooms: 1,050" */
}

/* The unit a "number of" names before the number at i: "the number of
 * industrial parks ... to reach 30", "число индустриальных парков ...
 * достигло 12": a known unit, else up to two words of letters before a
 * stop word; true when found. */
/* The known unit a "number of" counts, its noun within three words of k
 * (before i) past the words that qualify it: "количество созданных
 * рабочих мест", "число малых инновационных предприятий". NULL if none. */
static const struct xunit *counted_unit(const struct xsent *s, int k, int i,
					int *n)
{
	const struct xunit *u;
	int m;

	for (m = k; m < i && m <= k + 3 && s->t[m].type == XT_WORD; m++)
		if ((u = xw_unit(s, m, n)) != NULL)
			return u->cls != XU_YEARS ? u : NULL;
	return NULL;
}

bool xu_number_of(const struct xsent *s, int i, struct xfig *f)
{
	const struct xunit *u;
	char words[64] = "";
	int j, k, n;

	for (j = i - 1; j >= 0 && j >= i - 20; j--) {
		if (s->t[j].type == XT_NUM && !(s->t[j].flags & XF_TIME))
			return false;
		if (is_w(s, j, "number") && is_w(s, j + 1, "of"))
			k = j + 2;
		else if (is_w(s, j, "число") || is_w(s, j, "количество"))
			k = j + 1;
		else
			continue;
		if ((u = counted_unit(s, k, i, &n)) != NULL) {
			xu_set(f, u->out, u->cls);
		} else {
			for (n = k; n < k + 2 && n < i &&
				    s->t[n].type == XT_WORD && !s->t[n].cap &&
				    !xw_in(XL_STOP, s->t[n].w); n++)
				;
			if (n == k)
				return false;
			/* to the noun: "количество туристов превысит" */
			n = phrase_end(s, k, n - 1) + 1;
			gs_snprintf(words, sizeof(words), "%.*s",
				    s->t[n - 1].off + s->t[n - 1].len -
				    s->t[k].off, s->text + s->t[k].off);
			xu_set(f, words, XU_OTHER);
		}
		f->left_unit = true;
		return true;
	}
	return false;
}

/* A dash and a number within a few tokens from k, the value of a date
 * in brackets: "(в 2021 г. — 9)", "(2021 - 27)". */
static bool dash_number(const struct xsent *s, int k)
{
	int e;

	for (e = k; e < s->nt && e <= k + 3 && !is_w(s, e, ")"); e++)
		if ((is_w(s, e, "—") || is_w(s, e, "–") || is_w(s, e, "-")) &&
		    e + 1 < s->nt && s->t[e + 1].type == XT_NUM)
			return true;
	return false;
}

/* A bracket at j that opens with a number said with its own date or as
 * where a change came from: "(294 on 1 January)", "(27 at the start of
 * the year)", "(up from 27 ...)", "(против 40 ...)". */
static bool paren_dated_number(const struct xsent *s, int j)
{
	int k = j + 1;

	if ((is_w(s, k, "up") || is_w(s, k, "down")) && is_w(s, k + 1, "from"))
		return k + 2 < s->nt && s->t[k + 2].type == XT_NUM;
	if (is_w(s, k, "против") || is_w(s, k, "against") || is_w(s, k, "vs"))
		k++;
	if (k >= s->nt || s->t[k].type != XT_NUM || (s->t[k].flags & XF_TIME))
		return false;
	for (k++; k < s->nt && k <= j + 10 && !is_w(s, k, ")"); k++)
		if (s->t[k].flags & XF_TIME)
			return true;
	return false;
}

/* A bracket holding a lone number, as tables flattened to text give the
 * earlier value: "Residents: 74 (62)", "Occupancy: 93% (88%)",
 * "Выручка, млн руб.: 8 400 (6 900)". */
static bool paren_lone_number(const struct xsent *s, int j)
{
	int k = j + 2;

	if (k >= s->nt || s->t[j + 1].type != XT_NUM ||
	    (s->t[j + 1].flags & XF_TIME))
		return false;
	if (is_w(s, k, "%"))
		k++;
	return is_w(s, k, ")");
}

bool xu_paren_earlier(const struct xsent *s, int j)
{
	int k;

	if (!is_w(s, j, "("))
		return false;
	if (paren_dated_number(s, j) || paren_lone_number(s, j))
		return true;
	for (k = j + 1; k < s->nt && k <= j + 8 && !is_w(s, k, ")"); k++)
		if (is_w(s, k, "earlier") || is_w(s, k, "ранее") ||
		    ((s->t[k].flags & XF_TIME) && is_w(s, k + 1, ":")) ||
		    ((s->t[k].flags & XF_TIME) && dash_number(s, k + 1)))
			return true;
	return false;
}

/* May a number at j-1 take its unit from the words before it? Not before
 * a bracket, but before one that gives the earlier value: "member
 * companies: 33 (32 a year earlier)". */
/* A preposition at j before a time within three words: "at end-1H23",
 * "at the end of 2023", "as of 1 July", "на 1 июля". */
static bool at_time(const struct xsent *s, int j)
{
	static const char *const preps[] = { "at", "as", "on", "by", "на",
		"к", NULL };
	int k;

	for (k = 0; preps[k] != NULL && !is_w(s, j, preps[k]); k++)
		;
	if (preps[k] == NULL)
		return false;
	for (k = j + 1; k < s->nt && k <= j + 3; k++)
		if ((s->t[k].flags & XF_TIME) ||
		    strncmp(s->t[k].w, "end-", strlen("end-")) == 0 ||
		    strcmp(s->t[k].w, "year-end") == 0)
			return true; /* "at end-1H23", "at year-end" */
	return false;
}

/* A bracket at j that dates the number before it or gives another
 * figure (in digits or words, not the number again in words), so names
 * no unit of it: "Residents: 6 (as of 1 July 2024)",
 * "Jobs: 540 (planned 1,800 by 2030)", "14 (9 on the date of ...)". */
static bool paren_aside(const struct xsent *s, int j)
{
	double v;
	int k;

	for (k = j + 1; k < s->nt && k <= j + 12 && !is_w(s, k, ")"); k++)
		if (s->t[k].type == XT_NUM || s->t[k].type == XT_DATE ||
		    (s->t[k].flags & XF_TIME) ||
		    (xw_spelled(s, k, &v) > 0 &&
		     !(k == j + 1 && is_w(s, k + 1, ")"))))
			return true; /* "6 (one plant in operation, five ...)",
				      * not "6 (six)" */
	return false;
}

bool xu_bare(const struct xsent *s, int j)
{
	static const char *const ok[] = { "and", "or", "have", "has", "had",
		"are", "were", "is", "was", "will", "in", "over", "и", "в",
		"из", "out", NULL }; /* "около 2 тыс. из 3,3 тыс." */
	const char *const *p;

	if (j < s->nt && (s->t[j].flags & XF_TIME))
		return true;
	if (at_time(s, j) || xfreq_at(s, j) > 0)
		return true; /* "Residents: 22 at end-1H23", "80 a year" */
	if (j >= s->nt || s->t[j].type == XT_PUNCT)
		return j >= s->nt || strcmp(s->t[j].w, "(") != 0 ||
		       !s->t[j].sp || xu_paren_earlier(s, j) ||
		       xelide_paren_part(s, j) || paren_aside(s, j) ||
		       xelnoun_paren_list(s, j);
	for (p = ok; *p; p++)
		if (is_w(s, j, *p))
			return true;
	if (s->t[j].cyr && ru_verb(s->t[j].w))
		return true; /* "человек шестьдесят нужны", "двое подписали" */
	return xpmark_from_start(s, j) || /* "rose to 1,040 from 910" */
	       xlverb_at(s, j) || /* "Jobs: ~950 created" */
	       xelnoun_adjs_only(s, j, j); /* "Резиденты: 5 действующих" */
}

const struct xunit *xu_word_unit(const struct xsent *s, int i)
{
	struct xsent one;
	struct xtok tok;
	char *h;
	int n;

	memset(&one, 0, sizeof(one));
	tok = s->t[i];
	if ((h = strchr(tok.w, '-')) != NULL)
		*h = '\0';
	one.t = &tok;
	one.nt = 1;
	return xw_unit(&one, 0, &n);
}

/* Scale and unit from j, the token after the number; the end, or -1 when
 * the number has no unit. direct tells whether the unit follows at once. */
int xu_after(struct xsent *s, const struct xdoc *d, int j,
		      struct xfig *f, bool *direct)
{
	const struct xunit *u;
	const char *out;
	double fac;
	int n, e;

	*direct = false;
	if (is_w(s, j, "-") && !s->t[j].sp && j + 1 < s->nt &&
	    s->t[j + 1].type == XT_WORD && !s->t[j + 1].sp)
		j++;
	if ((n = xhyph_amount(s, j, f, &u)) > 0) {
		xu_set(f, u->out, u->cls); /* "a 300-million-rouble base" */
		*direct = true;
		return j + n;
	}
	if ((fac = xw_scale(s, j, &n, &out)) > 0) {
		gs_snprintf(f->scale, sizeof(f->scale), "%s", out);
		j += n;
		*direct = true;
		j += xcompound_rest(s, j, fac, f); /* "6 тыс. 300 человек" */
	}
	if ((is_w(s, j, "such") || xprep_owner(s, j)) && j + 1 < s->nt &&
	    free_tok(s, j + 1) && xw_unit(s, j + 1, &n) != NULL)
		j++; /* "16 such territories", "Три его резидента" */
	if (j < s->nt && free_tok(s, j) && (u = xw_unit(s, j, &n)) != NULL) {
		xu_set(f, u->out, u->cls);
		*direct = true;
		return j + n;
	}
	if (j < s->nt && free_tok(s, j) && strchr(s->t[j].w, '-') != NULL &&
	    (u = xu_word_unit(s, j)) != NULL) {
		xu_set(f, u->out, u->cls); /* "57 компаний-резидентов" */
		*direct = true;
		return j + 1;
	}
	if (acronym_unit(s, d, j, f)) {
		*direct = true;
		return j + 1;
	}
	if ((e = unit_ahead(s, j, f)) > 0 || (e = phrase_unit(s, j, f)) > 0)
		return e;
	if (f->scale[0] != '\0')
		return j;
	return -1;
}

