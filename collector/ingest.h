/*
** ingest.h: loading one CSV file into the database as one batch.
**
** A file is read as a stream, each row is parsed and validated into an
** observation and appended inside one transaction. By default a file with
** any bad row is refused whole: every problem is reported, the transaction
** rolled back, and only a "refused" line is left in the batch log. With
** skip_bad the good rows are committed and the bad ones written, with their
** reason, to a reject CSV that appears only after the commit.
*/
#ifndef GS_INGEST_H
#define GS_INGEST_H

#include "../series/series.h"

#include <signal.h>

enum ingest_layout {
	LAYOUT_LONG,       /* one figure per row (the canonical format) */
	LAYOUT_WIDE,       /* a period column, then one column per series */
	LAYOUT_TRANSPOSED, /* one row per series, one column per period */
};

/* How far the reading of a file has got, for a progress display. */
struct ingest_progress {
	const char *file;
	long rows;          /* records read so far */
	uint64_t bytes;     /* bytes read so far */
	uint64_t size;      /* the file's size, 0 when unknown (a pipe) */
};

/* Called when a file is opened and then every few rows; must not print
 * to stdout (the command layer draws on stderr). */
typedef void (*ingest_progress_fn)(void *arg, const struct ingest_progress *p);

struct retseen;

struct ingest_opts {
	enum ingest_layout layout;
	const char *columns; /* "series=Country Code,period=Year" or NULL */
	const char *set;     /* "unit=USD,kind=level" or NULL */
	int32_t as_of;       /* vintage for rows without one; 0 = today */
	const char *source;  /* source for rows without one; NULL = file name */
	bool skip_bad;
	const char *rejects; /* reject CSV path; NULL = FILE.rejects.csv */
	bool rejects_noreplace; /* never replace an existing reject CSV */
	/* a drop directory's file: its refusal does not advise --skip-bad,
	 * which the cron wrapper cannot pass */
	bool in_drop;
	/*
	** Checked between rows and before the commit: once *stop is non-zero
	** (a signal handler sets it) the batch is rolled back, the temporary
	** reject file removed, and ingest_file fails with GS_EX_TEMPFAIL
	** "interrupted". NULL = never.
	*/
	const volatile sig_atomic_t *stop;
	ingest_progress_fn progress; /* NULL = none */
	void *progress_arg;
	char delimiter;      /* between fields: ',' (0), ';', '|' or '\t' */
	char decimal;        /* the decimal mark '.' or ','; 0 = guess, and
			      * warn where the guess could go either way */
	void (*warn)(void *arg, const struct gs_err *w); /* NULL = none */
	void *warn_arg;
	/* The figures retractions name (retseen.h), read once by a caller
	 * that ingests many files (ingrun.c) when retracted_read is set (NULL:
	 * none); else each file reads them. */
	const struct retseen *retracted;
	bool retracted_read;
};

/* Called for every bad row (and for other problems) as they are found. */
typedef void (*ingest_problem_fn)(void *arg, const struct gs_err *problem);

struct ingest_result {
	struct batch_counts c;
	long rows_retracted; /* of c.rows_present: retracted figures, which
			      * stay out of reads (retseen.h) */
	long kind_mixed;   /* series given levels and flows (kindmix.h) */
	int64_t batch;
	bool committed;
	bool refused;      /* bad data: refused whole, nothing stored */
	char rejects[512]; /* path of the reject file written, or "" */
	char ignored[512]; /* header columns no field uses (layout_ignored) */
};

/*
** Ingest `path` ("-" = stdin). Returns 0 when the batch committed (with
** skip_bad, possibly with rejected rows); -1 when the file was refused or
** could not be read, with e holding the summary and its exit code. On -1
** res->refused tells a refused file (its "refused" row logged) from one
** that was not processed (database error, interrupted, unreadable).
*/
int ingest_file(struct series_db *db, const char *path,
		const struct ingest_opts *o, ingest_problem_fn problem,
		void *arg, struct ingest_result *res, struct gs_err *e);

/*
** The same for an open descriptor, which is taken over (closed): what is
** read is the object that was opened, whatever its name refers to by then.
** `name` is used in messages and the batch log.
*/
int ingest_fd(struct series_db *db, int fd, const char *name,
	      const struct ingest_opts *o, ingest_problem_fn problem,
	      void *arg, struct ingest_result *res, struct gs_err *e);

#endif
