/*
** extract_again.h: "half as much again" and its kin, a multiple of 1.5
** said in words (extract_again.c), read where numbers are read
** (extract_num.c).
*/
#ifndef GS_EXTRACT_AGAIN_H
#define GS_EXTRACT_AGAIN_H

#include "extract_int.h"

/* The tokens "half as much again" (many, large, big, high) take from
 * token i, 0 when i starts no such phrase; *v is then the multiple. */
int xagain_half(const struct xsent *s, int i, double *v);

#endif
