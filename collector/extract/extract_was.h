/*
** extract_was.h: a count named before "было", "стало" and its number
** (extract_was.c), for extract_refs.c.
*/
#ifndef GS_EXTRACT_WAS_H
#define GS_EXTRACT_WAS_H

#include "extract_int.h"

/* "резидентов было пять", "рабочих мест тогда было двести": the count
 * named right before the verb of being before the number at i, into f;
 * true when found. */
bool xwas_noun(const struct xsent *s, int i, struct xfig *f);

/* "...; jobs 640.": a list item's count said right before its number,
 * which ends the item (e, the token after it); into f, true when
 * found. */
bool xwas_item(const struct xsent *s, int i, int e, struct xfig *f);

#endif
