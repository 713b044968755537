/*
** unit_noun.h: the one form of a count noun (unit_noun.c), for unit.c.
*/
#ifndef GS_UNIT_NOUN_H
#define GS_UNIT_NOUN_H

#include <stddef.h>

/* Room for the form of a word of up to 40 bytes (unit.c's MAX_WORD). */
#define UNIT_NOUN_MAX 44

/* The word w (n <= 40 bytes) in its one form, into out (UNIT_NOUN_MAX). */
void unit_noun_form(const char *w, size_t n, char *out);
/* The last word of the folded text w, in its one form. */
void unit_head_form(const char *w, char *out);

/* Each word of the folded text w in its one form, into out (size bytes):
 * "рабочего места" -> "рабоч мест", as "рабочих мест". */
void unit_phrase_form(const char *w, char *out, size_t size);

#endif
