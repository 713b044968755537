/*
** stagekeys.c: the distinct series of a spilled stage (see stagekeys.h).
**
** A PostgreSQL ingest wrote each chunk of 32 Ki rows through its own COPY,
** because a chunk's new series had to be created before its rows could
** go: ending the COPY, running the chunk's statements and opening the next
** one left the server idle at each of the 31 chunk boundaries of a 1M-row
** file. With every series of the file known before the first row, all
** are created at once and one COPY stays open (pg/pg_plan.c).
**
** Each spilled buffer is sorted by series, so its series come in key
** order; they are merged into the list kept here, which stays in key
** order. For each series the list keeps what creating it takes: the name
** and description of its first row in merge order (srow_cmp: tag, then
** arrival) and the unit of its first row that is not a relative change.
*/
#include "stagekeys.h"

#include <stdlib.h>
#include <string.h>

struct kent {
	struct stage_key k;      /* strings owned */
	long tag, dtag;          /* where its first row and its first row */
	uint64_t seq, dseq;      /* that is not relative are */
	bool has_d;              /* it has a row that is not relative */
};

struct stagekeys {
	struct kent *v;
	size_t n;
	bool over;               /* more than STAGEKEYS_MAX: given up */
	struct stage_key *list;  /* v's keys, for stagekeys_list */
};

struct stagekeys *stagekeys_new(void)
{
	return xcalloc(1, sizeof(struct stagekeys));
}

static void kent_free(struct kent *e)
{
	free((char *)e->k.key);
	free((char *)e->k.name);
	free((char *)e->k.desc);
	free((char *)e->k.dim);
	free((char *)e->k.sym);
}

static void drop_all(struct stagekeys *k)
{
	for (size_t i = 0; i < k->n; i++)
		kent_free(&k->v[i]);
	free(k->v);
	free(k->list);
	k->v = NULL;
	k->list = NULL;
	k->n = 0;
}

void stagekeys_reset(struct stagekeys *k)
{
	drop_all(k);
	k->over = false;
}

void stagekeys_free(struct stagekeys *k)
{
	if (k == NULL)
		return;
	drop_all(k);
	free(k);
}

static bool before(long tag, uint64_t seq, long tag2, uint64_t seq2)
{
	return tag != tag2 ? tag < tag2 : seq < seq2;
}

/* A string of e (owned) replaced by a copy of s. */
static void own(const char **dst, const char *s)
{
	free((char *)*dst);
	*dst = xstrdup(s ? s : "");
}

size_t stage_key_of(struct stage_key *k, const struct srow *const *rows,
		    size_t n)
{
	size_t i;

	k->key = rows[0]->o.series;
	k->name = rows[0]->name ? rows[0]->name : "";
	k->desc = rows[0]->desc ? rows[0]->desc : "";
	k->dim = k->sym = "";
	for (i = 0; i < n && kind_is_relative(rows[i]->o.kind); i++)
		;
	if (i < n && rows[i]->o.unit.dim[0] != '\0') {
		k->dim = rows[i]->o.unit.dim;
		k->sym = rows[i]->o.unit.sym;
	}
	return i;
}

/* The entry of the group rows[0..n) of one series, in merge order: its
 * strings are the buffer's, copied only when the entry is kept (merge):
 * most series of a buffer are known from the buffers before. */
static void group_entry(struct kent *e, const struct srow *const *rows,
			size_t n)
{
	size_t d;

	memset(e, 0, sizeof(*e));
	d = stage_key_of(&e->k, rows, n);
	e->tag = rows[0]->tag;
	e->seq = rows[0]->seq;
	if (d < n) {
		e->dtag = rows[d]->tag;
		e->dseq = rows[d]->seq;
		e->has_d = true;
	}
}

/* b, a buffer's entry (group_entry), kept: its strings copied. */
static struct kent keep(const struct kent *b)
{
	struct kent a = *b;

	a.k.key = a.k.name = a.k.desc = a.k.dim = a.k.sym = NULL;
	own(&a.k.key, b->k.key);
	own(&a.k.name, b->k.name);
	own(&a.k.desc, b->k.desc);
	own(&a.k.dim, b->k.dim);
	own(&a.k.sym, b->k.sym);
	return a;
}

/* Fold b, a buffer's entry of the same series, into a, when b's rows come
 * first. */
static void fold(struct kent *a, const struct kent *b)
{
	if (before(b->tag, b->seq, a->tag, a->seq)) {
		own(&a->k.name, b->k.name);
		own(&a->k.desc, b->k.desc);
		a->tag = b->tag;
		a->seq = b->seq;
	}
	if (b->has_d && (!a->has_d ||
			 before(b->dtag, b->dseq, a->dtag, a->dseq))) {
		own(&a->k.dim, b->k.dim);
		own(&a->k.sym, b->k.sym);
		a->dtag = b->dtag;
		a->dseq = b->dseq;
		a->has_d = true;
	}
}

/* The series of b, in key order, as entries (*n of them). */
static struct kent *buffer_entries(const struct sbuf *b, size_t *n)
{
	const struct srow *const *rows = (const struct srow *const *)b->order;
	struct kent *v = NULL;
	size_t i, j;

	*n = 0;
	for (i = 0; i < b->n; i = j) {
		const char *key = rows[i]->o.series;

		for (j = i + 1; j < b->n && (rows[j]->o.series == key ||
					     strcmp(rows[j]->o.series, key) == 0); j++)
			;
		GS_GROW(v, *n);
		group_entry(&v[(*n)++], rows + i, j - i);
	}
	return v;
}

/* k->v and w[0..m), both in key order, merged into k->v. */
static void merge(struct stagekeys *k, struct kent *w, size_t m)
{
	struct kent *out = xcalloc(k->n + m + 1, sizeof(*out));
	size_t i = 0, j = 0, n = 0;

	while (i < k->n || j < m) {
		int c = i == k->n ? 1 : j == m ? -1 :
			strcmp(k->v[i].k.key, w[j].k.key);

		if (c < 0)
			out[n++] = k->v[i++];
		else if (c > 0)
			out[n++] = keep(&w[j++]);
		else {
			fold(&k->v[i], &w[j++]);
			out[n++] = k->v[i++];
		}
	}
	free(k->v);
	k->v = out;
	k->n = n;
}

void stagekeys_note(struct stagekeys *k, const struct sbuf *b)
{
	size_t m;
	struct kent *w;

	if (k->over)
		return;
	w = buffer_entries(b, &m);
	merge(k, w, m);
	free(w);
	if (k->n > STAGEKEYS_MAX) {
		drop_all(k);
		k->over = true;
	}
}

const struct stage_key *stagekeys_list(const struct stagekeys *k, size_t *n)
{
	struct stagekeys *w = (struct stagekeys *)k;

	*n = 0;
	if (k->over)
		return NULL;
	free(w->list);
	w->list = xcalloc(k->n + 1, sizeof(*w->list));
	for (size_t i = 0; i < k->n; i++)
		w->list[i] = k->v[i].k;
	*n = k->n;
	return w->list;
}
