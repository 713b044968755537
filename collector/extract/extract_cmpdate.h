/*
** extract_cmpdate.h: periods (round eleven): the date of a figure a
** sentence compares with is no date of the sentence (extract_cmpdate.c).
*/
#ifndef GS_EXTRACT_CMPDATE_H
#define GS_EXTRACT_CMPDATE_H

#include "extract_int.h"

/* Does m date only the figure s compares with: inside a bracket that
 * holds a figure ("(2023 г. — 7,15 млрд рублей)", "(2022: RUB 2.9
 * billion)") or after a figure brought in by "против", "against",
 * "compared with", "vs" ("540 млн рублей против 410 млн рублей в 2023
 * году")? Then it dates no later sentence of the paragraph. */
bool xcmp_date(const struct xsent *s, const struct xtime *m);

/* Is m the date of a figure a comparison word brings in after f ("12%,
 * down from 16% in 2024", "81% (vs 74% in 2024)", "14% против 11% в
 * 2024 году")? It dates that figure, not f (round fourteen). */
bool xcmp_other(const struct xsent *s, const struct xfig *f,
		const struct xtime *m);

#endif
