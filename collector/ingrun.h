/*
** ingrun.h: one run of `growthstat ingest` as a library: the files named
** on the command line, or every ready file of a drop directory (droprun.h),
** under the ingest lock, each file one transaction.
**
** The run decides; the command prints. Whatever the run has to say goes
** through struct ingrun_out, a table of functions and an argument the
** command owns (as ingest_opts.progress already is), so a unit test can
** drive a run and see what it said without a terminal or a log.
*/
#ifndef GS_INGRUN_H
#define GS_INGRUN_H

#include "../common.h"

#include <signal.h>
#include <sys/types.h>

#include "dropdir.h"
#include "ingest.h"

/* Problems printed per file in file mode; kept per file in an .errors
 * text and in the log. */
#define INGEST_MAX_SHOWN 50
#define INGEST_MAX_KEPT 1000

/*
** What a run says, through the command. Any member may be NULL (said to
** no one; report then only returns the code). Messages are unescaped text:
** escaping control characters is the printer's job.
*/
struct ingrun_out {
	void *arg;
	/* A line for stderr and the log. */
	void (*error)(void *arg, const char *msg);
	/* A line for the log only. */
	void (*log)(void *arg, const char *msg);
	/* A line for stdout, wanted with -v only. */
	void (*detail)(void *arg, const char *msg);
	/* Another ingest holds the lock and the run waits for it. */
	void (*waiting)(void *arg, const char *msg);
	/* A failure, for stderr and the log; returns its exit code. */
	int (*report)(void *arg, const struct gs_err *e);
	/* Problem number k (from 0) of the current file, formatted once
	 * (gs_err_format) for every place it goes. */
	void (*problem)(void *arg, const char *text, long k);
	/* A file named on the command line failed after n problems (said
	 * before its report). */
	void (*file_failed)(void *arg, const char *file, long n);
	/* A file loaded; to is where it was archived (NULL: not moved). */
	void (*loaded)(void *arg, const char *file,
		       const struct ingest_result *r, const char *to);
	/* File index (from 1) of count begins; total: bytes of all files,
	 * 0 when unknown. */
	void (*file_start)(void *arg, size_t index, size_t count,
			   uint64_t total);
	/* The file is done: size bytes (0: as many as were read). */
	void (*file_done)(void *arg, uint64_t size);
};

struct retseen;

struct ingrun {
	/* Set by the caller (ingrun_init gives the defaults). */
	struct ingest_opts o;
	const char *db_path;
	double lock_timeout;      /* seconds to wait for the lock */
	const char *dir;          /* the drop directory, or NULL for files */
	const char *archive;      /* with dir: where loaded files go */
	const char *rejects_dir;  /* with dir: where refused files go */
	long min_age;             /* with dir: seconds a file must rest */
	const volatile sig_atomic_t *stop; /* non-zero: stop (NULL: never) */
	const struct ingrun_out *out;
	/* The run's own state. */
	struct series_db *db;
	struct drop_pin archive_pin, rejects_pin; /* once opened (dropdir.h) */
	struct drop_pin drop_pin; /* the drop directory, for the run */
	struct retseen *retracted; /* read once for the run (o.retracted) */
	/* the database file as opened (not for a server): a run stops
	 * before moving files once the path names another file or none */
	bool db_file;
	dev_t db_dev;
	ino_t db_ino;
	long problems;            /* problems found in the current file */
	struct gs_buf errors;     /* dir mode: its problems, for NAME.errors */
};

/* Defaults: no directory, lock timeout 30 s, min_age 60 s, nothing said. */
void ingrun_init(struct ingrun *r);

/*
** Take the ingest lock (waiting up to lock_timeout), open the database
** (created when missing), ingest files[0..n) or r->dir, close and unlock.
** Returns the exit code: the worst of the files', or 0 once r->stop was
** set (the caller reports the interruption).
*/
int ingrun_run(struct ingrun *r, char **files, size_t n);

#endif
