/*
** cmd_ingest_dir.c: `growthstat ingest --dir DROP`: every ready file of a
** drop directory, one transaction each, then moved: to the archive once its
** batch committed, to the rejects (with NAME.errors) once its refusal was
** logged. A file whose run failed otherwise (database busy or full,
** interrupted) stays where it is for the next run.
*/
#include "cmd_ingest.h"
#include "dropdir.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define PATH_LEN 4096

struct tally {
	long loaded, refused, failed;
};

static void say_loaded(struct ingest_cmd *c, const char *path,
		       const struct ingest_result *r, const char *to)
{
	const struct gs_ctx *ctx = c->ctx;

	out_log(c, "%s: %ld new, %ld already present, %ld rejected (batch "
		"%lld); archived as %s", path, r->c.rows_new,
		r->c.rows_present, r->c.rows_rejected, (long long)r->batch, to);
	if (r->c.rows_rejected && !ctx->quiet)
		out_error(c, "%s: %ld bad row%s skipped, written to %s", path,
			  r->c.rows_rejected, r->c.rows_rejected == 1 ? "" : "s",
			  r->rejects);
	if (ctx->verbose > 0 || (!ctx->quiet && isatty(1)))
		printf("%s: %ld new, %ld already present, %ld rejected (batch "
		       "%lld)\n", path, r->c.rows_new, r->c.rows_present,
		       r->c.rows_rejected, (long long)r->batch);
}

/* A refused file: its problems (and the summary) into NAME.errors beside
 * it in the rejects folder. */
static int set_aside(struct ingest_cmd *c, const struct drop_file *f,
		     const struct gs_err *why)
{
	char to[PATH_LEN], summary[1200];
	struct gs_err e;

	gs_err_clear(&e);
	if (c->problems > INGEST_MAX_KEPT) {
		gs_snprintf(summary, sizeof(summary), "... and %ld more problems",
			    c->problems - INGEST_MAX_KEPT);
		text_add(&c->errors, summary);
	}
	gs_err_format(why, summary, sizeof(summary));
	text_add(&c->errors, summary);
	if (drop_mkdir(c->rejects_dir, &e) || drop_reject(f->path, c->rejects_dir, c->errors.s, c->errors.len,
			to, sizeof(to), &e))
		return out_report(c, &e);
	out_error(c, "%s: refused (%ld problem%s); moved to %s, see %s.errors",
		  f->path, c->problems, c->problems == 1 ? "" : "s", to, to);
	return GS_EX_DATAERR;
}

/* One file; returns its exit code. *fatal is set when the run must stop
 * (the database is unusable or busy, or a signal came). */
static int one(struct ingest_cmd *c, const struct drop_file *f, bool *fatal,
	       struct tally *t)
{
	struct ingest_result res;
	struct ingest_opts o = c->o;
	char rej[PATH_LEN], to[PATH_LEN];
	struct gs_err e;

	gs_err_clear(&e);
	gs_snprintf(rej, sizeof(rej), "%s/%s.rejects.csv", c->rejects_dir,
		    f->name);
	o.rejects = rej;
	if (ingest_file(c->ctx->db, f->path, &o, out_problem, c, &res, &e) == 0) {
		out_file_done(c, f->size);
		if (drop_archive(f->path, c->archive, to, sizeof(to), &e)) {
			/* Committed: a later run finds its rows present. */
			t->failed++;
			return out_report(c, &e);
		}
		say_loaded(c, f->path, &res, to);
		t->loaded++;
		return GS_EX_OK;
	}
	out_file_done(c, f->size);
	if (res.refused) {
		t->refused++;
		return set_aside(c, f, &e);
	}
	t->failed++;
	if (c->stop && *c->stop) {
		*fatal = true;
		return GS_EX_OK; /* the caller reports the interruption */
	}
	*fatal = e.code != GS_EX_NOINPUT;
	return out_report(c, &e);
}

int ingest_drop_dir(struct ingest_cmd *c)
{
	struct drop_list l;
	struct tally t = { 0 };
	struct gs_err e;
	bool fatal = false;
	int worst = GS_EX_OK, rc;
	size_t i;

	gs_err_clear(&e);
	if (drop_scan(c->dir, c->min_age, &l, &e))
		return out_report(c, &e);
	/* The rejects folder is made when first needed (--skip-bad needs it
	 * for the reject CSVs). */
	if (l.n && (drop_mkdir(c->archive, &e) ||
		    (c->o.skip_bad && drop_mkdir(c->rejects_dir, &e)))) {
		drop_list_free(&l);
		return out_report(c, &e);
	}
	out_log(c, "%s: %zu file%s ready, %ld left for a later run", c->dir,
		l.n, l.n == 1 ? "" : "s", l.waiting);
	c->pr.total = l.bytes;
	for (i = 0; i < l.n && !fatal && !(c->stop && *c->stop); i++) {
		out_file_start(c, i + 1, l.n);
		rc = one(c, &l.v[i], &fatal, &t);
		if (rc != GS_EX_OK && (worst == GS_EX_OK || rc > worst))
			worst = rc;
	}
	out_log(c, "%s: %ld loaded, %ld refused, %ld failed or interrupted, "
		"%zu not tried, %ld left for a later run", c->dir, t.loaded,
		t.refused, t.failed, l.n - i, l.waiting);
	if (c->ctx->verbose > 0 && l.waiting)
		printf("%s: %ld file%s too new or still being written, left "
		       "for a later run\n", c->dir, l.waiting,
		       l.waiting == 1 ? "" : "s");
	text_free(&c->errors);
	drop_list_free(&l);
	return worst;
}
