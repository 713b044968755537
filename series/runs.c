/*
** runs.c: sorted runs of staged rows in a temporary file (see runs.h).
**
** A row is written as a compact record of what differs from the previous
** row of its run (runrec.h); a reader keeps the previous row's strings, so
** unchanged ones cost nothing on disk. The file is read back with pread from one buffer per
** run; the buffers share a fixed budget, so memory does not grow with the
** number of runs beyond a small floor each. The file is private to this
** process (unlinked once made) and only ever read by the same binary.
**
** An ingest merges its runs once (runs_consume), so the pages a reader
** has taken into its buffer are then punched out of the file (Linux's
** FALLOC_FL_PUNCH_HOLE) as it goes: the file's page cache and disk blocks
** are given back while the merge runs instead of at the end, so the
** ingest's database writes reuse memory the kernel has just freed (on a
** virtual machine that hands free memory back to its host, memory touched
** afresh costs several times more: see README, Performance).
*/
#define _GNU_SOURCE 1 /* fallocate */
#include "runs.h"
#include "runrec.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define WRITE_BUF (1u << 20)
#define READ_BUDGET (8u << 20)   /* all read buffers together */
#define READ_MIN (16u << 10)
#define READ_MAX (1u << 20)

struct span {
	off_t off, end;
};

struct runs {
	int fd;
	bool failed;           /* a write failed: the file is not to be trusted */
	bool consume;          /* the next merge gives the pages back */
	bool consumed;         /* ... and has: nothing is left to merge */
	off_t size;            /* bytes written so far */
	char *wbuf;
	size_t wlen;
	struct rr_prev prev;   /* the last row written to the current run */
	struct rr_buf rec;     /* one encoded row */
	struct span *span;
	size_t n, cap;
};

struct reader {
	bool give;             /* give consumed pages back (runs_consume) */
	off_t start;           /* where the run begins in the file */
	off_t pos, end;        /* the part of the run not yet in buf */
	char *buf;
	size_t at, len, cap;   /* buf[at..len) not yet decoded */
	size_t base;           /* cap within the budget; a long row grows it */
	struct rr_prev prev;   /* the last row decoded, its strings */
	struct srow cur;
};

int srow_cmp(const struct srow *a, const struct srow *b)
{
	int c = strcmp(a->o.series, b->o.series);

	if (c)
		return c;
	if (a->tag != b->tag)
		return a->tag < b->tag ? -1 : 1;
	return a->seq < b->seq ? -1 : a->seq > b->seq;
}

struct runs *runs_new(void)
{
	struct runs *r = xcalloc(1, sizeof(*r));

	r->fd = -1;
	return r;
}

void runs_free(struct runs *r)
{
	if (r == NULL)
		return;
	if (r->fd >= 0)
		close(r->fd);
	free(r->wbuf);
	free(r->rec.p);
	free(r->span);
	free(r);
}

size_t runs_count(const struct runs *r)
{
	return r->n;
}

void runs_consume(struct runs *r)
{
	r->consume = true;
}

long long runs_disk_bytes(const struct runs *r)
{
	struct stat st;

	if (r->fd < 0 || fstat(r->fd, &st) != 0)
		return 0;
	return (long long)st.st_blocks * 512;
}

static int io_err(struct gs_err *e, const char *what)
{
	return gs_errf(e, GS_EX_IOERR, "the sort file of a large ingest: %s: "
		       "%s (it lives in $TMPDIR, default /tmp)", what,
		       strerror(errno));
}

static int make_file(struct runs *r, struct gs_err *e)
{
	const char *dir = getenv("TMPDIR");
	char path[4096];

	if (dir == NULL || dir[0] == '\0')
		dir = "/tmp";
	gs_snprintf(path, sizeof(path), "%s/growthstat-sort-XXXXXX", dir);
	if ((r->fd = mkstemp(path)) < 0)
		return io_err(e, "cannot create it");
	unlink(path);
	r->wbuf = xmalloc(WRITE_BUF);
	return 0;
}

static int drain(struct runs *r, struct gs_err *e)
{
	size_t done = 0;
	ssize_t k;

	while (done < r->wlen) {
		k = write(r->fd, r->wbuf + done, r->wlen - done);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			/* Part of the buffer may be in the file: no later run
			 * could be placed right, so none is written. */
			r->failed = true;
			return io_err(e, "cannot write it");
		}
		done += (size_t)k;
	}
	r->size += (off_t)r->wlen;
	r->wlen = 0;
	return 0;
}

static int put(struct runs *r, const void *p, size_t n, struct gs_err *e)
{
	const char *s = p;

	while (n > 0) {
		size_t k = WRITE_BUF - r->wlen;

		if (k == 0) {
			if (drain(r, e))
				return -1;
			continue;
		}
		if (k > n)
			k = n;
		memcpy(r->wbuf + r->wlen, s, k);
		r->wlen += k;
		s += k;
		n -= k;
	}
	return 0;
}

static int put_row(struct runs *r, const struct srow *w, struct gs_err *e)
{
	rr_encode(&r->prev, w, &r->rec);
	return put(r, r->rec.p, r->rec.n, e);
}

int runs_write(struct runs *r, const struct srow *const *rows, size_t n,
	       struct gs_err *e)
{
	struct span sp;
	size_t i;

	if (n == 0)
		return 0;
	if (r->failed) {
		errno = EIO;
		return io_err(e, "an earlier write failed");
	}
	if (r->fd < 0 && make_file(r, e))
		return -1;
	sp.off = r->size + (off_t)r->wlen;
	rr_reset(&r->prev);
	for (i = 0; i < n; i++)
		if (put_row(r, rows[i], e))
			return -1;
	if (drain(r, e))
		return -1;
	sp.end = r->size;
	if (r->n == r->cap) {
		r->cap = r->cap ? r->cap * 2 : 16;
		r->span = xrealloc(r->span, r->cap * sizeof(*r->span));
	}
	r->span[r->n++] = sp;
	return 0;
}

/* Give back the whole pages of a run's bytes [from, to), which its reader
 * has consumed, as have the bytes of the run before from; the page where
 * the run starts (at start) or ends may hold another run's bytes. A file
 * system that cannot punch keeps them: this only saves memory. */
static void give_back(int fd, off_t start, off_t from, off_t to)
{
#ifdef FALLOC_FL_PUNCH_HOLE
	const off_t page = 4096;

	start = (start + page - 1) / page * page;
	from = from / page * page;
	if (from < start)
		from = start;
	to = to / page * page;
	if (to > from)
		(void)fallocate(fd, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE,
				from, to - from);
#else
	(void)fd, (void)start, (void)from, (void)to;
#endif
}

/* Make buf[at..at+need) hold the next need bytes of the run: 0, or -1 when
 * the run ends first (a damaged file) or a read fails. */
static int want(int fd, struct reader *rd, size_t need, struct gs_err *e)
{
	ssize_t k;

	if (rd->len - rd->at >= need)
		return 0;
	memmove(rd->buf, rd->buf + rd->at, rd->len - rd->at);
	rd->len -= rd->at;
	rd->at = 0;
	if (rd->cap > rd->base && need <= rd->base && rd->len <= rd->base) {
		rd->cap = rd->base; /* back within the budget */
		rd->buf = xrealloc(rd->buf, rd->cap);
	}
	if (need > rd->cap) {
		rd->cap = need;
		rd->buf = xrealloc(rd->buf, rd->cap);
	}
	while (rd->len < need) {
		size_t room = rd->cap - rd->len;

		if ((off_t)room > rd->end - rd->pos)
			room = (size_t)(rd->end - rd->pos);
		if (room == 0) {
			errno = EIO;
			return io_err(e, "a run ends early");
		}
		k = pread(fd, rd->buf + rd->len, room, rd->pos);
		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0) {
			if (k == 0)
				errno = EIO;
			return io_err(e, "cannot read it back");
		}
		if (rd->give)
			give_back(fd, rd->start, rd->pos, rd->pos + k);
		rd->len += (size_t)k;
		rd->pos += k;
	}
	return 0;
}

/* The bytes of the run not yet decoded, in the buffer and in the file. */
static size_t left(const struct reader *rd)
{
	return rd->len - rd->at + (size_t)(rd->end - rd->pos);
}

/* Decode the next row of a run into rd->cur: 1, 0 at its end, -1. */
static int next_row(int fd, struct reader *rd, struct gs_err *e)
{
	size_t need = left(rd), total;
	const unsigned char *p;

	if (need == 0)
		return 0;
	if (need > RR_LEN_MAX)
		need = RR_LEN_MAX;
	if (want(fd, rd, need, e))
		return -1;
	p = (const unsigned char *)rd->buf + rd->at;
	if (rr_size(p, rd->len - rd->at, &total) == 0 && total <= left(rd) &&
	    want(fd, rd, total, e) == 0) {
		p = (const unsigned char *)rd->buf + rd->at;
		if (rr_decode(&rd->prev, p, total, &rd->cur) == 0) {
			rd->at += total;
			return 1;
		}
	}
	errno = EIO;
	return io_err(e, "a run is damaged");
}

/* A binary min-heap of readers, ordered by their current rows. */
static bool less(struct reader *rd, size_t a, size_t b)
{
	return srow_cmp(&rd[a].cur, &rd[b].cur) < 0;
}

static void sift_down(struct reader *rd, size_t *heap, size_t n, size_t i)
{
	for (;;) {
		size_t l = 2 * i + 1, m = i, t;

		if (l < n && less(rd, heap[l], heap[m]))
			m = l;
		if (l + 1 < n && less(rd, heap[l + 1], heap[m]))
			m = l + 1;
		if (m == i)
			return;
		t = heap[i];
		heap[i] = heap[m];
		heap[m] = t;
		i = m;
	}
}

static int merge(struct runs *r, struct reader *rd, size_t *heap,
		 runs_emit_fn emit, void *arg, struct gs_err *e)
{
	size_t n = 0, i;
	int k;

	for (i = 0; i < r->n; i++) {
		if ((k = next_row(r->fd, &rd[i], e)) < 0)
			return -1;
		if (k == 1)
			heap[n++] = i;
	}
	for (i = n; i-- > 0;)
		sift_down(rd, heap, n, i);
	while (n > 0) {
		struct reader *top = &rd[heap[0]];

		if ((k = emit(arg, &top->cur, e)) != 0)
			return k;
		if ((k = next_row(r->fd, top, e)) < 0)
			return -1;
		if (k == 0)
			heap[0] = heap[--n];
		sift_down(rd, heap, n, 0);
	}
	return 0;
}

int runs_merge(struct runs *r, runs_emit_fn emit, void *arg,
	       struct gs_err *e)
{
	struct reader *rd;
	size_t *heap, i, each;
	int ret;

	if (r->consumed) {
		errno = EINVAL;
		return io_err(e, "its runs were merged already");
	}
	if (r->n == 0)
		return 0;
	r->consumed = r->consume;
	each = READ_BUDGET / r->n;
	each = each < READ_MIN ? READ_MIN : each > READ_MAX ? READ_MAX : each;
	rd = xcalloc(r->n, sizeof(*rd));
	heap = xcalloc(r->n, sizeof(*heap));
	for (i = 0; i < r->n; i++) {
		rd[i].give = r->consume;
		rd[i].start = rd[i].pos = r->span[i].off;
		rd[i].end = r->span[i].end;
		rd[i].cap = rd[i].base = each;
		rd[i].buf = xmalloc(each);
		rr_reset(&rd[i].prev);
	}
	ret = merge(r, rd, heap, emit, arg, e);
	for (i = 0; i < r->n; i++) {
		free(rd[i].buf);
		rr_free(&rd[i].prev);
	}
	free(rd);
	free(heap);
	return ret;
}
