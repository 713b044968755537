/*
** extract_r14b.h: values and qualifiers of the fourteenth round
** (extract_r14b.c), for extract_qual.c and extract_num.c.
*/
#ifndef GS_EXTRACT_R14B_H
#define GS_EXTRACT_R14B_H

#include "extract_int.h"

/* The forms of round 14 at i, into f: a multiple written with the sign
 * before its number ("×1,6", "x 1.4"), a Russian multiplicative
 * ("вшестеро"), rough by the Russian order ("раза в полтора": about
 * 1.5), or a share said "out of every ten roubles, ... less than one"
 * (the part's tokens marked used); the tokens taken, or 0. */
int xr14b_form_at(struct xsent *s, int i, struct xfig *f);

/* Is the percent f, ending before token e, after a label's colon, a rate
 * of the land's cadastral value ("Land: lease from 1.5% of cadastral
 * value a year", "Аренда: 2% от кадастровой стоимости"): a price, no
 * figure of the park? */
bool xr14b_cadastral(const struct xsent *s, const struct xfig *f, int e);

/* Is f, ending before token e, a length in kilometres alone in
 * brackets ("the gas pipeline (3.2 km)", "from Usman and Lipetsk (35
 * km)"): an aside, no figure? */
bool xr14b_paren_km(const struct xsent *s, const struct xfig *f, int e);

/* A scale said alone, f[n] ("and we plan to reach 600 million in
 * 2027"): the unit of the last figure before it in the sentence with
 * the same scale ("410 million glass jars, a fifth more"), past
 * percents and multiples; else the text's count (xref_scale_alone). */
void xr14b_scale_alone(const struct xdoc *d, struct xfig *f, int n);

/* After figure f[n] of s is read: its scale said alone
 * (xr14b_scale_alone) and the kopecks after its roubles ("1 118 204
 * руб. 17 коп.": 1118204.17 roubles, the kopecks' tokens taken). */
void xr14b_fig(struct xsent *s, const struct xdoc *d, struct xfig *f,
	       int n);

#endif
