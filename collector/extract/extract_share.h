/*
** extract_share.h: shares said as a part of every whole
** (extract_share.c), for extract_r14b.c; "one in N" and "every Nth" are
** in extract_int.h and extract_vals.h.
*/
#ifndef GS_EXTRACT_SHARE_H
#define GS_EXTRACT_SHARE_H

#include "extract_int.h"

/* "Out of every ten roubles, the district's own budget put in less than
 * one", "Из каждых десяти рублей три приходятся на экспорт" at i: the
 * part over the whole as a percent into f, with the part's qualifier
 * (the part's tokens marked used); the whole's tokens, or 0. */
int xshare_out_of_every(struct xsent *s, int i, struct xfig *f);

#endif
