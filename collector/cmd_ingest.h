/*
** cmd_ingest.h: what the files of the ingest command share (command layer
** only): its options (the run's settings, ingrun.h) and its printer: the
** functions of struct ingrun_out, which put the run's problems and
** messages on stderr, stdout and the log, and the progress line.
*/
#ifndef GS_CMD_INGEST_H
#define GS_CMD_INGEST_H

#include "../common.h"

#include <stdio.h>

#include "../cli.h"
#include "ingrun.h"

struct progress {
	bool on;             /* stderr is a terminal and not -q */
	bool drawn;          /* a line is on the screen */
	double delay;        /* seconds before the first line */
	double t_run, t_file, t_last;
	size_t index, count; /* file index (1-based) and number of files */
	uint64_t done;       /* bytes of the files already finished */
	uint64_t total;      /* bytes of all files, 0 when unknown */
	uint64_t cur;        /* bytes read of the current file */
};

struct ingest_cmd {
	struct gs_ctx *ctx;
	struct ingrun r;          /* the run: settings from the options */
	struct ingrun_out out;    /* what it says, printed here */
	const char *log_path;     /* --log FILE */
	FILE *log;
	int log_error;            /* errno of the first failed log write */
	struct progress pr;
};

/* ---- cmd_ingest_out.c ---- */

/* Set up the progress display (on when stderr is a terminal, not -q) and
 * c->out, the printer of the run c->r. */
void out_init(struct ingest_cmd *c);
/* Append a timestamped line to the log (when --log was given). */
void out_log(struct ingest_cmd *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Print "growthstat: ingest: ..." on stderr (and to the log). */
void out_error(struct ingest_cmd *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* The ingest_progress_fn: arg is the struct ingest_cmd. */
void out_progress(void *arg, const struct ingest_progress *p);
/* Clear the progress line before other output on stderr. */
void out_clear(struct ingest_cmd *c);

#endif
