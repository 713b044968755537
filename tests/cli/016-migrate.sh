# schema migration: a version 1 database (tests/data/schema-v1.sql, written
# by the version 1 binary) is migrated to version 3 (2: the kind check; 3:
# a series' unit and dimension fixed once set) with every row kept
. "$GS_TOP/tests/cli/lib.sh"

sqlite3 "$GROWTHSTAT_DB" <"$GS_TOP/tests/data/schema-v1.sql"
expect_eq "$(sql 'PRAGMA user_version')" 1 "the fixture is schema version 1"
q='SELECT * FROM v_observations ORDER BY series, kind, period_start, period_end, base_start, base_end, source, qualifier, as_of'
sql "$q" >"$T/before"
n=$(grep -c '^INSERT INTO observations' "$GS_TOP/tests/data/schema-v1.sql")
expect_eq "$(wc -l <"$T/before")" "$n" "the fixture's $n rows read through the view"

run "$GS" show test.rev
expect_rc 65 "reading an old schema is refused"
expect_err "schema version 1 needs migrating; run 'growthstat init' first" "the refusal says what to do"

run "$GS" init
expect_rc 0 "init migrates"
expect_eq "$(sql 'PRAGMA user_version')" 3 "now schema version 3"
sql "$q" >"$T/after"
expect_eq "$(cmp "$T/before" "$T/after" && echo same)" same "every row kept, unchanged"
expect_eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check ok"
expect_eq "$(sql 'PRAGMA foreign_key_check')" "" "foreign keys hold"
expect_eq "$(sql "SELECT count(*) FROM sqlite_master WHERE name LIKE 'observations%'")" 3 "the table and its two triggers, no leftover"
expect_eq "$(sql "SELECT sql LIKE '%kind IN%' FROM sqlite_master WHERE name = 'observations'")" 0 "the kind check no longer uses IN"

sql_try "DELETE FROM observations"
expect_eq "$(grep -c 'append-only' "$T/sqlout")" 1 "deleting is still refused"
sql_try "UPDATE observations SET value = 0"
expect_eq "$(grep -c 'append-only' "$T/sqlout")" 1 "updating is still refused"
sql_try "UPDATE series SET unit = 'USD', dimension = 'currency:USD' WHERE dimension <> ''"
expect_eq "$(grep -c 'never change once set' "$T/sqlout")" 1 "version 3: a series' unit is fixed"
sql_try "INSERT INTO observations(series_id, kind, period_start, period_end, source_id, as_of, period_prec, value, batch_id) VALUES (1, 'bogus', 20240101, 20241231, 1, 20250101, 'year', 1, 1)"
expect_eq "$(grep -c 'CHECK constraint failed' "$T/sqlout")" 1 "an unknown kind is still refused"

run "$GS" show --format csv test.rev
expect_out ',12,' "the revised figure reads its latest vintage"
run "$GS" show --format csv --as-of 2025-03-01 test.rev
expect_out ',10,' "and the first vintage as of then"

printf 'series,period,value,unit,as_of,source\ntest.rev,2025,15,jobs,2025-09-01,t\ntest.rev,2024,12,jobs,2025-06-01,t\n' >"$T/more.csv"
run "$GS" -v ingest "$T/more.csv"
expect_rc 0 "ingest into the migrated database"
expect_out "1 new, 1 already present" "one new figure, one already known"

run "$GS" init
expect_rc 0 "init again"
expect_eq "$(sql 'SELECT count(*) FROM observations')" $((n + 1)) "a second init migrates nothing"
