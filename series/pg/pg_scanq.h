/*
** pg_scanq.h: series read on a thread of their own, a few ahead of the
** caller (pg_scanq.c), for the report's scan (pg_scan.c).
*/
#ifndef GS_PG_SCANQ_H
#define GS_PG_SCANQ_H

#include "../db_internal.h"

/* Read the next series into *info and *obs: 1, 0 at the end, -1 on an
 * error (in e). Runs on the reading thread. */
typedef int (*scanq_read_fn)(void *arg, struct series_info *info,
			     struct obs_list *obs, struct gs_err *e);

/* Hand every series rd reads, finished by obs_list_finish(flags, as_of),
 * to fn on the calling thread while rd reads the next ones; fn's first
 * non-zero result (the reading stopped), else rd's. Without a thread to
 * be had, reads and reports in turn. */
int pg_scan_queue(scanq_read_fn rd, void *rarg, int flags, int32_t as_of,
	     series_scan_fn fn, void *arg, struct gs_err *e);

#endif
