/*
** db_fx.h: removing a unit test's scratch SQLite database with the -wal
** and -shm files SQLite keeps beside it, and the yearly level row the
** storage tests append. Included by the tests that make one (after
** stdio.h, string.h, unistd.h and series/series.h).
*/
#ifndef GS_DB_FX_H
#define GS_DB_FX_H

static void fx_unlink_db(const char *path)
{
	char p[320];

	unlink(path);
	snprintf(p, sizeof(p), "%s-wal", path);
	unlink(p);
	snprintf(p, sizeof(p), "%s-shm", path);
	unlink(p);
}

/* A level for the whole of year, from source, in batch. */
static inline void fx_year_row(struct gs_obs *o, const char *key,
			       const char *source, int year, double v,
			       int32_t as_of, int64_t batch)
{
	memset(o, 0, sizeof(*o));
	o->series = key;
	o->kind = GS_KIND_LEVEL;
	o->period.start = year * 10000 + 101;
	o->period.end = year * 10000 + 1231;
	o->period.prec = GS_PREC_YEAR;
	o->value = v;
	o->as_of = as_of;
	o->source = source;
	o->unit_text = "";
	o->note = "";
	o->batch = batch;
}

#endif
