/*
** extract_colon.h: periods (round ten): a heading's date before a colon
** dates the figures after it (extract_colon.c).
*/
#ifndef GS_EXTRACT_COLON_H
#define GS_EXTRACT_COLON_H

#include "extract_int.h"

/* "Целевые показатели на 2027 год: число резидентов — не менее 10; ...",
 * "Прогноз на 2025 г.: 1–2 новых резидента, инвестиции 1,8–2,2 млрд
 * руб.": figure f of sentence s, with no date of its own after the
 * colon, takes the year the words before the colon end with. o is its
 * candidate, changed in place. */
void xcolon_head(const struct xdoc *d, const struct xsent *s,
		 const struct xfig *f, struct xcand *o);

#endif
