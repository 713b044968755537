/*
** revisions.h: the release history of every figure of a series, as
** ALFRED shows it: for each figure (kind, period and base), its first
** release, every later one with its date and source, the size of each
** revision against the release before it and against the first, and which
** release is the latest. Works on the rows series_observations gives with
** OBSQ_ALL_VINTAGES (ordered by period, kind, base, as_of); nothing here
** reads the database or prints.
*/
#ifndef GS_REVISIONS_H
#define GS_REVISIONS_H

#include "../series/series.h"

struct rev_row {
	size_t obs;        /* index into the observation list */
	int release;       /* 1 = first release, 2 = first revision, ...:
			    * one per as_of, shared by the statements of
			    * one figure on one day */
	bool latest;       /* of the last release of its figure */
	double change;     /* value - previous release's (the statement
			    * reports take of it); NAN for the first */
	double change_pct; /* 100 change / |previous|; NAN when undefined */
	double total;      /* value - first release's; NAN for the first */
	double total_pct;  /* 100 total / |first|; NAN when undefined */
};

/* One row per observation of l, in l's order. Returns the number of
 * rows (l->n) in a new array *out (caller frees; NULL when 0). */
size_t rev_build(const struct obs_list *l, struct rev_row **out);

/* Do a and b state the same figure (kind, period and base)? */
bool rev_same_figure(const struct gs_obs *a, const struct gs_obs *b);

/*
** The first release and the latest release of every figure of l (read
** with OBSQ_ALL_VINTAGES: a figure's rows adjacent, by as_of): into
** *first the rows of each figure's earliest as_of, into *latest those of
** its last (all rows of that as_of, as the latest-vintage rule keeps
** them; latest may be NULL when only the first releases are wanted).
** Deep copies, in l's order; free both with obs_list_free.
*/
void rev_split(const struct obs_list *l, struct obs_list *first,
	       struct obs_list *latest);

#endif
