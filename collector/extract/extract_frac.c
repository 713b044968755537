/*
** extract_frac.c: a Russian fraction in words ("три пятых от плана",
** "около одной пятой", "двух десятых", "семь десятых"): a numerator in
** any case and gender before an ordinal denominator in the matching
** case. Read by the language, not by a list of phrases: the numerator
** by its stem, the denominator by its ordinal stem and an adjective's
** ending, so every case of every pair is one rule. Thirds and quarters
** are nouns ("две трети") and stay in extract_parts.c's list.
*/
#include "../../common.h"

#include <math.h>
#include <string.h>

#include "extract_frac.h"
#include "extract_vals.h"

static bool has_prefix(const char *w, const char *p)
{
	return strncmp(w, p, strlen(p)) == 0;
}

/* The numerator a word names, in any case ("три", "трёх", "тремя";
 * "одна", "одной", "одну"), or 0. */
static int numerator(const char *w)
{
	double v = xw_number_word(w);

	if (strcmp(w, "одну") == 0 || strcmp(w, "одних") == 0)
		return 1; /* not numbers alone ("ещё одну площадку") */
	return v >= 1 && v <= 9 && v == floor(v) ? (int)v : 0;
}

/* The denominator an ordinal adjective names ("пятых", "пятой",
 * "десятую"), or 0: its stem, then an adjective's case ending. */
static int denominator(const char *w)
{
	static const struct { const char *stem; int v; } ds[] = {
		{ "пят", 5 }, { "шест", 6 }, { "седьм", 7 }, { "восьм", 8 },
		{ "девят", 9 }, { "десят", 10 }, { "сот", 100 } };
	static const char *const ends[] = { "ая", "ую", "ой", "ых", "ым",
		"ыми", NULL };
	size_t k;
	int e;

	for (k = 0; k < GS_ARRAY_LEN(ds); k++) {
		if (!has_prefix(w, ds[k].stem))
			continue;
		for (e = 0; ends[e] != NULL; e++)
			if (strcmp(w + strlen(ds[k].stem), ends[e]) == 0)
				return ds[k].v;
	}
	return 0;
}

double xfrac_ru(const struct xsent *s, int i, int *n)
{
	int a, b;

	if (i < 0 || i + 1 >= s->nt || s->t[i].type != XT_WORD ||
	    s->t[i + 1].type != XT_WORD)
		return 0;
	a = numerator(s->t[i].w);
	b = denominator(s->t[i + 1].w);
	if (a == 0 || b == 0 || a >= b)
		return 0;
	*n = 2;
	return round(1000.0 * a / b) / 10;
}
