# backends: sqlite postgres
# PostgreSQL schema version 6 (issue 18): the primary key of observations
# orders a series' rows by period and base before kind (its fixed-width
# columns before its text ones), and the parents check reads a statement's
# rows once. The guarantees stay version 5's: rows written by another
# program that name a missing parent are refused whole, the message names
# the first missing parent in the order series, source, batch, and its
# smallest id; a version 5 database migrates with every row kept.
. "$GS_TOP/tests/cli/lib.sh"

case $GROWTHSTAT_DB in
postgres*) ;;
*) echo "# PostgreSQL only (SQLite's schema is version 4's)"; exit 0 ;;
esac

# the primary key's columns of observations, in order
pk_cols() {
	sql "SELECT string_agg(a.attname, ',' ORDER BY k.i) FROM pg_index x
		CROSS JOIN LATERAL unnest(x.indkey) WITH ORDINALITY AS k(att, i)
		JOIN pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.att
		WHERE x.indrelid = 'observations'::regclass AND x.indisprimary"
}
v6=series_id,period_start,period_end,base_start,base_end,kind,source_id,qualifier,as_of
v5=series_id,kind,period_start,period_end,base_start,base_end,source_id,qualifier,as_of

# two series, one with levels and multiples on a base year, two sources
cat >"$T/a.csv" <<'CSV'
series,period,kind,value,unit,base,as_of,source
s.a,2021,level,10,jobs,,2025-03-01,src.a
s.a,2021,multiple,1.5,times,2020,2025-03-01,src.a
s.a,2020,level,8,jobs,,2025-03-01,src.b
s.a,2022,level,12,jobs,,2025-03-01,src.a
s.b,2024,level,7,jobs,,2025-03-01,src.b
CSV
run "$GS" -v init
expect_rc 0 "init"
expect_out "schema version 6" "init states version 6"
expect_eq "$(sql "SELECT value FROM gs_meta WHERE key = 'schema_version'")" 6 "gs_meta holds 6"
expect_eq "$(pk_cols)" "$v6" "the key: period and base before kind"
run "$GS" ingest "$T/a.csv"
expect_rc 0 "ingest"
# by the key, s.a's rows are 2020 (src.b), 2021 level, 2021 multiple (the
# same period, kind after base: base 0 < 2020's), 2022
expect_eq "$(sql "SELECT string_agg(o.period_start || o.kind, ' ' ORDER BY o.ctid) FROM observations o JOIN series s ON s.id = o.series_id WHERE s.key = 's.a'")" \
	"20200101level 20210101level 20210101multiple 20220101level" "s.a's rows stored in the key's order"
run "$GS" show s.a
expect_rc 0 "show"
expect_out "^2021 .*1\.5" "the multiple read back"

# ---- the parents check, one pass: another program's rows
cols="series_id, kind, period_start, period_end, source_id, as_of, period_prec, value, batch_id"
good="(1, 'level', 20100101, 20101231, 1, 20250101, 'year', 1, 1)"
refused() { # VALUES... WANT-MESSAGE LABEL
	out=$(psql -X -q "$GROWTHSTAT_DB" -c "INSERT INTO observations($cols) VALUES $1" 2>&1)
	case $out in
	*"$2"*) ok "$3" ;;
	*) notok "$3: got '$out'" ;;
	esac
}
n0=$(sql 'SELECT count(*) FROM observations')
refused "$good, (998, 'level', 20110101, 20111231, 997, 20250101, 'year', 1, 1), (996, 'level', 20120101, 20121231, 1, 20250101, 'year', 1, 999)" \
	"series_id 996 names no row of series" "missing series, source and batch: the smallest missing series named"
refused "$good, (1, 'level', 20110101, 20111231, 997, 20250101, 'year', 1, 999), (2, 'level', 20110101, 20111231, 995, 20250101, 'year', 1, 1)" \
	"source_id 995 names no row of sources" "missing sources and a batch: the smallest source named"
refused "$good, (1, 'level', 20110101, 20111231, 1, 20250101, 'year', 1, 999)" \
	"batch_id 999 names no row of batches" "a missing batch named"
expect_eq "$(sql 'SELECT count(*) FROM observations')" "$n0" "no row of a refused statement stored"
psql -X -q "$GROWTHSTAT_DB" -c "INSERT INTO observations($cols) VALUES $good" >/dev/null 2>&1
expect_eq "$?" 0 "a row whose parents exist goes in"

# ---- version 5 -> 6: the key rebuilt, every row kept
q='SELECT * FROM v_observations ORDER BY series, kind, period_start, period_end, base_start, base_end, source, qualifier, as_of'
sql "$q" >"$T/before"
sql "ALTER TABLE observations DROP CONSTRAINT observations_pkey, ADD CONSTRAINT observations_pkey PRIMARY KEY ($v5); UPDATE gs_meta SET value = '5' WHERE key = 'schema_version'" >/dev/null
expect_eq "$(pk_cols)" "$v5" "rewound to version 5's key"
run "$GS" show s.a
expect_rc 65 "reading version 5 is refused before init"
run "$GS" -v init
expect_rc 0 "init migrates version 5"
expect_out "schema version 6" "to version 6"
expect_eq "$(pk_cols)" "$v6" "the key rebuilt"
sql "$q" >"$T/after"
expect_eq "$(wc -l <"$T/after")" 6 "six rows (five ingested, one inserted)"
expect_eq "$(cmp "$T/before" "$T/after" && echo same)" same "every row kept, unchanged"
run "$GS" -q ingest "$T/a.csv"
expect_rc 0 "re-ingest after the migration"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 6 "every row already present"
