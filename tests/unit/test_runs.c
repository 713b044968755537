/*
** test_runs.c: the external merge of series/runs.c (runs_new, runs_write,
** runs_merge, runs_free) and its order srow_cmp. Random rows are split into
** sorted runs and merged back; the merge must give, field by field, what
** sorting all of them in memory gives. Also: rows larger than a run's read
** buffer, many runs (small buffers), no runs, an emit that stops the merge,
** and a $TMPDIR that does not exist.
*/
#define _GNU_SOURCE 1 /* fallocate, for test_consume's probe */

#include <stdarg.h>
#include <stddef.h>
#include <setjmp.h>
#include <stdint.h>
#include <cmocka.h>

#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "series/runs.h"

/* runs_write takes pointers to rows: these rows, in their order. */
static int write_rows(struct runs *r, const struct srow *rows, size_t n,
		      struct gs_err *e)
{
	const struct srow **ptr = NULL;
	size_t i;
	int ret;

	if (n > 0) {
		ptr = malloc(n * sizeof(*ptr));
		assert_non_null(ptr);
		for (i = 0; i < n; i++)
			ptr[i] = &rows[i];
	}
	ret = runs_write(r, ptr, n, e);
	free(ptr);
	return ret;
}

static uint64_t rng = 0x9e3779b97f4a7c15u;

static uint64_t rnd(void)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return rng;
}

static size_t below(size_t n)
{
	return (size_t)(rnd() % n);
}

/* Fill dst with a random printable string of length [0, max]. */
static char *rfill(char *dst, size_t max)
{
	size_t n = below(max + 1), i;

	for (i = 0; i < n; i++)
		dst[i] = (char)(' ' + below(95));
	dst[n] = '\0';
	return dst;
}

static char *rstr(size_t max)
{
	return rfill(xmalloc(max + 1), max);
}

/* Keys from a small set, with prefixes of one another, so series repeat. */
static const char *const keys[] = {
	"moscow.pharma.output", "moscow.pharma", "moscow.pharma.output.2",
	"a", "a.b", "ab", "z", "", "\xd0\x9c\xd0\xbe\xd1\x81\xd0\xba\xd0\xb2",
	"kazan.it.revenue", "kazan.it", "tver.milk",
};

/* A random row: every field set; its strings are its own. */
static void make_row(struct srow *w, uint64_t seq, size_t note_max)
{
	memset(w, 0, sizeof(*w));
	w->o.series = xstrdup(keys[below(GS_ARRAY_LEN(keys))]);
	w->o.kind = (enum gs_kind)below(7);
	w->o.period.start = (int32_t)rnd();
	w->o.period.end = (int32_t)rnd();
	w->o.period.prec = (enum gs_prec)below(6);
	w->o.base.start = (int32_t)rnd();
	w->o.base.end = (int32_t)rnd();
	w->o.base.prec = (enum gs_prec)below(6);
	w->o.value = (double)(int64_t)rnd() / (double)(1 + below(1000));
	if (below(50) == 0)
		w->o.value = below(2) ? -0.0 : 1e-310; /* sign, subnormal */
	w->o.qual = (enum gs_qual)below(7);
	w->o.unit_text = rstr(40);
	rfill(w->o.unit.dim, sizeof(w->o.unit.dim) - 1);
	w->o.unit.factor = (double)(1 + below(1u << 20)) * 1e-3;
	rfill(w->o.unit.sym, sizeof(w->o.unit.sym) - 1);
	w->o.as_of = (int32_t)rnd();
	w->o.source = rstr(60);
	w->o.note = rstr(note_max);
	w->o.batch = (int64_t)rnd();
	w->name = rstr(30);
	w->desc = rstr(200);
	w->tag = (long)below(40) - 5; /* repeats, some negative */
	w->seq = seq;
}

static void free_rows(struct srow *v, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		free((char *)v[i].o.series), free((char *)v[i].o.unit_text);
		free((char *)v[i].o.source), free((char *)v[i].o.note);
		free((char *)v[i].name), free((char *)v[i].desc);
	}
	free(v);
}

/* n rows with unique seq numbers, in random (not seq) order. */
static struct srow *make_rows(size_t n, size_t note_max)
{
	struct srow *v = xcalloc(n ? n : 1, sizeof(*v));
	size_t i;

	for (i = 0; i < n; i++)
		make_row(&v[i], (rnd() & ~(uint64_t)0xffff) | i, note_max);
	return v;
}

static int by_srow(const void *a, const void *b)
{
	return srow_cmp(a, b);
}

/* Every field of a and b alike (numbers to the bit). */
static void same_row(const struct srow *a, const struct srow *b)
{
#define EQ(f) assert_int_equal(a->f, b->f)
#define STR(f) assert_string_equal(a->f, b->f)
#define BITS(f) assert_memory_equal(&a->f, &b->f, sizeof(a->f))
	STR(o.series), EQ(tag), EQ(seq), EQ(o.kind), EQ(o.qual);
	EQ(o.period.start), EQ(o.period.end), EQ(o.period.prec);
	EQ(o.base.start), EQ(o.base.end), EQ(o.base.prec);
	BITS(o.value), BITS(o.unit.factor), EQ(o.as_of), EQ(o.batch);
	STR(o.unit_text), STR(o.unit.dim), STR(o.unit.sym), STR(o.source);
	STR(name), STR(desc);
	assert_int_equal(strlen(a->o.note), strlen(b->o.note));
	assert_memory_equal(a->o.note, b->o.note, strlen(b->o.note));
#undef EQ
#undef STR
#undef BITS
}

struct check {
	const struct srow *want; /* every row, in srow_cmp order */
	size_t n, got;
	size_t stop_at;          /* emit returns stop_ret at this row */
	int stop_ret;
};

static int emit(void *arg, const struct srow *row, struct gs_err *e)
{
	struct check *c = arg;

	(void)e;
	assert_true(c->got < c->n);
	same_row(row, &c->want[c->got]);
	if (c->got++ == c->stop_at)
		return c->stop_ret;
	return 0;
}

/* All of rows[0..n), sorted in memory: the expected merge. */
static struct srow *sorted_copy(const struct srow *rows, size_t n)
{
	struct srow *want = xmalloc(n * sizeof(*want));

	memcpy(want, rows, n * sizeof(*want));
	qsort(want, n, sizeof(*want), by_srow);
	return want;
}

/* Write rows as runs of the given sizes, each sorted on its own. */
static struct runs *write_runs(struct srow *rows, const size_t *size,
			       size_t nsize)
{
	struct runs *r = runs_new();
	struct gs_err e;
	size_t i, at = 0;

	gs_err_clear(&e);
	for (i = 0; i < nsize; i++) {
		qsort(rows + at, size[i], sizeof(*rows), by_srow);
		assert_int_equal(write_rows(r, rows + at, size[i], &e), 0);
		at += size[i];
	}
	assert_int_equal(runs_count(r), nsize);
	return r;
}

/* Merge runs of those sizes (summing to n) and check the merge, twice. */
static void merge_check(struct srow *rows, size_t n, const size_t *size,
			size_t nsize)
{
	struct srow *want = sorted_copy(rows, n);
	struct runs *r = write_runs(rows, size, nsize);
	struct check c = { want, n, 0, SIZE_MAX, 0 };
	struct gs_err e;

	gs_err_clear(&e);
	assert_int_equal(runs_merge(r, emit, &c, &e), 0);
	assert_int_equal(c.got, n);
	c.got = 0;
	assert_int_equal(runs_merge(r, emit, &c, &e), 0);
	assert_int_equal(c.got, n);
	runs_free(r);
	free(want);
}

/* Seven runs of uneven size, one of a single row; then all as one run. */
static void test_seven_runs(void **state)
{
	static const size_t size[] = { 611, 1, 1024, 3, 250, 900, 211 };
	size_t all = 3000;
	struct srow *rows = make_rows(all, 2000);

	(void)state;
	merge_check(rows, all, size, GS_ARRAY_LEN(size));
	merge_check(rows, all, &all, 1);
	free_rows(rows, all);
}

/* Give w a note of len bytes (a pattern, so a shift shows). */
static void big_note(struct srow *w, size_t len)
{
	char *s = xmalloc(len + 1);
	size_t i;

	for (i = 0; i < len; i++)
		s[i] = (char)('a' + (i * 7 + i / 4093) % 26);
	s[len] = '\0';
	free((char *)w->o.note);
	w->o.note = s;
}

/* Notes of 2 MiB (more than READ_MAX, the largest per-run buffer) and just
 * around 1 MiB, amid ordinary rows, in a few runs. */
static void test_note_past_buffer(void **state)
{
	static const size_t size[] = { 40, 1, 59 };
	struct srow *rows = make_rows(100, 300);

	(void)state;
	big_note(&rows[0], 2u << 20);
	big_note(&rows[7], (1u << 20) - 200);
	big_note(&rows[8], 1u << 20);
	big_note(&rows[40], 3u << 20);  /* the run of one row */
	big_note(&rows[41], 2u << 20);
	big_note(&rows[99], (2u << 20) + 1);
	merge_check(rows, 100, size, GS_ARRAY_LEN(size));
	free_rows(rows, 100);
}

/* 600 runs of 3 rows: a big heap, each run's buffer at its floor (16 KiB).
 * Then 700 runs of 1-3 rows (and one long one) with notes past that floor,
 * and one of 2 MiB. */
static void test_many_runs(void **state)
{
	size_t size[700], i, n = 0;
	struct srow *rows = make_rows(2000, 500);

	(void)state;
	for (i = 0; i < 600; i++)
		size[i] = 3;
	merge_check(rows, 1800, size, 600);
	for (i = 0; i < 699; n += size[i++])
		size[i] = 1 + i % 3;
	size[699] = 2000 - n;
	for (i = 0; i < 2000; i += 1 + below(40))
		big_note(&rows[i], (16u << 10) - 300 + below(100u << 10));
	big_note(&rows[1234], 2u << 20);
	merge_check(rows, 2000, size, 700);
	free_rows(rows, 2000);
}

static int fail_emit(void *arg, const struct srow *row, struct gs_err *e)
{
	(void)row;
	++*(int *)arg;
	return gs_errf(e, GS_EX_DATAERR, "emit said no");
}

static void test_empty(void **state)
{
	struct runs *r = runs_new();
	struct srow *rows = make_rows(1, 10);
	struct gs_err e;
	int calls = 0;

	(void)state;
	gs_err_clear(&e);
	assert_int_equal(runs_count(r), 0);
	assert_int_equal(runs_merge(r, fail_emit, &calls, &e), 0);
	assert_int_equal(write_rows(r, rows, 0, &e), 0);
	assert_int_equal(runs_write(r, NULL, 0, &e), 0);
	assert_int_equal(runs_count(r), 0);
	assert_int_equal(runs_merge(r, fail_emit, &calls, &e), 0);
	assert_int_equal(calls, 0);
	assert_int_equal(e.code, 0);
	/* An empty write after a real one adds no run either. */
	assert_int_equal(write_rows(r, rows, 1, &e), 0);
	assert_int_equal(write_rows(r, rows, 0, &e), 0);
	assert_int_equal(runs_count(r), 1);
	runs_free(r);
	runs_free(NULL);
	free_rows(rows, 1);
}

static void test_emit_stops(void **state)
{
	static const size_t size[] = { 100, 1, 99 };
	static const size_t stop[] = { 0, 1, 57, 199 };
	struct srow *rows = make_rows(200, 50);
	struct srow *want = sorted_copy(rows, 200);
	struct runs *r = write_runs(rows, size, GS_ARRAY_LEN(size));
	struct gs_err e;
	size_t i;
	int calls = 0;

	(void)state;
	gs_err_clear(&e);
	for (i = 0; i < GS_ARRAY_LEN(stop); i++) {
		struct check c = { want, 200, 0, stop[i], 42 + (int)i };

		assert_int_equal(runs_merge(r, emit, &c, &e), 42 + (int)i);
		assert_int_equal(c.got, stop[i] + 1);
	}
	assert_int_equal(runs_merge(r, fail_emit, &calls, &e), -1);
	assert_int_equal(calls, 1);
	assert_int_equal(e.code, GS_EX_DATAERR);
	assert_string_equal(e.msg, "emit said no");
	runs_free(r);
	free(want);
	free_rows(rows, 200);
}

static void test_tmpdir_missing(void **state)
{
	const char *old = getenv("TMPDIR");
	char *saved = old ? xstrdup(old) : NULL;
	struct srow *rows = make_rows(5, 10);
	struct runs *r = runs_new();
	struct check c = { rows, 5, 0, SIZE_MAX, 0 };
	struct gs_err e;

	(void)state;
	qsort(rows, 5, sizeof(*rows), by_srow);
	gs_err_clear(&e);
	assert_int_equal(setenv("TMPDIR", "/nonexistent-gs-test/dir", 1), 0);
	assert_int_equal(write_rows(r, rows, 5, &e), -1);
	assert_int_equal(e.code, GS_EX_IOERR);
	assert_non_null(strstr(e.msg, "TMPDIR"));
	assert_int_equal(runs_count(r), 0);
	/* With $TMPDIR empty the default (/tmp) is used; the same runs work. */
	assert_int_equal(setenv("TMPDIR", "", 1), 0);
	gs_err_clear(&e);
	assert_int_equal(write_rows(r, rows, 5, &e), 0);
	assert_int_equal(saved ? setenv("TMPDIR", saved, 1)
				 : unsetenv("TMPDIR"), 0);
	free(saved);
	assert_int_equal(runs_count(r), 1);
	assert_int_equal(runs_merge(r, emit, &c, &e), 0);
	assert_int_equal(c.got, 5);
	runs_free(r);
	free_rows(rows, 5);
}

/* Can $TMPDIR's file system punch holes? Then runs_consume must. */
static bool tmp_punches(void)
{
	const char *dir = getenv("TMPDIR");
	char path[4096], page[4096];
	struct stat st;
	bool ok = false;
	int fd, i;

	snprintf(path, sizeof(path), "%s/test_runs-XXXXXX",
		 dir && *dir ? dir : "/tmp");
	if ((fd = mkstemp(path)) < 0)
		return false;
	unlink(path);
	memset(page, 'x', sizeof(page));
	for (i = 0; i < 16; i++)
		if (write(fd, page, sizeof(page)) != (ssize_t)sizeof(page))
			goto out;
	if (fsync(fd) == 0 &&
	    fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, 0,
		      16 * 4096) == 0 && fstat(fd, &st) == 0)
		ok = st.st_blocks == 0;
out:
	close(fd);
	return ok;
}

/* A consumed merge gives the same rows, gives the file's pages back (all
 * but about two a run, where runs share a page), and cannot be repeated. */
static void test_consume(void **state)
{
	static const size_t size[] = { 3000, 1, 2999 };
	struct srow *rows = make_rows(6000, 300);
	struct srow *want = sorted_copy(rows, 6000);
	struct runs *r = write_runs(rows, size, GS_ARRAY_LEN(size));
	struct check c = { want, 6000, 0, SIZE_MAX, 0 };
	struct gs_err e;
	long long before = runs_disk_bytes(r);

	(void)state;
	gs_err_clear(&e);
	assert_true(before >= 6000 * 100); /* each row has >100 bytes */
	runs_consume(r);
	assert_int_equal(runs_merge(r, emit, &c, &e), 0);
	assert_int_equal(c.got, 6000);
	if (tmp_punches())
		assert_true(runs_disk_bytes(r) <= 2 * 3 * 4096);
	else
		print_message("no hole punching in $TMPDIR: pages kept\n");
	c.got = 0;
	assert_int_equal(runs_merge(r, emit, &c, &e), -1);
	assert_int_equal(c.got, 0);
	assert_int_equal(e.code, GS_EX_IOERR);
	assert_non_null(strstr(e.msg, "merged already"));
	runs_free(r);
	free_rows(rows, 6000);
	free(want);
}

static int sign(int x)
{
	return (x > 0) - (x < 0);
}

/* By series (strcmp, not length), then tag (signed), then seq (unsigned,
 * all 64 bits); nothing else counts. */
static void test_srow_cmp(void **state)
{
	static const struct { const char *s; long tag; uint64_t seq; } up[] = {
		{ "", 9, 9 }, { "a", LONG_MIN, 5 }, { "a", -5, 3 },
		{ "a", -5, UINT64_MAX }, { "a", 0, 0 }, { "a", 1L << 40, 0 },
		{ "a.b", 9, 9 }, { "ab", 1, 0 }, { "ab", 1, 1 },
		{ "ab", 1, 1ull << 32 }, { "ab", 1, UINT64_MAX },
		{ "ab", 2, 0 }, { "abc", LONG_MIN, 0 }, { "b", -1, 0 },
		{ "\xd0\x9c", 0, 0 },
	};
	struct srow a, b;
	size_t i, j;

	(void)state;
	memset(&a, 0, sizeof(a));
	memset(&b, 0, sizeof(b));
	for (i = 0; i < GS_ARRAY_LEN(up); i++)
		for (j = 0; j < GS_ARRAY_LEN(up); j++) {
			a.o.series = up[i].s, a.tag = up[i].tag;
			b.o.series = up[j].s, b.tag = up[j].tag;
			a.seq = up[i].seq, b.seq = up[j].seq;
			assert_int_equal(sign(srow_cmp(&a, &b)),
					 (i > j) - (i < j));
		}
	a = b;
	a.o.note = "x", b.o.note = "y";
	a.o.as_of = 1, b.o.as_of = 2;
	a.o.value = 3, b.o.value = -3;
	a.name = "n", b.desc = "d";
	assert_int_equal(srow_cmp(&a, &b), 0);
}

/*
** A write cut short (EFBIG here through RLIMIT_FSIZE, ENOSPC in life) may
** leave part of a run in the file: every later runs_write is refused, so
** no run can be recorded at a wrong offset and merged as garbage.
*/
static void test_failed_write_refuses_more(void **state)
{
	static char note[1001];
	static struct srow rows[3000];
	struct rlimit old, lim;
	struct runs *r = runs_new();
	struct gs_err e;
	void (*was)(int);
	int i;

	(void)state;
	memset(note, 'x', 1000);
	for (i = 0; i < 3000; i++) {
		memset(&rows[i], 0, sizeof(rows[i]));
		rows[i].o.series = "s";
		/* Every row's note differs from the last (runs store a
		 * repeated string once). */
		rows[i].o.note = note + i % 2;
		rows[i].seq = (uint64_t)i;
	}
	gs_err_clear(&e);
	was = signal(SIGXFSZ, SIG_IGN);
	assert_int_equal(getrlimit(RLIMIT_FSIZE, &old), 0);
	lim = old;
	lim.rlim_cur = (3u << 20) / 2; /* 1.5 MiB: the run is ~3.4 MB */
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &lim), 0);
	assert_int_equal(write_rows(r, rows, 3000, &e), -1);
	assert_int_equal(setrlimit(RLIMIT_FSIZE, &old), 0);
	signal(SIGXFSZ, was);
	assert_int_equal(e.code, GS_EX_IOERR);
	assert_int_equal(runs_count(r), 0);
	gs_err_clear(&e);
	assert_int_equal(write_rows(r, rows, 10, &e), -1);
	assert_int_equal(e.code, GS_EX_IOERR);
	assert_non_null(strstr(e.msg, "an earlier write failed"));
	assert_int_equal(runs_count(r), 0);
	runs_free(r);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_seven_runs),
		cmocka_unit_test(test_note_past_buffer),
		cmocka_unit_test(test_many_runs),
		cmocka_unit_test(test_empty),
		cmocka_unit_test(test_emit_stops),
		cmocka_unit_test(test_tmpdir_missing),
		cmocka_unit_test(test_srow_cmp),
		cmocka_unit_test(test_failed_write_refuses_more),
		cmocka_unit_test(test_consume),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
