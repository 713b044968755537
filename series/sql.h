/*
** sql.h: SQL text both backends run, written once so that they ask the
** same question. Parameters are written $1, $2 ... in order of first
** appearance: PostgreSQL numbers them so, and SQLite, which reads "$1" as
** a named parameter, numbers named parameters by first appearance, so
** index 1 is $1 on both. Only series/ includes it.
*/
#ifndef GS_SQL_H
#define GS_SQL_H

/* A series with its row count and span. */
#define SQL_SERIES_COLS \
	"SELECT s.key, s.name, s.description, s.dimension, s.unit," \
	" (SELECT count(*) FROM observations o WHERE o.series_id = s.id)," \
	" (SELECT min(period_start) FROM observations o WHERE o.series_id = s.id)," \
	" (SELECT max(period_end) FROM observations o WHERE o.series_id = s.id)" \
	" FROM series s"

/*
** Every row of series $1 known at $2 (as_of <= $2), in primary-key order,
** so the rows of one figure are adjacent and no sorter runs. The latest
** vintage of each figure is then kept by obs_list_finish (reads.c), the
** one statement of that rule, on every backend.
*/
#define SQL_OBS_READ \
	"SELECT o.kind, o.period_start, o.period_end, o.period_prec," \
	" o.base_start, o.base_end, o.base_prec, o.value, o.qualifier," \
	" o.unit, s.dimension, s.unit, o.as_of, src.name, o.note, o.batch_id" \
	" FROM observations o JOIN series s ON s.id = o.series_id" \
	" JOIN sources src ON src.id = o.source_id" \
	" WHERE s.key = $1 AND o.as_of <= $2" \
	" ORDER BY o.kind, o.period_start, o.period_end, o.base_start," \
	" o.base_end"

#endif
