/*
** extract_bulletin.h: periods: the words of a statistics bulletin's
** heading, the office named in full and the title "О социально-
** экономическом положении ..." (extract_bulletin.c).
*/
#ifndef GS_EXTRACT_BULLETIN_H
#define GS_EXTRACT_BULLETIN_H

#include "extract_int.h"

/* Is token k of s a word of a statistics bulletin's heading:
 * "статистики", "statistics", "положении", "положение", "situation"? */
bool xbulletin_word(const struct xsent *s, int k);

#endif
