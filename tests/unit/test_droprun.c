/*
** test_droprun.c: the drop-directory run (collector/droprun.c) and the run
** of one ingest (collector/ingrun.c), driven as a library with a recording
** printer in place of the command's. Expected outcomes come from README
** "Running from cron": a loaded file goes to the archive, a refused one to
** the rejects with NAME.errors listing FILE:LINE:COLUMN: message, symbolic
** links and FIFOs are named and left where they are (exit 65), a file
** renamed over while it was read stays for the next run, nothing is moved
** once the database file was replaced (exit 74), a held lock gives 75.
*/
#include "collector/droprun.h" /* first: common.h sets the feature macros */
#include "collector/ingrun.h"
#include "collector/lock.h"

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define GOOD "series,period,value,unit,as_of,source\n" \
	"t.good,2024,154,jobs,2025-01-01,test\n"
/* line 2: the value (column 3) is no number; line 3: the period
 * (column 2) is none */
#define BAD "series,period,value,unit,as_of,source\n" \
	"t.bad,2024,12x,jobs,2025-01-01,test\n" \
	"t.bad,20x4,5,jobs,2025-01-01,test\n"
/* one problem: line 2, the value (column 3) */
#define BAD2 "series,period,value,unit,as_of,source\n" \
	"t.bad2,2024,5y,jobs,2025-01-01,test\n"
#define NEWER "series,period,value,unit,as_of,source\n" \
	"t.swap,2023,7,jobs,2025-01-01,test\n"

/* Everything the run said, as the command's printer would get it. */
struct rec {
	struct gs_buf errors, logs;
	int reports, last_code, waiting, loaded;
	long rows_new;
	long problems, failed_after; /* problems seen; n of file_failed */
	long file_problems;          /* problems seen in the current file */
	char loaded_to[512];
};

/* A scratch tree: TOP/drop (with drop/archive, drop/rejects), TOP/t.db. */
struct fx {
	char top[64], drop[96], archive[128], rejects[128], db[96];
	int swaps;   /* contents renamed over a name by swap_name */
};

static void on_error(void *arg, const char *msg)
{
	struct rec *r = arg;

	gs_buf_add(&r->errors, msg);
	gs_buf_add(&r->errors, "\n");
}

static void on_log(void *arg, const char *msg)
{
	struct rec *r = arg;

	gs_buf_add(&r->logs, msg);
	gs_buf_add(&r->logs, "\n");
}

static void on_waiting(void *arg, const char *msg)
{
	(void)msg;
	((struct rec *)arg)->waiting++;
}

static int on_report(void *arg, const struct gs_err *e)
{
	struct rec *r = arg;

	r->reports++;
	r->last_code = e->code;
	on_error(arg, e->msg);
	return e->code;
}

static void on_loaded(void *arg, const char *file,
		      const struct ingest_result *res, const char *to)
{
	struct rec *r = arg;

	(void)file;
	r->loaded++;
	r->rows_new += res->c.rows_new;
	snprintf(r->loaded_to, sizeof(r->loaded_to), "%s", to ? to : "");
}

static void on_problem(void *arg, const char *text, long k)
{
	struct rec *r = arg;

	(void)text;
	if (k == 0)
		r->file_problems = 0;
	assert_int_equal(k, r->file_problems); /* from 0 in each file */
	r->file_problems++;
	r->problems++;
}

static void on_file_failed(void *arg, const char *file, long n)
{
	(void)file;
	((struct rec *)arg)->failed_after = n;
}

static void rec_free(struct rec *r)
{
	gs_buf_free(&r->errors);
	gs_buf_free(&r->logs);
}

static void put(const char *dir, const char *name, const char *text)
{
	char p[256];
	FILE *f;

	snprintf(p, sizeof(p), "%s/%s", dir, name);
	f = fopen(p, "w");
	assert_non_null(f);
	fputs(text, f);
	assert_int_equal(fclose(f), 0);
}

/* The content of dir/name, or NULL when there is none (freed by caller). */
static char *slurp(const char *dir, const char *name)
{
	char p[256], *s;
	FILE *f;
	long n;

	snprintf(p, sizeof(p), "%s/%s", dir, name);
	if ((f = fopen(p, "r")) == NULL)
		return NULL;
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	s = calloc(1, (size_t)n + 1);
	assert_non_null(s);
	assert_int_equal(fread(s, 1, (size_t)n, f), (size_t)n);
	fclose(f);
	return s;
}

static int lines(const char *s)
{
	int n = 0;

	for (; *s; s++)
		n += *s == '\n';
	return n;
}

/* dir/name holds want. */
static void content_is(const char *dir, const char *name, const char *want)
{
	char *got = slurp(dir, name);

	assert_non_null(got);
	assert_string_equal(got, want);
	free(got);
}

/* What dir/name is (lstat: a link is a link), 0 when nothing is there. */
static mode_t kind(const char *dir, const char *name)
{
	char p[256];
	struct stat sb;

	snprintf(p, sizeof(p), "%s/%s", dir, name);
	return lstat(p, &sb) == 0 ? (sb.st_mode & S_IFMT) : 0;
}

static int setup(void **state)
{
	struct fx *f = calloc(1, sizeof(*f));

	assert_non_null(f);
	snprintf(f->top, sizeof(f->top), "/tmp/gs-droprun.XXXXXX");
	assert_non_null(mkdtemp(f->top));
	snprintf(f->drop, sizeof(f->drop), "%s/drop", f->top);
	snprintf(f->archive, sizeof(f->archive), "%s/archive", f->drop);
	snprintf(f->rejects, sizeof(f->rejects), "%s/rejects", f->drop);
	snprintf(f->db, sizeof(f->db), "%s/t.db", f->top);
	assert_int_equal(mkdir(f->drop, 0700), 0);
	*state = f;
	return 0;
}

static int teardown(void **state)
{
	struct fx *f = *state;
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", f->top);
	if (system(cmd) != 0)
		return -1;
	free(f);
	return 0;
}

/* One run over the drop directory, everything said going to r. */
static int run_dir(const struct fx *f, struct rec *r,
		   ingest_progress_fn progress, void *parg)
{
	struct ingrun_out out = {
		.arg = r, .error = on_error, .log = on_log,
		.waiting = on_waiting, .report = on_report,
		.loaded = on_loaded,
	};
	struct ingrun run;

	ingrun_init(&run);
	run.db_path = f->db;
	run.dir = f->drop;
	run.archive = f->archive;
	run.rejects_dir = f->rejects;
	run.min_age = 0;
	run.out = &out;
	run.o.progress = progress;
	run.o.progress_arg = parg;
	return ingrun_run(&run, NULL, 0);
}

/*
** README: a good file is archived, a bad one set aside with NAME.errors
** (each problem FILE:LINE:COLUMN), a symbolic link and a FIFO named and
** left, a NAME.part left for later; exit 65 since files were refused.
*/
static void good_bad_link_fifo(void **state)
{
	struct fx *f = *state;
	struct rec r = { 0 };
	char path[160], want[160], *errs;

	put(f->top, "outside.csv", GOOD);
	put(f->drop, "a-good.csv", GOOD);
	put(f->drop, "b-bad.csv", BAD);
	put(f->drop, "b2-bad.csv", BAD2);
	put(f->drop, "d-later.csv.part", GOOD);
	snprintf(path, sizeof(path), "%s/c-link.csv", f->drop);
	assert_int_equal(symlink("../outside.csv", path), 0);
	snprintf(path, sizeof(path), "%s/e-fifo.csv", f->drop);
	assert_int_equal(mkfifo(path, 0600), 0);

	assert_int_equal(run_dir(f, &r, NULL, NULL), GS_EX_DATAERR);

	assert_int_equal(kind(f->drop, "a-good.csv"), 0);
	content_is(f->archive, "a-good.csv", GOOD);
	assert_int_equal(r.loaded, 1);
	assert_int_equal(r.rows_new, 1);

	assert_int_equal(kind(f->drop, "b-bad.csv"), 0);
	assert_int_equal(kind(f->rejects, "b-bad.csv"), S_IFREG);
	errs = slurp(f->rejects, "b-bad.csv.errors");
	assert_non_null(errs);
	snprintf(want, sizeof(want), "%s/b-bad.csv:2:3: ", f->drop);
	assert_non_null(strstr(errs, want));
	snprintf(want, sizeof(want), "%s/b-bad.csv:3:2: ", f->drop);
	assert_non_null(strstr(errs, want));
	/* the two problems, then the refusal naming the file: 3 lines */
	assert_int_equal(lines(errs), 3);
	snprintf(want, sizeof(want), "\n%s/b-bad.csv: refused", f->drop);
	assert_non_null(strstr(errs, want));
	free(errs);
	content_is(f->rejects, "b-bad.csv", BAD); /* moved, not rewritten */
	/* each file's .errors holds its own problems only */
	errs = slurp(f->rejects, "b2-bad.csv.errors");
	assert_non_null(errs);
	assert_null(strstr(errs, "b-bad.csv"));
	snprintf(want, sizeof(want), "%s/b2-bad.csv:2:3: ", f->drop);
	assert_non_null(strstr(errs, want));
	assert_int_equal(lines(errs), 2);
	free(errs);

	assert_int_equal(kind(f->drop, "c-link.csv"), S_IFLNK);
	assert_int_equal(kind(f->drop, "e-fifo.csv"), S_IFIFO);
	assert_int_equal(kind(f->drop, "d-later.csv.part"), S_IFREG);
	assert_int_equal(kind(f->archive, "c-link.csv"), 0);
	assert_int_equal(kind(f->rejects, "c-link.csv"), 0);
	assert_int_equal(kind(f->rejects, "e-fifo.csv"), 0);
	assert_non_null(strstr(gs_buf_str(&r.errors), "c-link.csv"));
	assert_non_null(strstr(gs_buf_str(&r.errors), "e-fifo.csv"));
	/* the outside file the link named was never moved */
	assert_int_equal(kind(f->top, "outside.csv"), S_IFREG);
	rec_free(&r);
}

/* README: a symbolic link is named and left, exit 65, even when it is
 * all the drop directory holds. */
static void link_alone_gives_65(void **state)
{
	struct fx *f = *state;
	struct rec r = { 0 };
	char path[160];

	put(f->top, "outside.csv", GOOD);
	snprintf(path, sizeof(path), "%s/c-link.csv", f->drop);
	assert_int_equal(symlink("../outside.csv", path), 0);
	assert_int_equal(run_dir(f, &r, NULL, NULL), GS_EX_DATAERR);
	assert_int_equal(kind(f->drop, "c-link.csv"), S_IFLNK);
	rec_free(&r);
}

/* Called when the file is opened: rename other content over its name. */
static void swap_name(void *arg, const struct ingest_progress *p)
{
	struct fx *f = arg;
	char from[160], to[160];

	(void)p;
	if (f->swaps++ > 0)
		return;
	put(f->drop, "swap.csv.tmp", NEWER);
	snprintf(from, sizeof(from), "%s/swap.csv.tmp", f->drop);
	snprintf(to, sizeof(to), "%s/swap.csv", f->drop);
	assert_int_equal(rename(from, to), 0);
}

/*
** README "Read once": content renamed over a name while it is read stays
** under that name for the next run, which loads and archives it.
*/
static void renamed_over_stays(void **state)
{
	struct fx *f = *state;
	struct rec r = { 0 }, r2 = { 0 };

	put(f->drop, "swap.csv", GOOD);
	assert_int_equal(run_dir(f, &r, swap_name, f), GS_EX_OK);
	assert_int_equal(f->swaps, 1);
	assert_int_equal(kind(f->archive, "swap.csv"), 0);
	content_is(f->drop, "swap.csv", NEWER);

	assert_int_equal(run_dir(f, &r2, NULL, NULL), GS_EX_OK);
	assert_int_equal(kind(f->drop, "swap.csv"), 0);
	content_is(f->archive, "swap.csv", NEWER);
	assert_int_equal(r2.rows_new, 1);
	rec_free(&r);
	rec_free(&r2);
}

/* Called when the file is opened: another file takes the database's
 * name (the one opened goes on under its old inode). */
static void replace_db(void *arg, const struct ingest_progress *p)
{
	struct fx *f = arg;
	char old[160];

	(void)p;
	snprintf(old, sizeof(old), "%s.old", f->db);
	if (kind(f->top, "t.db.old"))
		return;
	assert_int_equal(rename(f->db, old), 0);
	put(f->top, "t.db", "");
}

/* README: once the database file was replaced, nothing more is moved
 * (exit 74); the file stays in the drop directory. */
static void replaced_db_moves_nothing(void **state)
{
	struct fx *f = *state;
	struct rec r = { 0 };

	put(f->drop, "a.csv", GOOD);
	assert_int_equal(run_dir(f, &r, replace_db, f), GS_EX_IOERR);
	assert_int_equal(kind(f->drop, "a.csv"), S_IFREG);
	assert_int_equal(kind(f->archive, "a.csv"), 0);
	assert_int_equal(r.last_code, GS_EX_IOERR);
	rec_free(&r);
}

/* README: another ingest holds the lock: wait up to the timeout (said
 * once), then 75. */
static void held_lock_gives_75(void **state)
{
	struct fx *f = *state;
	struct rec r = { 0 };
	struct ingest_lock *l;
	struct gs_err e;
	struct ingrun_out out = {
		.arg = &r, .error = on_error, .log = on_log,
		.waiting = on_waiting, .report = on_report,
	};
	struct ingrun run;
	char *files[1];
	char path[160];
	struct timespec t0, t1;

	gs_err_clear(&e);
	put(f->top, "in.csv", GOOD);
	snprintf(path, sizeof(path), "%s/in.csv", f->top);
	files[0] = path;
	l = lock_acquire(f->db, 0, NULL, &e);
	assert_non_null(l);
	ingrun_init(&run);
	run.db_path = f->db;
	run.lock_timeout = 0.2;
	run.out = &out;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_int_equal(ingrun_run(&run, files, 1), GS_EX_TEMPFAIL);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	assert_true((double)(t1.tv_sec - t0.tv_sec) +
		    (double)(t1.tv_nsec - t0.tv_nsec) / 1e9 >= 0.2);
	assert_int_equal(r.waiting, 1);
	assert_int_equal(r.loaded, 0);
	lock_release(l);
	rec_free(&r);
}

/*
** README "Bad input": a file with bad rows is refused whole, every
** problem listed (BAD has two), exit 65; the good file beside it loads.
*/
static void named_files(void **state)
{
	struct fx *f = *state;
	struct rec r = { 0 };
	struct ingrun_out out = {
		.arg = &r, .error = on_error, .report = on_report,
		.loaded = on_loaded, .problem = on_problem,
		.file_failed = on_file_failed,
	};
	struct ingrun run;
	char good[160], bad[160], bad2[160];
	char *files[3] = { bad, good, bad2 };

	put(f->top, "good.csv", GOOD);
	put(f->top, "bad.csv", BAD);
	put(f->top, "bad2.csv", BAD2);
	snprintf(good, sizeof(good), "%s/good.csv", f->top);
	snprintf(bad, sizeof(bad), "%s/bad.csv", f->top);
	snprintf(bad2, sizeof(bad2), "%s/bad2.csv", f->top);
	ingrun_init(&run);
	run.db_path = f->db;
	run.out = &out;
	assert_int_equal(ingrun_run(&run, files, 3), GS_EX_DATAERR);
	assert_int_equal(r.problems, 3);
	assert_int_equal(r.failed_after, 1); /* bad2's own, not 3 */
	assert_int_equal(r.reports, 2);
	assert_int_equal(r.loaded, 1);
	assert_int_equal(r.rows_new, 1);
	assert_string_equal(r.loaded_to, ""); /* named files are not moved */
	assert_int_equal(kind(f->top, "bad.csv"), S_IFREG);
	rec_free(&r);
}

/* README: a file's own problem (bad content, unreadable) does not stop
 * the run; a failure of the database itself (busy, full, gone) does. */
static void what_stops_a_run(void **state)
{
	struct gs_err e;

	(void)state;
	gs_err_clear(&e);
	e.code = GS_EX_DATAERR;
	assert_false(ingest_stops_run(&e));
	e.code = GS_EX_NOINPUT;
	assert_false(ingest_stops_run(&e));
	e.code = GS_EX_TEMPFAIL;
	assert_true(ingest_stops_run(&e));
	e.code = GS_EX_IOERR;
	assert_true(ingest_stops_run(&e));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test_setup_teardown(good_bad_link_fifo, setup,
						teardown),
		cmocka_unit_test_setup_teardown(link_alone_gives_65, setup,
						teardown),
		cmocka_unit_test_setup_teardown(renamed_over_stays, setup,
						teardown),
		cmocka_unit_test_setup_teardown(replaced_db_moves_nothing, setup,
						teardown),
		cmocka_unit_test_setup_teardown(held_lock_gives_75, setup,
						teardown),
		cmocka_unit_test_setup_teardown(named_files, setup, teardown),
		cmocka_unit_test(what_stops_a_run),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
