# backends: sqlite postgres
# growthstat retract: a wrong figure leaves every read from the retraction
# date on (show, growth, check, report, export), the latest vintage falls
# back to the one before, --as-of before the date still sees it, nothing is
# deleted, retracting again adds nothing, a batch retraction takes exactly
# that batch's rows, and the records are append-only. Expected numbers are
# computed by hand (python3 in the comments), not read off the program.
. "$GS_TOP/tests/cli/lib.sh"
. "$GS_TOP/tests/cli/lib_refused.sh"

cd "$T" || exit 1
cat >a.csv <<'CSV'
series,period,kind,value,unit,as_of,source
r.out,2020,level,100,billion rubles,2025-01-10,stat
r.out,2024,level,150,billion rubles,2025-01-10,stat
r.out,2030,target,250,billion rubles,2025-01-10,stat
r.area,2023,level,10,hectares,2025-01-10,stat
r.area,2024,level,12,hectares,2025-01-10,stat
CSV
# batch 2: a wrong restatement (300 for 150), a new series, and a row
# already present (it stays batch 1's)
cat >b.csv <<'CSV'
series,period,kind,value,unit,as_of,source
r.out,2020,level,100,billion rubles,2025-01-10,stat
r.out,2024,level,300,billion rubles,2025-06-01,stat
r.jobs,2024,level,500,jobs,2025-06-01,stat
CSV
run "$GS" init
run "$GS" ingest a.csv b.csv
expect_rc 0 "two batches ingested"

# ---- before: 2024 reads 300 bn (3.0x since 2020, CAGR 3**0.25-1) ----
run "$GS" show r.out --format csv
expect_out '^2024,level,,300000000000,' "before: 2024 is the restated 300 bn"
run "$GS" growth r.out --from 2020 --to 2024 --format csv
expect_out '^multiple,3,' "before: 3.0x 2020-2024"
expect_out '^cagr_pct,31\.6074' "before: CAGR 31.607 %"

# ---- usage and bad input: nothing written ----
run "$GS" retract --file b.csv
expect_rc 2 "--reason is required"
expect_err "give --reason" "and the message says so"
run "$GS" retract --file b.csv --reason "x" --date 2999-01-01
expect_rc 2 "a date after today is refused"
run "$GS" retract --file b.csv --reason "$(printf 'a\nb')"
expect_rc 2 "a reason with a control character is refused"
run "$GS" retract r.out 1 --batch 2 --reason x
expect_rc 2 "--batch with numbers is refused"
run "$GS" retract --batch 9 --reason x
expect_rc 65 "an unknown batch"
expect_err "no batch 9" "is named"
run "$GS" retract --file nosuch.csv --reason x
expect_rc 65 "an unknown file"
expect_err "no stored batch read 'nosuch.csv'" "is named"
run "$GS" retract r.area 1 7 --reason x
expect_rc 65 "a number past the last figure"
expect_err "no figure '7' \(give #1 to #2" "says which numbers exist"
expect_eq "$(sql 'SELECT count(*) FROM retractions')" 0 "nothing was written"

# ---- retract batch 2 (by its file name) from 2025-07-01 ----
run "$GS" retract --file b.csv --reason "300 is a unit slip" --date 2025-07-01
expect_rc 0 "retract a batch by file name"
expect_out "batch 2: 2 rows retracted from 2025-07-01, 0 already retracted" "its two stored rows, not the row it found present"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 7 "no figure deleted (5 + 2 stored)"

# after: 2024 falls back to 150 bn: 1.5x, CAGR 1.5**0.25-1 = 10.668 %
run "$GS" show r.out --format csv
expect_out '^2024,level,,150000000000,' "after: 2024 falls back to 150 bn"
expect_out '^2020,level,,100000000000,' "after: 2020, also in batch 2's file, stays"
run "$GS" show r.out --format csv --as-of 2025-06-30
expect_out '^2024,level,,300000000000,' "--as-of the day before: still 300 bn"
run "$GS" show r.out --format csv --as-of 2025-07-01
expect_out '^2024,level,,150000000000,' "--as-of the retraction date: 150 bn"
run "$GS" show r.jobs --format csv
expect_eq "$(wc -l <"$T/out")" 1 "r.jobs, only in batch 2: no figures left (header only)"
run "$GS" growth r.out --from 2020 --to 2024 --format csv
expect_out '^multiple,1\.5,' "after: 1.5x 2020-2024"
expect_out '^cagr_pct,10\.6681' "after: CAGR 10.668 %"
run "$GS" growth r.out --from 2020 --to 2024 --format csv --as-of 2025-06-30
expect_out '^multiple,3,' "--as-of before: 3.0x again"
# (250/150)**(1/6)-1 = 8.887 %: the target is no longer reached
run "$GS" check r.out --format csv
expect_out '^target,r\.out,RUB,250000000000,.*,150000000000,2024,,,8\.8866' "check: required CAGR 8.887 % from 150 bn"
run "$GS" check r.out --format csv --as-of 2025-06-30
expect_out ',300000000000,2024,,,-2\.9929' "check --as-of before: from 300 bn, -2.993 %"
run "$GS" report --format md -o "$T/r.md"
expect_rc 0 "report"
if grep -q '300.0 bn' "$T/r.md"; then notok "report shows the retracted 300 bn"; else ok "report leaves the retracted figure out"; fi
grep -q '2024: 150.0 bn RUB' "$T/r.md" && ok "report grows from 150 bn" || notok "report lacks 150 bn"

run "$GS" revisions r.out --format csv
expect_eq "$(grep -c '^2024,level' "$T/out")" 1 "revisions: 2024 has one release left"
expect_out '^2024,level,,first,2025-01-10,stat,,150000000000,,,,,latest,' "the first, now the latest"
run "$GS" revisions r.out --format csv --as-of 2025-06-30
expect_out '^2024,level,,revision 1,2025-06-01,stat,,300000000000,150000000000,100,150000000000,100,latest,' "--as-of before: the 300 bn revision, +150 bn, +100 %"

# ---- show --all-vintages marks the retracted rows ----
run "$GS" show r.out --all-vintages
expect_out '300\.0 bn RUB.*2025-06-01 +stat +2025-07-01' "--all-vintages marks the 300 bn row with its date"
expect_eq "$(grep -c '2025-07-01' "$T/out")" 1 "and no other row"
run "$GS" show r.out --all-vintages --format json
expect_out '"value": 300000000000,.*"retracted": "2025-07-01"' "json carries the mark"
run "$GS" show r.out --all-vintages --as-of 2025-06-30
expect_eq "$(grep -c '2025-07-01' "$T/out")" 0 "--as-of before the date: not yet retracted"

# ---- again: nothing more ----
run "$GS" retract --batch 2 --reason "again" --date 2025-08-01
expect_rc 0 "retracting the batch again"
expect_out "0 rows retracted from 2025-08-01, 2 already retracted" "adds nothing"
expect_eq "$(sql 'SELECT count(*) FROM retractions')" 2 "two records"
expect_eq "$(sql 'SELECT min(retracted_on) FROM retractions')" 20250701 "the first retraction stands"

# ---- by number: #2 of r.area (2024, 12 ha) ----
run "$GS" retract r.area '#2' --reason "belongs to another park"
expect_rc 0 "retract r.area #2"
expect_out "r.area #2: 2024 level 120,000 m² .*: retracted from" "names the figure it retracted"
run "$GS" show r.area --format csv
expect_eq "$(grep -c '^2024' "$T/out")" 0 "2024 gone from r.area"
run "$GS" retract r.area '#2' --reason "belongs to another park"
expect_rc 65 "the same number again names nothing now"
# r.out #2 is now the 150 bn vintage of a figure with a retracted vintage
run "$GS" retract r.out 2 --reason "again"
expect_rc 65 "a number that now names the vintage before is refused"
expect_err "give --again" "and says how to mean it"
expect_eq "$(sql 'SELECT count(*) FROM retractions')" 3 "nothing written by the refusals"

# ---- export: the current view, round trip exact for it ----
run "$GS" -v export -o "$T/x.csv"
expect_rc 0 "export"
expect_err "4 rows, 3 retracted left out" "says what it left out"
db2="$GROWTHSTAT_DB"
case $GROWTHSTAT_DB in
postgres*) psql -X -q "$GS_PG_URI" -c "CREATE DATABASE ${pg_name}_b" >/dev/null
	trap 'rm -rf "$T"; for d in $pg_name ${pg_name}_b; do psql -X -q "$GS_PG_URI" -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1; done' EXIT
	db2="${GS_PG_URI%/*}/${pg_name}_b" ;;
*) db2="$T/copy.db" ;;
esac
"$GS" --db "$db2" init >/dev/null && "$GS" --db "$db2" ingest "$T/x.csv" >/dev/null
bad=0
# now, and r.out (retracted from 2025-07-01) from then on; r.jobs, every
# figure retracted, has no row to carry it into the copy
for a in "r.out" "r.area" "r.out --as-of 2025-07-01"; do
	"$GS" show $a --format csv >"$T/o1"
	"$GS" --db "$db2" show $a --format csv >"$T/o2" 2>&1
	cmp -s "$T/o1" "$T/o2" || { bad=1; diff "$T/o1" "$T/o2" | sed 's/^/#   /'; }
done
"$GS" check r.out --format csv >"$T/c1"
"$GS" --db "$db2" check r.out --format csv >"$T/c2"
cmp -s "$T/c1" "$T/c2" || bad=1
[ $bad -eq 0 ] && ok "export -> ingest: show and check the same now and from the retraction date" || notok "the copy answers differently"

# ---- append-only ----
expect_refused "DELETE FROM retractions" "append-only" "trigger"
expect_refused "UPDATE retractions SET retracted_on = 20990101" "append-only" "trigger"
expect_eq "$(sql 'SELECT count(*) FROM retractions')" 3 "three records, unchanged"

# ---- schema version 3 -> 4 (-> 5) on this backend ----
case $GROWTHSTAT_DB in
postgres*) sql_try "DROP TABLE retractions; UPDATE gs_meta SET value = '3' WHERE key = 'schema_version'" ;;
*) sql_try "DROP TABLE retractions; PRAGMA user_version = 3" ;;
esac
run "$GS" show r.out
expect_rc 65 "a version 3 schema must be migrated first"
run "$GS" -v init
expect_rc 0 "init migrates version 3"
expect_out "schema version 5" "to version 5"
run "$GS" show r.out --format csv
expect_out '^2024,level,,300000000000,' "without records, 2024 reads 300 bn again"
run "$GS" retract --batch 2 --reason "unit slip" --date 2025-07-01
expect_out "batch 2: 2 rows retracted" "retract in the migrated schema"
expect_refused "DELETE FROM retractions" "append-only" "after migrating"
expect_refused "UPDATE retractions SET reason = 'x'" "append-only" "after migrating"
