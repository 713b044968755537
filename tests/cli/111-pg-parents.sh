# backends: sqlite postgres
# PostgreSQL schema version 5 (issue 18): observations have no foreign keys;
# one AFTER INSERT ... FOR EACH STATEMENT trigger checks the statement's new
# rows against series, sources and batches instead. Rows written by another
# program (psql INSERT and COPY, one bad row among good ones) are refused
# whole; parents cannot go away or change id (DELETE, TRUNCATE, UPDATE of
# id refused), so the guarantee is the foreign keys'; a version 4 database
# (tests/pg/schema-v4.sql, written by the version 4 binary) migrates with
# every row kept, to the same schema a fresh init gives.
. "$GS_TOP/tests/cli/lib.sh"
. "$GS_TOP/tests/cli/lib_refused.sh"

case $GROWTHSTAT_DB in
postgres*) ;;
*) echo "# PostgreSQL only (SQLite keeps its foreign keys)"; exit 0 ;;
esac

cat >"$T/a.csv" <<'CSV'
series,period,value,unit,as_of,source
p.out,2023,10,jobs,2025-03-01,src.a
p.out,2024,12,jobs,2025-03-01,src.a
p.two,2024,7,jobs,2025-03-01,src.b
CSV
run "$GS" init
expect_rc 0 "init"
run "$GS" ingest "$T/a.csv"
expect_rc 0 "ingest"
expect_eq "$(sql "SELECT value FROM gs_meta WHERE key = 'schema_version'")" 5 "schema version 5"
expect_eq "$(sql "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = 'observations'::regclass")" 0 "observations have no foreign keys"
expect_eq "$(sql "SELECT tgname FROM pg_trigger WHERE tgrelid = 'observations'::regclass AND tgname = 'observations_parents'")" observations_parents "the statement trigger checks them"

n0=$(sql 'SELECT count(*) FROM observations')
expect_eq "$n0" 3 "three rows stored"
cols="series_id, kind, period_start, period_end, source_id, as_of, period_prec, value, batch_id"
# good: a row of series 1 by source 1 in batch 1 (a new period)
good="(1, 'level', 20100101, 20101231, 1, 20250101, 'year', 1, 1)"

# ---- rows written by another program, one bad parent among good rows ----
for bad in "999, 'level', 20110101, 20111231, 1, 20250101, 'year', 1, 1|series_id 999 names no row of series" \
	   "1, 'level', 20110101, 20111231, 999, 20250101, 'year', 1, 1|source_id 999 names no row of sources" \
	   "1, 'level', 20110101, 20111231, 1, 20250101, 'year', 1, 999|batch_id 999 names no row of batches"; do
	row=${bad%%|*}
	msg=${bad#*|}
	expect_refused "INSERT INTO observations($cols) VALUES $good, ($row)" "$msg" "INSERT"
	printf '1\tlevel\t20100101\t20101231\t1\t20250101\tyear\t1\t1\n%s\n1\tlevel\t20120101\t20121231\t1\t20250101\tyear\t1\t1\n' \
		"$(printf '%s' "$row" | sed "s/, /\t/g; s/'//g")" >"$T/copy.tsv"
	psql -X -q -v ON_ERROR_STOP=1 "$GROWTHSTAT_DB" \
		-c "COPY observations($cols) FROM STDIN" <"$T/copy.tsv" >"$T/sqlout" 2>&1
	rc=$?
	expect_eq "$rc:$(grep -c "$msg" "$T/sqlout")" "1:1" "COPY with one bad row among good ones refused: $msg"
done
expect_eq "$(sql 'SELECT count(*) FROM observations')" "$n0" "no row of those statements stored"

# the parents are the trigger's own schema's, whatever the caller's
# search_path: a decoy series table earlier in the path does not satisfy it
sql_try "CREATE SCHEMA decoy; CREATE TABLE decoy.series(id bigint); INSERT INTO decoy.series VALUES (999)"
expect_refused "SET search_path = decoy, public; INSERT INTO public.observations($cols) VALUES (999, 'level', 20110101, 20111231, 1, 20250101, 'year', 1, 1)" \
	"series_id 999 names no row of series" "another search_path"
expect_refused "SET search_path = pg_catalog; INSERT INTO public.observations($cols) VALUES (999, 'level', 20110101, 20111231, 1, 20250101, 'year', 1, 1)" \
	"names no row of series" "a search_path without the schema"
sql_try "SET search_path = pg_catalog; INSERT INTO public.observations($cols) VALUES $good"
expect_eq "$rc" 0 "a good row from another search_path is accepted"
expect_eq "$(sql 'SELECT count(*) FROM observations')" $((n0 + 1)) "and stored"

# ---- parents never go away nor change id ----
for q in "DELETE FROM series" "DELETE FROM sources" "DELETE FROM batches" \
	 "TRUNCATE series CASCADE" "TRUNCATE sources CASCADE" \
	 "TRUNCATE batches CASCADE" "TRUNCATE batches"; do
	expect_refused "$q" "append-only|never deleted" "parents stay"
done
# an open batch (growthstat's own are closed by now), its id explicit as
# growthstat gives it
sql_try "INSERT INTO batches(id, file, status, started) VALUES (100, 'x', 'open', 'now')"
expect_eq "$rc" 0 "an open batch recorded by hand"
for q in "UPDATE series SET id = id + 100" "UPDATE sources SET id = id + 100" \
	 "UPDATE batches SET id = 200 WHERE id = 100"; do
	expect_refused "$q" "never changes|append-only" "ids stay"
done
expect_eq "$(sql 'SELECT count(*) FROM series')|$(sql 'SELECT count(*) FROM sources')|$(sql 'SELECT count(*) FROM batches')" \
	"2|2|2" "every parent still there"
expect_eq "$(sql 'PRAGMA integrity_check')" ok "no orphan observations"

# growthstat's own writes pass the check (COPY of a chunk, new series and
# source created in the same transaction)
printf 'series,period,value,unit,as_of,source\np.new,2024,5,jobs,2025-06-01,src.c\np.out,2025,13,jobs,2025-06-01,src.a\n' >"$T/b.csv"
run "$GS" ingest "$T/b.csv"
expect_rc 0 "ingest of a new series and source"
expect_eq "$(sql 'SELECT count(*) FROM observations')" $((n0 + 3)) "both rows stored"

# ---- version 4 -> 5: every row kept, the schema a fresh init gives ----
fresh=$GROWTHSTAT_DB
mig="${pg_name}_v4"
psql -X -q "$GS_PG_URI" -c "CREATE DATABASE $mig" >/dev/null
trap 'rm -rf "$T"; for d in $pg_name $mig; do psql -X -q "$GS_PG_URI" -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" >/dev/null 2>&1; done' EXIT
export GROWTHSTAT_DB="${GS_PG_URI%/*}/$mig"
psql -X -q -v ON_ERROR_STOP=1 "$GROWTHSTAT_DB" -f "$GS_TOP/tests/pg/schema-v4.sql" >"$T/restore" 2>&1
expect_eq "$?" 0 "the version 4 fixture restores"
expect_eq "$(sql "SELECT value FROM gs_meta WHERE key = 'schema_version'")" 4 "the fixture is schema version 4"
expect_eq "$(sql "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = 'observations'::regclass")" 3 "with its three foreign keys"
q='SELECT * FROM v_observations ORDER BY series, kind, period_start, period_end, base_start, base_end, source, qualifier, as_of'
sql "$q" >"$T/before"
expect_eq "$(wc -l <"$T/before")" 6 "its 6 rows read through the view"
run "$GS" show v4.out
expect_rc 65 "reading version 4 is refused before init"
run "$GS" -v init
expect_rc 0 "init migrates version 4"
expect_out "schema version 5" "to version 5"
sql "$q" >"$T/after"
expect_eq "$(cmp "$T/before" "$T/after" && echo same)" same "every row kept, unchanged"
# every vintage, as the fixture's two files and one retraction wrote them
run "$GS" show --all-vintages --format csv v4.out
expect_eq "$(cut -d, -f1,4,7 "$T/out" | tail -n +2 | tr '\n' ' ')" \
	"2023,150000000000,2025-03-01 2024,160000000000,2025-03-01 2024,165000000000,2025-06-01 " \
	"v4.out: 2023 once, 2024 in two vintages"
run "$GS" show --all-vintages v4.jobs
expect_out '^2024 .* 1,200 jobs .*2025-03-01 +rosstat +2025-07-01$' "v4.jobs 2024 keeps its retraction date"
expect_out '^2025 .* 1,300 jobs .*2025-06-01 +rosstat *$' "v4.jobs 2025, not retracted"

# the same schema as a fresh init: constraints, triggers, functions
schema='SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace s ON s.oid = c.relnamespace WHERE s.nspname = current_schema() UNION ALL SELECT c.relname, t.tgname, pg_get_triggerdef(t.oid) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace s ON s.oid = c.relnamespace WHERE NOT t.tgisinternal AND s.nspname = current_schema() UNION ALL SELECT p.proname, NULL, pg_get_functiondef(p.oid) FROM pg_proc p JOIN pg_namespace s ON s.oid = p.pronamespace WHERE s.nspname = current_schema() ORDER BY 1, 2, 3'
psql -X -At "$GROWTHSTAT_DB" -c "$schema" >"$T/schema-mig"
psql -X -At "$fresh" -c "$schema" >"$T/schema-fresh"
expect_eq "$(cmp "$T/schema-mig" "$T/schema-fresh" && echo same)" same "the migrated schema is a fresh init's"
expect_eq "$(grep -c 'observations_parents AFTER INSERT' "$T/schema-mig")" 1 "with the statement trigger"
expect_refused "INSERT INTO observations($cols) VALUES (1, 'level', 20110101, 20111231, 1, 20250101, 'year', 1, 999)" \
	"batch_id 999 names no row of batches" "after migrating"
expect_refused "TRUNCATE batches" "append-only" "after migrating"
printf 'series,period,value,unit,as_of,source\nv4.out,2025,170,bn RUB,2025-09-01,mos.ru\n' >"$T/c.csv"
run "$GS" ingest "$T/c.csv"
expect_rc 0 "ingest into the migrated database"
expect_eq "$(sql 'SELECT count(*) FROM observations')" 7 "one row more"
run "$GS" init
expect_rc 0 "init again migrates nothing"

# ---- Citus: docs/postgres.md's layout puts the foreign keys back ----
# (its statements but the create_ calls, which need Citus, on a fresh init)
export GROWTHSTAT_DB=$fresh
python3 - "$GS_TOP/docs/postgres.md" >"$T/citus.sql" <<'PY'
import re, sys
doc = open(sys.argv[1], encoding='utf-8').read()
block = re.search(r'<!-- citus layout:[^\n]*-->\n```sql\n(.*?)```\n<!-- end of citus layout -->', doc, re.S).group(1)
block = re.sub(r'--[^\n]*', '', block)
print(''.join(s + ';\n' for s in block.split(';') if s.strip() and 'create_' not in s))
PY
expect_eq "$(grep -c 'FOREIGN KEY' "$T/citus.sql")" 3 "the docs' layout adds three foreign keys"
psql -X -q -v ON_ERROR_STOP=1 "$GROWTHSTAT_DB" -f "$T/citus.sql" >"$T/sqlout" 2>&1
expect_eq "$?" 0 "the docs' layout runs: $(head -1 "$T/sqlout")"
expect_eq "$(sql "SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = 'observations'::regclass")|$(sql "SELECT count(*) FROM pg_trigger WHERE tgname = 'observations_parents'")" \
	"3|0" "the three foreign keys instead of the trigger"
expect_refused "INSERT INTO observations($cols) VALUES (999, 'level', 20110101, 20111231, 1, 20250101, 'year', 1, 1)" \
	"observations_series_id_fkey" "series, by its foreign key"
expect_refused "INSERT INTO observations($cols) VALUES (1, 'level', 20110101, 20111231, 1, 20250101, 'year', 1, 999)" \
	"observations_batch_id_fkey" "batch, by its foreign key"
run "$GS" init
expect_rc 0 "init leaves the layout as it is"
expect_eq "$(sql "SELECT count(*) FROM pg_trigger WHERE tgname = 'observations_parents'")" 0 "no trigger put back"
printf 'series,period,value,unit,as_of,source\np.out,2026,14,jobs,2025-09-01,src.a\n' >"$T/d.csv"
run "$GS" ingest "$T/d.csv"
expect_rc 0 "ingest with the foreign keys"
