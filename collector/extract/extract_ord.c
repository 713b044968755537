/*
** extract_ord.c: an ordinal before a member of a park, zone or cluster
** counts its members: "becoming the park's tenth resident" says the park
** has ten residents, "стал девятым резидентом парка" nine, "its 12th
** tenant" twelve. Only before the nouns of members (residents, tenants,
** members, participants, investors): "the tenth year", "the 13th IRTC"
** and "третий этап" count nothing here.
*/
#include "../../common.h"

#include <string.h>

#include "extract_int.h"
#include "extract_vals.h"

static bool is_w(const struct xsent *s, int i, const char *w)
{
	return i >= 0 && i < s->nt && strcmp(s->t[i].w, w) == 0;
}

/* An English ordinal word: its value, or 0. */
static int en_ordinal(const char *w)
{
	static const char *const ws[] = { "first", "second", "third",
		"fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
		"sixteenth", "seventeenth", "eighteenth", "nineteenth",
		"twentieth" };
	static const char *const tens[] = { "twenty", "thirty", "forty",
		"fifty" };
	const char *h = strchr(w, '-');
	size_t k;

	for (k = 0; k < GS_ARRAY_LEN(ws); k++)
		if (strcmp(w, ws[k]) == 0)
			return (int)k + 1;
	for (k = 0; h != NULL && k < GS_ARRAY_LEN(tens); k++)
		if ((size_t)(h - w) == strlen(tens[k]) &&
		    strncmp(w, tens[k], strlen(tens[k])) == 0)
			return en_ordinal(h + 1) < 10 && en_ordinal(h + 1) > 0 ?
			       (int)(k + 2) * 10 + en_ordinal(h + 1) : 0;
	return 0;
}

/* A Russian ordinal word ("девятым", "третьим", "двадцатой"): its
 * value, or 0. The stem is followed by an adjective's ending only:
 * "десятка" is no ordinal. */
static int ru_ordinal(const char *w)
{
	static const struct { const char *stem; int v; } st[] = {
		{ "одиннадцат", 11 }, { "двенадцат", 12 }, { "тринадцат", 13 },
		{ "четырнадцат", 14 }, { "пятнадцат", 15 },
		{ "шестнадцат", 16 }, { "семнадцат", 17 },
		{ "восемнадцат", 18 }, { "девятнадцат", 19 },
		{ "двадцат", 20 }, { "тридцат", 30 }, { "сороков", 40 },
		{ "перв", 1 }, { "втор", 2 }, { "трет", 3 }, { "четверт", 4 },
		{ "пят", 5 }, { "шест", 6 }, { "седьм", 7 }, { "восьм", 8 },
		{ "девят", 9 }, { "десят", 10 } };
	static const char *const ends[] = { "ый", "ой", "ий", "ым", "ом",
		"им", "ого", "ому", "ая", "ую", "ья", "ье", "ьим", "ьей",
		"ьего", "ьему", "ьем", "ьи", NULL };
	size_t k, n;
	int e;

	for (k = 0; k < GS_ARRAY_LEN(st); k++) {
		n = strlen(st[k].stem);
		if (strncmp(w, st[k].stem, n) != 0)
			continue;
		for (e = 0; ends[e] != NULL; e++)
			if (strcmp(w + n, ends[e]) == 0)
				return st[k].v;
	}
	return 0;
}

/* The unit of a member noun at i, or NULL: residents and tenants are
 * companies, as the unit table has them. */
static const char *member(const struct xsent *s, int i)
{
	static const struct { const char *w; const char *unit; } en[] = {
		{ "resident", "companies" }, { "tenant", "companies" },
		{ "member", "members" }, { "participant", "members" },
		{ "investor", "investors" } };
	static const struct { const char *stem; const char *unit; } ru[] = {
		{ "резидент", "компаний" }, { "арендатор", "компаний" },
		{ "участник", "компаний" }, { "инвестор", "инвесторов" } };
	size_t k, n;

	if (i >= s->nt || s->t[i].type != XT_WORD)
		return NULL;
	for (k = 0; k < GS_ARRAY_LEN(en); k++)
		if (strcmp(s->t[i].w, en[k].w) == 0)
			return en[k].unit;
	for (k = 0; k < GS_ARRAY_LEN(ru); k++) {
		n = strlen(ru[k].stem);
		if (strncmp(s->t[i].w, ru[k].stem, n) == 0 &&
		    strlen(s->t[i].w) <= n + 4)
			return ru[k].unit;
	}
	return NULL;
}

/* Is the English member noun at j a modifier of the word after it
 * ("the 3rd resident forum", "the tenth investor conference")? Not when
 * that word is a firm's ("the tenth resident company") or ends the
 * phrase (punctuation, "of", "in", "to"). A Russian noun's genitive after
 * it is its place ("девятым резидентом парка"). */
static bool modifier(const struct xsent *s, int j)
{
	const struct xtok *n = j + 1 < s->nt ? &s->t[j + 1] : NULL;

	if (s->t[j].cyr || n == NULL || n->type != XT_WORD)
		return false;
	return !xw_in(XL_STOP, n->w) && strcmp(n->w, "company") != 0 &&
	       strcmp(n->w, "firm") != 0;
}

/* The ordinal at i: its value, with *k its tokens ("двадцать пятым"
 * takes two), or 0. */
static int ordinal_at(const struct xsent *s, int i, int *k)
{
	const struct xtok *t = &s->t[i];
	double tens = 0;
	int v;

	*k = 1;
	if (t->type == XT_NUM)
		return (t->flags & XF_ORD) && !(t->flags & XF_TIME) &&
		       t->v >= 1 && t->v < 1000 ? (int)t->v : 0;
	if (t->type != XT_WORD)
		return 0;
	if ((v = t->cyr ? ru_ordinal(t->w) : en_ordinal(t->w)) > 0)
		return v;
	if (!t->cyr || i + 1 >= s->nt || xw_spelled(s, i, &tens) != 1 ||
	    tens < 20 || (int)tens % 10 != 0 ||
	    (v = ru_ordinal(s->t[i + 1].w)) == 0 || v >= 10)
		return 0;
	*k = 2;
	return (int)tens + v;
}

/* "new" between the ordinal and the noun: "its sixth new tenant". */
static bool new_at(const struct xsent *s, int i)
{
	return is_w(s, i, "new") ||
	       (i < s->nt && s->t[i].cyr &&
		strncmp(s->t[i].w, "нов", strlen("нов")) == 0);
}

int xord_member(const struct xsent *s, int i, struct xfig *f)
{
	const char *unit;
	int v, k;

	if ((v = ordinal_at(s, i, &k)) == 0)
		return 0;
	if (new_at(s, i + k))
		k++;
	if ((unit = member(s, i + k)) == NULL || modifier(s, i + k))
		return 0;
	f->v = v;
	xu_set(f, unit, XU_COUNT);
	return k + 1;
}
