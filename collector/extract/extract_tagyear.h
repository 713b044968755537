/*
** extract_tagyear.h: periods (round ten): the year a text names itself by
** when its date line has none ("ВЭФ-2024", "#2024"; extract_tagyear.c).
*/
#ifndef GS_EXTRACT_TAGYEAR_H
#define GS_EXTRACT_TAGYEAR_H

#include "extract_int.h"

/* The year of a hashtag anywhere in d ("#2024", "#итоги2024") or of an
 * event named in its first sentence ("ВЭФ-2024:", "INNOPROM-2023",
 * «Иннопром 2025»), or 0
 * when there is none or two disagree. */
int xtag_year(const struct xdoc *d);

/* For a text that states no date: the end of the year it is tagged
 * with (today in today's year), or 0 when it has no tag or one after
 * today's year. */
int32_t xtag_asof(const struct xdoc *d, int32_t today);

/* The year in which day/month falls on the day of the week the text's
 * first sentences name ("said on Tuesday"), or 0: the last such year up
 * to today's year and not before latest (the latest year the text
 * states; 0 for none: the last ten years). */
int xweekday_year(const struct xdoc *d, int month, int day, int latest,
		  int today);

#endif
