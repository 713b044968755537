/*
** ingrun.c: running the files of one `growthstat ingest`: under the
** ingest lock, the database opened, each file one transaction.
*/
#include "cmd_ingest.h"
#include "lock.h"

#include <string.h>
#include <sys/stat.h>

static uint64_t file_size(const char *path)
{
	struct stat sb;

	if (strcmp(path, "-") != 0 && stat(path, &sb) == 0 && S_ISREG(sb.st_mode))
		return (uint64_t)sb.st_size;
	return 0;
}

static int one_file(struct ingest_cmd *c, const char *path, size_t index,
		    size_t count)
{
	struct ingest_result res;
	struct gs_err e;
	int rc;

	gs_err_clear(&e);
	out_file_start(c, index, count);
	rc = ingest_file(c->ctx->db, path, &c->o, out_problem, c, &res, &e);
	out_file_done(c, file_size(path));
	if (rc == 0) {
		out_summary(c, path, &res, NULL);
		return GS_EX_OK;
	}
	if (stop_signal)
		return GS_EX_OK; /* the caller reports the interruption */
	if (c->problems > INGEST_MAX_SHOWN) {
		char shown[1024];

		gs_escape(shown, sizeof(shown), path);
		fprintf(stderr, "growthstat: %s: ... and %ld more problems\n",
			shown, c->problems - INGEST_MAX_SHOWN);
	}
	return out_report(c, &e);
}

static int files(struct ingest_cmd *c, int argc, char **argv)
{
	int i, rc, worst = GS_EX_OK;
	size_t n = (size_t)argc;

	for (i = 0; i < argc; i++)
		c->pr.total += file_size(argv[i]);
	for (i = 0; i < argc && !stop_signal; i++) {
		rc = one_file(c, argv[i], (size_t)i + 1, n);
		if (rc != GS_EX_OK && (worst == GS_EX_OK || rc > worst))
			worst = rc;
		if (rc == GS_EX_IOERR || rc == GS_EX_TEMPFAIL)
			break;
	}
	return worst;
}

/* Take the lock, saying so when we have to wait for it. */
static struct ingest_lock *take_lock(struct ingest_cmd *c, struct gs_err *e)
{
	struct ingest_lock *l;
	struct gs_err busy;

	gs_err_clear(&busy);
	if ((l = lock_acquire(c->ctx->db_path, 0, &stop_signal, &busy)) ||
	    busy.code != GS_EX_TEMPFAIL || c->lock_timeout <= 0) {
		*e = busy;
		return l;
	}
	if (c->ctx->verbose > 0 || c->pr.on)
		out_error(c, "%s; waiting up to %.0f s", busy.msg,
			  c->lock_timeout);
	else
		out_log(c, "%s; waiting up to %.0f s", busy.msg,
			c->lock_timeout);
	return lock_acquire(c->ctx->db_path, c->lock_timeout, &stop_signal, e);
}

/* The database file as opened: a drop-directory run stops before moving
 * files once the path names another file (cmd_ingest_dir.c). */
static void remember_db(struct ingest_cmd *c)
{
	struct stat sb;

	if (series_is_uri(c->ctx->db_path) ||
	    stat(c->ctx->db_path, &sb) != 0)
		return;
	c->db_file = true;
	c->db_dev = sb.st_dev;
	c->db_ino = sb.st_ino;
}

int run(struct ingest_cmd *c, int argc, char **argv)
{
	struct ingest_lock *lock;
	struct gs_err e;
	int rc;

	gs_err_clear(&e);
	if ((lock = take_lock(c, &e)) == NULL)
		return stop_signal ? GS_EX_OK : out_report(c, &e);
	out_log(c, "start: database %s, %s", cli_db_shown(c->ctx),
		c->dir ? "drop directory" : "files");
	c->ctx->db = series_open(c->ctx->db_path, SERIES_CREATE, &e);
	if (c->ctx->db) {
		series_set_lock_timeout(c->ctx->db, c->lock_timeout);
		remember_db(c);
	}
	if (c->ctx->db == NULL) {
		rc = out_report(c, &e);
	} else if (c->dir) {
		rc = ingest_drop_dir(c);
	} else {
		rc = files(c, argc, argv);
	}
	/* Unlock only after the database is closed. */
	series_close(c->ctx->db);
	c->ctx->db = NULL;
	lock_release(lock);
	return rc;
}
