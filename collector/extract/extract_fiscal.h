/*
** extract_fiscal.h: periods (round eleven): a text that says which months
** its fiscal year runs dates every fiscal year it names by them
** (extract_fiscal.c).
*/
#ifndef GS_EXTRACT_FISCAL_H
#define GS_EXTRACT_FISCAL_H

#include "extract_int.h"

/* "results for FY2024 (1 April 2024 - 31 March 2025)", "FY2025 (April
 * 2024 - March 2025)": twelve months in a bracket after a fiscal year's
 * name set when its years begin and which year names them; every
 * "FY2023", "fiscal 2025" of the text is then read so. d changed in
 * place, after its times are parsed. */
void xfiscal_fix(struct xdoc *d);

/* Twelve months from a month after January, across two years ("April
 * 2024 - March 2025", "FY2024/25")? */
bool xfiscal_year(const struct xper *p);

#endif
