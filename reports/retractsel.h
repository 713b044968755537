/*
** retractsel.h: which figures `growthstat retract KEY N...` names, and
** when it refuses: "#3" or "3" is the third figure of KEY as --explain and
** report number them; a figure whose other vintage is retracted already
** is refused without --again (its number named that vintage before, so
** this is most likely the same command run twice); a reason is one line
** of text. The record itself is series/'s (series_retract_rows).
*/
#ifndef GS_RETRACTSEL_H
#define GS_RETRACTSEL_H

#include "../series/series.h"

/* "#3" or "3" of a list of n figures: its 0-based index, or -1. */
long retract_number(const char *s, size_t n);

/*
** May pick, named num ("#3") in the view at as_of, be retracted? 0 yes
** (again set, pick itself retracted, or no other vintage of its figure
** retracted); 1 refused, e says why (GS_EX_DATAERR); -1 a database
** error in e.
*/
int retract_refused(struct series_db *db, const struct gs_obs *pick,
		    int32_t as_of, const char *num, bool again,
		    struct gs_err *e);

/* Is reason one line people and tables can read? 0, or -1 with why (n
 * bytes): "control character at byte 4", "empty". */
int retract_reason(const char *reason, char *why, size_t n);

#endif
