/*
** export.h: the figures of a database as a file another tool (or another
** growthstat) reads.
**
** EXPORT_CANONICAL is the CSV that `growthstat ingest` reads by default
** (README "The CSV format"): every vintage of every figure, with its
** qualifier, base, as_of, source and note, the value written in the unit
** it was ingested in, in the shortest text that ingest reads back to the
** very same stored number; the series' name and description on every
** row. Ingesting it into an empty database reproduces the original's
** answers at the export's as_of and after. Retractions are not carried:
** a row retracted at that as_of is left out (the current view), so the
** copy answers as the original does now, with no record of the retracted
** figure (the original's --as-of before the retraction still shows it).
**
** EXPORT_SDMX is SDMX-CSV (version 1.0 layout): DATAFLOW, the dimensions
** SERIES, MEASURE (LEVEL, FLOW, TARGET, PLAN) and TIME_PERIOD in SDMX's
** period syntax (2024, 2024-S1, 2024-Q3, 2024-08, 2024-08-15, and a time
** range such as 2024-01-01/P8M for January-August), OBS_VALUE in the
** base unit, UNIT_MEASURE, and OBS_STATUS: F (forecast) for targets and
** plans, E (estimated) for qualified figures ("about", "over"), A
** otherwise. One vintage (the latest, or --as-of's) and one observation
** per series, measure and period: of statements of one figure by several
** sources (or with several qualifiers) at that vintage, the one the
** reports take (exact over qualified, then the source name that sorts
** first). Multiples and percent changes have no place in it and are
** left out.
*/
#ifndef GS_EXPORT_H
#define GS_EXPORT_H

#include "../series/series.h"

#include <stdio.h>

enum export_format { EXPORT_CANONICAL, EXPORT_SDMX };

/* The SDMX DATAFLOW column's value. */
#define EXPORT_DATAFLOW "GROWTHSTAT:CLUSTER_FIGURES(1.0)"

/*
** Write the series matching any of globs[0..n) (n == 0: all), each once,
** in key order per glob, with what was known at as_of (0: everything),
** to out. A glob that matches nothing is an error (GS_EX_DATAERR) before
** anything is written. c (may be NULL) counts the rows written and the
** retracted rows left out.
*/
struct export_counts {
	long rows;
	long retracted;
};
int export_write(struct series_db *db, char *const *globs, size_t n,
		 int32_t as_of, enum export_format f, FILE *out,
		 struct export_counts *c, struct gs_err *e);

/* The shortest text that reads back as exactly v, in fixed notation
 * when that is short ("154000000000", "0.5"). */
void export_num(double v, char *buf, size_t n);

/* SDMX period syntax of p (see above) into buf. */
void export_sdmx_period(const struct gs_period *p, char *buf, size_t n);

/*
** The value of o as written in its unit (o->unit_text), the shortest
** decimal text that ingest scales back to exactly o->value; when no such
** text exists in the written unit, the base-unit value, and *base_unit is
** set (the row must then name the base unit).
*/
void export_value(const struct gs_obs *o, char *buf, size_t n,
		  bool *base_unit);

#endif
