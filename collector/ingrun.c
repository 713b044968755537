/*
** ingrun.c: one run of `growthstat ingest` (ingrun.h): the ingest lock
** taken, the database opened, then the files named on the command line
** (each one transaction) or the drop directory (droprun.c).
*/
#include "ingrun.h"
#include "droprun.h"
#include "ingsay.h"
#include "lock.h"
#include "retseen.h"

#include <string.h>
#include <sys/stat.h>

void ingrun_init(struct ingrun *r)
{
	memset(r, 0, sizeof(*r));
	r->lock_timeout = 30;
	r->min_age = 60;
	r->archive_pin.fd = r->rejects_pin.fd = -1;
}

static uint64_t file_size(const char *path)
{
	struct stat sb;

	if (strcmp(path, "-") != 0 && stat(path, &sb) == 0 &&
	    S_ISREG(sb.st_mode))
		return (uint64_t)sb.st_size;
	return 0;
}

static int one_file(struct ingrun *r, const char *path, size_t index,
		    size_t count, uint64_t total)
{
	struct ingest_result res;
	struct gs_err e;
	int rc;

	gs_err_clear(&e);
	ingsay_file_start(r, index, count, total);
	rc = ingest_file(r->db, path, &r->o, ingsay_problem, r, &res, &e);
	ingsay_file_done(r, file_size(path));
	if (rc == 0) {
		ingsay_loaded(r, path, &res, NULL);
		return GS_EX_OK;
	}
	if (ingrun_stopped(r))
		return GS_EX_OK; /* the caller reports the interruption */
	ingsay_file_failed(r, path);
	return ingsay_report(r, &e);
}

static int files(struct ingrun *r, char **paths, size_t n)
{
	int rc, worst = GS_EX_OK;
	uint64_t total = 0;
	size_t i;

	for (i = 0; i < n; i++)
		total += file_size(paths[i]);
	for (i = 0; i < n && !ingrun_stopped(r); i++) {
		rc = one_file(r, paths[i], i + 1, n, total);
		worst = ingrun_worse(worst, rc);
		if (rc == GS_EX_IOERR || rc == GS_EX_TEMPFAIL)
			break;
	}
	return worst;
}

/* Take the lock, saying so when we have to wait for it. */
static struct ingest_lock *take_lock(struct ingrun *r, struct gs_err *e)
{
	struct ingest_lock *l;
	struct gs_err busy;

	gs_err_clear(&busy);
	if ((l = lock_acquire(r->db_path, 0, r->stop, &busy)) ||
	    busy.code != GS_EX_TEMPFAIL || r->lock_timeout <= 0) {
		*e = busy;
		return l;
	}
	ingsay_waiting(r, "%s; waiting up to %.0f s", busy.msg,
		       r->lock_timeout);
	return lock_acquire(r->db_path, r->lock_timeout, r->stop, e);
}

/* The database file as opened: a drop-directory run stops before moving
 * files once the path names another file (droprun.c). */
static void remember_db(struct ingrun *r)
{
	struct stat sb;

	if (series_is_uri(r->db_path) || stat(r->db_path, &sb) != 0)
		return;
	r->db_file = true;
	r->db_dev = sb.st_dev;
	r->db_ino = sb.st_ino;
}

/* The retracted figures, read once for every file of the run (a drop
 * run of many files would read them for each). */
static int read_retracted(struct ingrun *r, struct gs_err *e)
{
	r->o.retracted = r->retracted = retseen_load(r->db, e);
	r->o.retracted_read = e->msg[0] == '\0';
	return r->o.retracted_read ? 0 : -1;
}

int ingrun_run(struct ingrun *r, char **paths, size_t n)
{
	struct ingest_lock *lock;
	char shown[1024], dir[1024];
	struct gs_err e;
	int rc;

	gs_err_clear(&e);
	if ((lock = take_lock(r, &e)) == NULL)
		return ingrun_stopped(r) ? GS_EX_OK : ingsay_report(r, &e);
	/* the directory named, its password masked as the database's is */
	ingsay_log(r, "start: database %s, %s%s",
		   gs_redact_uri(shown, sizeof(shown), r->db_path),
		   r->dir ? "drop directory " : "files",
		   r->dir ? gs_redact_uri(dir, sizeof(dir), r->dir) : "");
	r->db = series_open(r->db_path, SERIES_CREATE, &e);
	if (r->db) {
		series_set_lock_timeout(r->db, r->lock_timeout);
		remember_db(r);
	}
	if (r->db == NULL || read_retracted(r, &e))
		rc = ingsay_report(r, &e);
	else if (r->dir)
		rc = droprun(r);
	else
		rc = files(r, paths, n);
	retseen_free(r->retracted);
	r->o.retracted = r->retracted = NULL;
	r->o.retracted_read = false;
	/* Unlock only after the database is closed. */
	series_close(r->db);
	r->db = NULL;
	lock_release(lock);
	return rc;
}
