/*
** extract_due.h: periods (round eight, second pass): what a sentence
** about a project to come adds, dated by the next sentence's due year
** (extract_due.c).
*/
#ifndef GS_EXTRACT_DUE_H
#define GS_EXTRACT_DUE_H

#include "extract_int.h"

/* "Новый резидент вложит 1,3 млрд ₽ и создаст 250 рабочих мест. Запуск —
 * до конца 2024 года.", "... signed to build a 14,000 sq m plant. It
 * will ... by the end of 2026.": a figure of sentence i of a project to
 * come that states no date of its own is planned from the text's year to
 * the year the next sentence of its paragraph says the project is due.
 * o is f's candidate, changed in place. */
void xdue_next(const struct xdoc *d, int i, const struct xfig *f,
	       struct xcand *o);

/* "two residents have agreed to invest RUB 9.5 billion there and create
 * 480 jobs by 2027", "обязались вложить 3 млрд рублей до 2027 года": what
 * is pledged until a year to come is planned from the text's year to
 * then, though the pledge itself is done. */
void xdue_pledge(const struct xdoc *d, int i, const struct xfig *f,
		 struct xcand *o);

#endif
