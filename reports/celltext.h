/*
** celltext.h: two cell texts every analysis table shares, the command
** tables (check, growth, implied, project) and the report page alike: a
** stated value with the words of its qualifier, and the observations a
** point rests on. Pure: no database, no printing.
*/
#ifndef GS_CELLTEXT_H
#define GS_CELLTEXT_H

#include "points.h"

/* "up to 6,400 jobs": v in sym with the words of its qualifier q. */
void report_qualified(enum gs_qual q, double v, const char *sym, char *buf,
		      size_t n);
/* The observation numbers behind a point, "#3 #5" (1-based in s->obs);
 * an implied point adds its anchor's vintage, "#2 #4@2025-03-01". */
void report_refs(const struct rp_point *p, char *buf, size_t n);

#endif
