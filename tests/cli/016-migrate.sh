# schema migration: a version 1 database (tests/data/schema-v1.sql, written
# by the version 1 binary) is migrated to version 5 (2: the kind check; 3:
# a series' unit and dimension fixed once set; 4: retractions; 5: changed
# only PostgreSQL's schema, the number is shared) with every row kept; a
# version 3 database (tests/data/schema-v3.sql) too, and a version 4 one
# gets the number 5 and nothing else
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
expect_eq "$(sql 'PRAGMA user_version')" 5 "now schema version 5"
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

# ---- version 3 -> 4 (-> 5): the retractions table, append-only like the rest ----
export GROWTHSTAT_DB="$T/v3.db"
sqlite3 "$GROWTHSTAT_DB" <"$GS_TOP/tests/data/schema-v3.sql"
expect_eq "$(sql 'PRAGMA user_version')" 3 "the second fixture is schema version 3"
sql "$q" >"$T/before3"
expect_eq "$(wc -l <"$T/before3")" 5 "its 5 rows read through the view"
run "$GS" show v3.out
expect_rc 65 "reading version 3 is refused before init"
expect_err "schema version 3 needs migrating" "and says so"
run "$GS" init
expect_rc 0 "init migrates version 3"
expect_eq "$(sql 'PRAGMA user_version')" 5 "now schema version 5"
sql "$q" >"$T/after3"
expect_eq "$(cmp "$T/before3" "$T/after3" && echo same)" same "every row kept, unchanged"
expect_eq "$(sql "SELECT count(*) FROM sqlite_master WHERE name LIKE 'retractions%'")" 3 "the retractions table and its two triggers"
expect_eq "$(sql 'SELECT count(*) FROM retractions')" 0 "no retraction yet"
run "$GS" show --format csv v3.out
expect_out '^2024,level,,160000000000,' "2024 reads its latest vintage, 160 bn"
run "$GS" retract v3.out 2 --reason "wrong" --date 2025-07-01
expect_rc 0 "retract in the migrated database"
run "$GS" show --format csv v3.out
expect_out '^2024,level,,150000000000,' "2024 falls back to its first vintage, 150 bn"
sql_try "DELETE FROM retractions"
expect_eq "$(grep -c 'append-only' "$T/sqlout")" 1 "deleting a retraction is refused"
sql_try "UPDATE retractions SET retracted_on = 20990101"
expect_eq "$(grep -c 'append-only' "$T/sqlout")" 1 "changing a retraction is refused"
expect_eq "$(sql 'PRAGMA integrity_check')" ok "integrity_check ok"
expect_eq "$(sql 'PRAGMA foreign_key_check')" "" "foreign keys hold"

# ---- version 4 -> 5: PostgreSQL's change; SQLite's schema stays as it was ----
# (version 5 is version 4's schema, so a version 5 file with the number 4
# is a version 4 file)
sql "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name" >"$T/schema5"
sql "$q" >"$T/before4"
sql "PRAGMA user_version = 4"
run "$GS" show v3.out
expect_rc 65 "reading version 4 is refused before init"
run "$GS" -v init
expect_rc 0 "init migrates version 4"
expect_out "schema version 5" "to version 5"
expect_eq "$(sql 'PRAGMA user_version')" 5 "now schema version 5"
sql "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name" >"$T/schema5b"
expect_eq "$(cmp "$T/schema5" "$T/schema5b" && echo same)" same "the schema unchanged"
sql "$q" >"$T/after4"
expect_eq "$(cmp "$T/before4" "$T/after4" && echo same)" same "every row kept"
expect_eq "$(sql 'PRAGMA foreign_key_check')" "" "foreign keys hold"
