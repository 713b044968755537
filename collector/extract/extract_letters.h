/*
** extract_letters.h: the length of a sentence in letters, not bytes (a
** Russian title of 100 letters is some 190 bytes; extract_report.c).
*/
#ifndef GS_EXTRACT_LETTERS_H
#define GS_EXTRACT_LETTERS_H

#include "extract_int.h"

/* The number of characters (UTF-8 sequences) in s's text. */
int xsent_letters(const struct xsent *s);
/* A line shorter than max letters that does not end in a full stop: a
 * heading, a masthead, a date line. */
bool xsent_short_open(const struct xsent *s, int max);

#endif
