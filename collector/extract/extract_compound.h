/*
** extract_compound.h: what extract_compound.c adds beyond the
** declarations in extract_int.h (the eleventh round's).
*/
#ifndef GS_EXTRACT_COMPOUND_H
#define GS_EXTRACT_COMPOUND_H

#include "extract_int.h"

/* A label that opens its line and names two counts before its colon
 * ("Jobs residents pledge to create: 1.6k by 2027", "Рабочие места,
 * которые создадут резиденты: 900"): the number counts the first, what
 * the label is about, not the one in its clause; true when set. */
bool xcompound_label_first(const struct xsent *s, int i, struct xfig *f);

#endif
