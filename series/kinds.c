/*
** kinds.c: which kinds of figures (level, flow) the stored rows of some
** series hold (series_kind_families in series.h), written once for both
** backends through the run entry (db_internal.h). Ingest asks it to warn
** when a file gives a series levels while its stored rows are flows, or
** the reverse (collector/kindmix.c): the trend then reads only one kind.
**
** The keys go KEYS_PER_RUN to a statement, each bound: enough that a
** file's series take one statement or a few, never one per few series
** (110-pg-statements.sh counts them); every stored row
** counts, retracted ones too (a warning, never a refusal). A file whose
** series are all new has no stored rows to compare with: series_created_in
** lets ingest skip the question (a first load of 10,000 series spent a
** third of its time asking it).
*/
#include "db_internal.h"

#include <stdlib.h>
#include <string.h>

#define KEYS_PER_RUN 1000

#define FAMILY(bit, kind) \
	" + CASE WHEN EXISTS (SELECT 1 FROM observations o" \
	" WHERE o.series_id = s.id AND o.kind = '" kind "') THEN " bit \
	" ELSE 0 END"

/*
** The statement for n keys: each key's place, and its families. SQLite
** takes $N as a name, looked up in a list for every use (a thousand of
** them cost more than the query); ?N is its number.
*/
static char *families_sql(const struct series_db *db, size_t n)
{
	struct gs_buf b = { 0 };
	const char *mark = strcmp(db->ops->name, "sqlite") ? "$" : "?";
	size_t i;

	gs_buf_add(&b, "SELECT CASE s.key");
	for (i = 0; i < n; i++)
		gs_buf_printf(&b, " WHEN %s%zu THEN %zu", mark, i + 1, i);
	gs_buf_add(&b, " END, 0" FAMILY("1", "level") FAMILY("2", "flow")
		   " FROM series s WHERE s.key IN (");
	for (i = 0; i < n; i++)
		gs_buf_printf(&b, "%s%s%zu", i ? ", " : "", mark, i + 1);
	gs_buf_add(&b, ")");
	return b.s;
}

static int families_run(struct series_db *db, const char *const *keys,
			size_t n, unsigned *fam, struct gs_err *e)
{
	int64_t out[2 * KEYS_PER_RUN];
	int rows = 0, i;
	struct db_run q = { "reading the kinds of stored series", (int)n,
			    keys, 2, KEYS_PER_RUN, out, &rows, NULL };
	char *sql = families_sql(db, n);
	int ret = db->ops->run(db, sql, &q, e);

	free(sql);
	for (i = 0; ret == 0 && i < rows; i++)
		if (out[2 * i] >= 0 && (size_t)out[2 * i] < n)
			fam[out[2 * i]] = (unsigned)out[2 * i + 1];
	return ret;
}

int series_created_in(struct series_db *db, int64_t batch, long *n,
		      struct gs_err *e)
{
	char id[24];
	const char *p[1] = { id };
	int64_t out[1] = { 0 };
	int rows = 0;
	struct db_run q = { "counting the series a batch created", 1, p, 1, 1,
			    out, &rows, NULL };

	*n = 0;
	if (db->ops->run == NULL)
		return 0;
	gs_snprintf(id, sizeof(id), "%lld", (long long)batch);
	if (db->ops->run(db, "SELECT count(*) FROM series WHERE created_batch"
			 " = CAST($1 AS INTEGER)", &q, e))
		return -1;
	*n = rows ? (long)out[0] : 0;
	return 0;
}

int series_kind_families(struct series_db *db, const char *const *keys,
			 size_t n, unsigned *fam, struct gs_err *e)
{
	size_t i, k;

	memset(fam, 0, n * sizeof(*fam));
	if (db->ops->run == NULL)
		return 0;
	for (i = 0; i < n; i += k) {
		k = n - i < KEYS_PER_RUN ? n - i : KEYS_PER_RUN;
		if (families_run(db, keys + i, k, fam + i, e))
			return -1;
	}
	return 0;
}
