/*
** sql.h: SQL text both backends run, written once so that they ask the
** same question. Parameters are written $1, $2 ... in order of first
** appearance: PostgreSQL numbers them so, and SQLite, which reads "$1" as
** a named parameter, numbers named parameters by first appearance, so
** index 1 is $1 on both. Only series/ includes it.
*/
#ifndef GS_SQL_H
#define GS_SQL_H

/*
** The date from which row o (a table name or alias) is retracted, NULL
** when it is not: the retractions table's unique key is the row's own
** (schema version 4), so this is one index seek. reads.c decides what
** the date means for a read.
*/
#define SQL_RETRACTED(o) \
	"(SELECT r.retracted_on FROM retractions r WHERE " \
	SQL_ROW_KEY_EQ("r", o) ")"

/* Rows r and o have the same natural key (a retraction names its row
 * so), series_id first: the distribution column on Citus. */
#define SQL_ROW_KEY_EQ(r, o) \
	r ".series_id = " o ".series_id AND " r ".kind = " o ".kind AND " \
	r ".period_start = " o ".period_start AND " \
	r ".period_end = " o ".period_end AND " \
	r ".base_start = " o ".base_start AND " r ".base_end = " o \
	".base_end AND " r ".source_id = " o ".source_id AND " \
	r ".qualifier = " o ".qualifier AND " r ".as_of = " o ".as_of"

/*
** agg(col) of the rows of parent id (id, compared with the rows' idcol)
** that no retraction takes out: a parent with no retraction takes the
** plain form as it is (the cheap aggregate), one with a retraction the
** filtered subquery over alias a. Written once for SQL_SERIES_COLS and
** SQL_SOURCES.
*/
#define SQL_LIVE_AGG(agg, col, idcol, id, a, plain) \
	" CASE WHEN EXISTS (SELECT 1 FROM retractions r WHERE" \
	" r." idcol " = " id ") THEN (SELECT " agg "(" a "." col ") FROM" \
	" observations " a " WHERE " a "." idcol " = " id " AND " \
	SQL_RETRACTED(a) " IS NULL) ELSE " plain " END"

/*
** A series with its row count and span, of the rows no retraction takes
** out (every retraction is in force now: --date is never after today),
** as every read and export see them; a series with none has count 0.
** Only series with a retraction pay for the check (SQL_RETRACTED).
*/
#define SQL_SERIES_COLS \
	"SELECT s.key, s.name, s.description, s.dimension, s.unit," \
	" (SELECT count(*) FROM observations o WHERE o.series_id = s.id) -" \
	" (SELECT count(*) FROM retractions r WHERE r.series_id = s.id)," \
	SQL_LIVE_AGG("min", "period_start", "series_id", "s.id", "o", \
		     "(SELECT min(period_start) FROM observations o WHERE" \
		     " o.series_id = s.id)") "," \
	SQL_LIVE_AGG("max", "period_end", "series_id", "s.id", "o", \
		     "(SELECT max(period_end) FROM observations o WHERE" \
		     " o.series_id = s.id)") \
	" FROM series s"

/*
** Every source, the number of its figures no retraction takes out and the
** span of their vintages; the ORDER BY is the backend's (its collation).
** Only sources with a retraction pay for the check (SQL_RETRACTED).
*/
#define SQL_SOURCES \
	"SELECT src.name, count(o.as_of) -" \
	" (SELECT count(*) FROM retractions r WHERE r.source_id = src.id)," \
	SQL_LIVE_AGG("min", "as_of", "source_id", "src.id", "k", \
		     "min(o.as_of)") "," \
	SQL_LIVE_AGG("max", "as_of", "source_id", "src.id", "k", \
		     "max(o.as_of)") \
	" FROM sources src LEFT JOIN observations o" \
	" ON o.source_id = src.id GROUP BY src.id, src.name"

/*
** Every row of series $1 known at $2 (as_of <= $2), in primary-key order,
** so the rows of one figure are adjacent and no sorter runs. The latest
** vintage of each figure is then kept by obs_list_finish (reads.c), the
** one statement of that rule, on every backend.
*/
#define SQL_OBS_READ \
	"SELECT o.kind, o.period_start, o.period_end, o.period_prec," \
	" o.base_start, o.base_end, o.base_prec, o.value, o.qualifier," \
	" o.unit, s.dimension, s.unit, o.as_of, src.name, o.note, o.batch_id," \
	" " SQL_RETRACTED("o") \
	" FROM observations o JOIN series s ON s.id = o.series_id" \
	" JOIN sources src ON src.id = o.source_id" \
	" WHERE s.key = $1 AND o.as_of <= $2" \
	" ORDER BY o.kind, o.period_start, o.period_end, o.base_start," \
	" o.base_end"

/*
** Every retraction record with its row, read as SQL_OBS_READ reads one
** (the first 17 columns, the last the date it takes effect), then the
** series key, the reason and when it was recorded; in the order recorded.
** The join names the row by its whole natural key, series_id first.
*/
#define SQL_RETRACTIONS_READ \
	"SELECT o.kind, o.period_start, o.period_end, o.period_prec," \
	" o.base_start, o.base_end, o.base_prec, o.value, o.qualifier," \
	" o.unit, s.dimension, s.unit, o.as_of, src.name, o.note, o.batch_id," \
	" r.retracted_on, s.key, r.reason, r.recorded" \
	" FROM retractions r JOIN series s ON s.id = r.series_id" \
	" JOIN sources src ON src.id = r.source_id" \
	" JOIN observations o ON " SQL_ROW_KEY_EQ("o", "r") \
	" ORDER BY r.id"

/*
** Retractions (retract.c): a record per row, its key the row's, with the
** date it takes effect ($1), the reason ($2) and when it was recorded
** ($3). ON CONFLICT DO NOTHING: a row already retracted keeps its first
** record, so retracting again adds nothing. Parameters are text; the
** casts make both backends read them alike.
*/
#define SQL_RETRACT_INSERT \
	"INSERT INTO retractions(series_id, kind, period_start, period_end," \
	" base_start, base_end, source_id, qualifier, as_of, retracted_on," \
	" reason, recorded) SELECT o.series_id, o.kind, o.period_start," \
	" o.period_end, o.base_start, o.base_end, o.source_id, o.qualifier," \
	" o.as_of, CAST($1 AS INTEGER), CAST($2 AS TEXT), CAST($3 AS TEXT)" \
	" FROM observations o"
/* Every row batch $4 stored. */
#define SQL_RETRACT_BATCH \
	SQL_RETRACT_INSERT " WHERE o.batch_id = CAST($4 AS INTEGER)" \
	" ON CONFLICT DO NOTHING"
/* The one row with this natural key: series $4, kind $5, period $6..$7,
 * base $8..$9, source $10, qualifier $11, as_of $12. */
#define SQL_RETRACT_ROW \
	SQL_RETRACT_INSERT " JOIN series s ON s.id = o.series_id" \
	" JOIN sources src ON src.id = o.source_id WHERE s.key = $4" \
	" AND o.kind = $5 AND o.period_start = CAST($6 AS INTEGER)" \
	" AND o.period_end = CAST($7 AS INTEGER)" \
	" AND o.base_start = CAST($8 AS INTEGER)" \
	" AND o.base_end = CAST($9 AS INTEGER) AND src.name = $10" \
	" AND o.qualifier = $11 AND o.as_of = CAST($12 AS INTEGER)" \
	" ON CONFLICT DO NOTHING"
/* Batch $1: 1 when committed, and the rows it stored. */
#define SQL_BATCH_STATE \
	"SELECT CASE WHEN status = 'committed' THEN 1 ELSE 0 END," \
	" (SELECT count(*) FROM observations o WHERE o.batch_id = b.id)" \
	" FROM batches b WHERE b.id = CAST($1 AS INTEGER)"
/* Every committed batch, oldest first (struct batch_info). */
#define SQL_BATCHES_READ \
	"SELECT id, file, hash, started, rows_new FROM batches" \
	" WHERE status = 'committed' ORDER BY id"

#endif
