/*
** pg_scanq.c: the report's scan split over two threads (pg_scanq.h).
**
** On PostgreSQL the server writes the COPY's rows while the client takes
** them in, splits and parses them and computes the report. On one thread
** the client computed while the server's socket filled and then waited,
** and parsed while the report waited: the three took about their sum.
** Here a reading thread takes the rows in and builds each series, and
** the caller's thread finishes and reports it, a bounded queue between
** them (as the SQLite scan reads, sqlite_scan.c). The connection is used
** by the reading thread alone until it is joined.
*/
#include "pg_scanq.h"

#include <pthread.h>
#include <stdbool.h>
#include <string.h>

#define QLEN 64          /* series queued at most */
#define QROWS 65536      /* and rows (one longer series still goes) */
#define WAKE 16          /* the caller is woken for this many at once */

struct slot {
	struct series_info info;
	struct obs_list obs;
};

struct ahead {
	scanq_read_fn rd;
	void *rarg;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct slot q[QLEN];
	size_t first, count, rows;
	bool finished;   /* the reader is done (rd_ret, rd_err) */
	bool cancel;     /* the caller wants no more */
	bool rd_sleeps, fn_sleeps;
	int rd_ret;
	struct gs_err rd_err;
};

/* Is there room for a series of n rows? */
static bool has_room(const struct ahead *a, size_t n)
{
	return a->count == 0 || (a->count < QLEN && a->rows + n <= QROWS);
}

/* Queue s; false when the caller has stopped (s is then freed). */
static bool enqueue(struct ahead *a, struct slot *s)
{
	bool ok;

	pthread_mutex_lock(&a->mu);
	while (!a->cancel && !has_room(a, s->obs.n)) {
		if (a->fn_sleeps) /* wake it for what there is */
			pthread_cond_broadcast(&a->cv);
		a->rd_sleeps = true;
		pthread_cond_wait(&a->cv, &a->mu);
		a->rd_sleeps = false;
	}
	ok = !a->cancel;
	if (ok) {
		a->q[(a->first + a->count++) % QLEN] = *s;
		a->rows += s->obs.n;
		if (a->fn_sleeps && a->count >= WAKE)
			pthread_cond_broadcast(&a->cv);
	}
	pthread_mutex_unlock(&a->mu);
	if (!ok) {
		series_info_free(&s->info);
		obs_list_free(&s->obs);
	}
	return ok;
}

static void *reader(void *p)
{
	struct ahead *a = p;
	struct slot s;
	struct gs_err e;
	int rc;

	gs_err_clear(&e);
	while ((rc = a->rd(a->rarg, &s.info, &s.obs, &e)) == 1)
		if (!enqueue(a, &s))
			break;
	pthread_mutex_lock(&a->mu);
	a->rd_ret = rc < 0 ? -1 : 0;
	a->rd_err = e;
	a->finished = true;
	pthread_cond_broadcast(&a->cv);
	pthread_mutex_unlock(&a->mu);
	return NULL;
}

/* The next queued series: true, or false once the reader is done and
 * nothing is left. */
static bool dequeue(struct ahead *a, struct slot *s)
{
	bool got;

	pthread_mutex_lock(&a->mu);
	while (a->count == 0 && !a->finished) {
		a->fn_sleeps = true;
		pthread_cond_wait(&a->cv, &a->mu);
		a->fn_sleeps = false;
	}
	got = a->count > 0;
	if (got) {
		*s = a->q[a->first];
		a->first = (a->first + 1) % QLEN;
		a->count--;
		a->rows -= s->obs.n;
		if (a->rd_sleeps && (a->count + WAKE <= QLEN ||
				     a->rows <= QROWS / 2))
			pthread_cond_broadcast(&a->cv);
	}
	pthread_mutex_unlock(&a->mu);
	return got;
}

/* No thread: read a series, report it, in turn. */
static int in_turn(scanq_read_fn rd, void *rarg, int flags, int32_t as_of,
		   series_scan_fn fn, void *arg, struct gs_err *e)
{
	struct slot s;
	int rc = 0, ret = 0;

	while (ret == 0 && (rc = rd(rarg, &s.info, &s.obs, e)) == 1) {
		obs_list_finish(&s.obs, flags, as_of);
		ret = fn(arg, &s.info, &s.obs, e);
	}
	return ret != 0 ? ret : (rc < 0 ? -1 : 0);
}

int pg_scan_queue(scanq_read_fn rd, void *rarg, int flags, int32_t as_of,
	     series_scan_fn fn, void *arg, struct gs_err *e)
{
	struct ahead a;
	struct slot s;
	pthread_t t;
	int ret = 0;

	memset(&a, 0, sizeof(a));
	a.rd = rd;
	a.rarg = rarg;
	pthread_mutex_init(&a.mu, NULL);
	pthread_cond_init(&a.cv, NULL);
	if (pthread_create(&t, NULL, reader, &a) != 0) {
		ret = in_turn(rd, rarg, flags, as_of, fn, arg, e);
		goto out;
	}
	while (ret == 0 && dequeue(&a, &s)) {
		obs_list_finish(&s.obs, flags, as_of);
		ret = fn(arg, &s.info, &s.obs, e);
	}
	if (ret != 0) { /* stop the reader; free what it queued */
		pthread_mutex_lock(&a.mu);
		a.cancel = true;
		pthread_cond_broadcast(&a.cv);
		pthread_mutex_unlock(&a.mu);
		while (dequeue(&a, &s)) {
			series_info_free(&s.info);
			obs_list_free(&s.obs);
		}
	}
	pthread_join(t, NULL);
	if (ret == 0 && a.rd_ret != 0) {
		*e = a.rd_err;
		ret = a.rd_ret;
	}
out:
	pthread_cond_destroy(&a.cv);
	pthread_mutex_destroy(&a.mu);
	return ret;
}
