/*
** stagebuf.c: a buffer of staged rows (see stagebuf.h). Moved out of
** stage.c, which now keeps two of them.
*/
#include "stagebuf.h"
#include "intern.h"
#include "pool.h"

#include <stdlib.h>
#include <string.h>

/* Text a buffer holds before it counts as full: two buffers stay within
 * what one stage of 16 MB used to be. */
#define SBUF_BYTES (8u << 20)

/* A row's place in the sort: its key's rank, its tag, its index (which
 * is its arrival order within the buffer). */
struct sbuf_ord {
	uint32_t rank, i;
	long tag;
};

struct sbuf *sbuf_new(void)
{
	struct sbuf *b = xcalloc(1, sizeof(*b));

	b->text = pool_new();
	b->names = intern_new(b->text);
	return b;
}

void sbuf_free(struct sbuf *b)
{
	if (b == NULL)
		return;
	free(b->rows);
	free(b->order);
	free(b->kid);
	free(b->ord);
	intern_free(b->names);
	pool_free(b->text);
	free(b);
}

/*
** s interned: the row before's copy when the text is the same (a file's
** units, sources and names repeat from row to row; a short strcmp against
** a line in cache is a tenth of a lookup in the table), else the table's.
** Either way equal texts share one pointer, as the run encoder expects.
*/
static const char *again(struct sbuf *b, const char *s, const char *prev)
{
	if (s && prev && strcmp(s, prev) == 0)
		return prev;
	return intern_str(b->names, s, NULL);
}

void sbuf_add(struct sbuf *b, const struct srow *w)
{
	struct srow *r;
	const struct srow *p;

	if (b->n == b->cap) {
		b->cap = b->cap ? b->cap * 2 : 1024;
		b->rows = xrealloc(b->rows, b->cap * sizeof(*b->rows));
		b->order = xrealloc(b->order, b->cap * sizeof(*b->order));
		b->kid = xrealloc(b->kid, b->cap * sizeof(*b->kid));
		b->ord = xrealloc(b->ord, b->cap * sizeof(*b->ord));
	}
	if (b->n == 0)
		b->tags_rise = true;
	else if (w->tag < b->rows[b->n - 1].tag)
		b->tags_rise = false;
	r = &b->rows[b->n];
	p = b->n ? r - 1 : NULL;
	*r = *w;
	r->o.series = intern_str(b->names, w->o.series, &b->kid[b->n]);
	r->o.unit_text = again(b, w->o.unit_text, p ? p->o.unit_text : NULL);
	r->o.source = again(b, w->o.source, p ? p->o.source : NULL);
	r->o.note = pool_str(b->text, w->o.note);
	r->name = again(b, w->name, p ? p->name : NULL);
	r->desc = again(b, w->desc, p ? p->desc : NULL);
	b->n++;
}

bool sbuf_full(const struct sbuf *b, size_t max_rows)
{
	return b->n >= max_rows || pool_bytes(b->text) > SBUF_BYTES;
}

void sbuf_in_order(struct sbuf *b)
{
	size_t i;

	for (i = 0; i < b->n; i++)
		b->order[i] = &b->rows[i];
}

void sbuf_empty(struct sbuf *b)
{
	intern_reset(b->names);
	pool_reset(b->text);
	b->n = 0;
}

static int by_rank(const void *a, const void *b)
{
	const struct sbuf_ord *x = a, *y = b;

	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	if (x->tag != y->tag)
		return x->tag < y->tag ? -1 : 1;
	return x->i < y->i ? -1 : x->i > y->i;
}

/*
** Rows that came in tag order (an ingest stages a file's lines in turn)
** are in merge order once grouped by key rank, keeping their order within
** a key: a counting sort, two passes over the rows. qsort of the ranks had
** been a sixth of the work of sorting and spilling a buffer.
*/
static void by_counting(struct sbuf *b, const uint32_t *rank, uint32_t nkeys)
{
	size_t *at = xcalloc((size_t)nkeys + 1, sizeof(*at)), i;

	for (i = 0; i < b->n; i++)
		at[rank[b->kid[i]] + 1]++;
	for (i = 1; i <= nkeys; i++)
		at[i] += at[i - 1];
	for (i = 0; i < b->n; i++)
		b->order[at[rank[b->kid[i]]]++] = &b->rows[i];
	free(at);
}

/* Any other order: sort (rank, tag, arrival) entries. Small entries are
 * sorted, not the rows: qsort moves its elements with memcpy, and a row is
 * some 250 bytes. */
static void by_qsort(struct sbuf *b, const uint32_t *rank)
{
	size_t i;

	for (i = 0; i < b->n; i++) {
		b->ord[i].rank = rank[b->kid[i]];
		b->ord[i].i = (uint32_t)i;
		b->ord[i].tag = b->rows[i].tag;
	}
	qsort(b->ord, b->n, sizeof(*b->ord), by_rank);
	for (i = 0; i < b->n; i++)
		b->order[i] = &b->rows[b->ord[i].i];
}

/*
** Keys are compared as strings once per distinct key (intern_rank), then
** rows by integers: comparing the key strings of 65,536 rows, which share
** long prefixes, was a seventh of a large ingest's time.
*/
void sbuf_sort(struct sbuf *b)
{
	uint32_t *rank, nkeys = intern_count(b->names);

	sbuf_in_order(b);
	if (b->n < 2)
		return;
	rank = xmalloc(nkeys * sizeof(*rank));
	intern_rank(b->names, rank);
	if (b->tags_rise)
		by_counting(b, rank, nkeys);
	else
		by_qsort(b, rank);
	free(rank);
}
