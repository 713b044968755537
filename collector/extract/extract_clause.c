/*
** extract_clause.c: the clauses of a sentence that keep a date from its
** figures: an aside on when something opened (", which opened in 2016,",
** ", созданная в 2016 году,") and the base of a comparison ("than in
** 2021", "чем за первое полугодие 2021 года", "против 2021 года").
** Moved out of extract_date.c, which combines a sentence's dates.
*/
#include "../../common.h"

#include <string.h>

#include "extract_cause.h"
#include "extract_int.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

/* Is m inside a relative clause (", which opened in 2016,", ", который
 * ...") or an aside on the founding (", created in 2016 next to ...,",
 * ", созданная в 2016 году,", ", opened in 2019,", ", открытый в 2019
 * году,")? Its date is the clause's, not the
 * sentence's. */
/* An English participle and its preposition opening an aside closed by
 * a comma: ", recently extended until 2025,", ", renewed in 2011,"; not
 * a verb with its object (", reached RUB 1.2 bn in 2022,"). */
static bool participle(const struct xsent *s, int i)
{
	static const char *const prep[] = { "in", "until", "till", "by",
		"on", "at", "from", "for", NULL };
	size_t n;
	int k;

	if (i < s->nt && s->t[i].type == XT_WORD && !s->t[i].cyr &&
	    (n = strlen(s->t[i].w)) > 4 &&
	    strcmp(s->t[i].w + n - 2, "ly") == 0)
		i++;
	if (i >= s->nt || s->t[i].type != XT_WORD || s->t[i].cyr)
		return false;
	n = strlen(s->t[i].w);
	if (n <= 4 || strcmp(s->t[i].w + n - 2, "ed") != 0)
		return false;
	for (k = 0; prep[k] != NULL; k++)
		if (is_w(s, i + 1, prep[k]))
			return true;
	return false;
}

/* "The wind farms built in the republic since 2020 have a capacity of
 * 376 MW": a past participle right after the subject's noun, its date,
 * and the sentence's verb in the present right after that date. The
 * date is the participle's (m->a0, m->a1 set), not the figure's. */
static bool subject_participle(const struct xsent *s, struct xtime *m)
{
	static const char *const verb[] = { "have", "has", "is", "are",
		NULL };
	static const char *const irr[] = { "built", "made", "set", NULL };
	int p;
	size_t n;

	if (!xt_wa(s, m->t1, verb))
		return false;
	for (p = m->t0 - 1; p >= 1 && p >= m->t0 - 6; p--) {
		if (s->t[p].type != XT_WORD || s->t[p].cyr)
			return false;
		n = strlen(s->t[p].w);
		if ((n > 4 && strcmp(s->t[p].w + n - 2, "ed") == 0) ||
		    xt_wa(s, p, irr))
			break;
	}
	if (p < 1 || p < m->t0 - 6 || s->t[p - 1].type != XT_WORD ||
	    s->t[p - 1].cyr || xw_in(XL_STOP, s->t[p - 1].w))
		return false; /* "has built since 2020" is the verb */
	m->a0 = p - 1;
	m->a1 = m->t1;
	return true;
}

/* A date in a part said after a figure (", из них за прошлый год
 * освоено 11,2 млрд", ", причём в прошлом году пришли 1200", ", of which
 * RUB 4 bn in 2022"): it dates that part to the sentence's end, not the
 * whole before it. True when m is in such a part. */
static bool in_part(const struct xsent *s, struct xtime *m)
{
	static const char *const ru[] = { "причём", "причем", NULL };
	int a, k;

	for (a = m->t0 - 1; a > 0; a--) {
		if (!is_w(s, a - 1, ","))
			continue;
		if (!xt_wa(s, a, ru) &&
		    !(is_w(s, a, "из") && (is_w(s, a + 1, "них") ||
					   is_w(s, a + 1, "которых"))) &&
		    !(is_w(s, a, "of") && (is_w(s, a + 1, "which") ||
					   is_w(s, a + 1, "them"))))
			continue;
		for (k = 0; k < a && s->t[k].type != XT_NUM; k++)
			;
		if (k >= a)
			return false; /* no figure before it */
		m->a0 = a - 1;
		m->a1 = s->nt;
		return true;
	}
	return false;
}

/* "В первом полугодии пришли три компании, сейчас их 21", "..., и
 * теперь их число достигло 18": a "now" that opens a part after a comma
 * dates that part, not the figures before it. True when m is one. */
static bool now_part(const struct xsent *s, struct xtime *m)
{
	int a = m->t0 - 1, b;

	if (m->role != XR_NOW)
		return false;
	if (is_w(s, a, "и") || is_w(s, a, "а") || is_w(s, a, "and"))
		a--;
	if (!is_w(s, a, ","))
		return false;
	for (b = m->t1; b < s->nt && !is_w(s, b, ","); b++)
		;
	m->a0 = a;
	m->a1 = b;
	return true;
}

void xclause_aside(const struct xsent *s, struct xtime *m)
{
	static const char *const rel[] = { "which", "who", "that", "where",
		"когда", "где", "который", "которая", "которое", "которые",
		"которого", "которой", "created", "founded", "established",
		"созданная", "созданный", "созданное", "основанная",
		"основанный", "opened", "launched", "built", "inaugurated",
		"открытый", "открытая", "открытое", "запущенный",
		"запущенная", "построенный", "построенная", "что", "if",
		/* the other cases: "в зоне, созданной в 2020 году," */
		"созданной", "созданном", "созданного", "созданных",
		"основанной", "основанном", "открытой", "открытом",
		"открытого", "запущенной", "запущенном", "построенной",
		"построенном",
		"provided", NULL };
	int a = m->t0 - 1, b = m->t1, k;

	if (subject_participle(s, m) || in_part(s, m) || now_part(s, m) ||
	    xcause_aside(s, m))
		return;
	while (a >= 0 && !is_w(s, a, ",") && !is_w(s, a, "("))
		a--;
	if (a < 0 || !is_w(s, a, ","))
		return;
	for (k = 0; rel[k] != NULL; k++)
		if (is_w(s, a + 1, rel[k]))
			break;
	while (b < s->nt && !is_w(s, b, ",") && !is_w(s, b, ")"))
		b++;
	/* ", set up in them in 2023," (round thirteen, dev13b ostashkov):
	 * a participle that does not end in -ed, with its particle */
	if (rel[k] == NULL && !(participle(s, a + 1) && is_w(s, b, ",")) &&
	    !(is_w(s, a + 1, "set") && is_w(s, a + 2, "up") &&
	      is_w(s, b, ",")))
		return;
	m->a0 = a;
	m->a1 = b;
}

/* "more than in January-June 2022", "1.2 times the FY2021 level",
 * "больше, чем за первое полугодие 2021 года", "compared with the first nine months of 2020", "twice as much as
 * in 2021", "против 2021 года": a point or range
 * after "than (in)", "чем (за/в)", "compared with/to" is the base of the
 * change, not its period. */
/* "чем в бюджете текущего года", "than in the budget of": "than in"
 * or "чем в/за" and at most four more words, ending at a. */
static bool than_words(const struct xsent *s, int a)
{
	int k;

	for (k = a; k >= 0 && k > a - 5; k--) {
		if (s->t[k].type != XT_WORD || (s->t[k].flags & XF_TIME))
			return false;
		if ((is_w(s, k, "in") || is_w(s, k, "в") || is_w(s, k, "во") ||
		     is_w(s, k, "за")) &&
		    (is_w(s, k - 1, "than") || is_w(s, k - 1, "чем")))
			return k < a;
	}
	return false;
}

/* "1.4 times their 2022 figure", "nearly double what it cost in 2019",
 * "one and a half times what the cluster received in 2019", "1.4 times
 * the figure for the same period of 2022": a date a few words after
 * "times", "twice" or "double" (words only between) is what the multiple
 * is measured against. "vs 1Q23", "vs. 2022" likewise. */
static bool times_words(const struct xsent *s, int a)
{
	static const char *const mult[] = { "times", "twice", "double",
		NULL };
	/* not "grew 1.4 times in 2021": that is when */
	static const char *const whose[] = { "what", "their", "its", "the",
		"that", "our", NULL };
	int k;

	if (is_w(s, a, "vs") || (is_w(s, a, ".") && is_w(s, a - 1, "vs")))
		return true;
	if (a >= 1 && is_w(s, a, "x") && !s->t[a].sp &&
	    s->t[a - 1].type == XT_NUM)
		return true; /* "1.6x 9M23": a bank note's "times", round 11 */
	for (k = a; k >= 0 && k > a - 9; k--) {
		if (k == a && is_w(s, k, ",") && k > 0)
			continue; /* "the park's first full year, 2020" */
		if (xt_wa(s, k, mult))
			return k < a && xt_wa(s, k + 1, whose);
		if (s->t[k].type != XT_WORD || (s->t[k].flags & XF_TIME) ||
		    s->t[k].cyr)
			return false;
	}
	return false;
}

/* "20% к 1П 2022", "97,8% к I полугодию 2023 г.", "в 1,7 раза к
 * январю–июню": "к" after a percent or "раза", a word or two of the
 * period between, opens the base (round eight, second pass). */
static bool pct_to(const struct xsent *s, int a)
{
	int j;

	for (j = a; j >= 1 && j >= a - 2; j--) {
		if (is_w(s, j, "к"))
			return is_w(s, j - 1, "%") || is_w(s, j - 1, "раза");
		if (s->t[j].type != XT_WORD && s->t[j].type != XT_NUM)
			return false;
	}
	return false;
}

void xclause_than_base(struct xsent *s)
{
	int k, a;
	bool corr;

	for (k = 0; k < s->ntm; k++) {
		struct xtime *m = &s->tm[k];

		if (m->role != XR_POINT && m->role != XR_RANGE)
			continue;
		a = m->t0 - 1;
		if (times_words(s, a)) {
			m->role = XR_BASE; /* "1.4 times their 2022 figure" */
			continue;
		}
		if (is_w(s, a, "the") && (is_w(s, a - 1, "times") ||
					  is_w(s, a - 1, "twice") ||
					  is_w(s, a - 1, "double"))) {
			m->role = XR_BASE; /* "1.2 times the FY2021 level" */
			continue;
		}
		if ((is_w(s, a, "on") || is_w(s, a, "from") ||
		     is_w(s, a, "over")) && (is_w(s, a - 1, "%") ||
					     is_w(s, a - 1, "percent"))) {
			m->role = XR_BASE; /* "up 9% on FY2023/24": round ten */
			continue;
		}
		if (is_w(s, a, "the"))
			a--;
		if (is_w(s, a, "in") || is_w(s, a, "за") || is_w(s, a, "в") ||
		    is_w(s, a, "во") || is_w(s, a, "with") || is_w(s, a, "to"))
			a--; /* "во II кв. 2023": "в" before some consonants */
		if (pct_to(s, a)) {
			m->role = XR_BASE; /* "выросла на 20% к 1П 2022" */
			continue;
		}
		if (is_w(s, a, "уровня") || is_w(s, a, "уровню") ||
		    is_w(s, a, "показателя") ||
		    is_w(s, a, "показателей"))
			a--; /* "выше показателя 9 месяцев 2022 г." */ /* "ниже уровня 2022 года" */
		corr = is_w(s, a, "of") && is_w(s, a - 1, "period") &&
		       (is_w(s, a - 2, "corresponding") ||
			is_w(s, a - 2, "same"));
		if (corr) /* "121.4% of the level of the corresponding
			   * period of last year": its months then */
			a -= is_w(s, a - 3, "the") ? 4 : 3;
		if (is_w(s, a, "of") && is_w(s, a - 1, "level"))
			a -= is_w(s, a - 2, "the") ? 3 : 2; /* "below the level of" */
		if (is_w(s, a, "of") && is_w(s, a - 1, "%")) {
			/* "112.6% of the level of 1H22" */
			m->role = corr ? XR_SAME : XR_BASE;
			continue;
		}
		if (is_w(s, a, "than") || is_w(s, a, "чем") ||
		    is_w(s, a, "против") || than_words(s, a) ||
		    is_w(s, a, "below") || is_w(s, a, "above") ||
		    is_w(s, a, "ниже") || is_w(s, a, "выше") ||
		    (is_w(s, a, "as") && (is_w(s, a - 2, "as") ||
					  (is_w(s, a - 1, "again") &&
					   is_w(s, a - 3, "as")))) ||
		    (is_w(s, a, "compared") && is_w(s, a + 1, "with")) ||
		    (is_w(s, a, "compared") && is_w(s, a + 1, "to")))
			m->role = XR_BASE;
	}
}

/* A clause opened by "since" or "с тех пор как" ("Since the zone's
 * regime was renewed in 2011, residents have created 4,800 jobs"): the
 * year it states is where the sentence's figures count from. */
void xclause_since(struct xsent *s)
{
	int k, start;

	if (is_w(s, 0, "since") && s->nt > 1 && s->t[1].type == XT_WORD)
		start = 1;
	else if (is_w(s, 0, "с") && is_w(s, 1, "тех") && is_w(s, 2, "пор"))
		start = 3;
	else
		return;
	for (k = 0; k < s->ntm; k++) {
		struct xtime *m = &s->tm[k];

		if (m->t0 < start || s->t[m->t0].clause != s->t[0].clause)
			return;
		if (m->role == XR_POINT && m->p.m0 == 0 && m->p.y0 > 0) {
			m->role = XR_SINCE;
			return;
		}
	}
}

bool xclause_back(const struct xsent *s, const struct xtime *m)
{
	static const char *const back[] = { "earlier", "ago", "ранее",
		"назад", NULL };
	int k, j;

	if (m->prev)
		return true;
	for (k = m->t0; k < m->t1 && k < s->nt; k++)
		for (j = 0; back[j] != NULL; j++)
			if (strcmp(s->t[k].w, back[j]) == 0)
				return true;
	return false;
}

/* The value after "против", "against", "versus" is of the kind of the
 * one it is compared with: a level when that one is said "до"/"to" a
 * level ("снизилась до 1,8% против 4,5% годом ранее"); a change stays a
 * change ("rose 12% against 9% a year earlier"). */
bool xclause_versus_level(const struct xsent *s, int t0)
{
	static const char *const vs[] = { "против", "against", "versus",
		"vs", NULL };
	int k, j;

	for (j = 0; vs[j] != NULL && !is_w(s, t0 - 1, vs[j]); j++)
		;
	if (vs[j] == NULL)
		return false;
	for (k = t0 - 2; k > 0 && k >= t0 - 5; k--)
		if (s->t[k].type == XT_NUM)
			return is_w(s, k - 1, "до") || is_w(s, k - 1, "to");
	return false;
}
