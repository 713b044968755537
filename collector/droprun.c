/*
** droprun.c: `growthstat ingest --dir DROP` as a library (droprun.h):
** every ready file of a drop directory, one transaction each, then moved:
** to the archive once its batch committed, to the rejects (with
** NAME.errors) once its refusal was logged. A file whose run failed
** otherwise (database busy or full, interrupted) stays where it is for
** the next run.
**
** A file is opened once and read from that descriptor; it is moved only if
** its name still refers to what was read (dropclaim.h), and nothing is
** moved once the database file was deleted or replaced. Symbolic links,
** FIFOs and other non-regular entries are refused by name, never opened.
**
** Test knob: GROWTHSTAT_TEST_PAUSE_BEFORE_ARCHIVE=SECONDS sleeps between
** the end of a file's batch and its move, so tests can change the drop
** directory or the database at that moment.
*/
#include "droprun.h"
#include "dropclaim.h"
#include "dropdir.h"
#include "ingsay.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define PATH_LEN (PATH_MAX + 64)

struct tally {
	long loaded, refused, failed;
};

/* One file's run: the object read and where its companions go. */
struct item {
	const struct drop_file *f;
	struct drop_obj obj;
	char slot[PATH_LEN];      /* its name in the rejects, "" until needed */
};

/*
** What a failure stops. A file's own problem (its content, refused by us
** or by the server: SQLSTATE class 22 or 23 comes as GS_EX_DATAERR; a file
** that vanished or cannot be read) concerns that file only: the next files
** are loaded. A failure of the database itself (busy, I/O, full disk,
** connection lost, database replaced, interrupted, internal) stops the run.
*/
bool ingest_stops_run(const struct gs_err *e)
{
	return e->code != GS_EX_DATAERR && e->code != GS_EX_NOINPUT;
}

static void pause_for_tests(void)
{
	const char *v = getenv("GROWTHSTAT_TEST_PAUSE_BEFORE_ARCHIVE");
	double s = v ? strtod(v, NULL) : 0;
	struct timespec ts;

	if (!(s > 0 && s < 3600))
		return;
	ts.tv_sec = (time_t)s;
	ts.tv_nsec = (long)((s - (double)ts.tv_sec) * 1e9);
	while (nanosleep(&ts, &ts) != 0 && errno == EINTR)
		;
}

/* Nothing is moved once the database file is not the one opened: the rows
 * of the files loaded went with it. */
static int db_unchanged(const struct ingrun *r, struct gs_err *e)
{
	struct stat sb;
	char db[1024];

	if (!r->db_file)
		return 0;
	if (stat(r->db_path, &sb) == 0 && sb.st_dev == r->db_dev &&
	    sb.st_ino == r->db_ino)
		return 0;
	return gs_errf(e, GS_EX_IOERR, "%s: the database file was deleted or "
		       "replaced during the run; stopping before moving any "
		       "more files", gs_redact_uri(db, sizeof(db),
						   r->db_path));
}

/* Messages name the drop directory as given, not by its descriptor. */
static void unname(const struct ingrun *r, struct gs_err *e)
{
	drop_pin_unname(&r->drop_pin, e->msg, sizeof(e->msg));
	drop_pin_unname(&r->drop_pin, e->file, sizeof(e->file));
}

/* 1: the file read is claimed (under hidden); 0: left, as said in the
 * log; -1: the run must stop (e filled). */
static int claim(struct ingrun *r, const struct item *it, char *hidden,
		 struct gs_err *e)
{
	struct gs_err why;
	int k;

	if (db_unchanged(r, e))
		return -1;
	gs_err_clear(&why);
	k = drop_claim(r->drop_pin.at, it->f->name, &it->obj, hidden, PATH_LEN,
		       &why);
	unname(r, &why);
	if (k < 0) {
		*e = why;
		return -1;
	}
	if (k == 0)
		ingsay_error(r, "%s", why.msg);
	return k;
}

/* A claimed file that could not be moved: back under its name for the
 * next run. Returns the exit code of the failure e. */
static int unclaim(struct ingrun *r, const struct item *it,
		   const char *hidden, const struct gs_err *e)
{
	struct gs_err where;
	int rc = ingsay_report(r, e), k;

	gs_err_clear(&where);
	k = drop_unclaim(hidden, r->drop_pin.at, it->f->name, &where);
	unname(r, &where);
	if (k < 0)
		ingsay_report(r, &where);
	else
		ingsay_log(r, "%s", where.msg);
	return rc;
}

/* The rejects folder, made and pinned when first needed. */
static int rejects_pin(struct ingrun *r, struct gs_err *e)
{
	if (drop_pin_is_open(&r->rejects_pin))
		return 0;
	return drop_pin_open(&r->rejects_pin, r->rejects_dir, e);
}

/* The file's slot in the pinned rejects folder (named by its at). */
static int reject_slot(struct ingrun *r, struct item *it,
		       struct gs_err *e)
{
	if (it->slot[0])
		return 0;
	if (rejects_pin(r, e))
		return -1;
	return drop_reject_slot(r->rejects_pin.at, it->f->name, it->slot,
				sizeof(it->slot), e);
}

/* A refused file: its problems (and the summary) into SLOT.errors beside
 * it in the rejects folder. */
static int set_aside(struct ingrun *r, struct item *it,
		     const struct gs_err *why, bool *fatal)
{
	char hidden[PATH_LEN], summary[1200], shown[PATH_LEN];
	struct gs_err e;
	int k;

	gs_err_clear(&e);
	if (r->problems > INGEST_MAX_KEPT) {
		gs_snprintf(summary, sizeof(summary), "... and %ld more "
			    "problems", r->problems - INGEST_MAX_KEPT);
		ingsay_text_add(&r->errors, summary);
	}
	gs_err_format(why, summary, sizeof(summary));
	ingsay_text_add(&r->errors, summary);
	if ((k = claim(r, it, hidden, &e)) <= 0) {
		*fatal = k < 0;
		return k < 0 ? ingsay_report(r, &e) : GS_EX_DATAERR;
	}
	if (reject_slot(r, it, &e) ||
	    drop_reject(hidden, it->f->name, it->slot, r->errors.s,
			r->errors.len, (unsigned)it->obj.sb.st_mode, &e))
		return unclaim(r, it, hidden, &e);
	drop_pin_shown(&r->rejects_pin, it->slot, shown, sizeof(shown));
	ingsay_error(r, "%s: refused (%ld problem%s); moved to %s, see "
		     "%s.errors", it->f->path, r->problems,
		     r->problems == 1 ? "" : "s", shown, shown);
	return GS_EX_DATAERR;
}

/* A committed file: to the archive, if it is still the file read. */
static int archive(struct ingrun *r, struct item *it,
		   const struct ingest_result *res, bool *fatal)
{
	char hidden[PATH_LEN], to[PATH_LEN];
	struct gs_err e;
	int k;

	gs_err_clear(&e);
	if ((k = claim(r, it, hidden, &e)) <= 0) {
		*fatal = k < 0;
		return k < 0 ? ingsay_report(r, &e) : GS_EX_OK;
	}
	/* Not moved: it was committed, a later run finds its rows present */
	if (drop_archive(hidden, it->f->name, &r->archive_pin, to, sizeof(to),
			 &e))
		return unclaim(r, it, hidden, &e);
	ingsay_loaded(r, it->f->path, res, to);
	return GS_EX_OK;
}

/* Read the file from the descriptor opened; *loaded says it committed. */
static int load(struct ingrun *r, struct item *it,
		struct ingest_result *res, struct gs_err *e)
{
	struct ingest_opts o = r->o;
	char rej[PATH_LEN];
	int fd, rc;

	o.in_drop = true;
	if (r->o.skip_bad) {
		if (reject_slot(r, it, e))
			return -1;
		gs_snprintf(rej, sizeof(rej), "%s%s", it->slot, DROP_REJECTS);
		o.rejects = rej;
		o.rejects_noreplace = true;
	}
	if ((fd = dup(it->obj.fd)) < 0)
		return gs_errf(e, GS_EX_IOERR, "%s: %s", it->f->path,
			       strerror(errno));
	rc = ingest_fd(r->db, fd, it->f->path, &o, ingsay_problem, r, res, e);
	if (res->rejects[0]) { /* as messages name it */
		drop_pin_shown(&r->rejects_pin, res->rejects, rej, sizeof(rej));
		gs_snprintf(res->rejects, sizeof(res->rejects), "%s", rej);
	}
	return rc;
}

/* The file f of the drop directory opened where the scan found it. */
static int drop_open_in(struct ingrun *r, const struct drop_file *f,
			struct drop_obj *o, struct gs_err *e)
{
	char path[PATH_LEN];
	int rc;

	gs_snprintf(path, sizeof(path), "%s/%s", r->drop_pin.at, f->name);
	rc = drop_open(path, o, e);
	unname(r, e);
	return rc;
}

/* One file; returns its exit code. *fatal is set when the run must stop
 * (the database is unusable or busy, or a signal came). */
static int one(struct ingrun *r, const struct drop_file *f, bool *fatal,
	       struct tally *t)
{
	struct ingest_result res;
	struct item it;
	struct gs_err e;
	int rc;

	memset(&it, 0, sizeof(it));
	it.f = f;
	gs_err_clear(&e);
	memset(&res, 0, sizeof(res));
	if (drop_open_in(r, f, &it.obj, &e)) {
		if (e.code == GS_EX_DATAERR)
			t->refused++;
		else
			t->failed++;
		return ingsay_report(r, &e);
	}
	rc = load(r, &it, &res, &e);
	ingsay_file_done(r, f->size);
	pause_for_tests();
	if (rc == 0) {
		rc = archive(r, &it, &res, fatal);
		if (rc == GS_EX_OK)
			t->loaded++;
		else
			t->failed++;
	} else if (ingrun_stopped(r)) {
		*fatal = true;
		t->failed++;
		rc = GS_EX_OK; /* the caller reports the interruption */
	} else if (res.refused || e.code == GS_EX_DATAERR) {
		t->refused++;
		rc = set_aside(r, &it, &e, fatal);
	} else {
		t->failed++;
		*fatal = ingest_stops_run(&e);
		rc = ingsay_report(r, &e);
	}
	drop_obj_close(&it.obj);
	return rc;
}

static void say_recovered(void *arg, const char *msg)
{
	const struct ingrun *r = arg;
	char shown[sizeof(((struct gs_err *)0)->msg)];

	gs_snprintf(shown, sizeof(shown), "%s", msg);
	drop_pin_unname(&r->drop_pin, shown, sizeof(shown));
	ingsay_error(arg, "a run killed before moving a file: %s", shown);
}

/* Leftovers of a killed run's outputs: logged, not worth a mail. */
static void say_swept(void *arg, const char *msg)
{
	ingsay_log(arg, "%s", msg);
}

/* Entries that are not regular files: named, never opened, left. */
static int refuse_by_name(struct ingrun *r, const struct drop_list *l,
			  struct tally *t)
{
	size_t i;

	for (i = 0; i < l->nrefused; i++) {
		ingsay_error(r, "%s/%s: %s: refused, never opened; left "
			     "where it is", r->dir, l->refused[i].name,
			     l->refused[i].why);
		t->refused++;
	}
	return l->nrefused ? GS_EX_DATAERR : GS_EX_OK;
}

int droprun(struct ingrun *r)
{
	struct drop_list l;
	struct tally t = { 0 };
	struct gs_err e;
	bool fatal = false;
	int worst = GS_EX_OK, rc;
	size_t i;

	gs_err_clear(&e);
	if (drop_pin_drop(&r->drop_pin, r->dir, &e))
		return ingsay_report(r, &e);
	drop_recover(r->drop_pin.at, say_recovered, r);
	drop_sweep(r->archive, say_swept, r);
	drop_sweep(r->rejects_dir, say_swept, r);
	if (drop_scan(r->drop_pin.at, r->dir, r->min_age, &l, &e)) {
		unname(r, &e);
		drop_pin_close(&r->drop_pin);
		return ingsay_report(r, &e);
	}
	/* The rejects folder is made when first needed (--skip-bad needs it
	 * for the reject CSVs). */
	if (l.n && (drop_pin_open(&r->archive_pin, r->archive, &e) ||
		    (r->o.skip_bad && rejects_pin(r, &e)))) {
		drop_pin_close(&r->archive_pin);
		drop_pin_close(&r->drop_pin);
		drop_list_free(&l);
		return ingsay_report(r, &e);
	}
	ingsay_log(r, "%s: %zu file%s ready, %ld left for a later run",
		   r->dir, l.n, l.n == 1 ? "" : "s", l.waiting);
	worst = refuse_by_name(r, &l, &t);
	for (i = 0; i < l.n && !fatal && !ingrun_stopped(r); i++) {
		ingsay_file_start(r, i + 1, l.n, l.bytes);
		rc = one(r, &l.v[i], &fatal, &t);
		worst = ingrun_worse(worst, rc);
	}
	ingsay_log(r, "%s: %ld loaded, %ld refused, %ld failed or "
		   "interrupted, %zu not tried, %ld left for a later run",
		   r->dir, t.loaded, t.refused, t.failed, l.n - i, l.waiting);
	if (l.waiting) /* on stdout with -v */
		ingsay_detail(r, "%s: %ld file%s too new or still being "
			      "written, left for a later run", r->dir,
			      l.waiting, l.waiting == 1 ? "" : "s");
	gs_buf_free(&r->errors);
	drop_list_free(&l);
	drop_pin_close(&r->archive_pin);
	drop_pin_close(&r->rejects_pin);
	drop_pin_close(&r->drop_pin);
	return worst;
}
