/*
** ingest.c: one CSV file in, one batch (transaction) out. See ingest.h.
** This file reads the records, turns them into figures and stages them,
** and commits the batch; what is done with bad input (problems, the
** reject file, a refusal) is ingest_bad.c's.
*/
#include "ingest_int.h"

#include <csv.h>
#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "csvq.h"
#include "figure.h"
#include "layout.h"
#include "recspool.h"
#include "kindmix.h"
#include "rejects.h"
#include "retseen.h"
#include "../series/cal.h"

/* Rows between two calls of the progress function. */
#define PROGRESS_EVERY 64

static bool stopped(const struct run *r)
{
	return r->o->stop && *r->o->stop;
}

static int interrupted(const struct run *r, struct gs_err *e)
{
	return gs_errf_at(e, GS_EX_TEMPFAIL, r->name, 0, 0, "interrupted; "
			  "nothing of this file was stored");
}

static void progress(struct run *r)
{
	struct ingest_progress p;

	if (r->o->progress == NULL)
		return;
	p.file = r->name;
	p.rows = r->res->c.rows_read;
	p.bytes = csvq_bytes(r->in);
	p.size = csvq_size(r->in);
	r->o->progress(r->o->progress_arg, &p);
}

/* A figure of a record, checked and waiting to be staged. */
struct fig {
	struct gs_obs o;
	const char *name, *desc;
};

/* Another bad field of a refused row, reported after its first. */
static void more_say(void *arg, const struct gs_err *p)
{
	struct run *r = arg;

	if ((size_t)r->nmore < GS_ARRAY_LEN(r->more))
		r->more[r->nmore++] = *p;
}

/*
** The note of a reviewed extract row without the prefix extract wrote
** for the review, "confidence 0.53 (period from the date line; no
** series: name it): " or "confidence 0.60: ": its reasons are about the
** candidate as proposed ("name it" is false once a person has), so what
** is stored is the sentence the figure came from (README, extract). Any
** other note is kept as it is.
*/
static const char *reviewed_note(const char *s)
{
	const char *p;
	int depth = 0;

	if (s == NULL || strncmp(s, "confidence ", strlen("confidence ")) != 0)
		return s;
	p = s + strlen("confidence ");
	if (!(p[0] == '0' || p[0] == '1') || p[1] != '.' ||
	    !isdigit((unsigned char)p[2]) || !isdigit((unsigned char)p[3]))
		return s;
	p += 4;
	if (p[0] == ' ' && p[1] == '(') {
		for (p++; *p; p++) {
			depth += *p == '(' ? 1 : *p == ')' ? -1 : 0;
			if (depth == 0)
				break;
		}
		if (*p++ != ')')
			return s;
	}
	if (*p != ':')
		return s;
	return p[1] == ' ' ? p + 2 : p + 1;
}

/* Figure i of rec into *g: 1, 0 for an empty cell, -1 with rowerr set
 * (the record's fault; r->more its other bad fields). */
static int check_figure(struct run *r, const struct csv_record *rec,
			size_t i, struct fig *g, struct gs_err *rowerr)
{
	struct fields f;
	int k;

	if ((k = layout_figure(r->lay, rec, i, &f, rowerr)) <= 0)
		return k;
	if (figure_parse(&f, &r->def, r->name, rec->line, &g->o, rowerr)) {
		r->nmore = 0;
		figure_more(&f, &r->def, r->name, rec->line, rowerr, more_say,
			    r);
		return -1;
	}
	g->o.batch = r->batch;
	g->o.note = reviewed_note(g->o.note);
	g->name = f.v[F_NAME];
	g->desc = f.v[F_DESC];
	return 1;
}

/*
** A record is loaded whole or not at all: every figure of it (a wide or
** transposed row holds several) is checked before any is staged, so that
** a row in the reject file has nothing of it stored. Rows after a bad one
** are still staged, though the file will be refused: conflicts with
** stored data get listed too. Staged rows are written in key order; their
** problems come back through staged_problem with the line as tag.
*/
static int record(struct run *r, const struct csv_record *rec,
		  struct gs_err *e)
{
	struct gs_err rowerr;
	size_t i, nfig = 0, n = layout_count(r->lay, rec);
	int k;

	if (rec->n == 1 && rec->len[0] == 0)
		return 0; /* a blank line */
	r->res->c.rows_read++;
	if (ingest_keep_record(r, rec, e))
		return -1;
	if (n > r->figcap) {
		r->figcap = n;
		r->figs = xrealloc(r->figs, n * sizeof(*r->figs));
	}
	for (i = 0; i < n; i++) {
		gs_err_clear(&rowerr);
		k = check_figure(r, rec, i, &r->figs[nfig], &rowerr);
		if (k < 0)
			return ingest_bad_record(r, rec, &rowerr, e);
		nfig += (size_t)k;
	}
	for (i = 0; i < nfig; i++) {
		const struct fig *g = &r->figs[i];

		if (series_stage(r->db, &g->o, g->name, g->desc, rec->line, e))
			return -1;
		r->res->rows_retracted += retseen_has(r->retracted, &g->o);
		kindmix_add(r->mix, g->o.series, g->o.kind, rec->line);
	}
	return 0;
}

static int read_all(struct run *r, struct gs_err *e)
{
	const struct csv_record *rec;
	struct gs_err rerr;
	bool header = false;
	long nrec = 0;
	int k;

	gs_err_clear(&rerr);
	while ((k = csvq_next(r->in, &rec, &rerr)) == 1) {
		if (stopped(r))
			return interrupted(r, e);
		if (++nrec % PROGRESS_EVERY == 0)
			progress(r);
		if (!header) {
			if ((k = layout_header(r->lay, rec, &rerr)) < 0)
				break;
			header = k == 1;
			if (header && r->o->skip_bad) {
				size_t n;

				r->header = ingest_record_text(r, rec, &n);
				r->nheader = rec->n;
			}
			continue;
		}
		if (record(r, rec, e))
			return -1;
	}
	if (stopped(r))
		return interrupted(r, e);
	if (k < 0 && rerr.code != GS_EX_DATAERR) {
		*e = rerr;
		return -1;
	}
	if (k < 0) {
		/* A malformed file (stray quote, NUL byte): refuse it. */
		ingest_report(r, &rerr);
		r->bad_rows++;
		return -1;
	}
	if (!header) {
		gs_errf_at(&rerr, GS_EX_DATAERR, r->name, 0, 0,
			   r->o->layout == LAYOUT_TRANSPOSED ?
			   "no header found: the transposed layout needs a "
			   "header with period columns and the series column "
			   "(--columns series=HEADER)" :
			   "no header found (empty input?)");
		ingest_report(r, &rerr);
		r->bad_rows++;
		return -1;
	}
	return 0;
}

/* A file written to while it was read holds rows of two versions, or one
 * cut short: nothing of it is stored, and it stays for the next run. */
static int changed(struct run *r, struct gs_err *e)
{
	char why[160];

	if (!csvq_changed(r->in, why, sizeof(why)))
		return 0;
	return gs_errf_at(e, GS_EX_NOINPUT, r->name, 0, 0, "changed while "
			  "it was read (%s); nothing of it was stored: load "
			  "it again once it is complete", why);
}

/* The run's name for its input and the defaults of its rows. */
static void run_names(struct run *r, const char *path)
{
	const struct ingest_opts *o = r->o;

	r->name = strcmp(path, "-") == 0 ? "-" : path;
	r->def.as_of = o->as_of ? o->as_of : cal_today();
	/* tomorrow: a release dated in a time zone ahead of UTC */
	r->def.as_of_max = cal_from_day_number(cal_day_number(cal_today()) + 1);
	/* the batch log and the default source keep the file's name; a
	 * name that is no UTF-8 would be refused by PostgreSQL and make
	 * invalid JSON from SQLite */
	r->stored = gs_utf8_shown(r->name);
	r->def.source = o->source ? o->source : r->stored;
}

/* What a run holds, freed; the columns it ignored kept in its result. */
static void run_free(struct run *r)
{
	csvq_close(r->in);
	recspool_free(r->recs);
	retseen_free(r->own_retracted);
	kindmix_free(r->mix);
	free(r->stored);
	free(r->header);
	free(r->figs);
	gs_snprintf(r->res->ignored, sizeof(r->res->ignored), "%s",
		    layout_ignored(r->lay));
	layout_free(r->lay);
}

/* The input of a run: the descriptor fd when >= 0, else path. */
static int run_file(struct series_db *db, const char *path, int fd,
		    const struct ingest_opts *o, ingest_problem_fn problem,
		    void *arg, struct ingest_result *res, struct gs_err *e)
{
	struct run r = { 0 };
	char hash[17];
	int ret = -1;

	memset(res, 0, sizeof(*res));
	r.db = db;
	r.o = o;
	r.problem = problem;
	r.arg = arg;
	r.res = res;
	run_names(&r, path);
	r.src_mode = rejects_source_mode(path, fd);
	if ((r.lay = layout_new(o, r.name, e)) == NULL) {
		if (fd >= 0)
			close(fd);
		free(r.stored);
		return -1;
	}
	r.in = fd >= 0 ? csvq_open_fd(fd, r.name, o->delimiter, e) :
		csvq_open(path, r.name, o->delimiter, e);
	if (r.in == NULL)
		goto out;
	progress(&r);
	r.retracted = o->retracted_read ? o->retracted :
		(r.own_retracted = retseen_load(db, e));
	if (e->msg[0] || series_batch_begin(db, r.stored, &r.batch, e))
		goto out;
	res->batch = r.batch;
	r.mix = kindmix_new();
	series_stage_begin(db, ingest_staged_problem, &r, &res->c);
	series_stage_stop(db, o->stop);
	if (read_all(&r, e) || (!stopped(&r) && series_stage_flush(db, e)) ||
	    (r.rej_err.msg[0] && (*e = r.rej_err, 1)) ||
	    (r.bad_rows && !o->skip_bad) || stopped(&r)) {
		if (stopped(&r)) {
			gs_err_clear(e);
			interrupted(&r, e);
		}
		if (e->msg[0]) {
			series_batch_rollback(db);
			ingest_cleanup_rejects(&r, false);
			goto out;
		}
		gs_err_clear(e);
		ret = ingest_refuse(&r, e);
		res->refused = true;
		goto out;
	}
	csvq_hash_hex(r.in, hash);
	/* a file that stores nothing new changes no series' kinds: its
	 * mixes, if any, were told when their rows came (and re-ingesting
	 * a file asks nothing) */
	if ((res->kind_mixed = res->c.rows_new == 0 ? 0 :
	     kindmix_check(r.mix, db, r.batch, r.name, o->warn, o->warn_arg,
			   e)) < 0 ||
	    changed(&r, e) || (r.rej && rejects_flush(r.rej, e))) {
		series_batch_rollback(db);
		ingest_cleanup_rejects(&r, false);
		goto out;
	}
	if (series_batch_commit(db, r.batch, &res->c, hash, e)) {
		ingest_cleanup_rejects(&r, false);
		goto out;
	}
	res->committed = true;
	ingest_cleanup_rejects(&r, true);
	ret = 0;
out:
	/* A database error: say which file's load it stopped. */
	if (ret && !res->refused && e->file[0] == '\0' &&
	    e->code != GS_EX_USAGE)
		gs_snprintf(e->file, sizeof(e->file), "%s", r.name);
	run_free(&r);
	return ret;
}

int ingest_file(struct series_db *db, const char *path,
		const struct ingest_opts *o, ingest_problem_fn problem,
		void *arg, struct ingest_result *res, struct gs_err *e)
{
	return run_file(db, path, -1, o, problem, arg, res, e);
}

int ingest_fd(struct series_db *db, int fd, const char *name,
	      const struct ingest_opts *o, ingest_problem_fn problem,
	      void *arg, struct ingest_result *res, struct gs_err *e)
{
	return run_file(db, name, fd, o, problem, arg, res, e);
}
