/*
** extract_grid.h: a table whose column heads stand on a line of their own
** ("Показатель | 2024 | 2025", "... на 01.01.2023 / на 01.01.2024") and
** whose rows follow one a line (extract_grid.c).
*/
#ifndef GS_EXTRACT_GRID_H
#define GS_EXTRACT_GRID_H

#include "extract_int.h"

/* The rows of sentence i of d when it is such a table's row: one per
 * column, dated by the column's head, unit from the label. Marks the
 * line's tokens used; how many rows (at most max), or 0. */
int xgrid_spot(const struct xdoc *d, int i, struct xtrow *rows, int max);

/* Is the last of the nrows rows of sentence i of d the cell of a change
 * column in percent ("изм., %"), every dated cell before it filled?
 * Then the column it is measured against into base. */
bool xgrid_change_base(const struct xdoc *d, int i, int nrows,
		       struct xper *base);

/* A text line of such a table with "|" between cells: its own paragraph. */
bool xgrid_line(const char *p, size_t n);

/* The unit of a row's label in tokens [a, e): after its last comma
 * ("Investment, RUB bn"), else the label's own ("Residents, ед."). */
void xgrid_label_unit(const struct xsent *s, int a, int e, struct xtrow *r);

/* extract_table.c: the unit and scale a label (tokens a..b) names. */
void xtable_label_unit(const struct xsent *s, int a, int b,
		       struct xtrow *r);

#endif
