/*
** retract.c: retractions, written once for both backends. A figure
** entered wrongly (wrong key, unit or value) is never deleted: a record
** names its row and the date from which reads leave it out (reads.c), with
** a reason. Each call is one transaction under the writers' lock, and a
** row already retracted keeps its first record (sql.h, ON CONFLICT DO
** NOTHING), so retracting again changes nothing.
*/
#include "db_internal.h"
#include "sql.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* When the record was made, UTC, as the batch log writes it. */
static void now_text(char *buf, size_t n)
{
	time_t t = time(NULL);
	struct tm tm;

	gmtime_r(&t, &tm);
	strftime(buf, n, "%Y-%m-%dT%H:%M:%SZ", &tm);
}

static int check_args(struct series_db *db, const struct retraction *r,
		      struct gs_err *e)
{
	if (db->ops->run == NULL)
		return gs_errf(e, GS_EX_SOFTWARE, "%s: this backend cannot "
			       "record retractions", db->path);
	if (r->date <= 0)
		return gs_errf(e, GS_EX_USAGE, "a retraction needs a date");
	if (r->reason == NULL || *r->reason == '\0')
		return gs_errf(e, GS_EX_USAGE, "a retraction needs a reason");
	return 0;
}

/* Parameters $1..$3 of SQL_RETRACT_INSERT. */
struct head {
	char date[16];
	char now[32];
};

static void head_fill(struct head *h, const struct retraction *r,
		      const char **p)
{
	gs_snprintf(h->date, sizeof(h->date), "%ld", (long)r->date);
	now_text(h->now, sizeof(h->now));
	p[0] = h->date;
	p[1] = r->reason;
	p[2] = h->now;
}

/* One row by its natural key; *added += 1 when newly retracted. */
static int retract_row(struct series_db *db, const struct gs_obs *o,
		       const char **p, long *added, struct gs_err *e)
{
	char num[6][16];
	long changes = 0;
	int rows = 0;
	const int32_t v[6] = { o->period.start, o->period.end, o->base.start,
			       o->base.end, o->as_of, 0 };
	struct db_run q = { "retracting a figure", 12, p, 0, 0, NULL, &rows,
			    &changes };
	int i;

	for (i = 0; i < 5; i++)
		gs_snprintf(num[i], sizeof(num[i]), "%ld", (long)v[i]);
	p[3] = o->series;
	p[4] = kind_name(o->kind);
	p[5] = num[0];
	p[6] = num[1];
	p[7] = num[2];
	p[8] = num[3];
	p[9] = o->source;
	p[10] = qual_name(o->qual);
	p[11] = num[4];
	if (db->ops->run(db, SQL_RETRACT_ROW, &q, e))
		return -1;
	*added += changes;
	return 0;
}

int series_retract_rows(struct series_db *db, const struct gs_obs *v,
			size_t n, const struct retraction *r, long *added,
			struct gs_err *e)
{
	const char *p[12];
	struct head h;
	size_t i;

	*added = 0;
	if (check_args(db, r, e) || db->ops->write_begin(db, e))
		return -1;
	head_fill(&h, r, p);
	for (i = 0; i < n; i++)
		if (retract_row(db, &v[i], p, added, e)) {
			db->ops->write_end(db, false, NULL);
			return -1;
		}
	return db->ops->write_end(db, true, e);
}

/* Batch p[0]: committed, with *rows rows; else GS_EX_DATAERR. */
static int batch_state(struct series_db *db, const char *const *p,
		       long *rows, struct gs_err *e)
{
	int64_t out[2] = { 0, 0 };
	int n = 0;
	struct db_run q = { "reading the batch log", 1, p, 2, 1, out, &n,
			    NULL };

	if (db->ops->run(db, SQL_BATCH_STATE, &q, e))
		return -1;
	if (n == 0)
		return gs_errf(e, GS_EX_DATAERR, "%s: no batch %s in the batch "
			       "log", db->path, p[0]);
	if (out[0] != 1)
		return gs_errf(e, GS_EX_DATAERR, "%s: batch %s was not stored "
			       "(refused or never committed): it has no rows "
			       "to retract", db->path, p[0]);
	*rows = (long)out[1];
	return 0;
}

int series_retract_batch(struct series_db *db, int64_t batch,
			 const struct retraction *r, long *rows, long *added,
			 struct gs_err *e)
{
	const char *p[4];
	char id[24];
	struct head h;
	int n = 0;
	struct db_run q = { "retracting a batch", 4, p, 0, 0, NULL, &n, added };

	*added = *rows = 0;
	if (check_args(db, r, e) || db->ops->write_begin(db, e))
		return -1;
	head_fill(&h, r, p);
	gs_snprintf(id, sizeof(id), "%lld", (long long)batch);
	p[3] = id;
	if (batch_state(db, p + 3, rows, e) ||
	    db->ops->run(db, SQL_RETRACT_BATCH, &q, e)) {
		db->ops->write_end(db, false, NULL);
		return -1;
	}
	return db->ops->write_end(db, true, e);
}

int series_retractions(struct series_db *db, struct retraction_list *out,
		       struct gs_err *e)
{
	memset(out, 0, sizeof(*out));
	return db->ops->retractions(db, out, e);
}

void retraction_list_free(struct retraction_list *l)
{
	size_t i;

	for (i = 0; i < l->rows.n; i++) {
		free(l->reason[i]);
		free(l->recorded[i]);
	}
	free(l->reason);
	free(l->recorded);
	obs_list_free(&l->rows);
	memset(l, 0, sizeof(*l));
}
