# backends: sqlite postgres
# append-only against the owner (issue 13 item 14): on both backends a
# trigger refuses to change a series' unit or dimension once set and a
# closed batch's record; on PostgreSQL the least-privilege setup of
# docs/postgres.md (an owner that runs init, a writer that owns nothing,
# the grants block of the docs run as written) lets the writer ingest but
# not delete, update, truncate or disable a trigger
. "$GS_TOP/tests/cli/lib.sh"
. "$GS_TOP/tests/cli/lib_refused.sh"

cat >"$T/a.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
lp.out,2024,level,150,billion rubles,2025-01-10,stat
lp.plain,2024,level,7,,2025-01-10,stat
CSV
cat >"$T/b.csv" <<'CSV'
series,period,kind,value,unit,as_of,source
lp.plain,2025,level,9,jobs,2025-02-01,stat
CSV

run "$GS" init
expect_rc 0 "init"
run "$GS" ingest "$T/a.csv"
expect_rc 0 "ingest"
# a series without a unit gets one from its first figure with a unit
run "$GS" ingest "$T/b.csv"
expect_rc 0 "a unit-less series takes its first unit"
expect_eq "$(sql "SELECT dimension FROM series WHERE key = 'lp.plain'")" \
	"count:jobs" "its dimension set once"
for q in "UPDATE series SET unit = 'USD'" \
	 "UPDATE series SET dimension = 'currency:USD'" \
	 "UPDATE series SET dimension = '', unit = ''" \
	 "UPDATE batches SET status = 'refused'" \
	 "UPDATE batches SET message = 'forged'"; do
	expect_refused "$q" "never change" "trigger"
done
expect_eq "$(sql "SELECT unit FROM series WHERE key = 'lp.out'")" RUB "the unit is unchanged"

# an older schema gets the triggers from init (version 2 -> 3 -> 4 -> 5)
case $GROWTHSTAT_DB in
postgres*) sql_try "DROP TRIGGER series_unit_fixed ON series;
	DROP TRIGGER batches_closed_fixed ON batches; DROP TABLE retractions;
	UPDATE gs_meta SET value = '2' WHERE key = 'schema_version'" ;;
*) sql_try "DROP TRIGGER series_unit_fixed; DROP TRIGGER batches_closed_fixed;
	DROP TABLE retractions;
	PRAGMA user_version = 2" ;;
esac
run "$GS" init
expect_rc 0 "init migrates a version 2 schema"
expect_refused "UPDATE series SET unit = 'USD'" "never change" "after migrating"
expect_refused "UPDATE batches SET message = 'x'" "never change" "after migrating"

case $GROWTHSTAT_DB in
postgres*) ;;
*) echo "# roles and grants: PostgreSQL only"; exit 0 ;;
esac

# ---- PostgreSQL: the documented owner and writer roles ----
sfx=$(printf '%s' "$pg_name" | tail -c 12)
owner="gso_$sfx"
writer="gsw_$sfx"
schema="figs_$sfx"
admin=$GROWTHSTAT_DB
trap 'rm -rf "$T"; psql -X -q "$GS_PG_URI" -c "DROP DATABASE IF EXISTS $pg_name WITH (FORCE)" -c "DROP ROLE IF EXISTS $writer" -c "DROP ROLE IF EXISTS $owner" >/dev/null 2>&1' EXIT
as_role() { # ROLE: the test database's URI as ROLE, in the schema
	printf '%s' "$admin" | sed "s|://[^@]*@|://$1@|"
	printf '?options=-csearch_path%%3D%s' "$schema"
}
psql -X -q -v ON_ERROR_STOP=1 "$admin" -c "CREATE ROLE $owner LOGIN" \
	-c "CREATE ROLE $writer LOGIN" \
	-c "CREATE SCHEMA $schema AUTHORIZATION $owner" >/dev/null
GROWTHSTAT_DB=$(as_role "$owner")
run "$GS" init
expect_rc 0 "the owner creates the schema"
# the grants, exactly as docs/postgres.md gives them
sed -n '/^<!-- least-privilege grants/,/^<!-- end of least-privilege grants/p' \
	"$GS_TOP/docs/postgres.md" | sed '/^```/d; /^<!--/d' |
	sed "s/gs_writer/$writer/g; s/figures\./$schema./g; s/SCHEMA figures/SCHEMA $schema/g" \
	>"$T/grants.sql"
expect_eq "$(grep -c GRANT "$T/grants.sql")" 5 "the docs' five GRANT statements"
sql_try "$(cat "$T/grants.sql")"
expect_rc 0 "the owner runs the documented grants"

GROWTHSTAT_DB=$(as_role "$writer")
run "$GS" -v ingest "$T/a.csv" "$T/b.csv"
expect_rc 0 "the writer ingests"
expect_out "a.csv: 2 new" "its figures are new"
printf 'series,period,kind,value,unit,as_of,source\nlp.out,2024,level,1,jobs,2025-01-10,stat\n' >"$T/bad.csv"
run "$GS" ingest "$T/bad.csv"
expect_rc 65 "a refused file as the writer"
expect_eq "$(sql "SELECT count(*) FROM batches WHERE status = 'refused'")" 1 \
	"the writer logs the refused batch"
run "$GS" show lp.out --format csv
expect_out '^2024,level,,150000000000,' "the writer reads"
n=$(sql "SELECT count(*) FROM observations")
for q in "DELETE FROM observations" "UPDATE observations SET value = 1" \
	 "TRUNCATE observations" "ALTER TABLE observations DISABLE TRIGGER USER" \
	 "ALTER TABLE series DISABLE TRIGGER ALL" "DROP TABLE observations" \
	 "DELETE FROM series" "UPDATE series SET name = 'x'" \
	 "UPDATE series SET key = 'x'" "UPDATE sources SET name = 'x'" \
	 "DELETE FROM batches" "UPDATE batches SET file = 'x'" \
	 "DROP TRIGGER series_unit_fixed ON series" \
	 "INSERT INTO gs_meta VALUES ('x', 'y')"; do
	expect_refused "$q" "permission denied|must be owner" "the writer"
done
expect_refused "UPDATE series SET unit = 'USD'" "never change" "the writer, a granted column"
expect_eq "$(sql "SELECT count(*) FROM observations")" "$n" "every row still there"
