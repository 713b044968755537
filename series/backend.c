/*
** backend.c: what both storage backends share when writing: the door every
** figure goes through (series_append, called by callers and by stage.c),
** the one-entry id caches, the dimension rule, the primary key's order of
** rows written in key order, and a test hook on the writers' lock.
*/
#include "db_internal.h"
#include "parse.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

int series_append(struct series_db *db, const struct gs_obs *o,
		  const char *name, const char *description,
		  enum append_result *res, struct gs_err *e)
{
	/* What the collector validates, checked again at the door: a row
	 * may wait to be written (sqlite/sqlite_insert.c), so the
	 * database's own checks would come too late to name it. */
	if (o->series == NULL || o->series[0] == '\0')
		return gs_errf(e, GS_EX_DATAERR, "a figure without a series");
	if (o->kind < GS_KIND_LEVEL || o->kind > GS_KIND_PLAN)
		return gs_errf(e, GS_EX_DATAERR, "series '%s': no such kind",
			       o->series);
	if (o->period.start <= 0 || o->period.end < o->period.start)
		return gs_errf(e, GS_EX_DATAERR, "series '%s': no period",
			       o->series);
	if (!db->in_batch)
		return gs_errf(e, GS_EX_SOFTWARE, "append outside a batch");
	return db->ops->append(db, o, name, description, res, e);
}

static int cmp_int(int64_t a, int64_t b)
{
	return a < b ? -1 : a > b;
}

int obs_key_cmp(const struct gs_obs *a, int64_t asrc, const struct gs_obs *b,
		int64_t bsrc)
{
	int c;

	if ((c = a->kind == b->kind ? 0 :
	     strcmp(kind_name(a->kind), kind_name(b->kind))) ||
	    (c = cmp_int(a->period.start, b->period.start)) ||
	    (c = cmp_int(a->period.end, b->period.end)) ||
	    (c = cmp_int(a->base.start, b->base.start)) ||
	    (c = cmp_int(a->base.end, b->base.end)) ||
	    (c = cmp_int(asrc, bsrc)) ||
	    (c = a->qual == b->qual ? 0 :
	     strcmp(qual_name(a->qual), qual_name(b->qual))))
		return c;
	return cmp_int(a->as_of, b->as_of);
}

void id_cache_set(struct id_cache *c, const char *key, int64_t id,
		  const char *dim)
{
	assert(key != NULL);
	free(c->key);
	c->key = xstrdup(key);
	c->id = id;
	gs_snprintf(c->dim, sizeof(c->dim), "%s", dim ? dim : "");
}

int dim_rule(const struct id_cache *series, const struct gs_obs *o,
	     struct gs_err *e)
{
	if (kind_is_relative(o->kind))
		return 0;
	/* Plain numbers do not fix a series' dimension. */
	if (o->unit.dim[0] == '\0' && series->dim[0] == '\0')
		return 0;
	if (series->dim[0] == '\0')
		return 1;
	/* One count in every case and number (unit_noun.c): a series
	 * stored as count:тракторов takes count:трактор. */
	if (unit_dim_same(series->dim, o->unit.dim))
		return 0;
	return gs_errf(e, GS_EX_DATAERR, "unit '%s' (%s) does not match "
		       "series '%s', which is measured in %s", o->unit_text,
		       o->unit.dim[0] ? o->unit.dim : "a plain number",
		       o->series, series->dim);
}

/* GROWTHSTAT_TEST_HOLD_LOCK=S: hold the writers' lock S seconds (tests). */
void series_test_hold(void)
{
	const char *s = getenv("GROWTHSTAT_TEST_HOLD_LOCK");
	struct timespec ts;
	double v = s ? strtod(s, NULL) : 0;

	if (!(v > 0 && v < 3600))
		return;
	ts.tv_sec = (time_t)v;
	ts.tv_nsec = (long)((v - (double)ts.tv_sec) * 1e9);
	nanosleep(&ts, NULL);
}

void id_cache_forget(struct series_db *db)
{
	free(db->series.key);
	free(db->source.key);
	db->series.key = NULL;
	db->source.key = NULL;
}
