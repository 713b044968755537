/*
** relay.c: two buffers between the caller's thread and a worker (see
** relay.h). One mutex and one condition guard two flags per buffer turn;
** a handoff costs a lock and a broadcast per stage (tens of thousands of
** rows), never per row.
*/
#include "relay.h"

#include <pthread.h>
#include <signal.h>
#include <stdlib.h>

struct relay {
	pthread_t t;
	pthread_mutex_t lock;
	pthread_cond_t changed;
	void *buf[2];
	bool full[2];
	unsigned pi, ci;       /* the producer's and the consumer's buffer */
	bool cancel;           /* the caller stops the worker */
	bool caller_done;      /* the caller will fill or take no more */
	bool worker_done;      /* the worker's body returned */
	relay_fn fn;
	void *arg;
	int ret;               /* the worker's result, and its error */
	struct gs_err err;
};

static void *body(void *arg)
{
	struct relay *r = arg;
	int ret;

	ret = r->fn(r, r->arg, &r->err);
	pthread_mutex_lock(&r->lock);
	r->ret = ret;
	r->worker_done = true;
	pthread_cond_broadcast(&r->changed);
	pthread_mutex_unlock(&r->lock);
	return NULL;
}

struct relay *relay_start(relay_fn fn, void *arg, void *a, void *b,
			  struct gs_err *e)
{
	struct relay *r = xcalloc(1, sizeof(*r));
	sigset_t all, old;
	int rc;

	r->fn = fn;
	r->arg = arg;
	r->buf[0] = a;
	r->buf[1] = b;
	gs_err_clear(&r->err);
	pthread_mutex_init(&r->lock, NULL);
	pthread_cond_init(&r->changed, NULL);
	sigfillset(&all);
	pthread_sigmask(SIG_SETMASK, &all, &old);
	rc = pthread_create(&r->t, NULL, body, r);
	pthread_sigmask(SIG_SETMASK, &old, NULL);
	if (rc == 0)
		return r;
	pthread_cond_destroy(&r->changed);
	pthread_mutex_destroy(&r->lock);
	free(r);
	gs_errf(e, GS_EX_SOFTWARE, "cannot start a thread for a large ingest "
		"(error %d)", rc);
	return NULL;
}

/* The other side has ended: the caller if the worker asks, and the
 * reverse; under the lock. */
static bool ended(const struct relay *r)
{
	return r->caller_done || r->worker_done;
}

void *relay_fill(struct relay *r)
{
	void *b = NULL;

	pthread_mutex_lock(&r->lock);
	while (r->full[r->pi] && !r->cancel && !ended(r))
		pthread_cond_wait(&r->changed, &r->lock);
	if (!r->full[r->pi] && !r->cancel && !r->worker_done)
		b = r->buf[r->pi];
	pthread_mutex_unlock(&r->lock);
	return b;
}

void relay_filled(struct relay *r)
{
	pthread_mutex_lock(&r->lock);
	r->full[r->pi] = true;
	r->pi ^= 1;
	pthread_cond_broadcast(&r->changed);
	pthread_mutex_unlock(&r->lock);
}

void *relay_take(struct relay *r)
{
	void *b = NULL;

	pthread_mutex_lock(&r->lock);
	while (!r->full[r->ci] && !r->cancel && !ended(r))
		pthread_cond_wait(&r->changed, &r->lock);
	if (r->full[r->ci] && !r->cancel)
		b = r->buf[r->ci];
	pthread_mutex_unlock(&r->lock);
	return b;
}

void relay_done(struct relay *r)
{
	pthread_mutex_lock(&r->lock);
	r->full[r->ci] = false;
	r->ci ^= 1;
	pthread_cond_broadcast(&r->changed);
	pthread_mutex_unlock(&r->lock);
}

int relay_finish(struct relay *r, bool cancel, struct gs_err *e)
{
	int ret;

	pthread_mutex_lock(&r->lock);
	if (cancel)
		r->cancel = true;
	r->caller_done = true;
	pthread_cond_broadcast(&r->changed);
	pthread_mutex_unlock(&r->lock);
	pthread_join(r->t, NULL);
	ret = r->ret;
	if (ret && e)
		*e = r->err;
	pthread_cond_destroy(&r->changed);
	pthread_mutex_destroy(&r->lock);
	free(r);
	return ret;
}
