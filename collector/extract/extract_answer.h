/*
** extract_answer.h: an interview's answer after its first sentence
** (extract_answer.c), for extract_refs.c.
*/
#ifndef GS_EXTRACT_ANSWER_H
#define GS_EXTRACT_ANSWER_H

#include "extract_int.h"

/* The unit an interview's question asks for, for a number said alone at
 * the end of a clause in a later sentence of the answer ("— Четыре.
 * Когда мы начинали, был один — ..."; the first sentence is
 * extract.c's), or NULL; e is the token after the number. */
const struct xunit *xanswer_unit(const struct xdoc *d, const struct xsent *s,
				 int e);

#endif
