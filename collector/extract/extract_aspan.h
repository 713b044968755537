/*
** extract_aspan.h: periods (round twelve): an audit's or a programme's
** heading span of years dates the figures stated without a date
** (extract_aspan.c; the span found by xreport_span in extract_report.c).
*/
#ifndef GS_EXTRACT_ASPAN_H
#define GS_EXTRACT_ASPAN_H

#include "extract_int.h"

/* The span of whole years a heading near the top names as an audit's
 * ("Report on the audit of ..., 2021-2023", "Проверка ... в 2022–2024
 * годах") or a programme's ("программе ... на 2024–2028 годы"), with
 * *prog telling which; NULL for none. */
const struct xtime *xreport_span(const struct xdoc *d, bool *prog);

/* x, f's candidate in sentence i, told as a fact after a deadline the
 * sentence before set ("by the end of 2024 ... In fact it had 231
 * jobs"), stands at the deadline's day. Else, dated only by the text's
 * date, its horizon or an earlier sentence within the span's years, it
 * takes the span: a plan when planned or a programme's, else a flow; a
 * share stays a level. */
void xaspan_take(const struct xdoc *d, int i, const struct xfig *f,
		 struct xcand *x);

/* Does f count what stands on a day (area, companies, parks, people)
 * rather than what accrues (jobs created, money)? In extract_topic.c. */
bool xtopic_standing(const struct xfig *f);

#endif
