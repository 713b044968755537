/*
** extract_nowcl.h: periods (round eleven): a figure said to stand now in
** its own clause is no part of a plan said in another (extract_nowcl.c).
*/
#ifndef GS_EXTRACT_NOWCL_H
#define GS_EXTRACT_NOWCL_H

#include "extract_int.h"

/* "We promised five hundred jobs by 2026 and we have three hundred and
 * twenty", "Доля ... пока не больше 1%, цель к 2030-му — 3%": x,
 * f's candidate in s, made a target or plan, is a level at the text's
 * date when f's own clause says it stands now and states no time. */
void xnowcl_level(const struct xdoc *d, const struct xsent *s,
		  const struct xfig *f, struct xcand *x);

/* Does token i end a clause on the left or right: a comma, a semicolon,
 * a dash, or "and"/"и"/"а"/"but"/"но" between clauses? */
bool xnowcl_cut(const struct xsent *s, int i);

/* Does s open with the results of the year it reports on ("По итогам
 * 2024 года ..., всего их теперь 12" in January 2025)? Its levels said
 * now stand at that year's end. */
bool xnowcl_framed(const struct xsent *s);

#endif
