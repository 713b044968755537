/*
** extract_fact.h: periods (round ten): the actual figure said against a
** plan's date is at that date (extract_fact.c).
*/
#ifndef GS_EXTRACT_FACT_H
#define GS_EXTRACT_FACT_H

#include "extract_int.h"

/* "The programme set the target of 9 residents by the end of 2022. In
 * fact the park had 6", "... до 31 декабря 2023 года. Фактически на эту
 * дату вложено 58,3 млн рублей": a figure of sentence i that states no
 * time of its own, said as the fact or "on that date", stands at the
 * date the sentence before set (its end of year for "by 2022"). o is its
 * candidate, changed in place. */
void xfact_at(const struct xdoc *d, int i, struct xcand *o);

#endif
