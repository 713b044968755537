/*
** unit_noun.c: the one form of a count noun, so that a count is one count
** in every case and number ("43 технопарка", "технопарков"; "zone",
** "zones"): unit.c gives an unknown count the dimension of its noun's
** form. No dictionary: Russian words lose their case ending, English ones
** take the plural. Either way a form keeps the word's first letters (unit.c
** compares those first).
*/
#include "../common.h"

#include <string.h>

#include "unit_noun.h"

/* Case endings of Russian nouns and adjectives, longest first. */
static const char *const ru_endings[] = {
	"иями", "ами", "ями", "иях", "иям", "ией", "ого", "его", "ому", "ему",
	"ыми", "ими", "ах", "ях", "ам", "ям", "ом", "ем", "ой", "ей", "ий",
	"ия", "ии", "ию", "ый", "ая", "яя", "ое", "ее", "ые", "ие", "ых", "их",
	"ым", "им", "ую", "юю", "ов", "ев", "а", "я", "ы", "и", "у", "ю", "е",
	"о", "ь", "й",
};

/* The word w (n bytes) in its one form, into out (UNIT_NOUN_MAX bytes):
 * a Russian stem ("технопарков", "технопарка" -> "технопарк"; a fleeting
 * vowel goes: "площадок", "площадка" -> "площадк"), or the English plural
 * ("zone" -> "zones", "facility" -> "facilities"). */
void unit_noun_form(const char *w, size_t n, char *out)
{
	size_t i, k;

	memcpy(out, w, n);
	out[n] = '\0';
	if ((unsigned char)w[0] == 0xd0 || (unsigned char)w[0] == 0xd1) {
		for (i = 0; i < GS_ARRAY_LEN(ru_endings); i++) {
			k = strlen(ru_endings[i]);
			if (n >= k + 4 && strcmp(out + n - k, ru_endings[i]) == 0) {
				out[n -= k] = '\0';
				break;
			}
		}
		if (n >= 8 && (strcmp(out + n - 4, "ок") == 0 ||
			       strcmp(out + n - 4, "ек") == 0))
			memcpy(out + n - 4, "к", 3);
		return;
	}
	if (n == 0 || w[n - 1] == 's')
		return;
	if (n >= 2 && w[n - 1] == 'y' && strchr("aeiou", w[n - 2]) == NULL)
		memcpy(out + n - 1, "ies", 4);
	else if (w[n - 1] == 'x' || w[n - 1] == 'z' ||
		 (n >= 2 && w[n - 1] == 'h' && strchr("cs", w[n - 2]) != NULL))
		memcpy(out + n, "es", 3);
	else
		memcpy(out + n, "s", 2);
}

/* The last word of the folded text w, in its one form. */
void unit_head_form(const char *w, char *out)
{
	const char *sp = strrchr(w, ' ');

	w = sp ? sp + 1 : w;
	unit_noun_form(w, strlen(w), out);
}


void unit_phrase_form(const char *w, char *out, size_t size)
{
	char form[UNIT_NOUN_MAX];
	size_t at = 0, n;
	const char *sp;

	out[0] = '\0';
	for (;;) {
		sp = strchr(w, ' ');
		n = sp ? (size_t)(sp - w) : strlen(w);
		if (n >= UNIT_NOUN_MAX - 3)
			return;
		unit_noun_form(w, n, form);
		at += (size_t)gs_snprintf(out + at, size - at, "%s%s",
					  at ? " " : "", form);
		if (sp == NULL || at >= size)
			return;
		w = sp + 1;
	}
}
