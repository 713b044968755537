/*
** extract_series.c: a series key proposed from the subject a figure is
** about, for a person to confirm or change.
**
** Two heuristics, else no key (the row then cannot be ingested unseen):
**  - a figure in brackets after a name is about that name: "Velpharm-M
**    (33,700 square meters, 968 employees)" gives velpharm_m.area and
**    velpharm_m.employees (the metric from the unit's dimension);
**  - else the noun phrase right before the verb whose figure it is:
**    "pharmaceutical production volumes increased 2.8-fold" gives
**    pharmaceutical_production_volumes, "Total investment has exceeded 115
**    billion rubles" total_investment; a metric word of a small
**    dictionary in that phrase gives an English key in either language
**    ("выручка резидентов составила" -> output).
** Keys are lower case ASCII: words joined by "_", Cyrillic transliterated.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"

#define MAX_KEY 80

/* Transliteration of а..я (folded text only has lower case). */
static const char *const translit[] = { "a", "b", "v", "g", "d", "e", "zh",
	"z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s", "t", "u", "f",
	"kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya" };

/* Append the folded word w to key as slug text: letters and digits,
 * Cyrillic transliterated, other characters a "_" between words. */
static void slug_add(char *key, size_t size, const char *w)
{
	const unsigned char *p = (const unsigned char *)w;
	size_t at = strlen(key);
	bool gap = at > 0 && key[at - 1] != '.';

	for (; *p != '\0'; p++) {
		const char *out = NULL;
		char one[2] = { 0, 0 };
		unsigned cp;

		if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) {
			one[0] = (char)*p;
			out = one;
		} else if ((p[0] == 0xd0 || p[0] == 0xd1) && p[1] >= 0x80) {
			cp = ((unsigned)(p[0] & 0x1f) << 6) | (p[1] & 0x3f);
			if (cp >= 0x430 && cp <= 0x44f)
				out = translit[cp - 0x430];
			p++;
		} else if (*p != '\'') {
			gap = true;
		}
		if (out == NULL || *out == '\0')
			continue;
		if (gap && at > 0 && key[at - 1] != '_' && key[at - 1] != '.' &&
		    at + 1 < size)
			key[at++] = '_';
		gap = false;
		while (*out && at + 1 < size)
			key[at++] = *out++;
		key[at] = '\0';
	}
}

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

/* The metric a unit measures, for a key under a name. */
static const char *metric(const struct xfig *f)
{
	switch (f->cls) {
	case XU_AREA:
		return strstr(f->unit, "hect") || strstr(f->unit, "га") ?
		       "land_area" : "area";
	case XU_PEOPLE:
		return "employees";
	case XU_CUR:
		return "amount";
	case XU_PCT:
	case XU_PP:
		return "percent";
	case XU_TIMES:
		return "multiple";
	case XU_YEARS:
		return "term";
	default:
		return f->unit;
	}
}

/* The name before the bracket group that holds the figure; its first
 * token, or -1. */
static int owner(const struct xsent *s, int open, int *end)
{
	int i = open - 1, start = -1;

	while (is_w(s, i, ")")) { /* "PC-137 (Biocad ...) (43,000 ...)" */
		int p = s->t[i].paren;

		while (i >= 0 && s->t[i].paren == p)
			i--;
	}
	*end = i + 1;
	if (i >= 0 && s->t[i].type == XT_WORD && !s->t[i].cap &&
	    !xw_in(XL_STOP, s->t[i].w) && i > 0 && s->t[i - 1].cap)
		i--; /* "the Alabushevo site (...)" */
	for (; i >= 0 && *end - i <= 5; i--) {
		if (is_w(s, i, "of") && start > 0 && i > 0 && s->t[i - 1].cap)
			continue; /* "Bank of Russia" */
		if (s->t[i].type != XT_WORD || !s->t[i].cap ||
		    (i == 0 && xw_in(XL_STOP, s->t[i].w)))
			break;
		start = i;
	}
	return start;
}

/* Verbs that lead from a subject to its figure: "volumes increased
 * 2.8-fold", "investment has exceeded", "выручка составила". */
static bool lead_verb(const char *w)
{
	static const char *const ws[] = { "is", "are", "was", "were",
		"amounted", "amounts", "totaled", "totalled", "totals",
		"reached", "reaches", "increased", "grew", "rose", "fell",
		"decreased", "declined", "exceeded", "exceeds", "doubled",
		"tripled", "stood", "составил", "составила", "составило",
		"составили", "составит", "составят", "составляет",
		"составляют", "достиг", "достигла", "достигло", "достигли",
		"вырос", "выросла", "выросло", "выросли", "увеличился",
		"увеличилась", "увеличилось", "увеличились", "превысил",
		"превысила", "превысило", "превысили", "снизился", "снизилась",
		"снизилось", NULL };
	const char *const *p;

	for (p = ws; *p; p++)
		if (strcmp(*p, w) == 0)
			return true;
	return false;
}

/* Words between the verb and its figure: auxiliaries, "to", "by". */
static bool between_word(const char *w)
{
	static const char *const ws[] = { "has", "have", "had", "will", "be",
		"been", "to", "by", "already", "now", "only", "also", "на",
		"до", "в", "уже", NULL };
	const char *const *p;

	for (p = ws; *p; p++)
		if (strcmp(*p, w) == 0)
			return true;
	return false;
}

/* Subjects too vague to name a series. */
static bool vague(const char *w)
{
	static const char *const ws[] = { "it", "this", "that", "which", "they",
		"there", "total", "number", "share", "figure", "amount", "это",
		"он", "она", "они", "число", NULL };
	const char *const *p;

	for (p = ws; *p; p++)
		if (strcmp(*p, w) == 0)
			return true;
	return false;
}

/* English keys for the common metric words, so that the same metric gets
 * the same key in either language (issue 16). Earlier entries win:
 * "residents' revenue" is output, "выручка резидентов" too. A second word,
 * when given, must follow the first ("объём производства"). */
static const struct {
	const char *w, *next, *key;
} metrics[] = {
	{ "output", NULL, "output" }, { "revenue", NULL, "output" },
	{ "revenues", NULL, "output" }, { "выручка", NULL, "output" },
	{ "выручки", NULL, "output" }, { "объём", "производства", "output" },
	{ "объем", "производства", "output" },
	{ "investment", NULL, "investment" },
	{ "investments", NULL, "investment" },
	{ "инвестиции", NULL, "investment" },
	{ "инвестиций", NULL, "investment" },
	{ "jobs", NULL, "jobs" }, { "рабочих", "мест", "jobs" },
	{ "area", NULL, "area" }, { "площадь", NULL, "area" },
	{ "residents", NULL, "residents" }, { "резиденты", NULL, "residents" },
	{ "резидентов", NULL, "residents" },
};

/* The dictionary key of a metric word among tokens a..b, or NULL. */
static const char *metric_word(const struct xsent *s, int a, int b)
{
	size_t k;
	int i;

	for (k = 0; k < GS_ARRAY_LEN(metrics); k++)
		for (i = a; i <= b; i++)
			if (is_w(s, i, metrics[k].w) &&
			    (metrics[k].next == NULL ||
			     is_w(s, i + 1, metrics[k].next)))
				return metrics[k].key;
	return NULL;
}

/* The noun phrase right before the verb that leads to the figure, if the
 * figure is that verb's: "pharmaceutical production volumes increased
 * 2.8-fold" -> pharmaceutical_production_volumes. Else "". */
static void subject(const struct xsent *s, const struct xfig *f, char *key,
		    size_t size)
{
	int i = f->t0 - 1, end, n = 0, k;
	const char *m;

	if (f->t0 < f->tn && lead_verb(s->t[f->t0].w))
		i = f->t0; /* "превысили 60": the verb was taken as qualifier */

	while (i >= 0 && ((s->t[i].type == XT_WORD &&
			   between_word(s->t[i].w)) ||
			  ((s->t[i].flags & XF_USED) &&
			   (s->t[i].type != XT_WORD ||
			    xu_relative_after(s, i)))))
		i--; /* "increased 2.8-fold to 154" */
	if (i < 0 || !lead_verb(s->t[i].w))
		return;
	while (i > 0 && (between_word(s->t[i - 1].w) ||
			 lead_verb(s->t[i - 1].w)))
		i--; /* "has exceeded", "is expected to" */
	end = --i;
	while (i >= 0 && end - i < 4 && s->t[i].type == XT_WORD &&
	       !(s->t[i].flags & (XF_TIME | XF_USED)) &&
	       !xw_in(XL_STOP, s->t[i].w))
		i--;
	if ((m = metric_word(s, i + 1, end)) != NULL) {
		slug_add(key, size, m);
		return;
	}
	if (end - i == 1 && (vague(s->t[end].w) || s->t[end].cap))
		return;
	for (k = i + 1; k <= end; k++, n++)
		slug_add(key, size, s->t[k].w);
}

char *xseries_propose(const struct xsent *s, const struct xfig *f)
{
	char key[MAX_KEY] = "";
	int p = s->t[f->tn].paren, open, start, end, i;

	if (p > 0) {
		for (open = f->tn; open > 0 && !(is_w(s, open, "(") &&
						 s->t[open].paren == p); open--)
			;
		if ((start = owner(s, open, &end)) >= 0) {
			for (i = start; i < end; i++)
				slug_add(key, sizeof(key), s->t[i].w);
			if (key[0] != '\0') {
				size_t at = strlen(key);

				key[at] = '.';
				key[at + 1] = '\0';
				slug_add(key, sizeof(key), metric(f));
				return xstrdup(key);
			}
		}
	}
	subject(s, f, key, sizeof(key));
	return xstrdup(key);
}
