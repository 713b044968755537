/*
** extract_r15.h: the periods' second thoughts on a decided candidate
** (moved out of extract.c, round fifteen; extract_r15.c).
*/
#ifndef GS_EXTRACT_R15_H
#define GS_EXTRACT_R15_H

#include "extract_int.h"

/* The periods' second thoughts on r's last candidate, of figure k of
 * figs in sentence i: building until a year, a project's due year, a
 * pledge's, a tender's (due: xtender_due), a "since" total as of 1
 * January, a stock after a months' flow, and the rest in order. */
void xr15_redate(const struct xdoc *d, int i, int due,
		 const struct xfig *figs, int k, struct xresult *r);

/* The periods' last word on r's last candidate, of figure k of figs in
 * sentence i, after every other rule: a list of plans under a title
 * naming their span; a change against months, over the same months;
 * and the rest of round fifteen in order. */
void xr15_last(const struct xdoc *d, int i, const struct xfig *figs, int k,
	       struct xresult *r);

#endif
