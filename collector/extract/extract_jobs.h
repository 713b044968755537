/*
** extract_jobs.h: "создано 740 мест" counts jobs (extract_jobs.c).
*/
#ifndef GS_EXTRACT_JOBS_H
#define GS_EXTRACT_JOBS_H

#include "extract_int.h"

/* x, the candidate of figure f of s: "мест" created becomes "рабочих
 * мест"; true if so. */
bool xjobs_places(const struct xsent *s, const struct xfig *f,
		  struct xcand *x);

#endif
