/*
** droprun.h: `growthstat ingest --dir DROP` as a library: every ready
** file of a drop directory loaded, then archived or set aside into the
** rejects with NAME.errors (droprun.c says how).
*/
#ifndef GS_DROPRUN_H
#define GS_DROPRUN_H

#include "ingrun.h"

/* Ingest every ready file of r->dir (r->db open, the lock held); returns
 * an exit code. */
int droprun(struct ingrun *r);
/* True when a file's failure e must stop the run (a failure of the
 * database or the run itself), false when it is the file's own. */
bool ingest_stops_run(const struct gs_err *e);

#endif
