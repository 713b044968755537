/*
** cmd_ingest.h: what the files of the ingest command share (command layer
** only): the settings of a run and its output: problems, the .errors text
** of a refused file, the progress line and the log.
*/
#ifndef GS_CMD_INGEST_H
#define GS_CMD_INGEST_H

#include "../common.h"

#include <stdio.h>
#include <sys/types.h>

#include "../cli.h"
#include "dropdir.h"
#include "ingest.h"

/* Problems printed per file in file mode; kept per file in an .errors
 * text and in the log. */
#define INGEST_MAX_SHOWN 50
#define INGEST_MAX_KEPT 1000

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
	struct ingest_opts o;
	const char *dir;          /* --dir DROP, or NULL for file operands */
	const char *archive;      /* --archive DIR (default DROP/archive) */
	const char *rejects_dir;  /* --rejects DIR with --dir (DROP/rejects) */
	struct drop_pin archive_pin, rejects_pin; /* once opened (dropdir.h) */
	double lock_timeout;      /* --lock-timeout seconds */
	long min_age;             /* --min-age seconds */
	const char *log_path;     /* --log FILE */
	FILE *log;
	const volatile sig_atomic_t *stop;
	/* the database file as opened (not for a server): a run stops
	 * before moving files once the path names another file or none */
	bool db_file;
	dev_t db_dev;
	ino_t db_ino;
	/* the file being ingested */
	long problems;            /* problems found in it */
	struct gs_buf errors;     /* dir mode: its problems, for NAME.errors */
	struct progress pr;
};

/* ---- cmd_ingest_out.c ---- */

/* Set up the progress display (on when stderr is a terminal, not -q). */
void out_init(struct ingest_cmd *c);
/* Append a timestamped line to the log (when --log was given). */
void out_log(struct ingest_cmd *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Print "growthstat: ingest: ..." on stderr (and to the log). */
void out_error(struct ingest_cmd *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* Print a line on stdout, escaped (file names may hold anything). */
void out_say(struct ingest_cmd *c, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/* What a loaded file gave: to the log, -v/terminal to stdout, skipped
 * rows on stderr; `to` is where it was archived (NULL: not moved). */
void out_summary(struct ingest_cmd *c, const char *file,
		 const struct ingest_result *r, const char *to);
/* Print an error record on stderr and to the log; returns its code. */
int out_report(struct ingest_cmd *c, const struct gs_err *e);
/* The ingest_problem_fn of a run: arg is the struct ingest_cmd. */
void out_problem(void *arg, const struct gs_err *p);
/* Start a new file: reset its problems, tell the progress display. */
void out_file_start(struct ingest_cmd *c, size_t index, size_t count);
/* The ingest_progress_fn: arg is the struct ingest_cmd. */
void out_progress(void *arg, const struct ingest_progress *p);
/* A file is done: its size counts as done; the line is cleared. */
void out_file_done(struct ingest_cmd *c, uint64_t size);
/* Clear the progress line before other output on stderr. */
void out_clear(struct ingest_cmd *c);

/* Append s and a newline to t (the .errors text of a refused file). */
void text_add(struct gs_buf *t, const char *s);

/* ---- droprun.c ---- */

/* Ingest every ready file of c->dir; returns an exit code. */
int ingest_drop_dir(struct ingest_cmd *c);
/* True when a file's failure e must stop the run (a failure of the
 * database or the run itself), false when it is the file's own. */
bool ingest_stops_run(const struct gs_err *e);

/* ---- ingrun.c ---- */

/* The signal that asked the run to stop, or 0 (cmd_ingest.c). */
extern volatile sig_atomic_t stop_signal;
/* Take the lock, open the database, ingest the files (or c->dir). */
int run(struct ingest_cmd *c, int argc, char **argv);

#endif
