/*
** extract_stock.h: periods (round eight, second pass): a stock said
** after a flow of the months so far stands at the text's date
** (extract_stock.c).
*/
#ifndef GS_EXTRACT_STOCK_H
#define GS_EXTRACT_STOCK_H

#include "extract_int.h"

/* "за январь–ноябрь ... 2,38 млрд руб.; число резидентов — 41;
 * заполняемость площадей — 96%", "за 11 месяцев ... отгружено ... .
 * Свободных участков осталось менее 40 га": the number of residents,
 * free land, occupancy stand at the text's date, not over the months the
 * flow before them took. o is f's candidate of sentence i. */
void xstock_now(const struct xdoc *d, int i, const struct xfig *f,
		struct xcand *o);

#endif
