/*
** extract_gridchg.h: a table's change column in percent as a percent
** change (extract_gridchg.c), called once from extract.c for each row
** candidate.
*/
#ifndef GS_EXTRACT_GRIDCHG_H
#define GS_EXTRACT_GRIDCHG_H

#include "extract_int.h"

/* Candidate x, row k of the n rows of table line s of d: a plan or a
 * target when the row's column is a plan's, a percent change against
 * the column before when it is the cell of a change column in percent
 * ("9 мес. 2024 | 9 мес. 2025 | изм., %"). */
void xgridchg_cand(const struct xdoc *d, const struct xsent *s,
		   const struct xtrow *rows, int k, int n, struct xcand *x);

#endif
