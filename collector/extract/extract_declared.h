/*
** extract_declared.h: periods (round ten): investment declared or
** announced is a level at the text's date (extract_declared.c).
*/
#ifndef GS_EXTRACT_DECLARED_H
#define GS_EXTRACT_DECLARED_H

#include "extract_int.h"

/* "Investment announced by residents: RUB 27.5bn", "заявленные
 * инвестиции будущих резидентов — 5,8 млрд руб.", "Ещё полтора
 * миллиарда заявлено": money f of sentence s said as declared stands at
 * the text's date. o is its candidate, changed in place. */
void xdeclared_now(const struct xdoc *d, const struct xsent *s,
		   const struct xfig *f, struct xcand *o);

#endif
