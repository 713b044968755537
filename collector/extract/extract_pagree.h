/*
** extract_pagree.h: a candidate's period reasons made to agree with its
** period (extract_pagree.c).
*/
#ifndef GS_EXTRACT_PAGREE_H
#define GS_EXTRACT_PAGREE_H

#include "extract.h"

/* c's period reasons, made true of c's period against the text's date
 * as_of (yyyymmdd, 0 for none): "from the date line" only for a period
 * the date gives (its year, a span through it, the next or past N
 * years), else XW_PERIOD_NAMED; "left empty" only for an empty period,
 * and an empty period from no date. */
void xpagree_why(struct xcand *c, int32_t as_of);

#endif
