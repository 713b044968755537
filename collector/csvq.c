/*
** csvq.c: a CSV file read ahead on a thread of its own (see csvq.h).
**
** The reading thread fills blocks in turn (a ring of NBLK): each holds up
** to BLOCK_RECS records or BLOCK_DATA bytes of fields, copied out of
** csvin's buffers, and ends with how the reading went on (more records,
** the end, or an error with its message). The caller takes the blocks in
** the same turn and gives a block back when it moves past it, so a record
** stays valid until the next csvq_next. The reading thread starts with
** every signal blocked: signals keep reaching the caller's thread, as they
** did before there were two.
*/
#include "csvq.h"

#include <assert.h>
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define NBLK 4
#define BLOCK_RECS 4096
#define BLOCK_DATA (256u << 10)

struct block {
	struct csv_record *recs;
	size_t nrec, rcap;
	char **f;              /* all records' fields, record after record */
	size_t *len;
	size_t nf, fcap, lcap;
	char *data;            /* the fields' bytes, each with its NUL */
	size_t dlen, dcap;
	uint64_t bytes;        /* csvin_bytes once the block was filled */
	int status;            /* after these records: 1 more, 0 end, -1 error */
	struct gs_err err;
	bool full;             /* filled and not yet given back */
};

struct csvq {
	struct csvin *in;
	FILE *own;             /* the stream over a descriptor, closed here */
	bool threaded, joined;
	bool read_all;         /* the reader reached the end (or an error) */
	pthread_t t;
	pthread_mutex_t lock;
	pthread_cond_t changed;
	bool stop;             /* the caller closes early */
	struct block blk[NBLK];
	size_t ci, pos;        /* the caller's block and next record in it */
	bool have;             /* blk[ci] is the caller's */
	uint64_t bytes;
};

static void *grow(void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return p;
	while (*cap < need)
		*cap = *cap ? *cap * 2 : 64;
	return xrealloc(p, *cap * size);
}

/* Copy a record in; strings are offsets until seal(). csvin keeps a
 * record's fields one after the other, each with its NUL, so they are
 * copied by one memcpy (one call a field was a twentieth of this
 * thread's work), each field keeping its place in the copy. */
static void append(struct block *b, const struct csv_record *r)
{
	struct csv_record *c;
	const char *first = r->n ? r->f[0] : "";
	size_t i, bytes = 0;

	if (r->n)
		bytes = (size_t)(r->f[r->n - 1] - first) + r->len[r->n - 1] + 1;

	b->recs = grow(b->recs, &b->rcap, b->nrec + 1, sizeof(*b->recs));
	b->f = grow(b->f, &b->fcap, b->nf + r->n, sizeof(*b->f));
	b->len = grow(b->len, &b->lcap, b->nf + r->n, sizeof(*b->len));
	b->data = grow(b->data, &b->dcap, b->dlen + bytes, 1);
	c = &b->recs[b->nrec++];
	c->n = r->n;
	c->line = r->line;
	c->f = (char **)(uintptr_t)b->nf;
	memcpy(b->data + b->dlen, first, bytes);
	for (i = 0; i < r->n; i++) {
		/* each field right after the one before and its NUL */
		assert(i == 0 || r->f[i] == r->f[i - 1] + r->len[i - 1] + 1);
		b->f[b->nf] = (char *)(uintptr_t)(b->dlen +
						   (size_t)(r->f[i] - first));
		b->len[b->nf++] = r->len[i];
	}
	b->dlen += bytes;
}

/* Offsets to pointers: the block no longer grows. */
static void seal(struct block *b)
{
	size_t i;

	for (i = 0; i < b->nf; i++)
		b->f[i] = b->data + (uintptr_t)b->f[i];
	for (i = 0; i < b->nrec; i++) {
		size_t at = (uintptr_t)b->recs[i].f;

		b->recs[i].f = b->f + at;
		b->recs[i].len = b->len + at;
	}
}

/* Fill b from the input; its status says how reading goes on. */
static void fill(struct csvq *q, struct block *b)
{
	const struct csv_record *r;

	b->nrec = b->nf = b->dlen = 0;
	b->status = 1;
	/* A huge record grew this block: give the memory back. */
	if (b->dcap > 4 * BLOCK_DATA) {
		free(b->data);
		b->data = NULL;
		b->dcap = 0;
	}
	if (b->fcap > 16 * BLOCK_RECS) {
		free(b->f);
		free(b->len);
		b->f = NULL;
		b->len = NULL;
		b->fcap = b->lcap = 0;
	}
	gs_err_clear(&b->err);
	while (b->nrec < BLOCK_RECS && b->dlen < BLOCK_DATA) {
		b->status = csvin_next(q->in, &r, &b->err);
		if (b->status != 1)
			break;
		append(b, r);
	}
	b->bytes = csvin_bytes(q->in);
	seal(b);
}

static void *reader(void *arg)
{
	struct csvq *q = arg;
	size_t i = 0;

	for (;;) {
		struct block *b = &q->blk[i];
		bool stop;

		pthread_mutex_lock(&q->lock);
		while (b->full && !q->stop)
			pthread_cond_wait(&q->changed, &q->lock);
		stop = q->stop;
		pthread_mutex_unlock(&q->lock);
		if (stop)
			return NULL;
		fill(q, b);
		pthread_mutex_lock(&q->lock);
		b->full = true;
		pthread_cond_broadcast(&q->changed);
		pthread_mutex_unlock(&q->lock);
		if (b->status != 1) {
			q->read_all = true; /* seen by the caller after join */
			return NULL;
		}
		i = (i + 1) % NBLK;
	}
}

/* The reading thread for a regular file that is not empty. */
static struct csvq *start(struct csvq *q)
{
	sigset_t all, old;

	/* csvin knows the size of a regular file only; an empty one needs
	 * no thread either. */
	if (csvin_size(q->in) == 0)
		return q;
	pthread_mutex_init(&q->lock, NULL);
	pthread_cond_init(&q->changed, NULL);
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	q->threaded = pthread_create(&q->t, NULL, reader, q) == 0;
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (!q->threaded) {
		pthread_cond_destroy(&q->changed);
		pthread_mutex_destroy(&q->lock);
	}
	return q;
}

struct csvq *csvq_open(const char *path, const char *name, char delim,
		       struct gs_err *e)
{
	struct csvq *q = xcalloc(1, sizeof(*q));

	if ((q->in = csvin_open(path, name, e)) == NULL) {
		free(q);
		return NULL;
	}
	csvin_set_delim(q->in, delim);
	return start(q);
}

struct csvq *csvq_open_fd(int fd, const char *name, char delim,
			  struct gs_err *e)
{
	struct csvq *q = xcalloc(1, sizeof(*q));

	if ((q->own = fdopen(fd, "rb")) == NULL) {
		gs_errf_at(e, GS_EX_NOINPUT, name, 0, 0, "cannot read: %s",
			   strerror(errno));
		close(fd);
		free(q);
		return NULL;
	}
	if ((q->in = csvin_open_stream(q->own, name, e)) == NULL) {
		fclose(q->own);
		free(q);
		return NULL;
	}
	csvin_set_delim(q->in, delim);
	return start(q);
}

/* Give the caller's block back and wait for the next one. */
static void next_block(struct csvq *q)
{
	pthread_mutex_lock(&q->lock);
	if (q->have) {
		q->blk[q->ci].full = false;
		q->ci = (q->ci + 1) % NBLK;
		pthread_cond_broadcast(&q->changed);
	}
	while (!q->blk[q->ci].full)
		pthread_cond_wait(&q->changed, &q->lock);
	pthread_mutex_unlock(&q->lock);
	q->have = true;
	q->pos = 0;
	q->bytes = q->blk[q->ci].bytes;
}

int csvq_next(struct csvq *q, const struct csv_record **rec, struct gs_err *e)
{
	if (!q->threaded)
		return csvin_next(q->in, rec, e);
	for (;;) {
		struct block *b = &q->blk[q->ci];

		if (q->have && q->pos < b->nrec) {
			*rec = &b->recs[q->pos++];
			return 1;
		}
		if (q->have && b->status != 1) {
			if (b->status < 0)
				*e = b->err;
			return b->status;
		}
		next_block(q);
	}
}

static void join(struct csvq *q)
{
	if (!q->threaded || q->joined)
		return;
	pthread_mutex_lock(&q->lock);
	q->stop = true;
	pthread_cond_broadcast(&q->changed);
	pthread_mutex_unlock(&q->lock);
	pthread_join(q->t, NULL);
	q->joined = true;
}

void csvq_close(struct csvq *q)
{
	size_t i;

	if (q == NULL)
		return;
	join(q);
	if (q->threaded) {
		pthread_cond_destroy(&q->changed);
		pthread_mutex_destroy(&q->lock);
	}
	for (i = 0; i < NBLK; i++) {
		free(q->blk[i].recs);
		free(q->blk[i].f);
		free(q->blk[i].len);
		free(q->blk[i].data);
	}
	csvin_close(q->in);
	if (q->own)
		fclose(q->own);
	free(q);
}

uint64_t csvq_bytes(const struct csvq *q)
{
	return q->threaded ? q->bytes : csvin_bytes(q->in);
}

uint64_t csvq_size(const struct csvq *q)
{
	return csvin_size(q->in);
}

int csvq_changed(struct csvq *q, char *why, size_t n)
{
	join(q);
	return csvin_changed(q->in, why, n);
}

void csvq_hash_hex(struct csvq *q, char out[17])
{
	const struct csv_record *r;
	struct gs_err e;

	join(q);
	/* Stopped early (a file refused at its header): how far the reader
	 * had got is a matter of timing, so read on to the end of the file
	 * (or its first malformed record), and every run gives one hash. */
	if (q->threaded && !q->read_all) {
		gs_err_clear(&e);
		while (csvin_next(q->in, &r, &e) == 1)
			;
		q->read_all = true;
	}
	csvin_hash_hex(q->in, out);
}
