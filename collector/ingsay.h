/*
** ingsay.h: what a run of ingest (ingrun.h) says and keeps, for the files
** of the run (ingrun.c, droprun.c) only: messages formatted here and
** handed to the command's struct ingrun_out, the problems of the current
** file counted and, in a drop directory, kept for its NAME.errors.
*/
#ifndef GS_INGSAY_H
#define GS_INGSAY_H

#include "ingrun.h"

#include <stdarg.h>

/* Where a line goes: the member of struct ingrun_out of that name. */
enum ingsay_to { INGSAY_ERROR, INGSAY_LOG, INGSAY_DETAIL, INGSAY_WAITING };

/* A formatted line through the command's function for `to` (none when
 * it left that NULL). */
void ingsay(struct ingrun *r, enum ingsay_to to, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
#define ingsay_error(r, ...) ingsay((r), INGSAY_ERROR, __VA_ARGS__)
#define ingsay_log(r, ...) ingsay((r), INGSAY_LOG, __VA_ARGS__)
#define ingsay_detail(r, ...) ingsay((r), INGSAY_DETAIL, __VA_ARGS__)
#define ingsay_waiting(r, ...) ingsay((r), INGSAY_WAITING, __VA_ARGS__)
/* A failure through out->report, the pinned folders named as given;
 * returns its exit code. */
int ingsay_report(struct ingrun *r, const struct gs_err *e);
/* The ingest_problem_fn of a run: arg is the struct ingrun. */
void ingsay_problem(void *arg, const struct gs_err *p);
/* A new file: its problems reset, then out->file_start. */
void ingsay_file_start(struct ingrun *r, size_t index, size_t count,
		       uint64_t total);
void ingsay_file_done(struct ingrun *r, uint64_t size);
void ingsay_loaded(struct ingrun *r, const char *file,
		   const struct ingest_result *res, const char *to);
void ingsay_file_failed(struct ingrun *r, const char *file);
/* Append s and a newline to t (the .errors text of a refused file). */
void ingsay_text_add(struct gs_buf *t, const char *s);

/* A signal asked the run to stop (between files). */
static inline bool ingrun_stopped(const struct ingrun *r)
{
	return r->stop && *r->stop;
}

/* The run's exit code so far after a file's rc: the highest failure. */
static inline int ingrun_worse(int worst, int rc)
{
	return rc != GS_EX_OK && (worst == GS_EX_OK || rc > worst) ? rc : worst;
}

#endif
