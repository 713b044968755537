/*
** pg_bulk.h: the state of a stage flush on PostgreSQL, shared by the
** files of its bulk path: pg_bulk.c (the stored figures, the decision,
** the COPY), pg_figtab.c (the table of figures it decides against),
** pg_figs.c (stored series read whole), pg_bulk_ids.c (the series' and
** sources' ids) and pg_plan.c. Only these include it.
*/
#ifndef GS_PG_BULK_H
#define GS_PG_BULK_H

#include "pg_int.h"

struct fig {
	int64_t series;
	int32_t ps, pe, bs, be, as_of;
	int64_t source;
	int kind, qual;
	double value;
};

/* Array literals ("{...}") sent as parameters: one per column
 * (pg_bulk_ids.c). */
struct arrays {
	char *buf[9];
	size_t len[9], cap[9];
};
/* s as the next element of column i; column i's closing brace. */
void arr_text(struct arrays *a, int i, const char *s);
void arr_close(struct arrays *a, int i);
/* A new series' key, name, description, dimension and unit as the next
 * elements of columns 0-4 (bulk_insert_series). */
void arr_series(struct arrays *a, const struct stage_key *k);

/* The table of figures' index (pg_figtab.c): where each series' rows lie
 * in v, and a hash over the rows of the series being decided. */
struct figrun;
struct pend;
struct figtab {
	struct figrun *run;  /* runs of one series in v[0..indexed) */
	size_t nrun;
	size_t *map;         /* series -> its last run, + 1 */
	size_t nmap;
	size_t indexed;
	int64_t cur;         /* the series in the hash */
	size_t *slot;        /* open addressing: index in v, + 1 */
	size_t nslot, capslot, nused;
};

struct bulk {
	char **keys;        /* the flush's series, sorted, distinct */
	int64_t *ids;       /* their ids; 0 when not stored */
	char **dims;
	size_t nkeys;
	struct fig *v;      /* the table of figures (pg_figtab.c) */
	size_t n, cap;
	struct figtab tab;
	char **srcs;        /* the flush's sources, sorted, distinct */
	int64_t *src_ids;   /* their ids; 0 when not stored */
	size_t nsrcs;
	struct copybuf copy; /* the new rows, queued */
	struct pend *pend;  /* new rows of the last series, to be queued */
	size_t npend, cappend;
	struct arrays *dims_set; /* series given their dimension, queued */
	/* A plan (pg_plan.c): the maps above hold every series of the
	 * stage, and this state lives from its first chunk to its last */
	bool plan;
	bool *before;       /* keys[i] was stored before the batch */
	int64_t last_sid;   /* the series of the last row appended */
	int64_t *ahead_ids; /* the series read ahead, ascending */
	size_t nahead, ahead_limit;
	unsigned polls;     /* rows appended since the read-ahead was sent */
};

/* The index of key in v[0..n), sorted; -1 when absent. */
long bulk_find(char *const *v, size_t n, const char *key);
/* The ids (and dimensions) of the flush's series, sorted by key into b;
 * *any when one is stored. */
int bulk_read_series(struct series_db *db, struct bulk *b,
		     const struct srow *const *rows, size_t n, bool *any,
		     struct gs_err *e);
/* The ids of the flush's sources (0: not stored yet). */
int bulk_read_sources(struct series_db *db, struct bulk *b,
		      const struct srow *const *rows, size_t n,
		      struct gs_err *e);
/* The ids and dimensions of keys[0..nkeys), in one query; *any when one
 * is stored. */
int bulk_query_series(struct series_db *db, struct bulk *b, bool *any,
		      struct gs_err *e);
/* Create the nnew series whose columns are in a (key, name, description,
 * dimension, unit; freed here), in one statement; their ids into b. */
int bulk_insert_series(struct series_db *db, struct bulk *b,
		       struct arrays *a, int nnew, int64_t batch_id,
		       struct gs_err *e);
/* Create the flush's series that are not stored, in one statement. */
int bulk_create_series(struct series_db *db, struct bulk *b,
		       const struct srow *const *rows, size_t n,
		       struct gs_err *e);
/* Give the queued series their dimension and unit, in one statement
 * (the queue emptied). */
int bulk_write_dims(struct series_db *db, struct bulk *b, struct gs_err *e);
/* Every stored row of p's series at its rows' as_of dates (pg_figs.c):
 * *out the result, decoded by bulk_fig_at, or NULL when they are many
 * more than the flush's rows (probe row by row then); -1 on error. */
int bulk_read_stored(struct series_db *db, const struct pg_pick *p,
		     PGresult **out, struct gs_err *e);
void bulk_fig_at(struct fig *f, const PGresult *r, int i);
/* Send the same query for sids[0..n) and leave its rows on the way (a
 * read-ahead: pg_plan.c); false when it could not be sent. */
bool bulk_send_stored(struct series_db *db, const int64_t *sids, size_t n,
		      size_t limit);
/* A plan's read-ahead (pg_figs.c): the rows read ahead, when they hold
 * every series of p (else NULL: the caller reads them); after a chunk
 * read its series, read those that follow rows[n - 1]'s ahead. */
PGresult *plan_ahead_take(struct series_db *db, struct bulk *b,
			  const struct pg_pick *p);
void plan_ahead_send(struct series_db *db, struct bulk *b,
		     const struct pg_pick *p, const struct srow *last);

/* Free what pg_bulk_ids.c keeps in b (not b); b and all it holds. */
void bulk_ids_free(struct bulk *b);
void bulk_free(struct bulk *b);
/* The stored rows the flush's rows can meet into b's table (pg_bulk.c). */
int bulk_read_figures(struct series_db *db, struct bulk *b,
		      const struct srow *const *rows, size_t n,
		      struct gs_err *e);
/* The table of figures (pg_figtab.c): the row of f's figure with f's
 * as_of, or NULL; f added (not there yet); emptied but for the first n
 * of v; set up in a new bulk; v and its index freed. */
const struct fig *figtab_find(struct bulk *b, const struct fig *f);
void figtab_add(struct bulk *b, const struct fig *f);
void bulk_table_keep(struct bulk *b, size_t n);
void figtab_init(struct bulk *b);
void figtab_free(struct bulk *b);

#endif
