/*
** retseen.h: the retracted figures an ingest finds again.
**
** A row of a file that is already stored is "already present", and adds
** nothing; when that stored figure was retracted, ingesting it again does
** not bring it back (a retraction is undone by nothing but a new row with
** a later as_of). The summary says how many of the rows already present
** are such retracted figures, so that "0 new, 3 already present" is not
** read as "the three figures are in". A stored figure is named by its
** series, kind, period, base, source, qualifier and as_of; a row with all
** of these and the same value is that figure (another value would be a
** conflict, refused).
*/
#ifndef GS_RETSEEN_H
#define GS_RETSEEN_H

#include "../series/series.h"

struct retseen;

/* The figures every retraction on record names, read once (before a
 * batch begins: a server connection copying rows cannot also read).
 * NULL with e clear when there are none; NULL with e set on error. */
struct retseen *retseen_load(struct series_db *db, struct gs_err *e);
/* True when o (as staged) is one of those figures, with its value. */
bool retseen_has(const struct retseen *s, const struct gs_obs *o);
void retseen_free(struct retseen *s);

#endif
