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
static void subject(const struct xsent *s, const struct xfig *f,
		    bool named, char *key, size_t size)
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
	if ((m = metric_word(s, i + 1, end)) != NULL ||
	    (named && (m = metric_word(s, 0, end)) != NULL)) {
		slug_add(key, size, m); /* named: "Выручка резидентов ОЭЗ
					 * «Кама» составила" */
		return;
	}
	if (end - i == 1 && (vague(s->t[end].w) || s->t[end].cap))
		return;
	for (k = i + 1; k <= end; k++, n++)
		slug_add(key, size, s->t[k].w);
}

/* Words that follow a name as its kind: "the Tomsk special economic
 * zone", "the Innopolis SEZ", "the Oka Valley cluster". */
static bool head_word(const char *w)
{
	static const char *const ws[] = { "sez", "zone", "technopark",
		"park", "cluster", "technopolis", "centre", "center", NULL };
	const char *const *p;

	for (p = ws; *p; p++)
		if (strcmp(*p, w) == 0)
			return true;
	return false;
}

/* A name in guillemets: "ОЭЗ «Дубна»", "технопарка «Сигма»"; the index
 * after it, or -1. */
static int quoted_name(const struct xsent *s, int i, char *name,
		       size_t size)
{
	int k;

	if (!is_w(s, i, "«") || i == 0 || s->t[i - 1].type != XT_WORD)
		return -1;
	for (k = i + 1; k < s->nt && k <= i + 4 && !is_w(s, k, "»"); k++)
		if (s->t[k].type != XT_WORD && !is_w(s, k, "-"))
			return -1;
	if (!is_w(s, k, "»") || k == i + 1)
		return -1;
	for (i++; i < k; i++)
		slug_add(name, size, s->t[i].w);
	return k + 1;
}

/* Capitalised words before a head word ("the Oka Valley cluster"), past
 * up to two lower-case words of the kind ("special economic zone"). */
static bool named_head(const struct xsent *s, int h, char *name,
		       size_t size)
{
	int i = h - 1, k, start;

	if (s->t[h].acro && strcmp(s->t[h].w, "sez") != 0)
		return false;
	while (i >= 0 && h - i <= 2 && s->t[i].type == XT_WORD &&
	       !s->t[i].cap && !xw_in(XL_STOP, s->t[i].w))
		i--;
	for (start = i + 1; i >= 0 && start - i <= 3; i--) {
		const struct xtok *t = &s->t[i];

		if (t->type != XT_WORD || !t->cap || t->acro ||
		    xw_in(XL_STOP, t->w) || xw_month(t) > 0)
			break;
	}
	for (k = i + 1; k < h && s->t[k].cap; k++)
		slug_add(name, size, s->t[k].w);
	return name[0] != '\0';
}

void xseries_name(const struct xsent *s, char *name, size_t size)
{
	int i;

	name[0] = '\0';
	for (i = 0; i < s->nt; i++) {
		if (quoted_name(s, i, name, size) > 0)
			return;
		if (s->t[i].type == XT_WORD && head_word(s->t[i].w) &&
		    named_head(s, i, name, size))
			return;
	}
}

/* A key under the subject's name: name.metric. */
static char *under_name(const char *name, const char *key)
{
	char buf[MAX_KEY * 2];

	gs_snprintf(buf, sizeof(buf), "%s.%s", name, key);
	return xstrdup(buf);
}

char *xseries_propose(const struct xsent *s, const struct xfig *f,
		      const char *prev, enum xsubj *how)
{
	char key[MAX_KEY] = "", name[MAX_KEY];
	int p = s->t[f->tn].paren, open, start, end, i;

	*how = XS_NAMED;
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
	xseries_name(s, name, sizeof(name));
	subject(s, f, name[0] || prev[0], key, sizeof(key));
	if (key[0] == '\0') {
		*how = XS_NONE;
		return xstrdup(key);
	}
	if (name[0])
		return under_name(name, key);
	*how = prev[0] ? XS_EARLIER : XS_NONAME;
	return prev[0] ? under_name(prev, key) : xstrdup(key);
}
