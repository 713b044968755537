/*
** ingest_bad.c: what an ingest run does with bad input (ingest_int.h):
** every problem reported with its file, line and column, the first kept
** for the batch log; with --skip-bad each bad record written, as read,
** to a reject file that appears only after the commit; without it, the
** file refused whole and the refusal logged.
*/
#include "ingest_int.h"

#include <stdlib.h>
#include <string.h>

#include "recspool.h"
#include "rejects.h"
#include "csvq.h"

void ingest_report(struct run *r, const struct gs_err *p)
{
	if (r->first.msg[0] == '\0')
		r->first = *p;
	if (r->problem)
		r->problem(r->arg, p);
}

static int open_rejects(struct run *r, struct gs_err *e)
{
	const char *dst = r->o->rejects;
	enum rejects_place how = r->o->rejects_noreplace ? REJECTS_KEEP :
				 dst ? REJECTS_REPLACE : REJECTS_NEXT_FREE;
	char def[512];

	if (dst == NULL) {
		gs_snprintf(def, sizeof(def), "%s.rejects.csv",
			    strcmp(r->name, "-") == 0 ? "stdin" : r->name);
		dst = def;
	}
	gs_snprintf(r->res->rejects, sizeof(r->res->rejects), "%s", dst);
	/* Never through a planted name or link. An earlier run's default
	 * reject CSV (an analyst may be correcting it) and, in a drop
	 * directory's rejects, an earlier file's are never replaced. */
	r->rej = rejects_open(dst, how, r->header,
			      r->nheader, r->o->delimiter, r->src_mode, e);
	return r->rej ? 0 : -1;
}

char *ingest_record_text(const struct run *r, const struct csv_record *rec,
			 size_t *len)
{
	return rejects_record_text(rec, r->o->delimiter, len);
}

static void write_reject(struct run *r, const struct csv_record *rec,
			 const struct gs_err *p)
{
	size_t n;
	char *text = ingest_record_text(r, rec, &n);

	rejects_write(r->rej, text, rec->n, p);
	free(text);
}

/* With skip_bad every record is kept aside (recspool.h): a row the storage
 * refuses when the stage is written has only its line by then. */
int ingest_keep_record(struct run *r, const struct csv_record *rec,
		       struct gs_err *e)
{
	size_t n;
	char *text;
	int ret;

	if (!r->o->skip_bad)
		return 0;
	if (r->recs == NULL)
		r->recs = recspool_new();
	text = ingest_record_text(r, rec, &n);
	ret = recspool_add(r->recs, rec->line, text, n, e);
	free(text);
	return ret;
}

/* A bad record: report it; with skip_bad keep it aside. 0 to go on. */
int ingest_bad_record(struct run *r, const struct csv_record *rec,
		      const struct gs_err *p, struct gs_err *e)
{
	int i;

	ingest_report(r, p);
	r->bad_rows++;
	r->res->c.rows_rejected++;
	/* every bad field of the row, each with its column */
	for (i = 0; i < r->nmore; i++, r->bad_rows++)
		ingest_report(r, &r->more[i]);
	r->nmore = 0;
	if (!r->o->skip_bad)
		return 0;
	if (r->rej == NULL && open_rejects(r, e))
		return -1;
	write_reject(r, rec, p);
	return 0;
}

/*
** A staged row the storage refused when writing it (a unit of another
** dimension, a conflict with a stored figure): reported with its line;
** a reject file gets its record from the spool.
*/
void ingest_staged_problem(void *arg, long line, const struct gs_err *p)
{
	struct run *r = arg;
	struct gs_err q = *p;
	char *text;

	q.line = line;
	gs_snprintf(q.file, sizeof(q.file), "%s", r->name);
	ingest_report(r, &q);
	r->bad_rows++;
	if (!r->o->skip_bad)
		return;
	if (r->rej == NULL && open_rejects(r, &r->rej_err))
		return;
	text = r->recs ? recspool_get(r->recs, line) : NULL;
	if (text == NULL) {
		/* A reject without its record would lose data. */
		gs_errf(&r->rej_err, GS_EX_IOERR, "%s: line %ld: cannot read "
			"back the record for the reject file", r->name, line);
		return;
	}
	/* A staged row was parsed: it has the header's width. */
	rejects_write(r->rej, text, r->nheader, &q);
	free(text);
}

/* Put the reject CSV in place (keep) or remove it. The batch committed
 * before: a reject CSV that cannot be put in place is a problem reported
 * through the problem callback, its rows are in the batch log counts. */
void ingest_cleanup_rejects(struct run *r, bool keep)
{
	struct rejects *rej = r->rej;
	struct gs_err err;

	if (rej == NULL)
		return;
	r->rej = NULL;
	if (!keep) {
		rejects_abort(rej);
		r->res->rejects[0] = '\0';
		return;
	}
	gs_err_clear(&err);
	if (rejects_commit(rej, r->res->rejects, sizeof(r->res->rejects),
			   &err) == 0)
		return;
	if (r->problem)
		r->problem(r->arg, &err);
	r->res->rejects[0] = '\0';
}

int ingest_refuse(struct run *r, struct gs_err *e)
{
	char hash[17], reason[1200];
	struct gs_err logerr;

	series_batch_rollback(r->db);
	ingest_cleanup_rejects(r, false);
	r->res->c.rows_new = r->res->c.rows_present = 0;
	r->res->rows_retracted = 0;
	csvq_hash_hex(r->in, hash);
	gs_err_format(&r->first, reason, sizeof(reason));
	gs_err_clear(&logerr);
	/* Best effort: a busy or read-only database cannot log it. */
	series_batch_log_refused(r->db, r->stored, &r->res->c, hash, reason,
				 &logerr);
	/* --skip-bad sets rows aside, not a header: offer it only when the
	 * first problem is a row's (line 2 on), and not to a drop
	 * directory's NAME.errors (the cron wrapper has no such option) */
	gs_errf_at(e, GS_EX_DATAERR, r->name, 0, 0,
		   "refused: %ld problem%s; nothing was stored%s",
		   r->bad_rows, r->bad_rows == 1 ? "" : "s",
		   r->o->skip_bad || r->o->in_drop || r->first.line < 2 ? "" :
		   " (--skip-bad loads the good rows)");
	return -1;
}
