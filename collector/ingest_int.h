/*
** ingest_int.h: the state of one ingest run, shared by the two halves
** of ingest (ingest.c: reading records into figures, staging them, the
** batch; ingest_bad.c: the run's problems, its reject file and its
** refusal). Private to collector/ingest*.c: callers use ingest.h.
*/
#ifndef GS_INGEST_INT_H
#define GS_INGEST_INT_H

#include "ingest.h"
#include "csvin.h"
#include "figure.h"

struct fig;
struct csvq;
struct layout;
struct rejects;
struct recspool;
struct kindmix;

struct run {
	struct series_db *db;
	const struct ingest_opts *o;
	struct csvq *in;
	struct layout *lay;
	struct figure_defaults def;
	ingest_problem_fn problem;
	void *arg;
	struct ingest_result *res;
	int64_t batch;
	long bad_rows;
	struct gs_err first;     /* the first problem, for the batch log */
	struct rejects *rej;     /* reject CSV being written (skip_bad) */
	struct gs_err rej_err;   /* it failed inside a callback */
	struct recspool *recs;   /* the records, with skip_bad */
	char *header;            /* the header record's text, with skip_bad */
	size_t nheader;          /* ... and its number of fields */
	const struct retseen *retracted; /* figures retractions name, or NULL */
	struct retseen *own_retracted;   /* ... when this run read them */
	struct gs_err more[6];   /* a refused row's other bad fields */
	int nmore;
	struct kindmix *mix;     /* the families of kinds of each series */
	struct fig *figs;        /* the figures of the record being read */
	size_t figcap;
	const char *name;
	char *stored;            /* name as the database keeps it (UTF-8) */
	unsigned src_mode;       /* the input's, for the reject file's */
};

/* ingest_bad.c */

/* A problem found: kept as the first (for the batch log) and passed to
 * the caller's problem function. */
void ingest_report(struct run *r, const struct gs_err *p);
/* The text of record rec as the reject file writes it (malloc'd). */
char *ingest_record_text(const struct run *r, const struct csv_record *rec,
			 size_t *len);
/* With skip_bad every record is kept aside (recspool.h): a row the storage
 * refuses when the stage is written has only its line by then. */
int ingest_keep_record(struct run *r, const struct csv_record *rec,
		       struct gs_err *e);
/* A bad record: report it and its other bad fields; with skip_bad write
 * it to the reject file. 0 to go on. */
int ingest_bad_record(struct run *r, const struct csv_record *rec,
		      const struct gs_err *p, struct gs_err *e);
/* The stage's problem function (series_stage_begin); arg is the run. */
void ingest_staged_problem(void *arg, long line, const struct gs_err *p);
/* Put the reject CSV in place (keep) or remove it. */
void ingest_cleanup_rejects(struct run *r, bool keep);
/* Refuse the file: roll back, log the refusal, e says why. Returns -1. */
int ingest_refuse(struct run *r, struct gs_err *e);

#endif
