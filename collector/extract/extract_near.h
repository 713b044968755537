/*
** extract_near.h: the reach of extract's searches across sentences
** (extract_near.c).
*/
#ifndef GS_EXTRACT_NEAR_H
#define GS_EXTRACT_NEAR_H

#include <stdbool.h>

struct xdoc;

/* Sentences a search for a date looks before or after one. */
#define XNEAR 64

/* Does the value v appear, maybe rounded, as a number in a sentence of d
 * other than i? */
bool xrepeated(const struct xdoc *d, int i, double v);

#endif
