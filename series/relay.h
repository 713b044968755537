/*
** relay.h: two buffers passed back and forth between the caller's thread
** and one worker thread. Internal to series/.
**
** One side fills a buffer while the other drains the one filled before,
** so a large ingest keeps both cores busy (stage.c): while rows are read,
** a worker sorts and spills the stage filled last; while rows are written,
** a worker merges the runs into the next stage. Either side may be the
** producer. Buffers go round in turn, so they are drained in the order they
** were filled, and two of them bound the memory.
*/
#ifndef GS_RELAY_H
#define GS_RELAY_H

#include "../common.h"

struct relay;

/* The worker's body. A return of -1 with e filled is the relay's failure,
 * handed to relay_finish; the worker's end also ends the relay for the
 * other side (relay_fill and relay_take return NULL). */
typedef int (*relay_fn)(struct relay *r, void *arg, struct gs_err *e);

/* Start fn(r, arg) on a thread of its own (every signal blocked, so they
 * keep reaching the caller) over the buffers a and b, both free to fill:
 * NULL with e filled when no thread can be started. */
struct relay *relay_start(relay_fn fn, void *arg, void *a, void *b,
			  struct gs_err *e);

/* Producer: the next buffer to fill, once the consumer has given it back;
 * NULL when the relay is cancelled or the worker ended. */
void *relay_fill(struct relay *r);
/* Producer: the buffer from relay_fill is full; the consumer may take it. */
void relay_filled(struct relay *r);
/* Consumer: the next full buffer; NULL when the producer has ended and
 * every buffer it filled was taken, or when the relay is cancelled. */
void *relay_take(struct relay *r);
/* Consumer: the buffer from relay_take is drained; the producer may fill
 * it again. */
void relay_done(struct relay *r);

/*
** The caller's end: with cancel, the worker is asked to stop at once
** (buffers not yet drained stay as they are); without, the caller has
** produced everything or drained everything it wants. Waits for the worker
** and frees r: 0, or the worker's -1 with its error in e (when e is not
** NULL).
*/
int relay_finish(struct relay *r, bool cancel, struct gs_err *e);

#endif
