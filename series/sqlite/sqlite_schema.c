/*
** sqlite_schema.c: the database schema and its forward migrations.
**
** PRAGMA user_version holds the schema version. Opening for writing runs
** every migration above the stored version, each in one transaction, so a
** database is never left between two versions. A database newer than this
** program is refused rather than guessed at.
*/
#include "sqlite_int.h"

#include <stdio.h>

/*
** The observations table. Observations are clustered on their natural key
** (WITHOUT ROWID): the uniqueness check that makes re-ingest idempotent is
** the table's own B-tree, and a series' rows are stored together. The
** qualifier is part of the key because a text may state one figure twice
** as bounds ("100 to 150", "2.8-fold, almost tripling"). as_of comes last
** so "latest vintage at or before D" is one index seek.
*/
#define OBS_TABLE(name, kind_check) \
	"CREATE TABLE " name "(" \
	" series_id INTEGER NOT NULL REFERENCES series(id)," \
	" kind TEXT NOT NULL CHECK (" kind_check ")," \
	" period_start INTEGER NOT NULL," \
	" period_end INTEGER NOT NULL," \
	" base_start INTEGER NOT NULL DEFAULT 0," \
	" base_end INTEGER NOT NULL DEFAULT 0," \
	" source_id INTEGER NOT NULL REFERENCES sources(id)," \
	" as_of INTEGER NOT NULL," \
	" period_prec TEXT NOT NULL," \
	" base_prec TEXT NOT NULL DEFAULT ''," \
	" value REAL NOT NULL," \
	" qualifier TEXT NOT NULL DEFAULT ''," \
	" unit TEXT NOT NULL DEFAULT ''," \
	" batch_id INTEGER NOT NULL REFERENCES batches(id)," \
	" note TEXT NOT NULL DEFAULT ''," \
	" PRIMARY KEY(series_id, kind, period_start, period_end," \
	"  base_start, base_end, source_id, qualifier, as_of)" \
	") WITHOUT ROWID;"

/*
** Version 1 checked the kind with IN (...). SQLite evaluates an IN list of
** more than two constants through a temporary B-tree built once per
** statement run, and an INSERT prepared once and run per row builds it for
** every row: over a third of a bulk load's work. Version 2 compares.
*/
#define KIND_CHECK_V1 "kind IN ('level','flow','multiple','percent','target','plan')"
#define KIND_CHECK_V2 \
	"kind = 'level' OR kind = 'flow' OR kind = 'multiple' OR" \
	" kind = 'percent' OR kind = 'target' OR kind = 'plan'"

#define OBS_TRIGGERS \
	"CREATE TRIGGER observations_no_update BEFORE UPDATE ON observations" \
	" BEGIN SELECT RAISE(ABORT, 'observations are append-only:" \
	" a correction is a new row with a later as_of'); END;" \
	"CREATE TRIGGER observations_no_delete BEFORE DELETE ON observations" \
	" BEGIN SELECT RAISE(ABORT, 'observations are append-only:" \
	" rows are never deleted'); END;"

/* A readable view for the sqlite3 shell and for scripts. */
#define OBS_VIEW \
	"CREATE VIEW v_observations AS SELECT" \
	" s.key AS series, o.kind," \
	" o.period_start, o.period_end, o.period_prec," \
	" o.base_start, o.base_end, o.value, o.qualifier, o.unit," \
	" s.dimension, o.as_of, src.name AS source, o.batch_id, o.note" \
	" FROM observations o JOIN series s ON s.id = o.series_id" \
	" JOIN sources src ON src.id = o.source_id;"

/* Version 1. Dates are integers yyyymmdd. */
static const char schema_v1[] =
	"CREATE TABLE series("
	" id INTEGER PRIMARY KEY,"
	" key TEXT NOT NULL UNIQUE,"
	" name TEXT NOT NULL DEFAULT '',"
	" description TEXT NOT NULL DEFAULT '',"
	" dimension TEXT NOT NULL DEFAULT '',"
	" unit TEXT NOT NULL DEFAULT '',"
	" created_batch INTEGER NOT NULL);"
	"CREATE TABLE sources("
	" id INTEGER PRIMARY KEY,"
	" name TEXT NOT NULL UNIQUE,"
	" created_batch INTEGER NOT NULL);"
	"CREATE TABLE batches("
	" id INTEGER PRIMARY KEY,"
	" file TEXT NOT NULL,"
	" hash TEXT NOT NULL DEFAULT '',"
	" status TEXT NOT NULL CHECK (status IN ('open','committed','refused')),"
	" started TEXT NOT NULL,"
	" finished TEXT,"
	" rows_read INTEGER NOT NULL DEFAULT 0,"
	" rows_new INTEGER NOT NULL DEFAULT 0,"
	" rows_present INTEGER NOT NULL DEFAULT 0,"
	" rows_rejected INTEGER NOT NULL DEFAULT 0,"
	" message TEXT NOT NULL DEFAULT '');"
	OBS_TABLE("observations", KIND_CHECK_V1)
	OBS_TRIGGERS
	"CREATE TRIGGER series_no_delete BEFORE DELETE ON series"
	" BEGIN SELECT RAISE(ABORT, 'series are never deleted'); END;"
	"CREATE TRIGGER series_key_fixed BEFORE UPDATE OF key, id ON series"
	" BEGIN SELECT RAISE(ABORT, 'a series key never changes'); END;"
	"CREATE TRIGGER sources_no_change BEFORE UPDATE ON sources"
	" BEGIN SELECT RAISE(ABORT, 'sources are append-only'); END;"
	"CREATE TRIGGER sources_no_delete BEFORE DELETE ON sources"
	" BEGIN SELECT RAISE(ABORT, 'sources are append-only'); END;"
	"CREATE TRIGGER batches_no_delete BEFORE DELETE ON batches"
	" BEGIN SELECT RAISE(ABORT, 'the batch log is append-only'); END;"
	OBS_VIEW;

/*
** Version 2: the kind check without IN (see KIND_CHECK_V1). A CHECK cannot
** be altered in place, so the table is rebuilt the way SQLite documents
** (create, copy, drop, rename, then its triggers and view again), all in
** the migration's one transaction. Every row is copied as it was.
*/
static const char schema_v2[] =
	OBS_TABLE("observations_v2", KIND_CHECK_V2)
	"INSERT INTO observations_v2 SELECT * FROM observations;"
	"DROP VIEW v_observations;"
	"DROP TABLE observations;"
	"ALTER TABLE observations_v2 RENAME TO observations;"
	OBS_TRIGGERS
	OBS_VIEW;

/*
** Version 3: a series' dimension and unit are set once, by its first
** figure with a unit (from '' to a value: sqlite_append.c), and never change
** after: a new unit would rescale every stored figure of the series. The
** key trigger of version 1 already keeps the key. And a batch row changes
** once, when its batch closes (open -> committed or refused, in the
** transaction that inserted it); a closed batch's record never changes.
*/
static const char schema_v3[] =
	"CREATE TRIGGER series_unit_fixed BEFORE UPDATE OF dimension, unit"
	" ON series WHEN (OLD.dimension <> '' OR OLD.unit <> '') AND"
	" (NEW.dimension IS NOT OLD.dimension OR NEW.unit IS NOT OLD.unit)"
	" BEGIN SELECT RAISE(ABORT, 'a series'' unit and dimension never"
	" change once set'); END;"
	"CREATE TRIGGER batches_closed_fixed BEFORE UPDATE ON batches"
	" WHEN OLD.status <> 'open'"
	" BEGIN SELECT RAISE(ABORT, 'the batch log is append-only: a closed"
	" batch never changes'); END;";

/*
** Version 4: retractions. A figure entered wrongly is not deleted: a
** retraction record names its row (the row's natural key, unique: a row
** is retracted once) with the date from which reads leave it out and the
** reason. Append-only like the figures. (retract.c, reads.c)
*/
static const char schema_v4[] =
	"CREATE TABLE retractions("
	" id INTEGER PRIMARY KEY,"
	" series_id INTEGER NOT NULL REFERENCES series(id),"
	" kind TEXT NOT NULL,"
	" period_start INTEGER NOT NULL,"
	" period_end INTEGER NOT NULL,"
	" base_start INTEGER NOT NULL,"
	" base_end INTEGER NOT NULL,"
	" source_id INTEGER NOT NULL REFERENCES sources(id),"
	" qualifier TEXT NOT NULL,"
	" as_of INTEGER NOT NULL,"
	" retracted_on INTEGER NOT NULL,"
	" reason TEXT NOT NULL CHECK (reason <> ''),"
	" recorded TEXT NOT NULL,"
	" UNIQUE(series_id, kind, period_start, period_end, base_start,"
	"  base_end, source_id, qualifier, as_of));"
	"CREATE TRIGGER retractions_no_update BEFORE UPDATE ON retractions"
	" BEGIN SELECT RAISE(ABORT, 'retractions are append-only: a"
	" retraction is never changed'); END;"
	"CREATE TRIGGER retractions_no_delete BEFORE DELETE ON retractions"
	" BEGIN SELECT RAISE(ABORT, 'retractions are append-only: rows are"
	" never deleted'); END;";

/* Version 5 changed only the PostgreSQL schema (its foreign keys of
 * observations became one check per statement: pg/pg_schema.c); the
 * version is one number for both backends, so SQLite gets it too. */
static const char schema_v5[] = "SELECT 1";

struct migration {
	int version;
	const char *sql;
};

static const struct migration migrations[] = {
	{ 1, schema_v1 },
	{ 2, schema_v2 },
	{ 3, schema_v3 },
	{ 4, schema_v4 },
	{ 5, schema_v5 },
};

static int user_version(struct series_db *db, int *v, struct gs_err *e)
{
	sqlite3_stmt *st = NULL;
	int rc;

	if (sqlite3_prepare_v2(SQ(db)->h, "PRAGMA user_version", -1, &st, NULL))
		return db_err(db, e, "reading the schema version");
	rc = sqlite3_step(st);
	*v = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
	sqlite3_finalize(st);
	if (rc != SQLITE_ROW)
		return db_err(db, e, "reading the schema version");
	return 0;
}

static int apply(struct series_db *db, const struct migration *m,
		 struct gs_err *e)
{
	char pragma[64];
	int v;

	if (db_exec(db, "BEGIN IMMEDIATE", e))
		return -1;
	/* another writer may have migrated since the version was read */
	if (user_version(db, &v, e)) {
		db_exec(db, "ROLLBACK", NULL);
		return -1;
	}
	if (v >= m->version)
		return db_exec(db, "COMMIT", e);
	gs_snprintf(pragma, sizeof(pragma), "PRAGMA user_version=%d",
		    m->version);
	if (db_exec(db, m->sql, e) || db_exec(db, pragma, e)) {
		db_exec(db, "ROLLBACK", NULL);
		return -1;
	}
	return db_exec(db, "COMMIT", e);
}

/*
** A file growthstat may write to: empty, or with no tables but its own.
** Called before anything is written (the switch to WAL included), so
** another application's database is left exactly as it was. growthstat
** sets user_version in the transaction that creates its tables, so tables
** at version 0 are someone else's too.
*/
int schema_foreign(struct series_db *db, struct gs_err *e)
{
	static const char sql[] =
		"SELECT name FROM sqlite_master WHERE type = 'table'"
		" AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
		" AND (?1 = 0 OR name NOT IN"
		"  ('series', 'sources', 'batches', 'observations',"
		"   'retractions'))"
		" ORDER BY name LIMIT 1";
	sqlite3_stmt *st = NULL;
	int v, rc;

	/* the version and the tables from one snapshot: another init may
	 * commit both between two separate reads */
	if (db_exec(db, "BEGIN", e))
		return -1;
	if (user_version(db, &v, e)) {
		db_exec(db, "ROLLBACK", NULL);
		return -1;
	}
	if (sqlite3_prepare_v2(SQ(db)->h, sql, -1, &st, NULL)) {
		db_err(db, e, "reading the schema");
		db_exec(db, "ROLLBACK", NULL);
		return -1;
	}
	sqlite3_bind_int(st, 1, v);
	rc = sqlite3_step(st);
	if (rc == SQLITE_ROW)
		gs_errf(e, GS_EX_DATAERR, "%s: not a growthstat database: it "
			"has a table growthstat did not create ('%s'); "
			"refusing to add tables to it or change its journal "
			"mode (give a new file with --db)", db->path,
			(const char *)sqlite3_column_text(st, 0));
	else if (rc != SQLITE_DONE)
		db_err(db, e, "reading the schema");
	sqlite3_finalize(st);
	db_exec(db, "COMMIT", NULL);
	return rc == SQLITE_DONE ? 0 : -1;
}

int schema_migrate(struct series_db *db, struct gs_err *e)
{
	int v;
	size_t i;

	if (user_version(db, &v, e))
		return -1;
	if (v > SERIES_SCHEMA_VERSION)
		return gs_errf(e, GS_EX_DATAERR,
			       "%s: schema version %d is newer than this "
			       "growthstat understands (%d); upgrade growthstat",
			       db->path, v, SERIES_SCHEMA_VERSION);
	if (v == SERIES_SCHEMA_VERSION)
		return 0;
	if (!(db->flags & SERIES_WRITE))
		return gs_errf(e, GS_EX_DATAERR,
			       "%s: schema version %d needs migrating; run "
			       "'growthstat init' first", db->path, v);
	for (i = 0; i < GS_ARRAY_LEN(migrations); i++) {
		if (migrations[i].version <= v)
			continue;
		if (apply(db, &migrations[i], e))
			return -1;
	}
	return 0;
}
