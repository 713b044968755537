/*
** extract_rpast.h: periods (round eleven): a report on a finished year
** dates the figures it states without a date of their own
** (extract_rpast.c).
*/
#ifndef GS_EXTRACT_RPAST_H
#define GS_EXTRACT_RPAST_H

#include "extract_int.h"

/* "Из годового отчёта ... за 2024 год" approved in June 2025: "В
 * отчётном году завод выпустил 46,2 тыс. тонн", "Загрузка мощностей —
 * 83%", "- Film output: 41.3 thousand tonnes" are 2024's, not the text's
 * year. x, f's candidate in sentence s, takes report (the text's report
 * topic, xreport_topic, when one year) when x stands at the text's year
 * only for want of a date, is told as done or as a label's value, and s
 * says nothing of now or the future. */
void xrpast_take(const struct xdoc *d, const struct xsent *s,
		 const struct xfig *f, const struct xtime *report,
		 struct xcand *x);

#endif
