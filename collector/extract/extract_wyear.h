/*
** extract_wyear.h: periods (round eight): years said in words
** (extract_wyear.c).
*/
#ifndef GS_EXTRACT_WYEAR_H
#define GS_EXTRACT_WYEAR_H

#include "extract_int.h"

/* Fold a year said in Russian words ("двадцать первому году", "в
 * двадцать четвёртом — двадцать пятом годах", "к тридцатому году",
 * "в две тысячи двадцать третьем году") into one year token, as if
 * written "2021", so that every date pattern reads it. */
void xwyear_fold(struct xsent *s);

#endif
