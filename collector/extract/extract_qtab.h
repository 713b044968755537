/*
** extract_qtab.h: tables whose cells are apart by spaces only, with
** quarters for heads ("Показатель I кв. II кв. III кв. IV кв. Итого за
** год"), read by extract_qtab.c for extract_grid.c.
*/
#ifndef GS_EXTRACT_QTAB_H
#define GS_EXTRACT_QTAB_H

#include <stddef.h>

#include "extract_int.h"

/* Rows of sentence i of d when it is a row under such a head: each
 * value with its column's period and the row's unit; how many, or 0. */
int xqtab_spot(const struct xdoc *d, int i, struct xtrow *rows, int max);

/* Is the line p[0, n) such a head, or a row of three numbers or more
 * apart by spaces at its end? (a paragraph of its own) */
bool xqtab_line(const char *p, size_t n);

/* Does a row's label (tokens before e) say its values stand at the end
 * of each column's period ("на конец квартала", "(end of period)")? */
bool xqtab_at_end(const struct xsent *s, int e);
/* The last day of the period p (its last month, or December). */
struct xper xqtab_end_day(struct xper p);

#endif
