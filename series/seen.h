/*
** seen.h: the figures a batch has written so far for the series being
** written, with the lines they came from. Internal to series/.
**
** A stage writes a batch's rows by series and, within a series, in file
** order (stage.c), so the rows of one series written before the current
** one are all here. That lets a row be judged against the rest of its own
** file: the same figure, as_of and value again is already present, and
** the same figure and as_of with another value conflicts with an earlier
** line of this file, which the message names (the stored-figure message
** of the backends could not). Both backends see the same verdicts.
** Bounded: past FIGMEM_MAX rows of one series, or SEEN_SOURCES sources,
** rows are left to the backend's rule, which is the same but for the
** message.
*/
#ifndef GS_SEEN_H
#define GS_SEEN_H

#include "runs.h"

#define SEEN_SOURCES 256

struct seen;

struct seen *seen_new(void);
void seen_free(struct seen *s);
/* Forget everything (a new batch). */
void seen_reset(struct seen *s);
/* 1 when r repeats a row written before (already present), -1 with e
 * filled (GS_EX_DATAERR) when it conflicts with one, 0 when neither is
 * known. */
int seen_check(struct seen *s, const struct srow *r, struct gs_err *e);
/* Remember r, written (new or already present). */
void seen_add(struct seen *s, const struct srow *r);

#endif
