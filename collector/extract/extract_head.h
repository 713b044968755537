/*
** extract_head.h: the head of two count nouns in a row ("Участников
** кластера"); see extract_head.c.
*/
#ifndef GS_EXTRACT_HEAD_H
#define GS_EXTRACT_HEAD_H

#include "extract_int.h"

/* The unit u found at token j, or, when the word before j is itself a
 * count noun of which j is the genitive complement ("участников
 * кластера", "резидентов технопарка"), that head noun's unit. */
const struct xunit *xhead_noun(const struct xsent *s, int j,
			       const struct xunit *u);

#endif
